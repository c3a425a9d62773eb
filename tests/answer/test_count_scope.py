"""What a count counts (answer/count_scope.py) and the checks reading a figure's passage
(answer/passage_scope.py), on made-up sentences: a sighting for how many there are, a count of another
noun for a count of aspects, a part for the total and the total for a part, a topic opened after the sentence."""

from __future__ import annotations

from assistant.answer import count_scope, passage_scope
from assistant.answer.evidence import Scored, Sentence
from assistant.answer.figures import FigurePick
from assistant.query.question import analyse
from assistant.text import asked_numbers
from support import figure_named, made_chunk


def test_a_count_of_what_was_seen_is_no_count_of_how_many_live_there():
    q = analyse("如今在青岚湖长期栖息的白鹭大约有多少只？")
    seen = "昨天上午，观鸟爱好者在青岚湖东岸看到12只白鹭在浅滩觅食。"
    watched = "两个小时内，志愿者共观察到20至30只白鹭起落。"
    living = "调查确认，有300余只白鹭已在青岚湖栖息三年多。"
    assert count_scope.disagreement(q, seen, figure_named(seen, "12只")).startswith("a count of what was seen")
    assert count_scope.disagreement(q, watched, figure_named(watched, "20至30只")).startswith("a count of what was seen")
    assert count_scope.disagreement(q, living, figure_named(living, "300余只")) == ""
    # a question asking what was seen is answered by the sighting
    asked = analyse("观鸟爱好者在青岚湖东岸看到了多少只白鹭？")
    assert count_scope.disagreement(asked, seen, figure_named(seen, "12只")) == ""


def test_a_count_of_another_noun_is_no_count_of_the_aspects_asked():
    q = analyse("这次安全大排查发现了几个方面的隐患？")
    other = "排查覆盖全市近三年的全部862个工地，着力消除风险。"
    assert count_scope.disagreement(q, other, figure_named(other, "862个")) == "it counts 工地, not 方面"
    own = "排查发现消防通道堵塞、用电不规范等4个方面的隐患。"
    assert count_scope.disagreement(q, own, figure_named(own, "4个")) == ""
    bare = "排查发现消防通道堵塞、用电不规范等六方面隐患。"
    assert all(count_scope.disagreement(q, bare, f) == "" for f in asked_numbers.counted(q.text, bare))
    # a noun the figure reader reads as a unit (几个项目) is that reader's
    counted = analyse("排查覆盖了多少个工地？")
    assert count_scope.disagreement(counted, other, figure_named(other, "862个")) == ""


PASSAGE = ("《实施意见》围绕产业、人才、环境三个方面，提出了20条具体举措。围绕壮大产业，提出设立产业基金、建设孵化园区等7条具体举措。"
           "围绕引育人才，提出发放安家补贴等6条具体举措。围绕优化环境，提出简化审批流程等7条具体举措。")


def _sentences() -> list[Sentence]:
    chunk = made_chunk(PASSAGE)
    out, at = [], 0
    for piece in PASSAGE.split("。")[:-1]:
        out.append(Sentence(0, chunk, at, at + len(piece) + 1))
        at += len(piece) + 1
    return out


def _pick(s: Sentence, figure: str) -> FigurePick:
    f = figure_named(s.text, figure)
    return FigurePick(Scored(s, 0.8, 0.8), f, s.a, s.b, 0.5, "", "", {"veto": 0.0})


def test_a_part_is_no_answer_to_the_total_asked_nor_the_total_to_a_part():
    sentences = _sentences()
    whole, part = sentences[0], sentences[2]
    total = analyse("为优化营商环境，《实施意见》一共提出了多少条具体举措？")
    assert count_scope.part_whole_disagreement(total, part, figure_named(part.text, "6条"), [PASSAGE]).startswith("a part (6条)")
    assert count_scope.part_whole_disagreement(total, whole, figure_named(whole.text, "20条"), [PASSAGE]) == ""
    asked_part = analyse("《实施意见》中，围绕引育人才的举措有多少条？")
    assert count_scope.part_whole_disagreement(asked_part, whole, figure_named(whole.text, "20条"), [PASSAGE]).startswith("the whole")
    assert count_scope.part_whole_disagreement(asked_part, part, figure_named(part.text, "6条"), [PASSAGE]) == ""
    # ranked: the part's pick scores nothing for the total asked, the total leads
    scored = [Scored(s, 0.8, 0.8) for s in sentences]
    picks = passage_scope.ranked(total, [_pick(part, "6条"), _pick(whole, "20条")], scored)
    assert picks[0].figure.text == "20条" and picks[1].score == 0.0


