"""A 叫什么名字 question about a thing is answered by the quoted name before the thing."""

from assistant.answer.named_things import quoted_name, thing_asked
from assistant.query.question import analyse


def test_the_thing_whose_name_is_asked():
    assert thing_asked(analyse("某区管好用好的慈善基金叫什么名字？")) == "基金"
    assert thing_asked(analyse("介绍情况的法制科科长叫什么名字？")) == ""  # a person's
    assert thing_asked(analyse("某区的慈善基金有多少钱？")) == ""


def test_a_quoted_name_before_the_thing_or_after_a_naming_verb():
    q = analyse("某区管好用好的慈善基金叫什么名字？")
    assert quoted_name(q, "加强社会救助动态管理，管好用好“温暖某区”慈善基金。") == "温暖某区"
    assert quoted_name(q, "该区设立的慈善基金名为“爱心之家”。") == "爱心之家"
    assert quoted_name(q, "努力把群众的“关键小事”办成“暖心实事”。") == ""
    assert quoted_name(analyse("科长叫什么名字？"), "“平安”科长王某说") == ""


def test_the_kind_a_which_question_asks_one_of():
    from assistant.answer.named_things import kind_asked

    assert kind_asked(analyse("重现这次实验的是哪一家国家实验室？")) == ("家", "国家", "实验室")
    assert kind_asked(analyse("他毕业于哪所大学？")) == ("所", "", "大学")
    assert kind_asked(analyse("他毕业于什么学校？")) == ("", "", "")


def test_a_sentence_writing_the_kind_asked_only_as_an_indefinite_or_earlier_one_names_none():
    from assistant.answer.named_things import only_indefinite

    q = analyse("重现这次实验的是哪一家国家实验室？")
    assert only_indefinite(q, "去年，一家国家实验室首次实现了点火。") == "一家国家实验室"
    # one named before: the sentence may name it in other words (是O型血，该血型最为紧缺)
    assert only_indefinite(analyse("血库最缺哪种血型？"), "市民是O型血，该血型目前最为紧缺。") == ""
    assert only_indefinite(q, "一家国家实验室，即星河国家实验室，首次实现了点火。") == ""  # named too
    assert only_indefinite(q, "星河国家实验室首次实现了点火。") == ""
    assert only_indefinite(q, "研究人员首次实现了点火。") == ""  # the kind unwritten: a bare name may answer
    assert only_indefinite(analyse("他加入了哪一个联盟？"), "他加入了统一联盟。") == ""  # 统一 is no 一个


def test_the_answer_slot_a_what_question_leaves_is_filled_by_the_sentence_writing_its_words_around_a_new_phrase():
    from assistant.answer.named_things import slot_filled, slot_frame

    assert slot_frame("某市排第一的那项聚焦打造什么基地？") == (["聚焦", "打造"], "基地", [])  # 那项: a pronoun
    base = analyse("某市今年要聚焦打造什么基地？")
    assert slot_filled(base, "(一)聚焦打造现代绿色基地,着力推动产业调整。")
    assert not slot_filled(base, "某市今年要聚焦打造该基地。")  # the one named before, no new modifier
    assert not slot_filled(base, "全市新建三个基地。")  # the noun, but none of the question's words beside it
    picture = analyse("今年要加快把“草图”高质量地落成哪一种图？")
    assert not slot_filled(picture, "以实际行动加快把“草图”高质量地转化为“实景图”。")  # the verb paraphrased: not as tight
    drug = analyse("某药是用来治疗什么的药物？")
    assert not slot_filled(drug, "在美国，某药是通用名药物。")  # the name a clause away from the noun
    assert slot_filled(drug, "某药是一种用来治疗心脏水肿的药物。")
    shows = analyse("此列表不收录什么节目？")
    assert not slot_filled(shows, "本分类只收录纯歌唱或音乐节目。")  # the other polarity
    assert not slot_filled(analyse("他因参加什么综艺节目而走红？"), "他参加了2012年拉力赛。")  # the asking word ends no clause
    roads = analyse("某县今年要对县城哪一片的路网做优化升级？")
    assert slot_filled(roads, "加快东城路网优化升级。")  # the words after the noun
    goal = analyse("某区今年的总目标要聚力实现什么？")
    assert slot_filled(goal, "今年，某区将聚力实现“三个新突破”。")
    assert not slot_filled(goal, "某区全面完成全年目标任务。")
    assert not slot_filled(analyse("某区什么时候聚力实现突破？"), "某区将聚力实现“三个新突破”。")  # a time asked


def test_a_candidate_filling_the_slot_is_shown_before_one_sharing_only_the_setting():
    from assistant.answer.named_things import slot_first
    from tests.answer.test_asked_kind import _scored

    goal = analyse("某区今年的工作总目标要聚力实现什么？")
    ranked = _scored(("某区全面贯彻新发展理念，锚定发展目标，完成全年目标任务。", 0.6),
                     ("今年，某区将聚力实现“三个新突破”。", 0.5))
    assert slot_first(goal, ranked)[0] is ranked[1]
    far = _scored(("某区全面贯彻新发展理念，锚定发展目标。", 0.9), ("某区将聚力实现“三个新突破”。", 0.3))
    assert slot_first(goal, far)[0] is far[0]  # the rules support it too little
    filled = _scored(("某区将聚力实现“甲”。", 0.6), ("某区将聚力实现“乙”。", 0.5))
    assert slot_first(goal, filled) == filled



def test_a_clause_filling_the_slot_for_another_thing_is_not_shown_first():
    # 借旅游给某市带来什么: 会议带来的东风 is another thing's bringing, its clause writes neither 旅游 nor 某市
    from assistant.answer.named_things import framed_fill, slot_first
    from tests.answer.test_asked_kind import _scored

    q = analyse("规划希望借旅游给某市带来什么？")
    other = "全面释放会议带来的东风效应,展现某市新作为。"
    assert not framed_fill(q, other)
    assert framed_fill(q, "借旅游给某市带来客流，提振消费。")
    ranked = _scored(("大力发展节庆游,以旅游为某市聚人气。", 0.6), (other, 0.5))
    assert slot_first(q, ranked)[0] is ranked[0]
    # the document the words are framed with (规划说) is no word the filling clause must write
    framed = analyse("加大保护力度，规划说最终要厚植的是什么？")
    assert framed_fill(framed, "(八)加大保护力度,着力厚植绿色发展本底。")


def test_a_verb_before_de_shi_and_a_described_answer_fill_the_slot():
    from assistant.answer.named_things import slot_filled, slot_first
    from tests.answer.test_asked_kind import _scored

    shaped = analyse("科技一项，报告标题说着力塑造的是什么？")
    assert slot_filled(shaped, "(二)坚持科技引领,着力塑造产业新优势。")
    assert not slot_filled(shaped, "壮大科技型企业。")
    # the question's own description then the answer: read first at a lower share of the rules' support
    why = analyse("在评论看来，冷门变热门，天时之外更重要的因素是什么？")
    ranked = _scored(("冷门成为热门的背后,首先是天时,有自然禀赋;", 0.62), ("更重要的是当地多年深耕形成的积累,二者缺一不可。", 0.33))
    assert slot_first(why, ranked)[0] is ranked[1]
    far = _scored(("冷门成为热门的背后,首先是天时,有自然禀赋;", 0.9), ("更重要的是当地多年深耕形成的积累。", 0.33))
    assert slot_first(why, far)[0] is far[0]
