"""Qualifiers of a question (answer/qualifiers.py, text/ordinals.py) on made-up sentences:
the ordinal of a series (第四批) and the name before what it qualifies (松涛公园) must be
the sentence's, while a paraphrase that names no sibling keeps its answer."""

from __future__ import annotations

from assistant.answer import extractive, posts, qualifiers, subject
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import ordinals
from support import made_hits


def _chunk(text: str, title: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _check(check, question: str, text: str, sentence: str, title: str = ""):
    a = text.index(sentence)
    return check(analyse(question), _chunk(text, title), a, a + len(sentence))


def test_ordinals_read_numbers_and_first_alike():
    assert ordinals.ordinals("第7届博览会和第七届论坛") == {(7, "届")}
    assert ordinals.ordinals("首批9家，第二批5家") == {(1, "批"), (2, "批")}
    assert ordinals.ordinals("第十一轮谈判，第22期") == {(11, "轮"), (22, "期")}
    # a quarter is a period, and a count of batches names none of them
    assert ordinals.ordinals("第一季度完成三批项目") == set()


def test_a_sentence_naming_other_batches_does_not_answer_for_a_later_one():
    text = "加上第一批、第二批名单，试点名单已增至90个国家。"
    found = _check(qualifiers.ordinal_disagreement, "第四批名单包括多少个国家？", text, text)
    assert found is not None and found.kind == "ordinal" and found.asked == "第4批" and "第1批" in found.found
    assert _check(qualifiers.ordinal_disagreement, "试点名单包括多少个国家？", text, text) is None


def test_batches_named_together_have_one_figure_together():
    text = "加上第一批、第二批名单，试点名单已增至90个国家。"
    found = _check(qualifiers.ordinal_disagreement, "第二批名单包括多少个国家？", text, text)
    assert found is not None and found.found == "第1批/第2批"
    assert _check(qualifiers.ordinal_disagreement, "第一批和第二批名单共包括多少个国家？", text, text) is None
    # each given its own figure
    for text in ("首届9家，第二届5家。", "第一届、第二届分别有9家和5家。"):
        assert _check(qualifiers.ordinal_disagreement, "第二届有多少家？", text, text) is None, text


def test_the_ordinal_in_force_speaks_for_a_sentence_naming_none():
    # the paragraph's earlier sentence names the batch
    text = "青溪发布第八批绿色债券。认购金额约为70亿元。"
    found = _check(qualifiers.ordinal_disagreement, "第九批绿色债券的认购金额是多少？", text, "认购金额约为70亿元。")
    assert found is not None and found.found == "第8批"
    assert _check(qualifiers.ordinal_disagreement, "第八批绿色债券的认购金额是多少？", text, "认购金额约为70亿元。") is None
    # an earlier paragraph of the article, then the header line
    text = "青溪发布第八批绿色债券。\n今批债券的发行额为55亿元。"
    found = _check(qualifiers.ordinal_disagreement, "第九批绿色债券的发行额是多少？", text, "今批债券的发行额为55亿元。")
    assert found is not None and found.found == "第8批"
    found = _check(qualifiers.ordinal_disagreement, "第九批绿色债券的发行额是多少？", "今批债券的发行额为55亿元。",
                   "今批债券的发行额为55亿元。", title="第八批绿色债券发行")
    assert found is not None and found.found == "第8批"
    # a passage naming no batch at all is not about the one asked
    found = _check(qualifiers.ordinal_disagreement, "第九批绿色债券的发行额是多少？", "债券的发行额为55亿元。",
                   "债券的发行额为55亿元。")
    assert found is not None and found.found == ""
    # written without 第 (十四届全国人大二次会议) it is still the one asked, and never another one
    text = "十四届全国人大二次会议审议通过了3部法律。"
    assert _check(qualifiers.ordinal_disagreement, "第十四届全国人大第二次会议通过了几部法律？", text, text) is None
    assert _check(qualifiers.ordinal_disagreement, "第十三届全国人大第二次会议通过了几部法律？", text, text) is not None
    assert ordinals.bare("已发布三批名单") == {(3, "批")} and ordinals.ordinals("已发布三批名单") == set()
    # 第7届 asked, 第七届 written: the same session
    text = "第七届博览会共签约项目300个。"
    assert _check(qualifiers.ordinal_disagreement, "第7届博览会签约了多少个项目？", text, text) is None


def test_a_sibling_before_what_the_question_qualifies_is_another_thing():
    text = "白鹭公园的光影空间面积1.2万平方米。"
    found = _check(qualifiers.sibling_disagreement, "松涛公园的光影空间面积是多少？", text, text)
    assert found is not None and found.kind == "qualifier" and found.found.startswith("白鹭")
    assert _check(qualifiers.sibling_disagreement, "白鹭公园的光影空间面积是多少？", text, text) is None
    # one plan of several, the asked one absent
    text = "个人月订阅计划从9美元提高至10美元，双人月订阅计划从12美元提高至14美元。"
    found = _check(qualifiers.sibling_disagreement, "学生月订阅计划调价后是多少美元？", text, text)
    assert found is not None and found.asked.startswith("学生")
    assert _check(qualifiers.sibling_disagreement, "个人月订阅计划调价后是多少美元？", text, text) is None


def test_a_doubled_noun_says_every_one_and_names_no_sibling():
    # 村村监控 is the cameras of every village, not one kind of them: 治安监控 is no sibling of 村村
    text = "白沙镇治安监控探头装了860个。"
    assert ("村村", "监控") not in qualifiers.qualifiers("白沙镇村村监控探头装了多少个？")
    assert _check(qualifiers.sibling_disagreement, "白沙镇村村监控探头装了多少个？", text, text) is None
    roofs = "柳岸县屋顶光伏项目装机容量达到12万千瓦。"
    assert _check(qualifiers.sibling_disagreement, "柳岸县户户光伏项目装机容量是多少？", roofs, roofs) is None


def test_a_name_before_the_same_noun_is_still_a_sibling():
    text = "白沙镇农家书屋藏书3.2万册。"
    found = _check(qualifiers.sibling_disagreement, "白沙镇松涛书屋一共有多少册图书？", text, text)
    assert found is not None and found.asked.startswith("松涛") and found.found.startswith("农家")


def test_a_paraphrase_without_a_sibling_keeps_its_answer():
    # the sentence drops the qualifier (城镇新增就业 for 全国城镇新增就业) or abbreviates it (鹿 for 梅花鹿)
    for question, text in (("上半年全国城镇新增就业多少人？", "上半年，城镇新增就业600万人。"),
                           ("青溪县梅花鹿产值是多少？", "全县涉鹿产值80亿元。")):
        assert _check(qualifiers.sibling_disagreement, question, text, text) is None, question


def test_the_paragraphs_earlier_sentence_names_the_sibling():
    text = "晚8时，白鹭公园南门外人群熙熙攘攘。进入公园，来到花谷。这是一个1.2万平方米的光影空间。"
    sentence = "这是一个1.2万平方米的光影空间。"
    found = _check(qualifiers.sibling_disagreement, "松涛公园的光影空间有多大？", text, sentence)
    # 进入公园 names no park; the sentence before it does
    assert found is not None and found.found.startswith("白鹭")
    assert _check(qualifiers.sibling_disagreement, "白鹭公园的光影空间有多大？", text, sentence) is None


def test_the_answer_skips_a_sibling_batchs_sentence():
    hits = made_hits("第二批银色债券认购金额约为500亿元。", "第三批银色债券认购金额约为700亿元。")
    made = extractive.draft_answer(analyse("第三批银色债券的认购金额是多少？"), hits, lambda t: 2.0)
    part = made.parts[0]
    assert "700亿元" in part.sentence.chunk.text[part.a:part.b]
    assert extractive.draft_answer(analyse("第四批银色债券的认购金额是多少？"), hits, lambda t: 2.0) is None
    found = subject.disagreement(analyse("第四批银色债券的认购金额是多少？"), hits[1].chunk, 0, len(hits[1].chunk.text))
    assert found is not None and found.kind == "ordinal"


def test_a_place_or_its_level_is_left_to_the_place_check():
    # 全县 before 梅花鹿 is the county asked about, not a sibling of 青溪县
    text = "目前，全县梅花鹿饲养量达到28万只，涉鹿产值80亿元。"
    assert _check(qualifiers.sibling_disagreement, "青溪县梅花鹿产值是多少？", text, text) is None
    assert ("青溪县", "梅花鹿") not in qualifiers.qualifiers("青溪县梅花鹿产值是多少？")


def test_a_word_pointing_back_is_the_one_named_before():
    text = "去年5月，同一广场上的香奈儿店被劫。"
    assert _check(qualifiers.sibling_disagreement, "白鹭广场上哪些店铺被劫？", text, text) is None
    found = _check(qualifiers.sibling_disagreement, "白鹭广场上哪些店铺被劫？", "松涛广场上的香奈儿店被劫。",
                   "松涛广场上的香奈儿店被劫。")
    assert found is not None and found.found.startswith("松涛")


def test_a_brand_in_the_questions_slot_is_a_sibling():
    text = "截至3月底，东田在印尼的摩托车市场份额达到了80%。"
    found = _check(qualifiers.sibling_disagreement, "雅马在印尼的摩托车市场份额达到了多少？", text, text)
    assert found is not None and found.found.startswith("东田")
    assert _check(qualifiers.sibling_disagreement, "东田在印尼的摩托车市场份额达到了多少？", text, text) is None


def test_a_sentence_about_another_titled_work_does_not_answer():
    text = "《青溪市物业管理条例》规定，违者处5万元罚款。"
    found = _check(qualifiers.title_disagreement, "《青溪市养犬管理条例》规定罚款多少元？", text, text)
    assert found is not None and found.found == "《青溪市物业管理条例》"
    assert _check(qualifiers.title_disagreement, "《青溪市物业管理条例》规定罚款多少元？", text, text) is None
    # the short name an article gives a title it named in full
    text = "青溪市发布《关于促进消费的通知》。《通知》提出，发放消费券2亿元。"
    assert _check(qualifiers.title_disagreement, "《关于促进消费的通知》提出发放多少消费券？", text,
                  "《通知》提出，发放消费券2亿元。") is None
    # a sentence naming no title speaks for the one its paragraph named before it
    text = "《青溪市物业管理条例》今日施行。违者处5万元罚款。"
    found = _check(qualifiers.title_disagreement, "《青溪市养犬管理条例》规定罚款多少元？", text, "违者处5万元罚款。")
    assert found is not None


def test_a_programme_named_in_quotes_is_not_its_siblings():
    text = "青溪打造“一街两园”创新创业工作体系，创业孵化面积超过8万平方米。"
    assert qualifiers.qualifiers("青溪“三园多点”创新创业体系孵化面积超过多少？")[-1] == ("三园多点", "创新创业")
    found = _check(qualifiers.sibling_disagreement, "青溪“三园多点”创新创业体系孵化面积超过多少？", text, text)
    assert found is not None and found.found.startswith("一街两园")
    assert _check(qualifiers.sibling_disagreement, "青溪“一街两园”创新创业体系孵化面积超过多少？", text, text) is None


def test_an_item_named_only_with_its_sibling_shares_their_figure():
    # the figure of a list (北区园区和南区园区) is theirs together, not the asked one's
    question = "南区园区有多少家企业？"
    for text in ("北区园区和南区园区共有企业300家。", "南区园区、北区园区共有企业300家。"):
        found = _check(qualifiers.sibling_disagreement, question, text, text)
        assert found is not None and found.kind == "qualifier" and "北区园区" in found.found, text
    # 分别 gives each its own; a sentence naming the item alone or both asked keeps its answer
    for question, text in ((question, "北区园区和南区园区分别有企业100家和200家。"),
                           (question, "南区园区有企业200家，与北区园区相当。"),
                           ("北区园区和南区园区共有多少家企业？", "北区园区和南区园区共有企业300家。")):
        assert _check(qualifiers.sibling_disagreement, question, text, text) is None, text


def test_a_question_about_taking_a_post_needs_that_post():
    question = "赵青是哪一年出任青溪银行行长的？"
    text = "赵青2012年任青溪银行副行长、首席风险官。"
    found = _check(qualifiers.sibling_disagreement, question, text, text)
    assert found is not None and found.kind == "post" and found.asked.endswith("行长")
    for text in ("2019年5月，赵青任青溪银行行长。", "赵青2019年出任青溪银行行长，此前任副行长。"):
        assert _check(qualifiers.sibling_disagreement, question, text, text) is None, text
    # a question not about taking a post reads no post
    text = "青溪银行副行长赵青表示，全年贷款增长8%。"
    assert _check(qualifiers.sibling_disagreement, "青溪银行行长说全年贷款增长多少？", text, text) is None


def test_a_word_of_the_asking_phrase_is_no_qualifier():
    # 什么时候 / 什么时期: 时候 and 时期 ask; they name nothing a sentence must repeat
    assert qualifiers.qualifiers("甲什么时候跻身单打世界排名前十？") == ()
    text = "甲在2010年法国网球公开赛后首度跻身单打世界排名前十。"
    assert _check(qualifiers.sibling_disagreement, "甲什么时候跻身单打世界排名前十？", text, text) is None
    text = "乙是日本战国时代的武将。"
    assert _check(qualifiers.sibling_disagreement, "乙是什么时期的武将？", text, text) is None


def test_a_work_the_passage_is_about_may_be_adapted_into_another():
    text = "《星海》是一部动画。之后美国公司买下其版权，被改编为《星河骑士》。"
    sentence = "之后美国公司买下其版权，被改编为《星河骑士》。"
    assert _check(qualifiers.title_disagreement, "《星海》是何时被改编的？", text, sentence) is None
    # a passage about another work does not answer for the one asked
    other = "《星河骑士》是一部动画。之后美国公司买下其版权，被改编为《银河》。"
    found = _check(qualifiers.title_disagreement, "《星海》是何时被改编的？", other, "之后美国公司买下其版权，被改编为《银河》。")
    assert found is not None and found.kind == "title"


def test_a_list_of_siblings_answers_a_question_asking_for_them():
    # listed_together is about a figure shared by a list; a 哪些 question asks for the list
    text = "计算神经科学是一种跨领域科学，包含神经科学、认知科学及数学。"
    assert _check(qualifiers.sibling_disagreement, "计算神经科学包含哪些科学？", text, text) is None
    found = _check(qualifiers.sibling_disagreement, "神经科学有多少名学者？", "神经科学、认知科学共有学者300名。",
                   "神经科学、认知科学共有学者300名。")
    assert found is not None  # a figure of the list is theirs together


def test_a_first_time_is_no_ordinal_of_a_series():
    # 第一次播出 is "first broadcast"; 第二次会议 is one of a series of sessions
    assert ordinals.ordinals("该剧第一次播出是什么时候？") == set()
    assert ordinals.ordinals("十四届全国人大第二次会议") == {(2, "次")}


def test_a_short_name_is_no_sibling_of_its_full_name():
    text = "参加2008年北京夏季奥林匹克运动会的中国皮划艇队共计40人，其中运动员23人。"
    assert _check(qualifiers.sibling_disagreement, "参加2008年北京奥运会的中国皮划艇队有多少运动员？", text, text) is None


def test_a_where_or_what_answer_may_be_a_sibling_of_what_is_asked_about():
    text = "它的货物进出口量仅次于位于西岸的松涛港。"
    assert _check(qualifiers.sibling_disagreement, "白鹭港的货物进出口量仅次于哪里？", text, text) is None


def test_the_kind_after_a_count_asked_is_no_qualifier():
    # 哪两家机构: 机构 is what the answer is, 地震 still qualifies what the question is about
    found = qualifiers.qualifiers("是哪两家机构监测发现青溪市地震监测中心遭到攻击的？")
    assert all(word != "机构" for word, _ in found) and ("地震", "监测中心") in found
    # a count no asking word opens (这两家机构) names the ones the question is about
    assert qualifiers.qualifiers("这两家机构监测发现了哪些问题？") == (("机构", "监测"),)


def test_a_period_or_a_persons_name_is_no_sibling_of_a_qualifier():
    # 本季度 in its own report is the 第三财季 asked: the period check reads parts of a year
    text = "青溪公司公布了第三财季业绩。此外，本季度的毛利率为41.5%。"
    assert _check(qualifiers.sibling_disagreement, "青溪公司第三财季的毛利率是多少？", text, "此外，本季度的毛利率为41.5%。") is None
    # a person doing the act (王小明为游客) is no sibling of the place asked (纪念馆为游客)
    text = "“小小讲解员”青溪小学学生王小明为游客讲解。"
    assert _check(qualifiers.sibling_disagreement, "在纪念馆为游客讲解的“小小讲解员”是谁？", text, text) is None
    # a sibling of the same kind still disagrees
    text = "松涛公园为游客讲解的是李四。"
    assert _check(qualifiers.sibling_disagreement, "在纪念馆为游客讲解的人是谁？", text, text) is not None
    # jieba tags 农村居民 nr, but no person is named: a sibling of 城镇居民 still
    text = "农村居民人均可支配收入同比实际增长7.2%。"
    assert _check(qualifiers.sibling_disagreement, "城镇居民人均可支配收入实际增长多少？", text, text) is not None


def _sentence_verdict(question: str, text: str, sentence: str):
    a = text.index(sentence)
    return subject.disagreement(analyse(question), _chunk(text), a, a + len(sentence))


def test_the_one_pointed_back_at_is_no_sibling():
    """本次大赛的评审标准 after the article names its 马拉松: the contest asked, not a sibling of it."""
    question = "星河黑客马拉松的评审标准包括哪几个维度？"
    sentence = "本次大赛的评审标准包括创新性、完成度六个维度。"
    assert _sentence_verdict(question, "星河举办黑客马拉松。" + sentence, sentence) is None
    other = "作文大赛的评审标准包括创新性、完成度六个维度。"
    found = _sentence_verdict(question, "星河举办黑客马拉松和作文大赛。" + other, other)
    assert found is not None and found.kind == "qualifier"


def test_a_deputys_post_is_read_whole():
    """jieba cuts 副|主席: a question about who became 专职副主席 asks about 副主席, which the sentence holds."""
    assert posts.post_disagreement(analyse("哪几人当选委员会专职副主席？"), "甲、乙当选专职副主席。") is None
    found = posts.post_disagreement(analyse("哪几人当选委员会主席？"), "甲、乙当选专职副主席。")
    assert found is not None and found.found == "副主席"


def test_a_sentence_writing_the_qualifier_is_not_read_with_the_earlier_sibling():
    text = "妥善处置地方金融风险隐患。扎实推进房地产市场去库存,确保两类存量任务清零。"
    sentence = "扎实推进房地产市场去库存,确保两类存量任务清零。"
    assert _check(qualifiers.sibling_disagreement, "化解房地产风险，要求清零的是哪两类任务？", text, sentence) is None
    # a sentence writing neither is still read with the earlier one
    other = "确保两类存量任务清零。"
    found = _check(qualifiers.sibling_disagreement, "化解房地产风险，要求清零的是哪两类任务？",
                   "妥善处置地方金融风险隐患。" + other, other)
    assert found is not None and found.found.startswith("金融")
    # a figure is of the thing in force: 星河 written of another measure (星河半径) is a comparison's
    text = "河州核心半径约为1800公里。而河州本身半径为3300公里，大约是星河半径的一半。"
    found = _check(qualifiers.sibling_disagreement, "星河核心的半径是多少公里？", text, text.split("。")[1] + "。")
    assert found is not None and found.found.startswith("河州")


def test_the_asked_qualifier_in_its_long_or_short_form_is_named():
    # 老人 of 老年人 (the short form keeps the long one's characters in order): the asked one is there, and the
    # 残疾人家庭 listed beside it is no sibling in its place
    text = "完成500户低保老年人家庭适老化改造、300户残疾人家庭无障碍改造。"
    assert _check(qualifiers.sibling_disagreement, "青溪县要给多少户低保老人家庭做适老化改造？", text, text) is None
    # a sentence naming only the sibling still answers another question
    text = "完成300户残疾人家庭无障碍改造。"
    found = _check(qualifiers.sibling_disagreement, "青溪县要给多少户低保老人家庭做适老化改造？", text, text)
    assert found is not None and found.found.startswith("残疾人")


def test_a_question_about_someones_past_needs_a_sentence_writing_one():
    q = analyse("甲乙到新区任职之前在哪个单位工作？")
    assert posts.post_disagreement(q, "——访市人大代表、新区管委会主任 甲乙") is not None
    assert posts.post_disagreement(q, "“报告部署工作思路清晰，为新区指明了方向。”") is not None
    for said in ("甲乙此前任市发改委副主任。", "甲乙曾在市工信局工作。", "甲乙原任丙县县长。", "甲乙从市财政局调来新区。"):
        assert posts.post_disagreement(q, said) is None, said
    # a question about no earlier time is not read so
    assert posts.earlier_disagreement(analyse("甲乙在哪个单位工作？"), "——访新区管委会主任 甲乙") is None
    assert posts.earlier_disagreement(analyse("甲乙原来在哪个单位工作？"), "——访新区管委会主任 甲乙") is not None


def test_an_ordinal_asked_of_one_event_is_not_another_events_sharing_its_head():
    # 第几届 of 东湖读书节: the 第三届 is the 西湖读书节's, each named before the shared 读书节
    asked = "东湖读书节今年是第几届？"
    assert qualifiers.other_event_ordinal(asked, "办好第三届西湖读书节、东湖读书节") is not None
    assert qualifiers.other_event_ordinal(asked, "举办第三届西湖读书节和东湖读书节") is not None
    assert qualifiers.other_event_ordinal(asked, "举办第三届东湖读书节") is None
    assert qualifiers.other_event_ordinal(asked, "第三届读书节开幕") is None  # no other name: the asked one
    assert qualifiers.other_event_ordinal("读书节今年是第几届？", "举办第三届东湖读书节") is None
    assert qualifiers.other_event_ordinal("东湖读书节今年在哪里办？", "办好第三届西湖读书节") is None
    # the asked one not named apart: a modifier the question adds (青河) may be the sentence's other one (国际)
    assert qualifiers.other_event_ordinal("青河读书节是第几届？", "办好第三届国际读书节") is None
