"""The kind of name a question asks (answer/asked_kind.py) on made-up sentences: which city,
which country, and a sentence that names none of that kind beside the question's own words."""

from __future__ import annotations

from assistant.answer import asked_kind, evidence, place_lists, subject, thing_asked, unknown_cause
from assistant.query.question import analyse
from assistant.records import Chunk
from support import flat_idf, made_hits


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _why(question: str, text: str):
    return subject.disagreement(analyse(question), _chunk(text), 0, len(text))


def test_the_kind_asked():
    assert asked_kind.asked(analyse("那位车主是在哪个城市充的电？")) == "城"
    assert asked_kind.asked(analyse("这趟班列开往哪个国家？")) == "国"
    assert asked_kind.asked(analyse("该品种最早由哪一国引进？")) == "国"
    assert asked_kind.asked(analyse("他来自什么省份？")) == "省"
    # a king, a national park, 国内 name no country asked
    for text in ("是哪一个国王下令修建的？", "哪个国家公园最大？", "哪一国内的机关制定了规则？", "他在哪里工作？",
                 "高新区要助力哪个国家级示范基地？", "青川要创建一个什么省级基地？"):
        assert asked_kind.asked(analyse(text)) == ""


def test_a_sentence_naming_nothing_does_not_say_which_city():
    found = _why("那位青川车主是在哪个城市的充电站充的电？", "然而，那位青川车主最终需要支付300元，其中多数是占位费。")
    assert found is not None and found.kind == "asked kind"


def test_a_sentence_naming_a_place_or_a_foreign_name_may():
    assert _why("那位车主是在哪个城市的充电站充的电？", "该车主在河州市的一座充电站充电，被收取616元。") is None
    assert _why("那位车主是在哪个城市的充电站充的电？", "首府为潘普洛纳。") is None  # a name jieba tags a person's
    assert _why("这趟班列开往哪个国家？", "班列从滨城出发，驶向波兰。") is None


def test_china_s_divisions_customs_and_a_photographer_name_no_country():
    for text in ("这是浙江省首次通过班列整列发运农机，驶向海外。",
                 "李青川 摄杭州海关数据显示，今年前5个月，关区班列共开行800列，同比增长9.1%。"):
        found = _why("首趟农机班列开往哪个国家？", text)
        assert found is not None and found.kind == "asked kind", text


def test_an_old_state_jieba_tags_a_time_word_is_a_country():
    assert _why("哪一国在此战中取得胜利？", "高句丽与隋朝的关系逐渐进入战争状态。") is None


def test_versions_asked_are_written_as_versions():
    question = "星河S7分为哪几个版本？"
    found = _why(question, "星河S7配备了三块屏幕，包括仪表、中控屏和副驾屏。")
    assert found is not None and found.kind == "asked kind"
    assert _why(question, "星河S7共有三款车型，分别是旗舰版、长续航版和标准版。") is None
    assert _why(question, "星河S7推出了2024款，售价不变。") is None
    # one new product (一款, 这款) is no version
    assert _why(question, "星河近期发布了一款S7，这款车仅在国内销售。") is not None


def test_an_office_asked_is_named_or_given():
    question = "介绍星河合作成果的这篇署名文章，作者担任什么职务？"
    found = _why(question, "星河合作充分体现共商共建共享理念，生动诠释了合作的内涵。")
    assert found is not None and found.kind == "asked kind"
    assert _why(question, "（作者为中国驻星河国大使）") is None
    assert _why(question, "星河国驻华大使李明出席了活动。") is None
    # an office no role ending names, given by the verb that confers it (the person named before)
    for question, text in (("1995年，王小明担任什么职务？", "1995年8月，任中共星河市委常委。"),
                           ("王小明在2011年被聘为什么职务？", "2011年1月1日，受聘为国策顾问。")):
        assert asked_kind.kind_disagreement(analyse(question), _chunk(text), 0, len(text)) is None
    # not asked: no check
    assert _why("星河合作成果有哪些？", "星河合作充分体现共商共建共享理念。") is None


