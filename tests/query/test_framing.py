"""A question's frame (报告强调, 记者提到的, 作者回忆) and its asking phrase (哪项, 哪两家, 一个什么样的,
那份) are no topic words a sentence must write (query/framing.py, query/glued.WHICH_RE)."""

from __future__ import annotations

from assistant.answer import figure_kind, topic_coverage
from assistant.query import framing
from assistant.query.question import analyse
from support import flat_coverage, flat_weights


def test_frame_words_are_the_writer_not_the_topic():
    q = "报告强调要坚持哪几条原则？"
    assert framing.frame_word("报告", q) and framing.frame_word("强调", q)
    assert not framing.frame_word("原则", q)
    # a frame word right after the asking word is what is asked about
    assert not framing.frame_word("记者", "哪位记者采访了他？")
    assert not framing.frame_word("报告", "会上审议了什么报告？")


def test_the_asking_phrase_and_its_classifier_are_no_topic_words():
    assert "哪项" not in analyse("白河县要深化的是哪项整治？").terms
    q = analyse("青溪市保持在一个什么样的区间？")
    assert not {"一个", "样"} & set(q.terms) and "区间" in q.terms
    assert "城市" in analyse("作者小时候住在哪座城市？").terms and "哪座" not in analyse("作者小时候住在哪座城市？").terms


def test_a_counted_asking_phrase_states_no_figure():
    assert analyse("领投这轮融资的是哪两家机构？").figures == ()
    assert analyse("还靠哪两项来引领工作？").figures == ()
    assert analyse("白河县500万元以上项目有哪些？").figures != ()


def test_described_as_what_asks_no_reason_and_what_level_asks_no_figure():
    assert analyse("发言人把这一地区形容为什么？").kind != "reason"
    assert analyse("他为什么辞职？").kind == "reason"
    assert analyse("要提升的是农业的什么水平？").kind == "generic"
    assert analyse("农业产值是多少？").kind == "quantity"


def test_an_unwritten_frame_is_neither_held_nor_missed():
    q = analyse("报告强调要坚持哪几条原则？")
    weights = topic_coverage.term_weights(q, lambda t: 3.0)
    assert ("报告",) in weights.optional and ("原则",) not in weights.optional
    bare = topic_coverage.coverage(weights, "坚持规划引领、建管并重的原则。", "", {})
    assert bare == 1.0  # 坚持, 原则 written; 报告, 强调 not held against it
    framed = topic_coverage.coverage(weights, "报告强调坚持规划引领。", "", {})
    assert framed < 1.0  # 原则 missing still counts
    assert topic_coverage.coverage(weights, "今天下雨。", "", {}) == 0.0


def test_who_said_it_is_what_a_person_question_asks():
    q = "哪位受访负责人说要加快青溪酒店等重点项目？"
    assert framing.frame_word("说", q) and not framing.frame_word("说", q, asks_person=True)
    assert framing.frame_word("报告", "报告说谁负责此事？", asks_person=True)
    weights = flat_weights(q)
    assert not any("说" in g for g in weights.optional)


def test_the_writer_and_the_part_of_the_piece_are_frame():
    q = "王海涛采写的青溪访谈开头，局长说会上还部署了哪一项工作？"
    assert all(framing.frame_word(t, q) for t in ("王海涛", "采写", "访谈", "开头"))
    assert not framing.frame_word("部署", q)
    q = "赵明远的白河稿说建了六大园区，点了哪几个园区的名？"
    assert framing.frame_word("稿", q) and framing.frame_word("点", q) and framing.frame_word("名", q)
    assert not framing.frame_word("园区", q)
    # 谈到…时 says where in the piece; the passage named by its topic (水土治理那段) is its heading's
    q = "报告谈到对外开放时，要求怎样推进？"
    assert framing.frame_word("时", q) and framing.frame_word("谈", q) and not framing.frame_word("开放", q)
    q = "水土治理那段，报告要求整治的对象有哪些？"
    assert all(framing.frame_word(t, q) for t in ("水土", "治理", "那段", "对象")) and not framing.frame_word("整治", q)
    # asked, the part is a topic word
    assert not framing.frame_word("开头", "文章以什么开头？")


