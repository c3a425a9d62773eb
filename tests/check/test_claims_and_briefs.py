"""Claims, conflicts, briefings and figure verification on the real seed index."""

import pytest

from assistant.check import brief
from assistant.bench import evaluation
from assistant.answer.citing import figures_unverified
from assistant.records import Citation
from support import EXTRA, ROOT, dev_set

pytestmark = pytest.mark.slow
CLAIMS = ROOT / "tests" / "data" / "claims.jsonl"


@pytest.mark.parametrize("item", evaluation.load_items(CLAIMS), ids=lambda i: i["id"])
def test_claims(seeded, item):
    result = seeded.check(item["question"])
    assert result.verdict == item["verdict"], result.text
    for figure in item["answers"]:
        assert figure in result.text
    if result.verdict != "not_enough_info":
        assert result.citations
        original = (ROOT / result.citations[0].source).read_text(encoding="utf-8")
        assert original[result.citations[0].start:result.citations[0].end] == result.citations[0].quote
    else:
        assert not result.citations


@pytest.mark.parametrize("which", ["dev", "extra"])
def test_claims_and_conflict_items(seeded, which):
    items = evaluation.load_items(dev_set() if which == "dev" else EXTRA)
    chosen = [i for i in items if i["type"] in ("claim", "conflict")]
    m = evaluation.run(seeded, chosen)
    if any(i["type"] == "claim" for i in chosen):  # extra.jsonl has a conflict item, no claim
        assert m["verdict_accuracy"] == 1.0
    assert m["answer_accuracy"] == 1.0 and any(i["type"] == "conflict" for i in chosen)


def test_conflict_report_finds_both_seed_pairs(seeded):
    groups = seeded.conflicts()
    pairs = {(g["indicator"], frozenset(v["figure"] for v in g["versions"])) for g in groups}
    assert ("签约额", frozenset({"160亿元", "255.4亿元"})) in pairs
    assert ("规模以上工业增加值", frozenset({"6%以上", "8%以上"})) in pairs
    for g in groups:  # each group is one subject's one indicator in one unit
        assert len({v["subject"] for v in g["versions"]}) == 1
        assert len({v["unit"] for v in g["versions"]}) == 1


def test_answer_touching_a_conflict_shows_every_version(seeded):
    answer = seeded.ask("东丰县2023梅花鹿产业高质量发展大会签约额是多少？")
    assert answer.conflict and "160亿元" in answer.text and "255.4亿元" in answer.text


def test_briefing_on_deer_industry(seeded):
    b = seeded.brief("梅花鹿产业")
    md = brief.to_markdown(b)
    for figure in ("28.2万只", "546吨", "81.6亿元"):
        assert figure in md
    line = next(l for l in md.splitlines() if "81.6亿元" in l and l.startswith("- "))
    n = int(line.rsplit("[", 1)[1].rstrip("]"))
    cite = next(c for c in b.citations if c.n == n)
    assert "81.6亿元" in cite.quote
    assert "## 来源 Sources" in md


@pytest.mark.parametrize("topic,expected", [("高新区", "72亿元"), ("2024年主要预期目标", "6.5%")])
def test_other_briefings(seeded, topic, expected):
    assert expected in brief.to_markdown(seeded.brief(topic))


def test_unverified_figures_are_flagged():
    cite = Citation(n=1, source="s", title="t", quote="涉鹿产值81.6亿元。", start=0, end=10)
    assert figures_unverified("涉鹿产值81.6亿元 [1]", [cite]) == []
    assert figures_unverified("涉鹿产值91.6亿元 [1]", [cite]) == ["91.6亿元"]


def test_a_claim_is_retrieved_by_what_it_states_and_checked_as_written():
    from types import SimpleNamespace

    from support import flat_idf, made_hits

    from assistant.service import Assistant

    asked = []
    hits = made_hits("星河市将力争新签约亿元以上项目不低于40个,10亿元以上项目不低于8个。")

    def invoke(state):
        asked.append(state["question"])
        return {"question": state["question"], "hits": hits, "timings": {}}

    stub = SimpleNamespace(_retrieval=SimpleNamespace(invoke=invoke), keyword_index=lambda: SimpleNamespace(
        idf_of=flat_idf), settings=SimpleNamespace(abstain_threshold=0.43), embedder=None,  # no act read (other_act.py)
        shown_parts=lambda question: [])  # the answerer refuses (check/answered.py)
    found = Assistant.check(stub, "报告提出，星河市将力争新签约亿元以上项目不低于40个。")
    assert asked == ["星河市将力争新签约亿元以上项目不低于40个。"]
    assert found.claim.startswith("报告提出") and found.verdict == "supported"