def _sentences(*texts: str, article: int = 0):
    from assistant.answer.evidence import Sentence

    text = "".join(texts)
    chunk = Chunk(id=f"c{article}", source="made/c1.txt", title="", subject="", article=article, start=0,
                  end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)
    out, at = [], 0
    for t in texts:
        out.append(Sentence(0, chunk, at, at + len(t)))
        at += len(t)
    return out


def _draft(sentence):
    from assistant.answer.extractive import Draft, Part

    return Draft([Part(sentence, sentence.a, sentence.b, 1.0)], 1.0)


def test_a_cause_the_article_says_is_still_looked_into_is_not_answered():
    q = analyse("某县仓库火灾的起火原因是什么？")
    lead, probe = _sentences("5日凌晨，某县一仓库发生火灾，造成2人受伤。", "目前，已成立调查组，对火灾原因进行调查。")
    assert unknown_cause.cause_unknown(q, _draft(lead), [lead, probe])
    unknown = _sentences("某县一仓库5日发生火灾。", "起火原因不明。")
    assert unknown_cause.cause_unknown(q, _draft(unknown[0]), unknown)


def test_a_cause_given_or_another_article_s_probe_does_not_refuse():
    q = analyse("某县仓库火灾的起火原因是什么？")
    lead, found = _sentences("某县一仓库5日发生火灾。", "事故原因经调查，直接原因是电线老化短路。")
    assert not unknown_cause.cause_unknown(q, _draft(lead), [lead, found])  # the cause was found
    given, probe = _sentences("火灾因电线短路引起。", "具体原因正在进一步调查。")
    assert not unknown_cause.cause_unknown(q, _draft(given), [given, probe])  # the drafted sentence gives one
    other = _sentences("另一起事故原因正在调查中。", article=1)
    assert not unknown_cause.cause_unknown(q, _draft(lead), [lead] + other)
    assert not unknown_cause.cause_unknown(analyse("仓库火灾造成几人受伤？"), _draft(lead), [lead] + _sentences("起火原因不明。"))


def test_a_station_asked_is_written_with_its_name():
    q = "松花江干流最早是在哪个水文站开始超警的？"
    assert _why(q, "记者18日获悉，松花江干流全线退至警戒水位以下。").kind == "asked kind"
    assert _why(q, "8月6日22时，松花江干流依兰站开始超警。") is None
    assert _why("除甲检查哨外还有哪一个检查站只供外交人员使用？", "甲检查哨和查理检查站只供外交人员使用。") is None
    assert _why("哪些港股上涨了？", "腾讯控股上涨5%。") is None  # 港股 is no port


def _scored(*pairs):
    from types import SimpleNamespace

    return [SimpleNamespace(score=p, factors={"rules": p}, sentence=SimpleNamespace(text=t)) for t, p in pairs]


def test_a_programme_asked_is_read_from_the_sentence_naming_it_in_quotes():
    q = analyse("为扩大有效投资，某区今年要开展一项什么行动？")
    ranked = _scored(("着力加快项目建设，在扩大有效投资上实现新突破。", 0.65),
                     ("坚持“项目为王”理念，实施“扩增量争进位”行动，推动重点项目开工。", 0.53))
    assert asked_kind.programme_first(q, ranked)[0] is ranked[1]
    far = _scored(("着力加快项目建设。", 0.9), ("实施“扩增量”行动。", 0.3))
    assert asked_kind.programme_first(q, far)[0] is far[0]  # too little probable
    named = _scored(("实施“甲”行动。", 0.6), ("实施“乙”行动。", 0.5))
    assert asked_kind.programme_first(q, named) == named
    assert asked_kind.programme_first(analyse("某区今年要扩大哪些投资？"), ranked) == ranked
    prize = analyse("某公司黑客马拉松的一等奖颁给了哪个项目？")
    led = _scored(("8个项目团队与用户进行了交流。", 0.7), ("最终，一等奖项目“识物眼镜”为视障人群提供帮助。", 0.63))
    assert asked_kind.programme_first(prize, led)[0] is led[1]  # the kind written before the name


def _kind(question: str, text: str):
    return asked_kind.kind_disagreement(analyse(question), _chunk(text), 0, len(text))


