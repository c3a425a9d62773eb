"""An attribution stating only figures (check/spoken_figures.py): who said it is decided on the
sentences supporting its figures; a figure unsupported, another speaker or more said than the
figures leave it to the statement check. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import spoken_figures
from assistant.check.claims import check

SOURCE = ("青溪县县长林向东在接受记者采访时说，去年全县规上工业增加值完成8.6亿元，增长9%；"
          "社会消费品零售额完成5.2亿元。")


def test_a_figure_said_by_the_claimed_speaker_in_other_words_supports():
    # 规模以上 for the source's 规上: the figure check reads it, the whole statement does not
    found = check("林向东介绍，青溪县去年规模以上工业增加值为8.6亿元。", made_hits(SOURCE), flat_idf, 0.43)
    assert found.verdict == "supported"


def test_another_figure_is_not_supported_by_the_speaker():
    found = check("林向东介绍，青溪县去年规模以上工业增加值为9.6亿元。", made_hits(SOURCE), flat_idf, 0.43)
    assert found.verdict != "supported"


def test_another_speaker_is_not_supported():
    found = check("赵明远介绍，青溪县去年规模以上工业增加值为8.6亿元。", made_hits(SOURCE), flat_idf, 0.43)
    assert found.verdict != "supported"


def test_more_said_than_the_figures_is_left_to_the_statement_check():
    # the ranking beside the figure is no figure's to decide
    found = check("林向东介绍，青溪县去年规模以上工业增加值为8.6亿元，增速居全市第一。", made_hits(SOURCE), flat_idf, 0.43)
    assert found.verdict != "supported"


def test_a_figure_and_its_change_written_beside_it_said_by_the_speaker_support():
    # 增幅9%: supported as written beside the figure it changes, with no sentence of its own
    found = check("林向东介绍，青溪县去年规模以上工业增加值为8.6亿元，增幅9%。", made_hits(SOURCE), flat_idf, 0.43)
    assert found.verdict == "supported"


def test_a_post_naming_the_speaker_is_held_by_whom_the_source_gives_it():
    assert check("据青溪县县长介绍，该县去年规模以上工业增加值为8.6亿元。", made_hits(SOURCE), flat_idf,
                 0.43).verdict == "supported"
    assert check("据白河县县长介绍，该县去年规模以上工业增加值为8.6亿元。", made_hits(SOURCE), flat_idf,
                 0.43).verdict != "supported"
    assert check("据青溪县县长介绍，该县去年规模以上工业增加值为9.6亿元。", made_hits(SOURCE), flat_idf,
                 0.43).verdict != "supported"


def test_the_words_after_a_post_are_cut_as_a_prefix():
    """What the post said starts after 介绍， and its own first characters stay (中心城区, not 心城区)."""
    said = "介绍，中心城区去年新增绿地12公顷。"
    assert said[spoken_figures.SAID_LEAD.match(said).end():] == "中心城区去年新增绿地12公顷。"
    framed = "在接受采访时表示，该区去年新增绿地12公顷。"
    assert framed[spoken_figures.SAID_LEAD.match(framed).end():] == "该区去年新增绿地12公顷。"
