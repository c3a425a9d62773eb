"""Checking whole drafts against the real seed index (e5 model, Chroma in a temp folder).

The drafts in tests/data/drafts/ were written from the seed articles (paraphrased and
altered, none of them a dev-set claim), one label per sentence: supported, refuted,
disputed, not_enough_info or not_checkable; `claims` gives per-claim labels where a
sentence makes several claims, `says` what the sources say instead of a refuted claim.
"""

import json
import subprocess
import sys
from collections import Counter

import pytest

from support import ROOT

pytestmark = pytest.mark.slow
DRAFTS = sorted((ROOT / "tests" / "data" / "drafts").glob("*.json"))


def load(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    text = "\n".join("".join(s["text"] for s in paragraph) for paragraph in data["paragraphs"])
    return text, [s for paragraph in data["paragraphs"] for s in paragraph]


@pytest.fixture(scope="module")
def checked(seeded):
    return {path.stem: (load(path), seeded.check_draft(load(path)[0])) for path in DRAFTS}


def test_every_sentence_gets_its_label(checked):
    """Per-verdict accuracy over all labelled drafts; a wrong verdict (supported for a
    refuted sentence, or any verdict for one the sources never decide) is worse than
    not_enough_info, so those must not happen at all."""
    total, right, wrong = Counter(), Counter(), []
    for name, ((text, labels), report) in checked.items():
        assert len(report.sentences) == len(labels), name
        for s, label in zip(report.sentences, labels):
            assert s.text == label["text"] and text[s.start:s.end] == s.text
            total[label["label"]] += 1
            right[label["label"]] += s.verdict == label["label"]
            if s.verdict != label["label"]:
                wrong.append((name, label["label"], s.verdict, s.text))
    accuracy = {v: f"{right[v]}/{total[v]}" for v in sorted(total)}
    print("\nper-verdict accuracy on the labelled drafts:", accuracy)
    confident = [w for w in wrong if w[2] in ("supported", "refuted") and w[1] != "disputed"]
    assert not confident, confident
    for verdict in ("supported", "refuted", "not_enough_info", "not_checkable"):
        assert right[verdict] >= 0.9 * total[verdict], (verdict, accuracy, wrong)
    assert {"supported", "refuted", "not_enough_info", "not_checkable"} <= set(total)


def test_several_claims_in_one_sentence_each_get_a_verdict(checked):
    for (text, labels), report in checked.values():
        for s, label in zip(report.sentences, labels):
            if "claims" in label:
                assert [c.verdict for c in s.claims] == label["claims"], s.text


def test_a_refuted_claim_says_what_the_sources_say(checked):
    seen = 0
    for (text, labels), report in checked.values():
        for s, label in zip(report.sentences, labels):
            if label.get("says") and s.verdict == "refuted":
                says = [x for c in s.claims for x in c.sources_say]
                assert any(label["says"] in x for x in says), (s.text, says)
                seen += 1
    assert seen >= 8


def test_claims_beyond_figures_are_decided(checked):
    """Events, attributions, rankings, levels and negation: each kind decides at least once."""
    decided = Counter()
    for _, report in checked.values():
        for s in report.sentences:
            for c in s.claims:
                if c.verdict in ("supported", "refuted"):
                    decided[(c.decided_by, c.verdict)] += 1
    for key in [("event", "supported"), ("speaker", "supported"), ("speaker", "refuted"), ("ranking", "refuted"),
                ("negation", "refuted"), ("level", "refuted"), ("figure", "refuted")]:
        assert decided[key], (key, decided)


def test_citations_quote_the_original_file(checked):
    for _, report in checked.values():
        for c in report.citations:
            original = (ROOT / c.source).read_text(encoding="utf-8")
            assert original[c.start:c.end] == c.quote
        for s in report.sentences:
            for claim in s.claims:
                assert bool(claim.citations) == (claim.verdict != "not_enough_info"), claim


def test_single_claims_beyond_figures_in_eval_format(seeded):
    """`suyuan eval` reads claims of every verdict, non-numeric ones included."""
    from assistant.bench import evaluation

    items = evaluation.load_items(ROOT / "tests" / "data" / "claims_beyond_figures.jsonl")
    assert {i["verdict"] for i in items} == {"supported", "refuted", "disputed", "not_enough_info"}
    metrics = evaluation.run(seeded, items)
    assert metrics["verdict_accuracy"] == 1.0, [o for o in metrics["items"] if not o["correct"]]


def test_cli_check_draft_json_and_outputs(seeded, tmp_path):
    text, _ = load(ROOT / "tests" / "data" / "drafts" / "dongfeng.json")
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    env_store = str(seeded.settings.store)
    base = [sys.executable, "-m", "assistant.cli", "check-draft"]
    cmd = base + [str(draft), "--store", env_store]
    out = subprocess.run(cmd + ["--json", "--html", str(tmp_path / "d.html"), "--docx", str(tmp_path / "d.docx")],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["counts"]["refuted"] >= 3 and data["timings_ms"]["total_ms"] > 0
    assert data["sentences"][0]["start"] == 0 and "claims" in data["sentences"][0]
    assert "sy-v-refuted" in (tmp_path / "d.html").read_text(encoding="utf-8")
    assert (tmp_path / "d.docx").stat().st_size > 0
    md = subprocess.run(base + ["-", "--store", env_store, "--markdown"], input=text, capture_output=True,
                        text=True, cwd=ROOT, timeout=600)
    assert md.returncode == 0 and "[^1]:" in md.stdout
    empty = subprocess.run(base + ["-", "--store", env_store], input="  ", capture_output=True, text=True,
                           cwd=ROOT, timeout=600)
    assert empty.returncode == 3 and "empty" in empty.stderr