def test_a_factory_river_school_or_laboratory_asked_is_written_with_its_name():
    q = "全新星河S7计划在星河集团哪家工厂投产？"
    assert _kind(q, "近日，据报道，现款星河S7将逐步停产，为全新一代让路。").kind == "asked kind"
    assert _kind(q, "新车计划于今年夏季在星河集团甲乙丙工厂投产。") is None
    q = "除了东河流域，生态修复还涉及哪条河的流域？"
    assert _kind(q, "东河流域生态修复持续推进。").kind == "asked kind"  # only the river the question names
    assert _kind(q, "推进东河、西溪流域生态修复等重点项目。") is None  # a river named 溪, 江 or 水 is one
    q = "开发这种识别模型的是哪所大学？"
    assert _kind(q, "研究人员近日开发出一种深度学习模型，准确率高达95%。").kind == "asked kind"
    assert _kind(q, "星河大学的研究人员开发出这种模型。") is None
    assert _kind("龙山区要加快哪所学校的异地新建？", "加快一实验小学异地新建等项目进度。") is None
    q = "“工作要服务大局”这句话出自他在哪次会议上的讲话？"
    assert _kind(q, "“工作要服务大局，找准切入点。”").kind == "asked kind"  # the words quoted, no meeting named
    assert _kind(q, "他在全省宣传工作会议上发表重要讲话。") is None
    assert _kind(q, "他在党的二十大报告中指出。") is None and _kind(q, "他在三中全会上指出。") is None


def test_a_kind_written_after_this_or_that_names_none():
    q = "重现核聚变点火的是哪一家国家实验室？"
    assert _kind(q, "但是，该实验室再次实现核聚变点火无疑是一个令人鼓舞的消息。").kind == "asked kind"
    assert _kind(q, "星河国家实验室再次实现了核聚变点火。") is None


def test_a_school_a_person_works_at_or_a_level_of_school_is_not_asked():
    for text in ("课题由哪位星河大学教授负责？", "哪一等级学校可以覆盖每一个镇？", "他在哪一年进入星河大学？",
                 "哪家电池厂商供应电池？", "哪个厂长签了字？"):
        assert asked_kind.FACILITY_ASKED_RE.search(text) is None, text


def test_the_kind_asked_is_read_from_the_sentence_naming_one_of_that_kind():
    q = analyse("再次实现点火的星河实验室采用的是哪种方法？")
    assert thing_asked.asked_thing(q) == ("方法", "after")
    ranked = _scored(("但是，该实验室再次实现点火无疑是一个令人鼓舞的消息。", 0.58),
                     ("经过几个月的努力，该实验室终于再次实现了点火。", 0.56),
                     ("该实验室采用的是惯性约束法，即利用激光器照射燃料胶囊。", 0.40))
    assert asked_kind.programme_first(q, ranked)[0] is ranked[2]
    far = _scored(("该实验室再次实现点火。", 0.9), ("该实验室采用的是惯性约束法。", 0.3))
    assert asked_kind.programme_first(q, far)[0] is far[0]  # too little supported
    base = analyse("星河市要全力创建一个什么省级基地？")
    led = _scored(("推动医药健康产业精细化发展。", 0.68), ("统筹推进中药、生物药,全力创建星河省化药创新基地。", 0.56))
    assert asked_kind.programme_first(base, led)[0] is led[1]
    written = _scored(("建设星河医药基地。", 0.68), ("全力创建星河省化药创新基地。", 0.56))
    assert asked_kind.programme_first(base, written) == written  # the best writes one already
    theme = analyse("今年在星河举行的双城论坛，主题定的是什么？")
    assert thing_asked.asked_thing(theme) == ("主题", "before")
    said = _scored(("星河市长将率团参加2023双城论坛；", 0.70), ("主题为“新趋势、新发展”。", 0.46))
    assert asked_kind.programme_first(theme, said)[0] is said[1]


