"""What an English question names that its answer's sentence must be about (answer/english_subject.py): a model's
variant, one indicator of a pair asked alone. Made-up sentences."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import english_subject, subject
from assistant.answer.english_subject import disagreement as pair_disagreement, variant_disagreement
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _q(question: str, *terms: str):
    return replace(analyse(question), terms=terms)  # the bridge's translations, as with_translation gives them


TOTAL = "去年，甲市进出口总值100亿元，同比增长12%。"
PART = "其中，出口80亿元，同比增长9%，进口20亿元，同比增长30%。"


def test_a_member_asked_alone_is_not_stated_by_the_compound():
    exports = _q("How much did Jiashi sell abroad in exports last year?", "出口", "进出口", "输出", "价值")
    imports = _q("How fast did Jiashi's imports rise last year?", "进口", "进出口", "输入", "增长")
    for q in (exports, imports):
        found = pair_disagreement(q, _chunk(TOTAL), 0, len(TOTAL))
        assert found is not None and found.found == "进出口"
        assert subject.disagreement(q, _chunk(TOTAL), 0, len(TOTAL)) is not None  # the hook
        assert pair_disagreement(q, _chunk(PART), 0, len(PART)) is None
    both = "甲市进出口总值100亿元，其中出口80亿元。"
    assert pair_disagreement(exports, _chunk(both), 0, len(both)) is None  # written on its own too


def test_both_members_asked_or_a_chinese_question_are_left_alone():
    both = _q("What did Jiashi's imports and exports come to combined?", "进口", "进出口", "出口", "总值")
    assert pair_disagreement(both, _chunk(TOTAL), 0, len(TOTAL)) is None
    assert pair_disagreement(analyse("甲市去年的出口额有多少？"), _chunk(TOTAL), 0, len(TOTAL)) is None


def test_a_variant_asked_is_not_the_plain_model_or_another_variant():
    question = "When will Dongshan launch the Jia5 Pro?"
    assert variant_disagreement(question, "东山预计9月推出Jia5主机新款。").found == "Jia5"
    assert variant_disagreement(question, "东山将在9月发布Jia5 Lite。") is not None
    assert variant_disagreement(question, "明年底东山将推出Jia5 Pro。") is None
    assert variant_disagreement("When will Dongshan launch the Star 60 Pro?", "Star 60售价5999元。") is None  # a plain number
    assert variant_disagreement("When will Dongshan launch the Jia5?", "东山将在9月发布Jia5 Lite。") is None
    plain = "东山预计9月推出Jia5主机新款。"
    assert subject.disagreement(analyse(question), _chunk(plain), 0, len(plain)) is not None  # the hook


def test_a_winner_asked_is_named_with_the_win():
    q = analyse("Who won the 10km race at the Eastlake marathon?")
    assert english_subject.winner_disagreement(q, "东湖体育中心党委书记王东表示，赛事吸引了3000名跑者。") is not None
    for text in ("男子10公里冠军由李青山获得。", "李青山以31分02秒夺冠。", "李青山获得男子10公里金牌。"):
        assert english_subject.winner_disagreement(q, text) is None, text
    assert english_subject.winner_disagreement(analyse("Who organised the race?"), "王东表示，赛事吸引了3000名跑者。") is None
