"""What an English figure question's cut clause is of (answer/english_scope.py): an economy's growth is
its output's (地区生产总值), not another measure's; a sum one clause gives one industry is not another
clause's industry's. Made-up sentences."""

from __future__ import annotations

from assistant.answer import english_clauses
from assistant.query.question import _kind, analyse


def _why(question: str, sentence: str, clause: str, groups=()) -> str:
    q = analyse(question)
    q.groups = groups or q.groups
    q.terms = tuple(t for g in q.groups for t in g)
    a = sentence.index(clause)
    return english_clauses.disagreement(q, sentence, a, a + len(clause))


REPORT = "去年，甲镇工业增加值完成5亿元，增长9%；甲镇地区生产总值完成30亿元，增长6.1%；经济增长6.1%。"


def test_an_economys_growth_is_its_outputs_not_another_measures():
    for q in ("What was the made-up town's economic growth rate last year?", "By how much did the town's economy grow?",
              "What was the made-up town's GDP growth?"):
        assert "增加值" in _why(q, REPORT, "甲镇工业增加值完成5亿元，增长9%"), q
        assert not _why(q, REPORT, "甲镇地区生产总值完成30亿元，增长6.1%"), q
        assert not _why(q, REPORT, "经济增长6.1%"), q
    # a question asking the other measure is not held to the economy's
    assert not _why("What was the made-up town's industrial value added growth?", REPORT, "甲镇工业增加值完成5亿元，增长9%")


FUNDS = "乙县设立发展基金，拨付资金3亿元扶持引导造纸产业转型，设立山羊产业发展基金。"
GROUPS = (("资金", "拨付"), ("发展",), ("基金",), ("山羊",), ("产业", "工业"))


def test_a_sum_belongs_to_the_industry_its_own_clause_names():
    q = "How much money went into the made-up county's fund for the goat industry?"
    assert "造纸产业" in _why(q, FUNDS, "拨付资金3亿元扶持引导造纸产业转型", GROUPS)
    own = "乙县拨付资金3亿元扶持山羊产业转型，设立造纸产业发展基金。"
    assert not _why(q, own, "乙县拨付资金3亿元扶持山羊产业转型", GROUPS)
    # the clause's word before the shared one is the question's own (山羊产业 itself): nothing else is named
    assert not _why(q, "山羊产业基金拨付资金3亿元，设立山羊产业园。", "山羊产业基金拨付资金3亿元", GROUPS)


def test_a_percent_asked_inside_an_english_question_asks_a_quantity():
    assert _kind("The made-up town's exports rose by what percent compared with a year earlier?", True) == "quantity"
    assert _kind("Its sales grew by what percentage last year?", True) == "quantity"
    assert _kind("Why did the sales rise by 5 percent?", True) == "reason"


class _Bridge:
    """A bridge giving fixed groups: 'economic' as 经济 among other senses, 'growth' as 增长."""

    def groups(self, text):
        found = [g for w, g in (("economic", ("经济", "社会")), ("growth", ("增长", "增速"))) if w in text.lower()]
        return found, (), {}

    def proper_names(self, text):
        return ()

    def zone(self, text):
        return ""


def test_an_english_economys_growth_is_held_by_the_output_a_report_writes():
    from assistant.query.english_question import with_translation
    q = with_translation(analyse("What was the made-up town's economic growth rate last year?"), _Bridge())
    assert "地区生产总值" in q.groups[0] and "地区生产总值" in q.terms
    plain = with_translation(analyse("What was the made-up town's social growth rate last year?"), _Bridge())
    assert not any("地区生产总值" in g for g in plain.groups)


RANKED = "上升幅度前两位城市依次是：甲城市（4.2%）、乙城市（2.7%）。"


def test_a_figure_beside_another_place_is_not_the_place_askeds():
    q = analyse("By how much did the made-up Yicheng's index rise?")
    q.places = ["乙城市"]
    a = RANKED.index("甲城市（4.2%）")
    assert "乙城" in english_clauses.disagreement(q, RANKED, a, a + len("甲城市（4.2%）"))
    b = RANKED.index("乙城市（2.7%）")
    assert not english_clauses.disagreement(q, RANKED, b, b + len("乙城市（2.7%）"))
    # no item of the sentence gives the place asked a figure: nothing tells the clause is another's
    alone = "上升幅度最大的是甲城市（4.2%）。"
    assert not english_clauses.disagreement(q, alone, alone.index("甲城市"), len(alone) - 1)