def test_a_compound_kind_written_with_words_inside_its_name_is_named():
    q = analyse("青河区要和哪家食品集团洽谈合作建食品产业园？")
    ranked = _scored(("加强与星河食品控股集团洽商合作，打造食品产业园。", 0.82),
                     ("统筹推进乳品、饮料，支持星河食品集团落户青河区。", 0.70))
    assert asked_kind.programme_first(q, ranked)[0] is ranked[0]  # 食品控股集团 is a 食品集团
    assert asked_kind.split_compound("食品集团", "引进星河食品科技集团")
    assert not asked_kind.split_compound("食品集团", "发展食品产业，壮大集团")  # two names, not one
    assert not asked_kind.split_compound("集团", "星河控股集团")  # a plain kind is written whole or not at all
    named = _scored(("推进食品产业园建设。", 0.82), ("支持星河食品集团落户青河区。", 0.70))
    assert asked_kind.programme_first(q, named)[0] is named[1]  # the best names none: the one naming one first


def test_a_kind_is_named_by_a_noun_before_it_not_by_a_verb_or_a_measure():
    assert asked_kind.named_before("q", "全力创建星河省化药创新基地", "基地")
    assert asked_kind.named_before("q", "紧抓构建“464”格局新机遇", "格局")
    assert not asked_kind.named_before("q", "强化科技引领，提升企业创新能力", "企业")
    assert not asked_kind.named_before("q", "目前，无论是哪种方法，都面临挑战。", "法")
    assert not thing_asked.asked_thing(analyse("他是什么时候出生的？"))[0]  # a time, not a kind of thing
    assert not asked_kind.named_before("q", "地区生产总值、社会消费品零售总额等指标增速领跑全市", "指标")
    assert not thing_asked.asked_thing(analyse("星河国7月出口数据是由哪个部门公布的？"))[0]  # 产业通商资源部: no 部门


def test_a_district_asked_is_named_as_a_place():
    q = "报告说今年新建3个社区食堂，它们分别落在哪个城区？"
    assert _why(q, "完善养老服务体系，新建3个社区食堂、2处日间照料中心。").kind == "asked kind"
    assert _why(q, "新建的3个社区食堂分别位于青河区和东丰县。") is None
    assert _why("客栈位于黎平县的哪个镇？", "黎平县肇兴镇一客栈发生火灾。") is None
    # a region or a difference asks no district
    assert asked_kind.DISTRICT_ASKED_RE.search("哪个区域降雨最多？") is None
    assert asked_kind.DISTRICT_ASKED_RE.search("两者有哪些区别？") is None


def test_an_organisation_asked_is_named_as_one():
    q = "对网上流传的那段视频，是哪家科研机构的研究人员作出回应？"
    assert _why(q, "近日，网上流传的一段视频引起了广泛关注。").kind == "asked kind"
    assert _why(q, "对此，星河大学物理研究所的研究人员表示，视频中的实验仍需验证。") is None
    assert _why("学生会内哪一个部门负责管理海报？", "学生社团方面，有社团部以及学会部。") is None
    # a tissue or a verb 组织 asks no organisation
    assert asked_kind.ORG_KIND_ASKED_RE.search("心管的尾端会与哪一种组织相连接？") is None
    assert asked_kind.ORG_KIND_ASKED_RE.search("他自哪一年开始组织领导恢复工作？") is None


def test_a_release_asked_is_written_as_its_name_and_number():
    question = "青川对RISC-V的支持将从哪个安卓版本开始？"
    assert _why(question, "青川的官方支持将从明年的安卓15开始。") is None
    found = _why(question, "青川已经意识到了RISC-V在安卓平台的潜力。")
    assert found is not None and found.kind == "asked kind"


def test_who_does_an_act_names_the_standing_asked():
    question = "在青川商店买翻新掌机，需要具备什么身份？"
    assert _why(question, "青川商店出售的掌机只对青川Pro订阅者开放。") is None
    found = _why(question, "青川商店将从周二开始在部分门店出售翻新的掌机。")
    assert found is not None and found.kind == "asked kind"


def test_a_country_or_a_province_names_no_city():
    city = "青川电器计划把海外工厂建在哪座城市？"
    for text in ("青川电器正在考虑在泰国建立工厂，并希望把中国供应商一起带去。",  # countries only
                 "青川电器的新工厂选址仍在江苏和浙江之间比较。",  # provinces only
                 "新工厂售价将从200万印度卢比起。"):  # a currency names no place
        found = _why(city, text)
        assert found is not None and found.kind == "asked kind", text
    for text in ("青川电器的新工厂将落户苏州。", "青川电器的新工厂将建在北京。", "新工厂选在吉林市郊。"):
        assert _why(city, text) is None, text  # a prefecture, a city-province, a province's namesake city


