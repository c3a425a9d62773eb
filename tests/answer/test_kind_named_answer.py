"""A name written right before the kind a 什么X question asks (Intel 7工艺) is its answer, not a rival subject, and
what a sentence compares with (与现有13代处理器相同) is not what it speaks of: made-up sentences."""

from __future__ import annotations

from assistant.answer import siblings, subject_names
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def test_a_latin_name_before_the_kind_asked_is_the_answer():
    # 基于Gamma 5（又名8nm+）工艺, asked 什么制程工艺: Gamma is the process, not another product than Delta's
    q = "甲公司15代Delta Lake处理器沿用的是什么制程工艺？"
    text = "这两款产品采用了与现有14代桌面处理器相同的核心架构，基于相同的Gamma 5（又名8nm+）工艺，但频率更高。"
    assert subject_names.latin_named(text, "工艺") is not None
    assert subject_names.latin_named("该处理器的最新基准测试已经泄露。", "工艺") is None
    assert subject_names.latin_disagreement(analyse(q), _chunk(text), 0, len(text)) is None
    # what it is compared with (与现有14代…相同) is no sibling it speaks of
    lead = "甲公司即将推出的15代Delta Lake处理器的跑分已经泄露。"
    assert siblings.designator_disagreement(analyse(q), _chunk(lead + text), len(lead), len(lead + text)) is None
    other = "现有14代桌面处理器采用Gamma 5工艺。"
    assert siblings.designator_disagreement(analyse(q), _chunk(lead + other), len(lead), len(lead + other)) is not None


def test_naming_only_the_answer_the_sentence_speaks_of_the_one_named_before():
    # 该电视配备了四核K73处理器 after a sentence on the Zeta TV: Zeta's processor, not Omega Pro's
    q = analyse("甲牌电视Omega Pro 90搭载的是什么处理器？")
    lead = "甲牌Zeta 86电视已经上架。"
    text = "性能方面，该电视配备了四核K73处理器，搭配4GB存储空间。"
    found = subject_names.latin_disagreement(q, _chunk(lead + text), len(lead), len(lead + text))
    assert found is not None and found.kind == "name"
