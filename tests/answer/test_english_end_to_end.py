"""An English question over a Chinese article, end to end: the real e5 model, a real Chroma
in a temp folder. The answer comes from the right sentence, and the support it is judged on
is the learned English scorer's (answer/english_model.py), which reads the encoder's
similarity of question and sentence beside the words' support."""

from __future__ import annotations

import pytest

from assistant.answer import english, selector

pytestmark = pytest.mark.slow

ARTICLE = """星河编码器在编码大赛中取得佳绩
在近日公布的FullHD编码大赛结果中,星河公司自研的最新一代视频编解码标准VVC/H.266编码器Nova266,以出色的压缩性能和节省带宽的能力取得了11项第一,第一总数最多,并在H.266赛道中取得14项指标全部第一。从20世纪90年代初的第一代视频编码标准起,视频编码标准已经过多次迭代,将视频压缩效率成倍提高。在1fps、5fps和30fps这三个速度档位上,Nova266在14项关键指标中赢得了11项第一,第一总数最多。以最常用的PSNR指标为例,Nova266在1fps/5fps/30fps速度档位上相比x265编码器分别可节省约48%/51%/50%的带宽。
"""


def test_an_english_question_is_answered_from_the_chinese_sentence_the_encoder_confirms(tmp_path):
    from assistant.config import Settings
    from assistant.service import Assistant

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "codec.txt").write_text(ARTICLE, encoding="utf-8")
    assistant = Assistant(Settings(store=tmp_path / "store"))
    assert not assistant.index([docs]).problems
    question = "How many first places did Nova266 win?"
    answer = assistant.ask(question)
    assert not answer.abstained and "11项" in answer.text
    assert answer.citations and "11项第一" in answer.citations[0].quote

    state = assistant._retrieval.invoke({"question": question})
    idf = assistant.keyword_index().idf_of
    q = english.names_in_passages(state["q"], state["hits"])
    similarity = selector.cosines(selector.cached(assistant.embedder.embed_documents), state["context"]["query_vector"])
    learned = selector.english_draft(q, state["hits"], idf, similarity)
    assert answer.extra["support"] == pytest.approx(learned.support, abs=1e-3)
    # another model's question finds no sentence about it: the sources do not say
    assert assistant.ask("How many first places did Nova265 win?").abstained
