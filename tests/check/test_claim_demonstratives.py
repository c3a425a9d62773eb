"""A claim's demonstrative (这一性能水平 for the source's 这个性能水平) is no thing the source must write;
an amount the figure reader does not read (三分之一 for the source's 一半) still is. Made-up sentences."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check

SOURCE = "虽然Q300芯片的功耗略高于Z90，但只需一半的芯片面积就能达到这个性能水平。"


def test_a_demonstrative_is_no_thing_to_find():
    hits = made_hits(SOURCE)
    assert check("Q300芯片功耗略高于Z90，但只需一半的芯片面积就能达到这一性能水平。", hits, flat_idf, 0.43).verdict == "supported"


def test_an_unread_amount_is_still_a_thing_to_find():
    hits = made_hits(SOURCE)
    found = check("Q300芯片功耗略高于Z90，但只需三分之一的芯片面积就能达到这一性能水平。", hits, flat_idf, 0.43)
    assert found.verdict != "supported"
