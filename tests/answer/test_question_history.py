"""The same question gets the same answer whatever was asked before it in the process: the
answer step caches sentence vectors across questions (selector.cached, the conflict
similarity), so a vector must not depend on the texts it was first embedded with. Real e5
int8 encoder and a real Chroma, over made-up articles."""

from __future__ import annotations

import pytest

from assistant.answer import selector

pytestmark = pytest.mark.slow

ARTICLE_A = """青禾县今年农业生产情况通报
今年青禾县粮食播种面积达到86.4万亩，粮食总产量达到41.2万吨，同比增长3.6%。
全县新建高标准农田12万亩，完成投资2.3亿元。
县农业农村局局长周明远介绍，全县已培育家庭农场430家、农民合作社215家。
青禾县被誉为“北方稻米之乡”，稻米年销售额约18亿元。
"""

ARTICLE_B = """临江市上半年经济运行情况
上半年临江市地区生产总值完成512.7亿元，同比增长5.1%。
规模以上工业增加值增长6.8%，社会消费品零售总额完成203.5亿元。
临江市统计局副局长陈慧芳表示，全市新增市场主体1.2万户。
临江港上半年完成货物吞吐量3860万吨，集装箱吞吐量增长9.2%。
"""

QUESTIONS = [
    "青禾县粮食总产量是多少？",
    "临江市上半年地区生产总值是多少？",
    "青禾县被誉为什么？",
    "谁介绍了青禾县家庭农场的情况？",
    "临江港上半年货物吞吐量是多少？",
    "How much did Linjiang's retail sales total in the first half?",
]


def _asked(assistant, question):
    answer = assistant.ask(question)
    return answer.text, answer.abstained, answer.extra


def test_an_answer_does_not_depend_on_the_questions_asked_before_it(assistant_over, monkeypatch):
    from assistant.config import Settings
    from assistant.service import Assistant

    built = assistant_over("history", ("a.txt", lambda p: p.write_text(ARTICLE_A, encoding="utf-8")),
                           ("b.txt", lambda p: p.write_text(ARTICLE_B, encoding="utf-8")))

    def fresh():  # a new process's state: no cached sentence vector, no conflict similarity
        monkeypatch.setattr(selector, "_vectors", {})
        return Assistant(Settings(store=built.settings.store), embedder=built.embedder)

    alone = {}
    for question in QUESTIONS:
        alone[question] = _asked(fresh(), question)
    for order in (QUESTIONS, QUESTIONS[::-1]):
        one = fresh()
        for question in order:
            assert _asked(one, question) == alone[question], question
