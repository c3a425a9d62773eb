"""某某的专访，是记者甲采写的: decided by the byline after the header naming whom the piece is about;
a person the body names after another piece's byline is no subject of it. Made-up text, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check

PIECE = "奋力开创青溪发展新局面\n——访青溪县县长 王明远\n本报记者 李青松\n今年，青溪县将继续扩大有效投资，推进产业升级。"


def test_the_byline_supports_or_refutes_the_reporter():
    hits = made_hits(PIECE)
    found = check("青溪县县长王明远的专访，是本报记者赵晓东采写的。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("李青松",) and "李青松" in found.text
    assert check("青溪县县长王明远的专访，是本报记者李青松采写的。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_person_named_after_the_byline_is_no_subject_of_the_piece():
    body = "推进白塔镇建设\n本报记者 李青松\n会上，县长王明远指出，青溪县将继续扩大有效投资。"
    found = check("青溪县县长王明远的专访，是本报记者赵晓东采写的。", made_hits(body), flat_idf, 0.43)
    assert found.verdict == "not_enough_info"
