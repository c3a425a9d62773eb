"""Claims decided by a quoted number label (“八五”普法) or a list member named with another place,
claims citing the document they are checked against (报告提出), and a set phrase said of a figure
(脱离生命危险).
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check, read_as_figures
from assistant.check.members import place_swapped
from assistant.check.slots import labels


def test_quoted_number_labels():
    assert labels("深入推进“八五”普法,增强“四个意识”") == {("八五", ""), ("四", "个意识")}
    assert labels("推进“数字乡村”建设") == set()


def test_a_quoted_label_is_compared_as_a_slot():
    hits = made_hits("辽源市将深入推进“八五”普法,提升公民法治素养。")
    found = check("辽源市今年将深入推进“七五”普法。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("“八五”",)
    assert check("辽源市今年将深入推进“八五”普法。", hits, flat_idf, 0.43).verdict == "supported"
    # a sentence stating no label leaves it undecided
    hits = made_hits("辽源市将深入推进普法,提升公民法治素养。")
    assert check("辽源市今年将深入推进“七五”普法。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_member_named_with_another_place():
    text = "抓好东辽现代农业产业园、东丰梅花鹿创投园、松籽产业园等重点产业园区建设。"
    assert place_swapped(["东辽梅花鹿创投园"], text) == ("东辽梅花鹿创投园", "东丰梅花鹿创投园")
    assert place_swapped(["东丰梅花鹿创投园"], text) == ("", "")
    assert place_swapped(["东辽汽车产业园"], text) == ("", "")
    hits = made_hits("辽源市将突出园区产业协同作用,抓好东辽现代农业产业园、东丰梅花鹿创投园、松籽产业园等重点产业园区建设。")
    found = check("辽源今年要抓好的重点产业园区包括东辽梅花鹿创投园。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("东丰梅花鹿创投园",)
    assert check("辽源今年要抓好的重点产业园区包括东丰梅花鹿创投园。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_document_lead_is_no_subject():
    assert read_as_figures("报告提出今年要改造提升四个传统产业。") == "今年要改造提升四个传统产业。"
    assert read_as_figures("报道播出时，距离收获还有40多天。") == "报道播出时，距离收获还有40多天。"
    hits = made_hits("星河市将改造提升五个传统产业。")
    found = check("报告提出今年要改造提升四个传统产业。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("五个",)


def test_a_set_phrase_said_of_a_figure_must_be_written():
    hits = made_hits("星河县一客栈发生火灾事故，造成9人不幸遇难、2人受伤。")
    assert check("星河县客栈火灾中受伤的2人均已脱离生命危险。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("星河县客栈火灾造成2人受伤。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_set_phrase_framing_the_claim_in_a_clause_of_its_own_is_no_fact():
    hits = made_hits("能见度小于200米时，开启雾灯、近光灯、示廓灯和前后位灯，车速不得超过每小时60公里，并与同车道前车保持100米以上的距离。")
    found = check("按规定，能见度小于200米时，应与同车道前车保持100米以上的距离。", hits, flat_idf, 0.43)
    assert found.verdict == "supported"


def test_a_lead_citing_the_report_with_ju_or_an_is_no_act():
    assert read_as_figures("按报道的推算，新片可能要到2026年才能上映。") == "新片可能要到2026年才能上映。"
    assert read_as_figures("据报道，青溪县的产值已达到8.6亿元。") == "青溪县的产值已达到8.6亿元。"
    assert read_as_figures("报告期内，营收增长5%。") == "报告期内，营收增长5%。"  # no lead: the period of a report
    hits = made_hits("按此进度，《星河3》可能要等到2028年左右才能与观众见面。")
    assert check("按报道的推算，《星河3》可能要到2028年左右才能与观众见面。", hits, flat_idf, 0.43).verdict == "supported"
    found = check("按报道的推算，《星河3》可能要到2026年左右才能与观众见面。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("2028",)


def test_a_lead_citing_the_reports_view_is_what_it_says():
    hits = made_hits("七月是车市的淡季，高温天气可能会在一定程度上制约消费者到店购车。")
    assert check("报道认为，高温天气可能会在一定程度上制约消费者到店购车。", hits, flat_idf, 0.43).verdict == "supported"

