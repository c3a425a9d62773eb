"""`suyuan bench squad` (learned selector vs rules, side by side) and `suyuan train` are
wired into the CLI. BM25 passages and the shipped weight file only: no embedding model."""

import json

import pytest

from assistant import cli

PARAGRAPHS = [
    ("p1", "上海", "2023年上海市生产总值达到47218亿元，比上年增长5.0%。全年新增就业岗位60.6万个。"),
    ("p2", "杭州", "2023年杭州市常住人口为1252.2万人，比上年末增加14.6万人。全市森林覆盖率66.9%。"),
    ("p3", "成都", "成都大运会于2023年7月28日开幕，共有113个国家和地区的运动员参赛。"),
]
QUESTIONS = [
    ("q1", "p1", "2023年上海市生产总值是多少？", "47218亿元"),
    ("q2", "p2", "2023年杭州市常住人口是多少？", "1252.2万人"),
    ("q3", "p3", "成都大运会有多少个国家和地区的运动员参赛？", "113个"),
    ("q4", "p2", "杭州森林覆盖率是多少？", "66.9%"),
]


def squad_file(path):
    data = [{"title": title, "paragraphs": [{
        "id": pid, "context": context,
        "qas": [{"id": qid, "question": text, "answers": [{"text": gold, "answer_start": context.index(gold)}]}
                for qid, p, text, gold in QUESTIONS if p == pid]}]}
        for pid, title, context in PARAGRAPHS]
    path.write_text(json.dumps({"version": "test", "data": data}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("argv", [["bench", "squad", "--help"], ["train", "--help"]])
def test_help_exits_0(argv, capsys):
    with pytest.raises(SystemExit) as exit:
        cli.main(argv)
    assert exit.value.code == 0
    assert "usage: suyuan" in capsys.readouterr().out


def test_bench_squad_limits_and_reports_both_answerers(tmp_path, capsys):
    assert cli.main(["bench", "squad", str(squad_file(tmp_path / "tiny.json")), "--limit", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["questions"] == 3 and report["paragraphs"] == 3
    for name in ("learned", "rules"):
        row = report[name]
        assert 0 <= row["answered_right"] <= row["answered"] <= 3
        assert row["confident_wrong"] == row["answered"] - row["answered_right"]
    # each question's own paragraph is found by BM25, and the rules find these plain figures
    assert report["gold_paragraph_in_top5"] == 1.0
    assert report["rules"]["answer_containment"] > 0


def test_bench_squad_refuses_a_file_that_is_not_squad(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert cli.main(["bench", "squad", str(bad)]) != 0
    assert "SQuAD" in capsys.readouterr().err
