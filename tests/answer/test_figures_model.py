"""The learned figure picker (answer/figure_model.py) on made-up sentences: each generic
feature reads what it says, the weight file loads and ranks a small fixed example as
documented, and the setting figure_picker (SUYUAN_FIGURE_PICKER) chooses it or the rules' scorer (the default)."""

from __future__ import annotations

import json

import pytest

from assistant.answer import evidence, extractive, figure_model
from assistant.config import Settings
from assistant.query.question import analyse
from assistant.records import Chunk, Hit
from assistant.text import quantities
from support import figure_named


def _chunk(text: str, cid: str = "c1") -> Chunk:
    return Chunk(id=cid, source=f"made/{cid}.txt", title="青溪新闻", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _hits(*texts: str) -> list[Hit]:
    return [Hit(_chunk(t, f"c{i}"), 1.0 - i / 10, i + 1, i + 1, 0.9) for i, t in enumerate(texts)]


def _features(question: str, text: str, figure: str) -> dict:
    q = analyse(question)
    scored = evidence.score_sentences(q, evidence.sentences_of(_hits(text)), lambda t: 2.0)
    for pick, values in figure_model.candidates(q, scored, lambda t: 2.0):
        if pick.figure.text == figure:
            return dict(zip(figure_model.NAMES, values))
    raise AssertionError(f"{figure} is no candidate of {text}")


def test_the_words_after_a_figure_are_what_it_counts():
    # counted_asked: a pair of the four characters after the figure is in the question
    text = "昨日共有169名旅客抵达青溪站，其中儿童20名。"
    assert figure_model.counted_noun(text, figure_named(text, "169名")) == "旅客抵达青溪"
    asked = _features("昨日有多少旅客抵达青溪站？", text, "169名")
    assert asked["counted_asked"] == 1.0 and asked["counted_other"] == 0.0
    other = _features("昨日青溪站迎来了多少儿童？", "昨日共有169名旅客抵达青溪站。", "169名")
    assert other["counted_asked"] == 0.0 and other["counted_other"] == 1.0


def test_a_figure_of_a_date_or_time_and_a_year():
    text = "2023年8月6日2时，青溪县发生4.1级地震。"  # the date itself is no figure; the hour is
    assert figure_model.is_time_part(text, figure_named(text, "2"))
    assert not figure_model.is_time_part(text, figure_named(text, "4.1级"))
    assert figure_model.is_year(quantities.Quantity("1998年", 0, 5, 1998.0, "年"))
    assert not figure_model.is_year(quantities.Quantity("30年", 0, 3, 30.0, "年"))
    assert _features("青溪县地震是哪一年发生的？", text, "4.1级")["year_asked"] == 1.0


def test_unit_and_change_asked_against_the_figure():
    text = "青溪电池公司今年销量为391万台，同比增长13.9%。"
    level = _features("青溪电池公司今年卖了多少台？", text, "391万台")
    assert level["unit_same"] == 1.0 and level["unit_other"] == 0.0 and level["unit_written_in_question"] == 1.0
    change = _features("青溪电池公司今年销量增长了多少？", text, "13.9%")
    assert change["change_asked_change"] == 1.0 and change["level_asked_change"] == 0.0
    assert _features("青溪电池公司今年销量增长了多少？", text, "391万台")["change_asked_level"] == 1.0


def test_position_and_count_of_the_figures():
    text = "青溪县有1.2万居民，新建住房300套。"
    first, second = _features("青溪县有多少居民？", text, "1.2万"), _features("青溪县有多少居民？", text, "300套")
    assert first["figure_index"] == 0.0 and second["figure_index"] == 1.0
    assert first["figures_log"] == second["figures_log"] > 0
    assert first["lead_coverage"] > 0 and second["clause_index"] > first["clause_index"]


def test_the_weight_file_loads_and_picks_the_counted_figure():
    data = json.loads(figure_model.WEIGHTS.read_text(encoding="utf-8"))
    assert data["names"] == list(figure_model.NAMES) and 0 < data["cut"] < 1
    model = figure_model.default_model()
    # documented example: the figure whose counted noun the question asks is ranked first
    q = analyse("青溪县有多少居民？")
    scored = evidence.score_sentences(q, evidence.sentences_of(_hits("青溪县有1.2万居民，新建住房300套。")), lambda t: 2.0)
    ranked = figure_model.ranked(q, scored, lambda t: 2.0)
    assert ranked[0][1].figure.text == "1.2万" and ranked[0][0] > ranked[1][0]


def test_the_rules_scorer_behind_the_setting(monkeypatch):
    hits = _hits("青溪电池公司今年销量为391万台，同比增长13.9%。")
    q = analyse("青溪电池公司今年销量增长了多少？")
    monkeypatch.setenv("SUYUAN_FIGURE_PICKER", "learned")
    assert Settings().figure_picker == "learned"
    monkeypatch.delenv("SUYUAN_FIGURE_PICKER")
    assert Settings().figure_picker == "rules"  # the hand scorer is the default
    picked_by_model = extractive.draft_answer(q, hits, lambda t: 2.0, picker="learned")
    ruled = extractive.draft_answer(q, hits, lambda t: 2.0)
    for made in (picked_by_model, ruled):
        part = made.parts[0]
        assert "13.9%" in part.sentence.chunk.text[part.a : part.b]
    # the model picks, the rules' support of the same figure decides (no veto here: the same value)
    assert picked_by_model.support == pytest.approx(ruled.support)


def test_with_the_rules_support_a_vetoed_figure_gives_way():
    text = "青溪市平板电脑出货量同比下降29.9%，总量为2830万台。"
    q = analyse("青溪市平板电脑出货量是多少台？")  # a level: figure_kind vetoes the change
    scored = evidence.score_sentences(q, evidence.sentences_of(_hits(text)), lambda t: 2.0)
    pick, support = figure_model.best(q, scored, lambda t: 2.0)
    assert pick.figure.text == "2830万台" and support == pytest.approx(pick.score) and support > 0
    only = evidence.score_sentences(q, evidence.sentences_of(_hits("青溪市平板电脑出货量同比下降29.9%。")), lambda t: 2.0)
    pick, support = figure_model.best(q, only, lambda t: 2.0)
    assert pick.figure.text == "29.9%" and support == 0.0


def test_a_weight_file_of_other_features_is_refused():
    with pytest.raises(ValueError, match="figure_train"):
        figure_model.FigureModel({"names": ["support"], "coef": [1.0], "intercept": 0.0, "cut": 0.5})
