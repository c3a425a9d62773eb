"""The benchmark commands on tiny data the test writes (the real runs are in docs/benchmarks.md)."""

import json

import pytest

from assistant.bench import squad

pytestmark = pytest.mark.slow

SQUAD = {"version": "test", "data": [
    {"id": "A", "title": "东丰县", "paragraphs": [{"id": "A_1", "context": "东丰县梅花鹿饲养量达到28.2万只，年产鹿茸546吨，涉鹿产值81.6亿元。东丰县县长是邢树纲。",
     "qas": [{"id": "A_1_0", "question": "东丰县梅花鹿产值是多少？", "answers": [{"text": "81.6亿元", "answer_start": 0}]},
             {"id": "A_1_1", "question": "东丰县县长是谁？", "answers": [{"text": "邢树纲", "answer_start": 0}]}]}]},
    {"id": "B", "title": "高新区", "paragraphs": [{"id": "B_1", "context": "高新区地区生产总值完成72亿元，增长8.5%。高新区新增智能袜机2400台。",
     "qas": [{"id": "B_1_0", "question": "高新区新增了多少台智能袜机？", "answers": [{"text": "2400台", "answer_start": 0}]},
             {"id": "B_1_1", "question": "", "answers": [{"text": "72亿元", "answer_start": 0}]}]}]},
    {"id": "C", "title": "龙山区", "paragraphs": [{"id": "C_1", "context": "龙山区高质量谋划实施91个年度重点项目。龙山区区长是崔晓飞。",
     "qas": [{"id": "C_1_0", "question": "龙山区计划实施多少个年度重点项目？", "answers": [{"text": "91个", "answer_start": 0}]}]}]},
]}


def test_official_style_scores():
    assert squad.exact("踢爆。", ("踢爆",)) == 1.0
    assert squad.f1("生命数耗完即算为踢爆", ("踢爆",)) == pytest.approx(2 * (2 / 10) * 1 / (2 / 10 + 1))
    assert squad.contains("答案是Nexon公司", ("nexon",))
    assert squad.segment("Nexon时隔6年") == ["nexon", "时", "隔", "6", "年"]


def test_bench_cmrc_runs_all_three_systems(tmp_path, settings):
    from assistant.bench import cmrc

    path = tmp_path / "mini.json"
    path.write_text(json.dumps(SQUAD, ensure_ascii=False), encoding="utf-8")
    report = cmrc.run(settings, path, chart=tmp_path / "chart.png")
    for system in cmrc.SYSTEMS:
        for key in ("recall@1", "recall@5", "mrr", "answer_containment", "median_answer_chars", "em", "f1",
                    "latency_ms_p50", "latency_ms_p95", "index_seconds"):
            assert key in report[system]
    assert report["suyuan"]["recall@1"] >= 0.8 and report["suyuan"]["answer_containment"] >= 0.6
    assert (tmp_path / "chart.png").stat().st_size > 1000
    assert "suyuan" in cmrc.table(report)


def test_bench_speed_small(tmp_path, settings):
    from assistant.bench import speed

    report = speed.run(settings, settings.seeds, sizes=(300,), chart=tmp_path / "latency.png")
    t = report["throughput"]
    assert t["raw_embedding_texts_per_s"] > 0 and 0 < t["indexing_vs_raw"] < 2
    row = report["scale"][0]
    assert row["chunks"] == 300 and row["latency_ms_p50"] > 0 and "stand-in" in row["embedder"]
    assert (tmp_path / "latency.png").exists()


def test_bench_cmrc_encoders_compares_fp32_and_int8(tmp_path, settings):
    from assistant.bench import encoders

    path = tmp_path / "mini.json"
    path.write_text(json.dumps(SQUAD, ensure_ascii=False), encoding="utf-8")
    report = encoders.run(settings, path)
    assert set(report["runs"]) == {"fp32", "int8"}
    for label in ("fp32", "int8"):
        assert report["runs"][label]["suyuan"]["recall@1"] >= 0.8
    # the two encoders agree on this easy set, so the points between them are small
    assert abs(report["int8_minus_fp32_points"]["suyuan"]["recall@1"]) <= 25
    assert "int8" in encoders.table(report)


def test_a_bench_run_draws_no_chart_unless_asked():
    """The committed charts in docs/ are redrawn only on purpose, never by a trial run."""
    from assistant.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["bench", "cmrc", "f.json"]).chart is None
    assert parser.parse_args(["bench", "speed"]).chart is None
    assert str(parser.parse_args(["bench", "cmrc", "f.json", "--chart", "x.png"]).chart) == "x.png"


def test_bench_cmrc_asks_a_slice_and_keeps_its_index(tmp_path, settings):
    """`--offset 2 --limit 2 --keep-index DIR --no-peers --selectors rules`: questions 2 and
    3 of the file over every paragraph, the index left in DIR and reused by the next run
    (no second indexing), only the answer steps asked for; an unknown step is refused."""
    from assistant.bench import cmrc
    from assistant.errors import SuyuanError

    path = tmp_path / "mini.json"
    path.write_text(json.dumps(SQUAD, ensure_ascii=False), encoding="utf-8")
    _, questions = squad.load(path, limit=2, offset=2)
    assert [q.id for q in questions] == ["B_1_0", "B_1_1"]
    keep = tmp_path / "kept"
    first = cmrc.run(settings, path, limit=2, offset=2, store=keep, peers=False, selectors=("rules",))
    assert first["questions"] == 2 and set(first) >= {"suyuan", "rules"}
    assert "bm25" not in first and "learned" not in first and "rules" in cmrc.table(first)
    assert first["rules"]["answer_containment"] == 0.5  # 2400台 found; the empty question is a miss
    assert first["suyuan"]["misses"]["not_retrieved"] == 0
    again = cmrc.run(settings, path, offset=4, store=keep, peers=False, selectors=("rules",))
    assert again["questions"] == 1 and again["rules"]["answer_containment"] == 1.0
    assert again["rules"]["index_seconds"] < first["rules"]["index_seconds"]
    with pytest.raises(SuyuanError, match="unknown answer step"):
        cmrc.run(settings, path, selectors=("best",))


def test_bench_cmrc_writes_each_answer_and_why_it_missed(tmp_path, settings):
    """`--misses FILE`: one line per question of the default step, its answer, support,
    the gold paragraph's rank and the cited paragraphs; a right answer has no miss."""
    from assistant.bench import cmrc

    path = tmp_path / "mini.json"
    path.write_text(json.dumps(SQUAD, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "misses.jsonl"
    report = cmrc.run(settings, path, limit=1, store=tmp_path / "kept", peers=False, selectors=(), misses=out)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["A_1_0"] and "81.6亿元" in rows[0]["answer"]
    assert rows[0]["miss"] == "" and rows[0]["cited"] == ["cmrc/A_1"] and rows[0]["rank"] == 1
    assert sum(report["suyuan"]["misses"].values()) == 0


def test_miss_kind_names_the_earliest_cause():
    from assistant.bench.cmrc import miss_kind

    assert miss_kind(True, 1, ["cmrc/a"], "cmrc/a") == ""
    assert miss_kind(False, None, ["cmrc/b"], "cmrc/a") == "not_retrieved"
    assert miss_kind(False, 2, [], "cmrc/a") == "no_answer"
    assert miss_kind(False, 2, ["cmrc/a"], "cmrc/a", abstained=True) == "no_answer"
    assert miss_kind(False, 1, ["cmrc/b"], "cmrc/a") == "other_article"
    assert miss_kind(False, 1, ["cmrc/b", "cmrc/a"], "cmrc/a") == "wrong_span"
