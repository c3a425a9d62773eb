"""The speaker's words asked (answer/speaker_words.py), on made-up sentences: 甲说，…什么: among the speaker's
sentences, the one holding what the question asks after its frame is read before his attribution's."""

from __future__ import annotations

from assistant.answer import speaker_words
from assistant.answer.evidence import Scored, Sentence
from assistant.query.question import analyse
from assistant.records import Chunk

TEXT = ("人大代表李明远说，报告总结客观全面，为代表们如何更好地履职提供了指引。"
        "在今后的工作中，我将不断增强责任感，敢于担当、善于作为，为青河发展作出贡献。"
        "人大代表王晓红说，企业发展年年向好。")


def _ranked(text: str, order: list[tuple[int, float, float]]) -> list[Scored]:
    """(sentence index, the selector's probability, the rules' support), best first."""
    chunk = Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    spans, at = [], 0
    for piece in text.split("。")[:-1]:
        spans.append((at, at + len(piece) + 1))
        at += len(piece) + 1
    return [Scored(Sentence(0, chunk, *spans[i]), p, 0.5, {"rules": r, "probability": p}) for i, p, r in order]


def test_the_speakers_sentence_holding_the_asked_words_is_read_first():
    q = analyse("人大代表李明远说，自己今后在工作中会以什么姿态履职？")
    assert "今后" in speaker_words.asked_words(q) and "李明远" not in speaker_words.asked_words(q)
    ranked = _ranked(TEXT, [(0, 0.7, 0.56), (1, 0.25, 0.54), (2, 0.03, 0.1)])
    assert speaker_words.content_first(q, ranked)[0].sentence.text.startswith("在今后的工作中")


def test_it_stays_when_the_best_is_no_attribution_or_the_other_is_weak_or_anothers():
    q = analyse("人大代表李明远说，自己今后在工作中会以什么姿态履职？")
    weak = _ranked(TEXT, [(0, 0.7, 0.56), (1, 0.25, 0.2)])  # the rules support it far less
    assert speaker_words.content_first(q, weak) == weak
    other = analyse("人大代表王晓红说，企业今后在工作中会怎样发展？")  # the best is not her attribution
    ranked = _ranked(TEXT, [(1, 0.7, 0.56), (2, 0.25, 0.54)])
    assert speaker_words.content_first(other, ranked) == ranked
    # a question naming no speaker is not read so
    plain = analyse("青河今后在工作中会以什么姿态履职？")
    assert speaker_words.asked_words(plain) == []
