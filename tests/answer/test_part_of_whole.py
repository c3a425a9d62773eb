"""A question stating a whole's count and asking a part of it (今年40个重点项目，其中…的占几个): the part's
sentence opens with 其中 after the whole's (answer/count_scope.part_of_whole); made-up sentences."""

from __future__ import annotations

from support import figure_picks, made_chunk

from assistant.answer import count_scope
from assistant.answer.evidence import sentences_of
from assistant.query.question import analyse
from assistant.records import Hit

QUESTION = "青溪县长说今年40个重点项目，其中十亿元以上的占几个？"
TEXT = "今年青溪县将实施光伏电站等40个重点项目建设。其中，十亿元以上项目12个，总投资300亿元。"


def _sentences(text: str):
    return sentences_of([Hit(made_chunk(text, title="青溪新闻", source="made/c1.txt"), 1.0, 1, 1, 0.9)])


def test_the_whole_and_what_is_counted_are_read_from_the_question():
    q = analyse(QUESTION)
    assert count_scope.whole_stated(q) == ("40个", "重点项目")
    part = next(s for s in _sentences(TEXT) if s.text.startswith("其中"))
    assert count_scope.part_of_whole(q, part, 3) == ("40个重点项目", "项目")
    # no whole stated: nothing read
    assert count_scope.whole_stated(analyse("青溪县十亿元以上的重点项目有几个？")) == ("", "")


def test_the_part_s_sentence_needs_the_whole_written_before_it():
    q = analyse(QUESTION)
    other = _sentences("今年青溪县将实施光伏电站等35个重点项目建设。其中，十亿元以上项目12个。")
    part = next(s for s in other if s.text.startswith("其中"))
    assert count_scope.part_of_whole(q, part, 3)[0] == ""  # 35 projects are not the 40 asked of


def test_the_part_s_count_is_the_answer():
    picks = figure_picks(QUESTION, TEXT)
    assert picks["12个"].factors["adjacent"] == 1.0 and picks["12个"].factors["relevant"] == 1.0
    assert picks["12个"].score > picks["300亿元"].score


def test_the_partitive_may_follow_the_whole_as_dangzhong():
    assert count_scope.whole_stated(analyse("青溪今年推进的40个重点项目当中，十亿元以上的占了多少个？")) == ("40个", "重点项目")
    assert count_scope.whole_stated(analyse("青溪今年40个重点项目中，十亿元以上的有几个？")) == ("40个", "重点项目")
    assert count_scope.whole_stated(analyse("青溪40个项目中标了几个？")) == ("", "")  # 中标: a verb, no partitive


def test_the_part_s_sentence_holds_the_whole_s_words_written_before_it():
    from assistant.answer.evidence import score_sentences

    q = analyse("青溪今年推进的40个重点项目当中，十亿元以上的占了多少个？")
    ranked = score_sentences(q, _sentences(TEXT), lambda t: 5.0)
    assert ranked[0].sentence.text.startswith("其中")  # the part asked, ahead of the whole's sentence
