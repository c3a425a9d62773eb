"""An answer does not depend on the questions the process answered before it: a user asking the same
question twice in one chat, or an evaluation asking it alone or after hundreds of others, gets the same
answer, citations and verdict. The process keeps caches (parsed questions, sentence vectors, topic weights,
dictionaries); this asks over made-up documents in one order, then in the reverse order after every other
question, and compares."""

import pytest

pytestmark = pytest.mark.slow

FILLER = "会议还听取了各部门的情况汇报，并对下一阶段重点任务作出部署。" * 12

REPORT = (
    "青禾县2031年政府工作报告\n\n"
    "2030年，青禾县地区生产总值达到512亿元，同比增长6.8%。全年新建农村公路86公里，改造老旧小区41个。\n\n"
    f"{FILLER}\n\n"
    "今年要推进云岭食品、北辰电机上市，实施“绿水环城”工程，新增城市绿地120公顷。\n\n"
    f"{FILLER}\n\n"
    "溪口镇被评为省级生态文明示范镇，东湾村入选全国乡村旅游重点村。\n"
)
NEWS = (
    "星岚科技发布X9智能手表\n\n"
    "星岚科技昨日发布X9智能手表，内置双频卫星接收机，支持GPS、北斗和Galileo定位系统，售价1999元。\n\n"
    f"{FILLER}\n\n"
    "公司表示，第二季度手表出货量同比增长23%，其中海外市场占比达到四成。\n"
)

QUESTIONS = (
    "青禾县2030年地区生产总值是多少？",
    "星岚X9手表支持哪些定位系统？",
    "青禾县今年要推进哪些企业上市？",
    "青禾县哪个镇被评为省级生态文明示范镇？",
    "星岚科技第二季度手表出货量增长了多少？",
    "青禾县2030年粮食产量是多少？",  # the documents do not say
)
CLAIMS = (
    "青禾县2030年全年新建农村公路68公里。",
    "星岚X9智能手表售价1999元。",
)


def _answer(a, question: str) -> tuple:
    r = a.ask(question, mode="extractive")
    return r.text, r.abstained, tuple((c.source, c.passage) for c in r.citations), r.flags


def _verdict(a, claim: str) -> tuple:
    v = a.check(claim)
    return v.verdict, v.text, v.sources_say, tuple((c.source, c.passage) for c in v.citations)


def test_every_answer_is_the_same_asked_first_or_after_the_others(assistant_over):
    def report(path):
        path.write_text(REPORT, encoding="utf-8")

    def news(path):
        path.write_text(NEWS, encoding="utf-8")

    a = assistant_over("order", ("青禾县报告.txt", report), ("星岚手表.txt", news))
    first = {q: _answer(a, q) for q in QUESTIONS} | {c: _verdict(a, c) for c in CLAIMS}
    assert not first[QUESTIONS[0]][1] and "512亿元" in first[QUESTIONS[0]][0]  # answers something, so it compares
    again = {c: _verdict(a, c) for c in reversed(CLAIMS)} | {q: _answer(a, q) for q in reversed(QUESTIONS)}
    assert again == first
    assert _answer(a, QUESTIONS[0]) == first[QUESTIONS[0]]  # and asked twice in a row