def test_an_item_asked_by_its_place_is_the_item_the_document_marks():
    assert framing.item_reference("规划列的五项任务中，打头那一项要做什么？")[0] == "一"
    numeral, span, frame = framing.item_reference("方案第三项工作聚焦交通，要改善什么？")
    assert numeral == "三" and "方案第三项工作聚焦交通"[frame[0][0]:frame[0][1]] == "工作"
    assert framing.item_reference("第三季度增长了多少？") is None
    # 排第二的那项: the item in second place; 排名第二的项目 is a project, no item of a list
    assert framing.item_reference("规划列的五项任务里，排第二的那项要做什么？")[0] == "二"
    assert framing.item_reference("排名第二的项目投资多少？") is None
    q = analyse("方案第三项工作聚焦交通，要改善什么？")
    weights = topic_coverage.term_weights(q, lambda t: 3.0)
    assert framing.item_markers("三") in weights and not any(g in weights for g in (("第三",), ("项",)))
    item = topic_coverage.coverage(weights, "(三)聚焦交通,着力改善出行条件。", "", {})
    other = topic_coverage.coverage(weights, "聚焦交通工作,改善出行条件。", "", {})
    assert item > other
    # the clause naming the list is its introduction, which the item does not repeat
    q = analyse("规划列的五项任务中，打头那一项要推动什么？")
    weights = topic_coverage.term_weights(q, lambda t: 3.0)
    assert all(g in weights.optional for g in weights if g[0] in ("五项", "任务", "规划"))
    assert topic_coverage.coverage(weights, "(一)着力推动产业升级。", "", {}) > 0.6


def test_the_item_marker_holds_the_sentence_opening_with_it_not_its_passage():
    q = analyse("方案第三项工作聚焦交通，要改善什么？")
    weights = topic_coverage.term_weights(q, lambda t: 3.0)
    assert framing.item_held(weights, weights.item, "(三)聚焦交通,着力改善出行条件。") == 1.0
    assert framing.item_held(weights, weights.item, "加快建设(三)号线。") == 0.0
    whole = framing.in_passage(weights)
    assert framing.item_held(whole, whole.item, "(三)聚焦交通,着力改善出行条件。") == 0.0
    assert framing.item_held(weights, ("交通",), "聚焦交通") is None


def test_the_item_sentence_goes_first_when_the_rules_support_it_best():
    from types import SimpleNamespace as NS

    def cand(text, rules, p):
        return NS(sentence=NS(text=text), score=p, factors={"rules": rules})

    q = analyse("方案第三项工作聚焦交通，要改善什么？")
    detail, item = cand("新建公交线路五条。", 0.6, 0.5), cand("(三)聚焦交通,着力改善出行条件。", 0.9, 0.3)
    assert framing.item_first(q, [detail, item])[0] is item
    weaker = cand("(三)聚焦交通。", 0.5, 0.3)
    assert framing.item_first(q, [detail, weaker])[0] is detail
    plain = analyse("交通方面要改善什么？")
    assert framing.item_first(plain, [detail, item])[0] is detail
    # a part named by its heading's words (那节): its numbered heading line, when the rules support it best
    named = analyse("绿色出行那节，方案要改善什么？")
    assert framing.item_first(named, [detail, item])[0] is item
    assert framing.item_first(named, [detail, cand("着力改善出行条件。", 0.9, 0.3)])[0] is detail  # no heading line
def test_a_question_saying_its_sources_disagree_frames_the_pieces_and_how_they_differ():
    q = "核稿发现两篇稿子对青溪那场展会的成交额写法不同，分别写了多少？"
    assert framing.disputed(q)
    assert all(framing.frame_word(w, q, asks_figure=True) for w in ("核稿", "稿子", "写法", "不同", "写"))
    assert not framing.frame_word("成交额", q, asks_figure=True) and not framing.frame_word("展会", q, asks_figure=True)
    assert not framing.frame_word("写法", q)  # a list of sentences is chosen by all its words (稿子 is a piece, frame anyway)
    assert framing.disputed("青溪项目的投资额该用哪个数？")
    assert framing.frame_word("数", "青溪项目的投资额该用哪个数？", asks_figure=True)
    assert framing.disputed("甲报和乙报对青溪人口的说法对不上，各给的是多少？")
    # no dispute said: the same words are topic words as before
    assert not framing.disputed("青溪县不同类型的企业分别有多少家？")
    assert not framing.frame_word("写", "青溪县今年写了多少篇稿子？", asks_figure=True)
    # two sources named, each one's figure asked: a dispute said
    assert framing.disputed("青溪大桥到底花了多少钱？市里的通报和区长嘴里的数字分别是多少？")
    assert framing.disputed("年鉴和统计公报的说法分别为多少？")
    assert not framing.disputed("一季度和二季度的数据分别是多少？")  # 数据 of two things, not two sources
    assert not framing.disputed("青溪大桥的长度和宽度分别是多少？")
    # two pieces of writing named (报告, 采访, 报道), or two figures said to differ
    assert framing.disputed("同一座青溪大桥，市里的报告和区长的采访给出的造价分别是多少？")
    assert framing.disputed("青溪大桥的造价，我在网上看到两个不一样的数，分别是多少？")
    assert framing.disputed("年初的报道和年底的文章里的客流量分别是多少？")
    assert not framing.disputed("甲市和乙县的客流量分别是多少？")  # two places, no piece of writing
    assert not framing.disputed("青溪县有两个不同的工业园区，分别有多少家企业？")  # two things, no figure said to differ



