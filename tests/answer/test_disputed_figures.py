"""A question saying its sources disagree asks for a figure stated twice with different values."""

from types import SimpleNamespace

from assistant.answer import disputed_figures
from assistant.text.quantities import find_quantities


def _pick(figure: str, lead: str, score: float, indicator: str = "增加值"):
    return SimpleNamespace(figure=find_quantities(figure)[0], lead=lead, indicator=indicator, score=score)


def test_a_near_pick_with_a_twin_goes_before_a_best_without_one():
    lone = _pick("3.8%", "全国增加值同比增长", 0.64)
    six, eight = _pick("6%以上", "工业增加值增长", 0.63), _pick("8%以上", "工业增加值增长", 0.63)
    assert disputed_figures.twinned_first([lone, six, eight])[0] is six


def test_the_best_stays_when_it_has_a_twin_or_none_is_near():
    six, eight = _pick("6%以上", "工业增加值增长", 0.64), _pick("8%以上", "工业增加值增长", 0.63)
    lone = _pick("3.8%", "全国增加值同比增长", 0.63)
    assert disputed_figures.twinned_first([six, lone, eight])[0] is six
    far = [_pick("3.8%", "全国增加值同比增长", 0.64), _pick("6%", "工业增加值增长", 0.4), _pick("8%", "工业增加值增长", 0.4)]
    assert disputed_figures.twinned_first(far)[0] is far[0]
    # the same value written twice is one version, no twin
    same = [_pick("3.8%", "全国增加值同比增长", 0.64), _pick("6%", "工业增加值增长", 0.63), _pick("6%以上", "工业增加值增长", 0.63)]
    assert disputed_figures.twinned_first(same)[0] is same[0]
