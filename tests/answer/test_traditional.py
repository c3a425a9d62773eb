"""Traditional-Chinese documents answer simplified questions, and back: matching reads both
sides in simplified characters (OpenCC), the answer and its quote keep the original's
characters and offsets (the answer text is in simplified characters). Real files, the real embedding model, a real Chroma."""

import numpy as np
import pytest

from assistant.text.script import to_simplified

pytestmark = pytest.mark.slow

TAIWAN = ("臺中市擴大公共托育服務\n\n本報記者 陳志明／臺中報導\n\n"
          "臺中市政府昨日公布，今年全市新設公共托育中心12個，可收托嬰幼兒960名。"
          "市府表示，明年將再編列經費2.4億元，持續擴充托育量能。\n\n"
          "另外，臺中市去年出生人數為1.8萬人，較前年減少6%。\n")
MAINLAND = ("江川县加快农村公路建设\n\n本报记者 刘海洋\n\n"
            "今年，江川县新建农村公路136公里，总投资4.8亿元。全县通客车的行政村比例达到98%。\n")


def _big5(path):
    path.write_bytes(TAIWAN.encode("big5"))


def _utf8(path):
    path.write_text(MAINLAND, encoding="utf-8")


@pytest.fixture(scope="module")
def indexed(assistant_over):
    return assistant_over("scripts", ("臺中托育.txt", _big5), ("江川公路.txt", _utf8))


@pytest.mark.parametrize("question,figure", [
    ("台中市今年新设了多少个公共托育中心？", "12個"),
    ("台中市明年将编列经费多少亿元？", "2.4億元"),
    ("台中市去年出生人数是多少？", "1.8萬人"),
])
def test_a_simplified_question_is_answered_from_a_big5_traditional_document(indexed, question, figure):
    answer = indexed.ask(question)
    # the answer reads in the question's (simplified) script; the quote is what the source wrote
    assert not answer.abstained and to_simplified(figure) in answer.text, answer.text
    assert not answer.flags, answer.flags  # its figure is checked against the traditional quote
    c = answer.citations[0]
    assert c.source.endswith("臺中托育.txt") and figure in c.quote
    assert TAIWAN[c.start : c.end] == c.quote  # the original traditional sentence, at its offsets
    assert c.title.startswith("台中市扩大公共托育服务")  # matched (and shown) in simplified form


def test_a_traditional_question_is_answered_from_simplified_text(indexed):
    answer = indexed.ask("江川縣今年新建農村公路多少公里？")
    assert not answer.abstained and "136公里" in answer.text, answer.text
    c = answer.citations[0]
    assert c.source.endswith("江川公路.txt") and MAINLAND[c.start : c.end] == c.quote and "136公里" in c.quote


def test_the_other_documents_figures_are_not_borrowed(indexed):
    answer = indexed.ask("江川县今年新建了多少个公共托育中心？")  # the county has roads, Taichung has the centres
    assert answer.abstained or "12" not in answer.text, answer.text


def test_dense_retrieval_reads_both_scripts_alike(indexed):
    # e5 was trained on both scripts: a simplified question is as close to the traditional
    # sentence as to its simplified form, and far closer than to an unrelated one
    sentence = "臺中市政府昨日公布，今年全市新設公共托育中心12個。"
    passages = [sentence, to_simplified(sentence), "今年，江川县新建农村公路136公里，总投资4.8亿元。"]
    vectors = np.asarray(indexed.embedder.embed_documents(passages))
    sims = vectors @ np.asarray(indexed.embedder.embed_query("台中市今年新设了多少个公共托育中心？"))
    assert sims[0] > sims[1] - 0.05 and sims[0] > sims[2] + 0.05, sims