def test_the_document_named_in_full_is_frame():
    # 年度工作报告 is cut 年度/工作/报告: the words before the piece name it, as 报告 does
    q = "青溪年度工作报告说今年要新建多少座公园？"
    assert framing.frame_word("年度", q) and framing.frame_word("工作", q) and not framing.frame_word("公园", q)
    q = "青溪日报评论说今年新建多少座公园？"
    assert framing.frame_word("日报", q) and framing.frame_word("评论", q)
    assert framing.frame_word("公报", "统计公报说去年新建多少座公园？")
    # the piece asked about (什么工作报告) is a topic
    assert not framing.frame_word("工作", "会上审议了什么工作报告？")
    # in the interview, that article: frame words glued to their classifier or postposition
    assert framing.frame_word("中说", "局长在采访中说要建几座公园？")
    weights = flat_weights("那篇文章里说青溪新建了多少座公园？")
    assert all(g in weights.optional for g in weights if any(t in ("篇文章", "说") for t in g))
    assert ("公园",) not in weights.optional


def test_filler_words_are_neither_held_nor_missed():
    # a postposition, a conjunction or preposition, a demonstrative or topic marker after a noun
    for question, word in (("供暖问题上，今年要改造多少公里管网？", "上"), ("学校跟医院之间修了几条路？", "跟"),
                           ("学校跟医院之间修了几条路？", "之间"), ("供暖这块，今年要改造多少公里管网？", "这块"),
                           ("供暖方面，今年要改造多少公里管网？", "方面"), ("白河境内有几座水库？", "境内")):
        assert framing.filler(word, question), (question, word)
        assert not any(word in g for g in flat_weights(question)), (question, word)
    # counted or asked, the same word is a topic: 几个方面; a place's direction is no postposition
    assert not framing.filler("方面", "报告从几个方面部署了工作？")
    assert not framing.filler("东部", "东部地区今年增长多少？")
    assert not framing.filler("国内", "国内销量是多少？")
    assert not framing.filler("这块", "这块地有多少亩？")  # opening the question, a demonstrative of its noun
    for question in ("招商这一块，今年引进了多少个项目？", "那份报告里提到新建几所学校？", "咱们今年新建几所学校？"):
        assert all(len(g[0]) > 1 and g[0] not in ("一块", "咱们") for g in flat_weights(question)), question
    # a preposition or conjunction before a noun (quoted or not); 比 compares, 用了 is jieba's verb tagged as one
    assert framing.filler("跟", "五类产业里，跟“文旅”配成一对的是哪个？")
    assert not framing.filler("比", "青溪的资金比上年多了多少？")
    assert not framing.filler("比", "青溪的增速比全国高了多少？")
    assert not framing.filler("用", "从开工到通车，前后用了多少天？")
    bare = flat_coverage("供暖问题上，今年要改造多少公里管网？", "全年改造供暖管网80公里。")
    assert bare == 1.0


def test_the_asker_s_level_is_held_by_the_document_s_own_word_for_it():
    weights = flat_weights("县里今年要新建多少座公园？")
    group = next(g for g in weights if "县里" in g)
    assert "全县" in group and group in weights.optional
    # unwritten, not held against the sentence; written as the document writes it (全县), held
    assert topic_coverage.coverage(weights, "新建公园5座。", "", {}) == 1.0
    assert framing.level_group("我市") and not framing.level_group("城里") and not framing.level_group("市场")


def test_a_reader_saying_two_sources_give_not_one_figure_disputes():
    assert framing.disputed("甲报和乙台给的不是一个数，各是多少？")
    assert framing.disputed("两篇稿子写的并非同一个数字，分别是多少？")
    assert not framing.disputed("这是不是一个好数字？")