def test_a_city_asked_inside_a_country_is_not_named_by_a_clause_about_others():
    asked = "青川电器计划把泰国工厂建在哪座城市？"
    listed = "青川电器目前在美国纽约、德国柏林设有工厂，并计划在越南、泰国、印度等地建设新的工厂。"
    found = _why(asked, listed)
    assert found is not None and found.kind == "asked kind"
    assert _why(asked, "青川电器计划在泰国曼谷建设新的工厂。") is None
    # a question naming no country reads every clause
    assert _why("青川电器在哪座城市设有工厂？", listed) is None


def test_a_method_named_by_its_short_form_holds_the_kind_asked():
    q = analyse("星河研究所采用的是哪种方法？")
    assert thing_asked.kind_named("方法", q.text, "星河研究所采用的是低温萃取法。") == "方法"
    assert not thing_asked.kind_named("方法", q.text, "星河研究所今年再次取得突破。")
    assert not thing_asked.kind_named("技术", q.text, "星河研究所采用的是低温萃取法。")  # no short form
    hits = made_hits("星河研究所今年再次取得突破。该所采用的是新型设备。", "星河研究所今年再次取得突破。该所采用的是低温萃取法。")
    scored = {sc.sentence.text: sc.coverage for sc in evidence.score_sentences(q, evidence.sentences_of(hits), flat_idf)}
    assert scored["该所采用的是低温萃取法。"] > scored["星河研究所今年再次取得突破。"] > scored["该所采用的是新型设备。"]


def test_a_firm_counted_by_its_classifier_is_named():
    asked = "星河区要同哪家医药企业集团加强合作？"
    found = _why(asked, "升级装备制造业、农产品加工业、医药产业“3个传统产业”。")  # a count's name names no firm
    assert found is not None and found.kind == "asked kind"
    for question, text in ((asked, "星河区要同青禾医药控股集团加强合作。"),
                           ("星河区鼓励发展的预制菜企业以哪家为代表？", "鼓励支持以“李记酸菜”为代表的预制菜企业加快发展。")):
        assert asked_kind.kind_disagreement(analyse(question), _chunk(text), 0, len(text)) is None, text
    assert not asked_kind.FIRM_ASKED_RE.search("荀子的学说影响了哪一家思想？")  # a school of thought


def test_a_model_code_in_latin_letters_and_digits_names_no_firm():
    asked = "首款新型平板将由哪家厂商推出？"
    assert not asked_kind.names_firm(asked, "虽然X670核心的性能略低于B78，但面积效率更高。")
    assert asked_kind.names_firm(asked, "该平板将由星河科技公司推出。")
    assert asked_kind.names_firm(asked, "该平板将由Stellar推出。")


def test_a_unit_a_hyphenated_code_or_a_verb_names_no_firm():
    asked = "星河平板的屏幕由哪家厂商供应？"
    # letters right after a figure are its unit; letters joined to one more by a hyphen a technology's code
    assert not asked_kind.names_firm(asked, "该平板的屏幕亮度为900nit，功率达到45W。")
    assert not asked_kind.names_firm(asked, "该平板采用QX-V架构的处理器。")
    # 将会 is a verb, not an organisation ending in 会
    assert not asked_kind.names_firm(asked, "预计明年这款平板将会上市。")
    assert asked_kind.names_firm(asked, "该屏幕由Lumos供应。")
    assert asked_kind.names_firm(asked, "该屏幕由星河显示器件研究所供应。")
    assert asked_kind.names_firm(asked, "该屏幕由平板产业促进会统一采购。")


