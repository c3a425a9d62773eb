"""A word right after an adverb is a predicate even when jieba tags it a noun (正式亮相): the sentence
states an act, not framing. Made-up sentences, no model."""

from __future__ import annotations

from assistant.check.draft import reason


def test_a_predicate_jieba_tags_a_noun():
    assert reason("青禾S9将在南京车展上正式亮相。") == "event"
    assert reason("这是一份务实的报告。") == "framing"
    assert reason("青禾的业绩一直稳健。") == "framing"  # an adjective after the adverb: a judgement