def test_the_askers_estimate_before_the_exact_figure_is_frame():
    # 几乎翻倍 says what the asker has heard; the sentence states the figure (增长96%), not the estimate
    q = analyse("青溪镇去年税收几乎翻倍，具体增幅是多少？")
    assert q.parts == [] and q.head == "增幅"
    assert flat_coverage(q.text, "青溪镇税收完成3.2亿元，增长96%。") == 1.0
    # asked as the topic itself, the same words count
    assert not framing.frame_word("翻倍", "哪个指标几乎翻倍？")



def test_a_leading_topic_phrase_is_what_is_counted():
    # 养鹅方面，…新增多少只: the leading phrase names the thing counted; a sentence about ducks is not held
    q = "养鹅方面，青溪今年打算新增多少只？"
    assert not framing.frame_word("鹅", q)
    assert flat_coverage(q, "力争新增鸭子5万只。") < 0.7


def test_how_many_versions_a_disputed_question_saw_is_its_frame():
    q = "青溪县今年粮食产量到底要达到多少？文中出现了两个数，各是多少？"
    assert framing.disputed(q)
    assert analyse(q).figures == ()  # 两个数 counts versions, it is no figure a sentence states
    assert all(framing.frame_word(w, q, asks_figure=True) for w in ("出现", "两个", "数"))
    assert not framing.frame_word("粮食", q, asks_figure=True)
    assert analyse("青溪县两个园区要引进多少家企业？").figures == ("两个",)  # no dispute said: a figure as before


def test_a_figure_written_twice_earlier_and_later_is_a_dispute_asking_the_change():
    # 前后不一致: where in the text the two figures stand, no 增幅前 (the level before a rise)
    q = "规划那一段把青溪县粮食产量写了两遍，增幅前后不一致，两个数分别是多少？"
    assert framing.disputed(q) and framing.disputed("青溪县粮食产量写了两遍，各是多少？")
    assert framing.frame_word("前后", q, asks_figure=True) and framing.frame_word("两遍", q, asks_figure=True)
    assert analyse(q).change and figure_kind.wanted(analyse(q)) == figure_kind.CHANGE
    # a before and after the sentence must write stays a topic word
    assert not framing.frame_word("前后", "调价前后每吨价格分别是多少？", asks_figure=True)
    assert not framing.disputed("青溪县粮食产量是多少？")


def test_a_part_named_by_its_number_is_read_as_the_item_the_document_marks():
    numeral, span, _ = framing.item_reference("规划第三部分提到的防范工作有哪些？")
    assert numeral == "三" and "规划第三部分提到的防范工作有哪些？"[span[0]:span[1]] == "第三部分"
    q = analyse("规划第三部分提到的防范工作有哪些？")
    weights = topic_coverage.term_weights(q, lambda t: 3.0)
    assert framing.item_markers("三") in weights and ("部分",) not in weights


def test_where_in_the_piece_is_frame_unless_asked():
    q = "讲话收尾部分提到要关心哪些人群？"
    assert framing.frame_word("收尾", q) and framing.frame_word("部分", q)
    assert framing.frame_word("开篇", "纪要开篇处说了哪项任务？")
    assert not framing.frame_word("开头", "文章以什么开头？")
    assert not framing.frame_word("收尾", "那场晚会的收尾是什么？")


def test_the_writer_or_speaker_named_before_the_figure_is_frame():
    # a byline or the speaker's line names him; the sentence holding the figure does not
    for q in ("在王海涛笔下，青溪去年新建的公园有几座？", "王海涛写青溪旅游时，游客一共来了多少人次？",
              "王海涛给出的白河镇水稻收成达到多少？"):
        weights = flat_weights(q)
        assert ("王海涛",) in weights.optional
        assert not any(g in weights.optional for g in weights if {"青溪", "白河", "公园", "游客"} & set(g))
    q = "王海涛写青溪旅游时，游客一共来了多少人次？"
    assert framing.frame_word("时", q) and framing.frame_word("写", q) and not framing.frame_word("旅游", q)
    assert framing.frame_word("王海涛", "王海涛报的白河数据里，哪项增速最高？")
    # the verb alone, asked after 哪位, is what a person question asks
    assert not framing.frame_word("给出", "哪位局长给出了这个数字？", asks_person=True)