def test_a_bare_noun_of_the_kind_or_a_word_ending_like_one_names_no_firm():
    asked = "这笔银团贷款由哪两家机构牵头？"
    # the kind's common noun after a comma or a function word, or a common word ending like a body (布局), is no name
    assert not asked_kind.names_org(asked, "此前，公司估值已超过十亿元。")
    assert not asked_kind.names_org(asked, "这笔贷款由公司自筹完成。")
    assert not asked_kind.names_org(asked, "这笔贷款得到了多家的机构支持。")
    assert not asked_kind.names_org(asked, "新平板采用双芯片（甲+乙）布局，能耗降低两成。")
    assert asked_kind.names_org(asked, "贷款由星河公司和月亮银行牵头。")
    assert asked_kind.names_org(asked, "贷款由北辰资本牵头，联合北辰研究所完成。")
    # a paper is named in title marks
    assert asked_kind.names_firm("这条消息最先由哪家报纸刊出？", "这条消息最先见于《星河日报》。")


def test_a_city_asked_for_a_facility_is_named_where_that_facility_is():
    asked = "星河汽车南方新厂选址在哪个城市？"
    assert _why(asked, "星河汽车已在南方城市甲市的科技园区租下办公楼层。").kind == "place"
    text = "星河汽车将在南方城市甲市建厂。"
    assert asked_kind.kind_disagreement(analyse(asked), _chunk(text), 0, len(text)) is None
    # a time asked of a facility is not where it is
    assert not place_lists.FACILITY_PLACE_RE.search("星河实验室在哪年竣工？")


def test_a_firm_asked_by_its_noun_is_named_as_one():
    assert _why("该系统由哪个公司研发？", "该系统去年投入使用，效率提升三成。").kind == "asked kind"
    text = "该系统由星河科技公司研发。"
    assert asked_kind.kind_disagreement(analyse("该系统由哪个公司研发？"), _chunk(text), 0, len(text)) is None
    # 什么公司 asks what kind of firm (一家芯片设计公司), 哪些企业 a list: neither asks one firm's name
    assert not asked_kind.FIRM_ASKED_RE.search("星河集团是一家什么公司？")
    assert not asked_kind.FIRM_ASKED_RE.search("哪些企业入驻了园区？")


def test_a_factory_counted_by_jia_is_named_by_its_maker_s_name():
    q = "甲农业是跟哪家钢管厂联手的？"
    assert _why(q, "支持甲农业与宏远钢管深度合作，建设新产线。") is None  # a maker: its name and what it makes
    assert _why(q, "支持甲农业扩大生产，建设新产线。").kind == "asked kind"  # names no maker
    assert _why(q, "支持甲农业与钢管行业加强合作。").kind == "asked kind"  # the trade, not a firm
    assert _why("甲农业是跟哪个钢管厂联手的？", "支持甲农业与宏远钢管深度合作。").kind == "asked kind"  # 个: a plant


def test_an_exchange_asked_is_named_by_the_exchange_or_its_board():
    question = "星禾科技打算在哪个交易所上市？"
    assert _why(question, "推进金禾蛋品、星禾科技上市，加快项目建设。") is not None  # that it lists, not where
    for text in ("星禾科技计划在深圳证券交易所上市。", "星禾科技已向港交所递交上市申请。", "星禾科技拟登陆科创板。"):
        assert asked_kind.kind_disagreement(analyse(question), _chunk(text), 0, len(text)) is None


def test_a_best_sentence_filling_the_slot_is_not_passed_over_for_a_quoted_name():
    q = analyse("提升教育质量时，报告说要大力推进哪项工程的建设？")
    ranked = _scored(("大力推进星河工程建设和综合实践教育。", 0.76),
                     ("结合正在开展的“结对帮扶”工程建设等重点工作。", 0.70))
    assert asked_kind.programme_first(q, ranked)[0] is ranked[0]  # 推进星河工程: the slot filled
    plain = _scored(("提升教育质量，加快项目建设。", 0.76), ("结合“结对帮扶”工程建设等重点工作。", 0.70))
    assert asked_kind.programme_first(q, plain)[0] is plain[1]  # no 工程 named: the quoted one is read first


