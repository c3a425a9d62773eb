"""The reader (answer/reader.py): its weight file, the merge of its low-rank changes, its
columns, and the real model on made-up sentences."""

import math

import numpy as np
import pytest

from assistant.answer import features, reader
from assistant.learn import reader_train


def test_weight_file_holds_the_changes_and_the_head():
    tensors, meta = reader.read_weights()
    assert tensors["head.weight"].shape == (1, 384) and tensors["head.bias"].shape == (1,)
    changed = {k.rsplit(".", 1)[0] for k in tensors if k.endswith((".lora_a", ".lora_b"))}
    assert len(changed) == meta["top_layers"] * len(meta["targets"])
    for name in changed:
        a, b = tensors[f"{name}.lora_a"], tensors[f"{name}.lora_b"]
        assert a.shape[0] == b.shape[1] == meta["rank"]
        assert np.abs(b).max() > 0  # trained: b starts at zero
    assert meta["scale"] == meta["alpha"] / meta["rank"]
    # docs/benchmarks.md (session 62): on DRCD's held-out articles the reader alone picks the
    # sentence holding the answer about as often as the rules (0.844 against 0.850)
    assert meta["heldout"]["top1_reader"] == pytest.approx(0.8443, abs=1e-4)


def test_merging_a_change_equals_running_it_beside_the_layer():
    torch = pytest.importorskip("torch")

    class Tiny(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.proj = torch.nn.Linear(6, 4)

    torch.manual_seed(0)
    model, x = Tiny(), torch.randn(3, 6)
    a, b = np.random.default_rng(0).normal(size=(2, 6)), np.random.default_rng(1).normal(size=(4, 2))
    expected = model.proj(x) + x @ torch.tensor(a, dtype=torch.float32).T @ torch.tensor(b, dtype=torch.float32).T * 2.0
    reader.merge_into(model, {"proj.lora_a": a.astype(np.float32), "proj.lora_b": b.astype(np.float32)}, 2.0)
    assert torch.allclose(model.proj(x), expected, atol=1e-5)


def test_pair_text_puts_the_question_first_and_bounds_the_sentence():
    text = reader.pair_text("产值是多少", "甲" * 500)
    assert text.startswith("query: 产值是多少 passage: ")
    assert text.count("甲") == reader.MAX_SENTENCE


def test_reader_columns_are_the_score_and_its_gap_to_the_best():
    assert features.read([1.5, -0.5, 2.0]) == [[1.5, -0.5], [-0.5, -2.5], [2.0, 0.0]]
    assert features.NAMES[-len(features.READER):] == features.READER


def test_the_two_halves_of_the_articles_are_fixed_and_both_used():
    sides = [reader_train.reader_side(f"article {n}") for n in range(400)]
    assert 150 < sum(sides) < 250
    assert sides == [reader_train.reader_side(f"article {n}") for n in range(400)]


def test_training_pairs_keep_the_gold_and_the_hardest_negatives():
    record = {"question": "产值是多少", "with": {"texts": ["甲", "乙", "丙"], "labels": [0, 1, 0]},
              "without": {"texts": ["丁", "戊"], "labels": [0, 0]}}
    pairs = reader_train.pairs_of(record, __import__("random").Random(0))
    assert ("产值是多少", "乙", 1) in pairs and ("产值是多少", "甲", 0) in pairs
    assert sum(y for _, _, y in pairs) == 1 and len(pairs) == 5


@pytest.mark.slow
def test_the_real_reader_prefers_the_sentence_that_answers(settings):
    """docs/benchmarks.md: the documented example. Over three made-up sentences, the one giving
    the asked output value reads highest, one with another measure of the same subject next,
    an unrelated one last."""
    model = reader.load(settings)
    assert model is not None
    question = "该县茶叶产业去年的产值是多少？"
    sentences = ["去年全县茶叶全产业链产值达到12.4亿元。", "全县茶园面积达到3.6万亩。", "今天天气很好，大家出门散步。"]
    scores = model.scores(question, sentences)
    assert scores[0] > scores[1] > scores[2]
    assert all(math.isfinite(s) for s in scores)
    assert model.scores(question, sentences[:1]) == pytest.approx(scores[:1], abs=1e-4)
