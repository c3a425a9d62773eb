"""A claim naming a closed list with one member put in another's place is refuted with the source's
member (check/list_swap.py); a claim whose list ends in 等 (unless it cites the document and writes the words after
等 as the source does) or opens with 包括, or a member another
sentence writes beside the others, stays open. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.list_swap import lists, swapped

SOURCE = "星河市将用好东方博览会、远山商会大会等平台，力争承接产业项目。"


def test_lists_of_members():
    assert [m for m, _, _ in lists("要用好的是南海博览会和远山商会大会。")] == [["南海博览会", "远山商会大会"]]
    assert lists("星河市今年新建了三座公园。") == []


def test_one_member_put_in_anothers_place():
    assert swapped("星河市要用好的平台是南海博览会和远山商会大会。", SOURCE) == ("南海博览会", "东方博览会")
    # a place only for a place: a fair for a city is no member put in another's place
    assert swapped("星河市要用好的平台是杭州和远山商会大会。", SOURCE) == ("", "")


def test_a_closed_list_with_another_member_is_refuted():
    found = check("星河市要用好的平台是南海博览会和远山商会大会。", made_hits(SOURCE), flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("东方博览会",)
    hits = made_hits("白塔县成功举办青溪、红石“茶叶+文旅”产业推介会，签约项目12个。")
    found = check("白塔县去年办的“茶叶+文旅”产业推介会，放在了北京和红石。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("青溪",)


def test_an_open_list_decides_nothing():
    # the claim's 等: some of many; 包括: members, not the whole list
    assert check("星河市将用好南海博览会、远山商会大会等平台。", made_hits(SOURCE), flat_idf, 0.43).verdict != "refuted"
    assert check("星河市要用好的平台包括南海博览会和远山商会大会。", made_hits(SOURCE), flat_idf, 0.43).verdict != "refuted"


def test_a_member_another_sentence_writes_with_the_others_decides_nothing():
    hits = made_hits(SOURCE, "星河市去年用好南海博览会、远山商会大会，签约项目30个。")
    assert check("星河市要用好的平台是南海博览会和远山商会大会。", hits, flat_idf, 0.43).verdict != "refuted"


def test_a_list_without_the_sources_other_words_decides_nothing():
    # the shared member alone, in no words of the source's frame
    assert swapped("南海博览会和远山商会大会。", SOURCE) == ("", "")


def test_a_member_written_shorter_is_no_swap():
    source = "白塔县成功举办产业推介会，主推新能源汽车、光伏，签约项目12个。"
    assert swapped("白塔县办的产业推介会，谈的是新能源车和光伏。", source) == ("", "")
    assert swapped("白塔县办的产业推介会，谈的是氢能和光伏。", source) == ("氢能", "新能源汽车")


def test_a_list_after_with_whom():
    # 与 before a 、 of the same list says with whom: the list is what follows it
    found = lists("白塔县企业与南岭电力大学、青溪学院等5所院校达成合作。")
    assert [m for m, _, _ in found] == [["南岭电力大学", "青溪学院"]]


def test_a_cited_list_closed_with_etc_as_the_sources_is_the_documents_list():
    # 报告提出 / 据某某报道: the claim says what the document writes, its 等 list the members the document names
    found = check("报告提出，星河市将用好南海博览会、远山商会大会等平台。", made_hits(SOURCE), flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("东方博览会",)
    source = "推动甲乙等14家企业与南岭电力大学、青溪农科院等15所科研院所达成合作。"
    claim = "据报道，白塔县企业与南岭电力大学、红石学院等15所科研院所达成了合作。"
    assert swapped(claim, source, cited=True) == ("红石学院", "青溪农科院")


def test_a_cited_list_written_otherwise_after_etc_stays_open():
    # another thing after 等, or a figure outside the words both write, is no copy of the source's list
    source = "推动甲乙等14家企业与南岭电力大学、青溪农科院等15所科研院所达成合作。"
    assert swapped("白塔县企业与南岭电力大学、红石学院等多家单位达成了合作。", source, cited=True) == ("", "")
    assert swapped("8家企业与南岭电力大学、红石学院等15所科研院所达成了合作。", source, cited=True) == ("", "")
    assert swapped("白塔县企业与南岭电力大学、红石学院等15所科研院所达成了合作。", source) == ("", "")
