"""Where and when (answer/asked_slot.py) on made-up sentences: a site asked and a sentence naming none; a time asked
and a sentence dating nothing or only the day something was announced; a country's market is no city."""

from __future__ import annotations

from assistant.answer import asked_slot, named_things, subject
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str, title: str = "", subj: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject=subj, article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _why(question: str, text: str, title: str = "", subj: str = ""):
    return subject.disagreement(analyse(question), _chunk(text, title, subj), 0, len(text))


def _slot(question: str, text: str):
    return asked_slot.slot_disagreement(analyse(question), _chunk(text), 0, len(text))


def test_a_site_asked_needs_a_sentence_naming_one():
    q = "甲乙两位歌手的合唱会地点是哪里？"
    assert asked_slot.site_asked(analyse(q))
    found = _why(q, "乙在微博上回应了甲的邀请，他表示：“建议日期定在9月12日。”")
    assert found is not None and found.kind == "asked kind"
    assert _why(q, "甲随后给出地址，“青河县露天剧场”。") is None
    assert _why(q, "合唱会将在梧桐大剧院举行。") is None
    # 阿隆·马丁 is a person, though jieba may tag 阿隆 a place
    assert not asked_slot.names_a_place(q, "9月1日，歌手阿隆·马丁也关注了此事。")


def test_a_loose_where_is_not_a_site():
    # 源于哪里, 在哪里任职: a language or an office answers, no place
    for text in ("这个词源于哪里？", "他最初在哪里任职？", "两者的区别在哪里？", "哪一个场地是慢速场地？"):
        assert not asked_slot.site_asked(analyse(text))


def test_a_time_asked_needs_a_date():
    q = "新规范预计何时发布？"
    found = _why(q, "他还表示，工作组将继续朝着新规范的更高速率迈进。")
    assert found is not None and found.kind == "asked kind"
    assert _why(q, "新规范预计于明年年底发布。") is None
    # a period, an age or an event before a comma dates too
    for text in ("乡里组织在唐末混战中瓦解。", "九岁的一天，他开始写第一本故事。", "战役结束后，该家族成为从属势力。"):
        assert not asked_slot.dates_nothing(text)


def test_the_date_of_an_announcement_is_not_the_end_asked():
    q = "晴雨天气App的限时免费活动什么时候结束？"
    assert asked_slot.asked_event(analyse(q)) == "结束"
    found = _why(q, "晴雨天气于2023年5月2日宣布，其App将限时免费下载。")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "活动时间为2023年5月2日14点至2023年5月4日0点。") is None
    assert _slot(q, "活动将于5月4日结束，公司宣布。") is None  # the verb asked is written
    # a question asking when it was announced takes the announcement's date
    assert _why("晴雨天气何时宣布限时免费？", "晴雨天气于2023年5月2日宣布，其App将限时免费下载。") is None


def test_a_country_market_is_no_city():
    # 挪威市场: 市 begins 市场, no 挪威市; a sentence about 荷兰's market is about another country
    q = "某车在挪威市场的起售价是多少欧元？"
    found = _why("某车在挪威市场的起售价是多少欧元？", "以荷兰市场为例，该车起售价格59490欧元。", "某车欧洲版下线", "欧洲")
    assert found is not None and found.kind == "place"
    assert subject._level("挪威", q) == "国"


def test_a_duration_asked_is_no_date():
    # 加速时间是多少 asks a figure in seconds, which dates nothing and still answers
    q = "新款车型的百公里加速时间是多少秒？"
    assert not asked_slot.time_asked(analyse(q))
    assert _slot(q, "高性能版百公里加速时间3.66秒。") is None



def test_a_draft_does_not_date_the_final_release():
    q = "新接口的正式版规范预计何时发布？"
    found = _slot(q, "工作组在今年6月份敲定了新接口v0.3版本的草案。")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "新接口正式版规范预计于2025年发布。") is None
    assert _slot("新接口的规范草案何时敲定？", "工作组在今年6月份敲定了新接口v0.3版本的草案。") is None


def test_a_contest_or_a_stance_is_no_site():
    q = "甲乙两位歌手的合唱会地点是哪里？"
    assert not asked_slot.names_a_place(q, "甲乙之间的擂台赛是否会发生，目前尚无定论。")
    assert not asked_slot.names_a_place(q, "两人在音乐等领域都有不同的观点和立场。")
    assert asked_slot.names_a_place(q, "合唱会定在拉斯维加斯的露天剧场。")


