"""A verb of giving a figure before the measure asked (采访给出的投资额, 文中提到的产量) says where the
figure is written, not which one: it narrows no measure (answer/indicator_match.modifier); made-up sentences."""

from __future__ import annotations

from support import figure_picks

from assistant.answer import indicator_match
from assistant.query.question import analyse


def test_a_verb_of_giving_the_figure_narrows_nothing():
    assert indicator_match.modifier(analyse("青溪县县长的采访给出的投资额是多少？")) == ("", "")
    assert indicator_match.modifier(analyse("文中提到的鹿茸产值是多少？"))[0] != "提到"
    # a noun before the measure still narrows it
    assert indicator_match.modifier(analyse("梅花鹿产值是多少？")) == ("梅花鹿", "产值")


def test_a_sentence_without_the_verb_gives_the_figure():
    picks = figure_picks("青溪县县长的采访给出的投资额是多少？", "青溪县县长说，光伏项目总投资12亿元。")
    assert not picks["12亿元"].factors["veto"]
