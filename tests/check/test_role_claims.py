"""Role claims (X的县长是Y) read with the answerer's own reader of people: any role word the
text uses, a deputy not taken for the role itself."""

from __future__ import annotations

from assistant.check import role_claims, role_reading
from assistant.records import Hit
from support import made_chunk


def _hits(*texts: str) -> list[Hit]:
    out, start = [], 0
    for i, text in enumerate(texts):
        chunk = made_chunk(text, "青山县新闻", "青山县", cid=f"c{i}", source="made/news.txt", start=start)
        out.append(Hit(chunk, 1.0 - i / 10))
        start += len(text)
    return out


def test_a_claim_names_its_person_and_role_for_any_role_word():
    assert [(p.name, p.role) for p in role_reading.claimed_persons("青山县博物馆策展人是李景栋。")] == [("李景栋", "青山县博物馆策展人")]
    assert [(p.name, p.role) for p in role_reading.claimed_persons("青山县县长是王大伟")] == [("王大伟", "青山县县长")]
    assert role_reading.claimed_persons("青山县经济增长是全省最快的") == []


def test_the_same_role_with_another_name_refutes_and_a_deputy_does_not():
    hits = _hits("青山县县长李向前在会上表示，全县将新建三座污水处理厂。",
                 "青山县副县长张建国介绍了全县污水处理厂的建设进度。")
    verdict, _, name = role_claims.person_verdict("青山县县长是李向前", hits, lambda t: 1.0)
    assert (verdict, name) == ("supported", "李向前")
    verdict, _, name = role_claims.person_verdict("青山县县长是张建国", hits, lambda t: 1.0)
    assert (verdict, name) == ("refuted", "李向前")
    verdict, _, _ = role_claims.person_verdict("青山县县长是张建国", hits[1:], lambda t: 1.0)
    assert verdict != "refuted", "副县长张建国 is not the 县长"


def test_a_role_outside_a_fixed_list_is_checked():
    hits = _hits("青山县博物馆策展人李景栋说，这次展览展出文物两百余件。")
    verdict, _, name = role_claims.person_verdict("青山县博物馆策展人是王大伟", hits, lambda t: 1.0)
    assert (verdict, name) == ("refuted", "李景栋")


def test_a_claim_naming_the_person_first_is_a_role_claim():
    assert [(p.name, p.role) for p in role_reading.claimed_persons("李向前是青山县县长。")] == [("李向前", "青山县县长")]
    assert [(p.name, p.role) for p in role_reading.claimed_persons("张建国任青山县副县长")] == [("张建国", "青山县副县长")]
    assert role_reading.is_role_claim("李向前是青山县县长。")
    # no person first: a thing or a pronoun is no one holding a post
    assert not role_reading.is_role_claim("该企业是青山县龙头企业。")
    assert not role_reading.is_role_claim("这位专家是青山县人。")


def test_the_person_first_claim_is_decided_as_the_post_first_one():
    hits = _hits("青山县县长李向前在会上表示，全县将新建三座污水处理厂。")
    verdict, _, name = role_claims.person_verdict("张建国是青山县县长。", hits, lambda t: 1.0)
    assert (verdict, name) == ("refuted", "李向前")
    verdict, _, name = role_claims.person_verdict("李向前是青山县县长。", hits, lambda t: 1.0)
    assert (verdict, name) == ("supported", "李向前")


def test_the_same_post_of_another_place_decides_nothing():
    # 白水县县长 is a 县长, but not the 青山县 one the claim names
    hits = _hits("青山县委书记赵明和白水县县长张建国出席了签约仪式。")
    verdict, _, _ = role_claims.person_verdict("张建国是青山县县长。", hits, lambda t: 1.0)
    assert verdict == "not_enough_info"
    verdict, _, _ = role_claims.person_verdict("青山县县长是张建国", hits, lambda t: 1.0)
    assert verdict == "not_enough_info"


def test_another_holder_of_a_members_post_refutes_nothing():
    # many people are 人大代表 or 研究员: another one named is no refutation
    hits = _hits("会议期间，记者采访了市人大代表、青山县县长李向前。")
    verdict, _, _ = role_claims.person_verdict("张建国是市人大代表。", hits, lambda t: 1.0)
    assert verdict == "not_enough_info"
    verdict, _, name = role_claims.person_verdict("李向前是市人大代表。", hits, lambda t: 1.0)
    assert (verdict, name) == ("supported", "李向前")