def test_a_portal_trailer_is_no_answer():
    q = "甲乙两位歌手的合唱会地点是哪里？"
    found = _slot(q, "◆ 甲再谈与乙合唱：要放在网上直播 ◆丙国一油轮在某海峡遭袭 返回搜狐，查看更多责任编辑：")
    assert found is not None and found.kind == "source"
    assert _slot("这篇文章的责任编辑是谁？", "返回搜狐，查看更多责任编辑：张三") is None  # a 谁 may be a credit's
    assert _slot(q, "原标题：合唱会举办 8月8日，合唱会在梧桐大剧院举行。") is None  # a headline line running into the body


def test_a_one_character_noun_asked_needs_a_sentence_writing_it():
    # 定成什么年: the answer is a word ending in 年 (质量提升年); a sentence without 年 gives none
    q = "青河镇今年把乡村治理定成什么年？"
    assert asked_slot.suffix_asked(analyse(q)) == "年"
    found = _slot(q, "加快修建村道，完成两座水库的除险加固")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "开展乡村治理质量提升年活动") is None
    # 什么样, 什么人 ask no such word
    assert asked_slot.suffix_asked(analyse("青河镇要建成什么样？")) == ""


def test_a_one_character_noun_asked_is_a_word_ending_in_it():
    # 年 inside another word (未成年人) or closing a date or a count (今年, 2023年, 两年) names no 攻坚年
    q = "青河镇今年把乡村治理定成什么年？"
    for text in ("关爱留守儿童，保障未成年人权益", "今年完成两座水库加固", "2023年新建村道，连续两年达标"):
        found = _slot(q, text)
        assert found is not None and found.kind == "asked kind", text
    assert _slot(q, "实施乡村治理攻坚年，完成村道修建") is None
    assert _slot(q, "把今年定为治理提升年") is None


def test_a_one_character_noun_asked_may_open_a_two_character_noun():
    # 保障网络 is a 网 as 交通网 is; 网 opening a word a noun follows (网点布局) or a longer word (网格化) is not
    q = "区长说要织密一张什么网？"
    assert _slot(q, "织密社会保障网络，加强救助管理") is None
    assert _slot(q, "建成城乡交通网") is None
    for text in ("优化网点布局，方便群众办事", "推行网格化管理，加强巡查", "网络安全宣传周开幕"):
        found = _slot(q, text)
        assert found is not None and found.kind == "asked kind", text
    # the case the reading was made for stays refused: 年度计划 names no 攻坚年
    found = _slot("青河镇今年把乡村治理定成什么年？", "完成乡村治理年度计划")
    assert found is not None and found.kind == "asked kind"


def test_what_the_question_sets_aside_is_no_answer():
    # 纺织之外: a sentence about 纺织 alone does not say what else was set
    q = "纺织之外，规划给新材料产业定的方向是什么化？"
    assert named_things.excluded(analyse(q)) == "纺织"
    found = _slot(q, "推动纺织产业数字化、品牌化发展")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "推动新材料产业高端化发展") is None
    assert _slot(q, "除纺织外，推动新材料产业高端化发展") is None
    # 哪些 asks a list, which may name the thing set aside beside the others
    assert named_things.excluded(analyse("纺织之外，还有哪些产业？")) == ""


def test_a_thing_asked_needs_a_sentence_naming_something_new():
    # 争取创建什么称号: a sentence writing only the question's own nouns and a verb names no title
    q = "在美化乡村环境方面，青河镇积极争取创建什么称号？"
    assert asked_slot.thing_noun_asked(analyse(q)) == "称号"
    found = _slot(q, "持续美化提升乡村环境")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "积极争创省级生态示范镇") is None
    # 什么时候, 为什么 ask no thing
    assert asked_slot.thing_noun_asked(analyse("青河镇什么时候开始创建？")) == ""
    # a range asked (什么区间) is named by the sentence's own figures, with no noun the question lacks
    q = "据分析师透露，星河X2的建议售价在什么区间？"
    assert _slot(q, "星河X1、星河X2的建议售价分别在300到350美元、200到250美元之间") is None


def test_a_thing_asked_written_only_as_a_modifier_is_not_named():
    # 什么区域: 交通区域规划 is a plan; the sentence names no area
    q = "新馆建成以后，青河镇准备开辟一个什么区域？"
    assert asked_slot.only_modifying(analyse(q), "优化交通区域规划，完成客运站搬迁") == "区域规划"
    found = _slot(q, "优化交通区域规划，完成客运站搬迁")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "在新馆东侧开辟阅读休闲区域") is None


def test_a_thing_asked_as_the_question_itself_modifies_with_it_is_named():
    # 什么格局的新机遇: the sentence's 格局新机遇 is the question's own phrase, 的 dropped; the name before it answers
    q = "青河镇要抓住全省构建什么格局的新机遇？"
    assert asked_slot.only_modifying(analyse(q), "抓住全省构建“一核两翼”格局新机遇，谋划重大项目") == ""
    # a compound the question does not write is still a modifier only
    assert asked_slot.only_modifying(analyse(q), "优化全省格局规划，谋划重大项目") == "格局规划"