def test_counts_that_do_not_sum_say_nothing_of_parts():
    text = "甲区出台了12条措施。乙区出台了8条措施。丙区出台了5条措施。"
    chunk = made_chunk(text)
    s = Sentence(0, chunk, 0, text.index("。") + 1)
    q = analyse("甲区一共出台了多少条措施？")
    assert count_scope.part_whole_disagreement(q, s, figure_named(s.text, "12条"), [text]) == ""
    # a question asking neither the total nor a part is left alone
    plain = analyse("《实施意见》提出了多少条具体举措？")
    sentences = _sentences()
    assert count_scope.part_whole_disagreement(plain, sentences[2], figure_named(sentences[2].text, "6条"), [PASSAGE]) == ""


def test_a_topic_the_passage_opens_after_the_sentence_is_not_the_sentences():
    text = ("据了解，该书店的年度会员卡每张为120元，此前为100元。此外，该书店的咖啡会员卡价格也同步上调。"
            "年度会员卡每张为80元，此前为60元。")
    chunk = made_chunk(text)
    first = Sentence(0, chunk, 0, text.index("。") + 1)
    opener_end = text.index("。", first.b) + 1
    later = Sentence(0, chunk, opener_end, len(text))
    q = analyse("该书店的咖啡会员卡调整后每张多少钱？")
    assert passage_scope.opened_later_disagreement(q, first).startswith("咖啡 is spoken of from a later opener")
    assert passage_scope.opened_later_disagreement(q, later) == ""
    # a question naming nothing the opener opens is left alone
    plain = analyse("该书店的年度会员卡调整后每张多少钱？")
    assert passage_scope.opened_later_disagreement(plain, first) == ""


def test_the_noun_counted_may_run_long_or_share_its_head_with_the_one_asked():
    q = analyse("座谈会上有几个督导组的负责同志作了发言？")
    text = "甲、乙等3家单位和2个省委第一巡回督导组负责同志作了发言。"
    assert count_scope.disagreement(q, text, figure_named(text, "2个")) == ""
    flagged = analyse("平台处罚了多少个违规账号？")
    said = "该平台已对存在违规的5812个账号进行了处罚。"
    assert count_scope.disagreement(flagged, said, figure_named(said, "5812个")) == ""


def test_a_count_written_with_no_bound_does_not_answer_a_class_bounded_by_a_unit():
    # 亿元以上的有几个 counts the projects of 亿元 or more: 签约招商项目41个 counts them all, 5000万元以上 others
    q = analyse("柳岸县今年签下的招商项目里，亿元以上的有几个？")
    every = "今年柳岸县共签约招商项目41个，总投资达到96亿元。"
    assert count_scope.disagreement(q, every, figure_named(every, "41个")) == "it counts every one, not those of 亿元以上"
    lower = "其中5000万元以上项目23个。"
    assert count_scope.bare_class_disagreement(q, lower, figure_named(lower, "23个")).startswith("it counts every one")


def test_a_count_written_with_the_bound_answers_the_class_asked():
    # the bound written before the count (亿元以上项目17个, 投资上亿元的), or no bound asked: the count stands
    q = analyse("柳岸县今年签下的招商项目里，亿元以上的有几个？")
    for text in ("其中亿元以上项目17个，总投资达到80亿元。", "其中投资上亿元的项目有17个。"):
        assert count_scope.disagreement(q, text, figure_named(text, "17个")) == "", text
    every = "今年柳岸县共签约招商项目41个，总投资达到96亿元。"
    assert count_scope.disagreement(analyse("柳岸县今年签下了多少个招商项目？"), every, figure_named(every, "41个")) == ""
    # a sum of money is no count of the class
    assert count_scope.disagreement(q, every, figure_named(every, "96亿元")) == ""
