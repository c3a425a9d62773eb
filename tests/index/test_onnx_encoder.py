"""The int8 ONNX encoder gives the fp32 model's vectors (to within int8 rounding) and is
chosen for the default model unless the settings ask for PyTorch."""

import numpy as np
import pytest

pytestmark = pytest.mark.slow

PASSAGES = [
    "目前,全县梅花鹿饲养量达到28.2万只,年产鹿茸546吨,涉鹿产值81.6亿元。",
    "地方级财政收入完成1.7亿元，增长93%。",
    "新增智能袜机1000台，袜业产值突破百亿元。",
    "城区增设分类垃圾桶，推进垃圾分类工作。",
]


@pytest.fixture(scope="module")
def encoders():
    from assistant.config import Settings
    from assistant.index.embedding import SentenceEmbedder, resolve_model_path
    from assistant.index.onnx_encoder import OnnxEmbedder, ensure_onnx

    path = resolve_model_path(Settings())
    return SentenceEmbedder(path), OnnxEmbedder(ensure_onnx(path))


def test_int8_vectors_match_fp32(encoders):
    fp32, int8 = encoders
    a, b = np.array(fp32.embed_documents(PASSAGES)), np.array(int8.embed_documents(PASSAGES))
    assert a.shape == b.shape == (len(PASSAGES), int8.dimension)
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-4)
    assert (a * b).sum(axis=1).min() > 0.99
    q32, q8 = np.array(fp32.embed_query("梅花鹿产值是多少")), np.array(int8.embed_query("梅花鹿产值是多少"))
    assert q32 @ q8 > 0.99
    assert int((b @ q8).argmax()) == int((a @ q32).argmax())  # the same passage comes first


def test_a_text_gets_the_same_vector_alone_and_in_any_batch(encoders):
    # activations are quantised per tensor at run time: batched, a text's vector would move
    # with its batch-mates, and cached vectors would make an answer depend on earlier questions
    _, int8 = encoders
    together = np.array(int8.embed_documents(PASSAGES))
    for i, text in enumerate(PASSAGES):
        assert np.array_equal(np.array(int8.embed_documents([text]))[0], together[i])
    assert np.array_equal(np.array(int8.embed_documents(PASSAGES[::-1]))[::-1], together)
    queries = ["梅花鹿产值是多少", "垃圾分类怎么推进"]
    assert np.array_equal(np.array(int8.embed_queries(queries))[0], np.array(int8.embed_query(queries[0])))


def test_the_onnx_build_is_used_unless_torch_is_asked_for():
    from assistant.config import Settings
    from assistant.index.embedding import SentenceEmbedder, load_embedder
    from assistant.index.onnx_encoder import OnnxEmbedder

    assert isinstance(load_embedder(Settings()), OnnxEmbedder)
    assert isinstance(load_embedder(Settings(embedding_backend="torch")), SentenceEmbedder)
    with pytest.raises(Exception):
        Settings(embedding_backend="tensorflow")