def test_what_is_set_aside_outside_the_slot_is_no_refusal():
    # 天晴之外更重要的是什么: a bare 什么 asks no slot; a sentence writing 天晴 apart from it is not refused for it
    q = "天晴之外，丰收更重要的因素是什么？"
    assert asked_slot.fills_with_excluded(analyse(q), "首先是天晴，有充足的日照") == ""
    q = "纺织之外，规划给新材料产业定的方向是什么化？"
    assert asked_slot.fills_with_excluded(analyse(q), "推动纺织产业数字化发展") == "纺织产业数字化"


def test_a_part_of_a_thing_is_something_new_a_relation_is_not():
    # jieba tags 底面, 顶部 a locative (f) as it does 上面, 之间: a part names something, a relation names nothing
    q = "组装木箱时有什么注意事项？"
    assert asked_slot.thing_noun_asked(analyse(q)) == "注意事项"
    assert _slot(q, "组装木箱时，应使其与底面垂直") is None
    assert _slot(q, "组装木箱时，应使其与顶部平齐") is None
    found = _slot(q, "组装木箱时，应使其与上面垂直")
    assert found is not None and found.kind == "asked kind"


def test_a_judgment_asked_needs_a_sentence_stating_one():
    q = "对于今年是否下调存款利率，央行给出了怎样的判断？"
    debate = "央行负责人答记者问时表示，是否应当下调存款利率，近来讨论很多，各方面对此看法不一。"
    found = _slot(q, debate)
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "我们认为，今年下调存款利率的条件尚不具备。") is None
    # a question asking no judgment is left alone, nor one asking an evaluation, which praise states
    assert _slot("央行负责人在答记者问时表示了什么？", debate) is None
    assert _slot("某局长如何评价这份规划的思路？", "“规划思路清晰、目标明确，令人振奋。”") is None


def test_a_date_asked_of_a_formal_act_needs_that_act():
    # 几月几号 asks a date, not a duration; 开幕 is dated by a sentence opening the session, past or planned
    q = "青溪县人代会是几月几号开幕的？"
    assert asked_slot.time_asked(analyse(q))
    assert not asked_slot.time_asked(analyse("工程要用几个月完成？"))
    found = _slot(q, "3月5日，出席青溪县人代会的代表分组审议了政府工作报告。")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "3月5日，青溪县人代会隆重开幕。") is None
    # an act of no group (领土增加) may still be dated by what came with it
    assert asked_slot.dates_other_events(analyse("青溪县领土增加发生在哪一年？"), "1990年两地合并后，青溪县面积扩大。") == ""


def test_a_thing_asked_by_a_compound_kind_is_its_head():
    # 什么消防行动: the kind is 行动, which 消防 only modifies; a sentence writing 消防设施 names no 行动, one writing
    # a quoted name before 行动 does
    q = "乙市今年共办了12场什么消防行动？"
    assert asked_slot.thing_noun_asked(analyse(q)) == "行动"
    assert _slot(q, "全市共开展“安全进万家”行动12场，消防设施投入3000万元") is None
    assert asked_slot.only_modifying(analyse(q), "全市共开展“安全进万家”行动12场，消防设施投入3000万元") == ""


def test_what_name_asks_a_name_not_a_word_ending_in_it():
    # 起的是什么名: any name of the hall (丙丁科技展览馆), not a word ending in 名
    q = "乙市打算新建一座展览馆，这座馆起的是什么名？"
    assert asked_slot.suffix_asked(analyse(q)) == ""
    assert _slot(q, "加快建设丙丁科技展览馆等工程") is None


def test_a_datelines_day_or_a_typhoons_number_dates_no_event():
    # 中新网青溪7月24日电 is the day the piece was filed; 第5号 numbers the typhoon: neither dates the halt asked
    q = "受第5号台风影响，青溪至白沙的客运航线从哪天起停航？"
    assert _slot(q, "原标题：受台风影响 青溪航线停航中新网青溪7月24日电(记者 柯明远)今年第5号台风逐渐靠近，强度将继续增强") is not None


def test_a_day_written_in_the_body_still_dates_the_event():
    # guard: the body's own day (7月25日起停航), even after a dateline
    q = "受第5号台风影响，青溪至白沙的客运航线从哪天起停航？"
    assert _slot(q, "中新网青溪7月24日电 受今年第5号台风影响，青溪至白沙航线7月25日起停航") is None