def test_a_venue_asked_is_written_with_a_hall_s_or_a_ground_s_name():
    q = "第三届星河音乐节安排在甲市哪个场馆举办？"
    assert _kind(q, "办好第三届星河音乐节、甲市民俗文化节，讲好甲市故事。").kind == "asked kind"  # that it is held, not where
    assert _kind(q, "第三届星河音乐节将在甲市体育馆举办。") is None
    assert _kind(q, "音乐节主会场设在甲市会展中心。") is None
    assert _kind("博物馆哪些展馆闭馆调整？", "古代青铜馆、古代陶瓷馆将闭馆调整。") is None


def test_a_things_name_asked_needs_a_sentence_naming_one():
    # 那座科技展馆叫什么名字: a name before the kind, in quotes or after a naming verb answers; a sentence only
    # about what was done with it names none
    q = "乙市刚落成的那座科技展馆叫什么名字？"
    assert _why(q, "丙丁科技展馆已开门迎客，办起机器人展") is None
    assert _why(q, "孩子们每个周末都去一趟“丁戊”展厅") is None
    assert _why(q, "该展馆取名为戊己") is None
    found = _why(q, "乙市刚落成的那座科技展馆，吸引了不少游客")
    assert found is not None and found.kind == "asked kind"
    # a person's name asked is not read so
    assert _why("乙队的主教练叫什么名字？", "主教练张三谈了赛况") is None


def test_a_short_form_asked_needs_a_sentence_writing_one():
    # 简称为什么, 哪个简称: a short form is written in quotes or after 简称; a sentence only saying how the measures
    # went names none
    q = "甲县要在全市保持前列的项目建设指标，采访里简称为什么？"
    assert _why(q, "力争项目建设“三率”保持全市前列") is None
    assert _why(q, "项目开工率、投资完成率和入统率，简称三率") is None
    found = _why(q, "全年地区生产总值、招商引资到位额等指标增速领跑全市")
    assert found is not None and found.kind == "asked kind"
    assert _why("报告在安全生产上要压实的责任，用的是哪个简称？", "全面落实安全生产责任，坚决遏制重特大事故") is not None
    # a quoted saying answers no condition asked: the premise written again stays no answer
    premise = _why("按那篇评论的说法，甲地文旅能火，先天条件是什么？", "这个冬天,甲地文旅“火”了,让人们更加理解了“山水也是金山”的道理")
    assert premise is not None and premise.kind == "asked kind"


def test_several_districts_asked_must_be_named():
    # 哪几个城区, 哪些镇: each sentence must name a place below the city beside the question's own (not 临街, jieba's place)
    question = "今年装的300个充电桩落在了哪几个城区？"
    for text in ("规划建设一批临街驿站、充电站，力争新建充电桩300个。", "提升城区绿化水平，新增绿地2万平方米。"):
        found = _why(question, text)
        assert found is not None and found.kind == "asked kind", text
    assert _why(question, "充电桩主要分布在青河区和白石区。") is None
    for text in ("石桥镇服务站已开放。", "周巷镇助联体服务站已开放。"):  # a name jieba may cut from its level (周巷|镇助)
        assert asked_kind.names_place("南湖市哪些镇开设了服务站？", text), text


def test_the_firm_of_a_person_asked_is_written_with_his_name():
    # 甲在哪家企业任职: his words name what he spoke of (某地的活动), not where he works
    question = "座谈会上的刘青山代表在哪家企业任职？"
    said = "人大代表刘青山说，去年厂里的订单翻了一番，青河的龙舟赛、白石湾的灯会让员工过得很充实。"
    found = _why(question, said)
    assert found is not None and found.kind == "asked kind"
    found = _why("刘青山代表供职于哪家公司？", said)  # 人大代表, a role, is no firm
    assert found is not None and found.kind == "asked kind"
    going_on = "他还说，明年要为白河市多办几件实事。"  # his words go on, a place in them
    assert _why(question, going_on) is not None
    for text in ("市人大代表、青河化工有限公司总经理刘青山表示，企业将扩大产能。",
                 "刘青山（白石纺织董事长）表示，今年要上新项目。", "刘青山目前就职于青河化工有限公司。"):
        assert _why(question, text) is None, text
    # a question asking whom a firm works with is not his: the firm is in what he said
    assert _why("刘青山说，要同哪家企业加强合作？", "刘青山说，要同青河化工有限公司加强合作。") is None
