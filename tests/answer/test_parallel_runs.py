"""Items written as a run of parallel clauses (answer/parallel_runs.py) and the counted lists they answer."""

from types import SimpleNamespace

import pytest

from assistant.answer import counted, listing
from assistant.answer.parallel_runs import answers_count, counted_run, run_items

RUN = "该区将着力在工业升级上取得更大突破，在消费提振上增强更大动力，在对外开放上展现更大作为。"


@pytest.mark.parametrize("text,found", [
    (RUN, ["工业升级", "消费提振", "对外开放"]),
    ("今年要全力抓好园区建设，抓好招商引资，抓好社会保障。", ["园区建设", "招商引资", "社会保障"]),
    ("坚持规划引领，坚持建管并重，坚持以人为本。", ["规划引领", "建管并重", "以人为本"]),
    ("在教育方面投入3亿元，在医疗方面投入2亿元。", ["教育", "医疗"]),
    # no frame repeated, or one clause alone: no run
    ("要完善科技创新体系，提升开放能级，充分释放发展潜能。", []),
    ("在此基础上，我们将继续努力。", []),
    ("推进甲公司年内完成新一批创建，出台激励政策，加速吸引高端人才。", []),
])
def test_parallel_clauses_give_their_items(text, found):
    assert run_items(text) == found


def test_a_run_of_as_many_items_as_counted_answers_the_count():
    assert answers_count("该区要在哪三个方面取得更大突破？", RUN)
    assert not answers_count("该区要在哪四个方面取得更大突破？", RUN)  # another count
    assert not answers_count("该区要在哪三个方面加强监管？", RUN)  # none of what is asked of the items
    assert not answers_count("该区要在哪些方面取得更大突破？", RUN)  # no count: the list readers decide
    assert counted.list_factor("该区要在哪三个方面取得更大突破？", RUN) > 1


def _sc(text, score):
    return SimpleNamespace(sentence=SimpleNamespace(text=text), score=score, factors={"rules": score})


def test_a_counted_run_is_read_instead_of_an_interview_heading():
    heading = _sc("——访市人大代表、某区区长 王甲", 0.55)
    run = _sc(RUN, 0.42)
    asked = "某区区长说要在哪三个方面取得更大突破？"
    support = lambda sc: sc.factors["rules"]
    assert counted_run(asked, [heading, run], support) is run
    assert counted_run(asked, [run, heading], support) is run  # the best is the run: kept
    assert counted_run("某区区长说要在哪四个方面取得更大突破？", [heading, run], support) is None  # not the count asked
    assert counted_run(asked, [_sc("今年要做强纺织、食品、建材。", 0.6), run], support) is None  # the best gives three
    assert counted_run(asked, [_sc("——访某区区长 王甲", 0.9), run], support) is None  # far less supported


def test_an_interview_heading_enumerates_nothing_the_slot_words_govern():
    assert not listing.governs("——访市人大代表、某区区长 王甲", ["某区"])
