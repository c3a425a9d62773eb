"""A claim's second figure written in the sentence that supports its first; the company an
article is about against the people it quotes; a day without a month dated by the dateline; a
place swapped inside a figure claim's clause. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk, made_hits

from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.check import draft, slots
from assistant.check.claims import check
from assistant.check.moved_detail import place_swapped
from assistant.check.figures import Outcome
from assistant.check.in_force import name_in_force
from assistant.check.other_year import other_year
from assistant.records import Hit
from assistant.text import quantities


def article(*parts: str) -> list[Hit]:
    """One made-up file cut into passages, the last retrieved first."""
    hits, pos = [], 0
    for i, text in enumerate(parts):
        hits.append(Hit(made_chunk(text, cid=f"c{i}", source="made/a.txt", start=pos), 1.0 / (1 + i)))
        pos += len(text)
    return hits[::-1]


def verdict(claim: str, hits: list[Hit]) -> str:
    return check(claim, hits, flat_idf, 0.43).verdict


def test_a_person_quoted_often_does_not_take_the_article_from_its_institution():
    before = "在星河实验室，科研人员抓紧攻关。王大明说，王大明团队…王大明表示，星河实验室的测试…"
    assert name_in_force("星河实验室第二次测试持续了5小时。", "星河", before) == "星河实验室"
    # nor do words jieba tags as names (普通)
    before = "青山电器近日推出一款冰箱，营养含量比普通冰箱提高一倍，普通冰箱…"
    assert name_in_force("青山电器这款冰箱的除菌率达到99%。", "青山电器", before) == "青山电器"
    # another organisation named more often is what the passage is about
    before = "星河实验室与东方大学合作。东方大学表示，东方大学团队…"
    assert name_in_force("星河实验室第二次测试持续了5小时。", "星河", before) == ""


def test_a_second_figure_written_in_the_supporting_sentence_is_supported_too():
    hits = article("青山X整车可选装便携式充电器。", "尽管青山X看起来威武雄壮，但其重量仅为150kg，座高760mm。")
    assert verdict("青山X的整车重量为150kg，座高760mm。", hits) == "supported"
    # a figure the sentence does not write stays undecided; one it contradicts refutes
    assert verdict("青山X的整车重量为180kg，座高760mm。", hits) == "not_enough_info"
    assert verdict("青山X的整车重量为150kg，座高700mm。", hits) == "refuted"
    # the sentence names its second figure with a word the claim does not write: another thing
    source = made_hits("经查明，青山矿业近20年间先后瞒报事故40起、死亡矿工43人。")
    assert verdict("经查明，青山矿业近20年间先后瞒报事故40起、死亡矿工四十三人。", source) == "supported"
    assert verdict("经查明，青山矿业近20年间先后瞒报事故40起、受伤矿工四十三人。", source) == "not_enough_info"


def test_a_place_swapped_in_a_figure_claims_clause_refutes_it():
    # (the figure's own check may find the sentence through the article's places: given here)
    source = made_hits("辽源市推动东丰鹿业产业园与五家药企合作,做大做强鹿业品牌。")
    s = sentences_of(source)[0]
    supported = Outcome("supported", [make_part(s, s.a, s.b, 1.0)], "五家", (), "figure", 1.0)
    text = "辽源推动东辽鹿业产业园与五家药企合作，做大做强鹿业品牌。"
    found = place_swapped(draft.claims_of(text, 0, len(text))[0], supported, flat_idf)
    assert found.verdict == "refuted" and found.sources_say == ("东丰",)
    text = "辽源推动东丰鹿业产业园与五家药企合作，做大做强鹿业品牌。"
    assert place_swapped(draft.claims_of(text, 0, len(text))[0], supported, flat_idf) is None


def test_a_day_without_a_month_is_dated_by_the_dateline():
    source = "新华社北京8月19日电 记者19日获悉，特使张大明18日应约与青山公司董事长举行会谈。"
    assert slots.dated_days("特使张大明18日应约与青山公司董事长举行会谈", source) == {(8.0, 18.0)}
    assert slots.dated_days("特使张大明30日应约", "新华社北京8月2日电 特使张大明30日应约") == {(7.0, 30.0)}
    assert verdict("张大明与青山公司董事长的这次会谈是应约举行的，时间是8月18日。", made_hits(source)) == "supported"
    found = check("张大明与青山公司董事长的这次会谈是应约举行的，时间是8月17日。", made_hits(source), flat_idf, 0.43)
    assert found.verdict == "refuted" and "资料中为 18日" in found.text


def test_the_sentence_before_is_read_across_overlapping_passages():
    first = "据统计，7月青山市乘用车零售量为17万辆，同比下降5%。今年以来，青山市累计零售112万辆，同比增长1%。"
    second = "今年以来，青山市累计零售112万辆，同比增长1%。另外，青山市乘用车出口量增长3%。"
    at = first.index("今年以来")
    hits = [Hit(made_chunk(second, cid="c1", source="made/a.txt", start=at), 1.0),
            Hit(made_chunk(first, cid="c0", source="made/a.txt", start=0), 0.5)]
    assert verdict("今年以来青山市乘用车累计零售量同比增长约1%。", hits) == "supported"
    assert verdict("今年以来青山市乘用车累计零售量同比增长约5%。", hits) == "refuted"


def test_a_sentence_writing_two_years_decides_each_years_figure():
    source = made_hits("机构普遍认为，到2024年，青山科技能够出货超过400万套加速器，这比2023年预估的165万套有明显增加。")
    found = check("机构普遍认为，2023年青山科技能出货超过400万套加速器。", source, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("165万套",)
    assert verdict("机构普遍认为，2024年青山科技能出货超过400万套加速器。", source) == "supported"
    assert verdict("机构普遍认为，2023年青山科技能出货165万套加速器。", source) == "supported"
    # a claim naming no year is the sentence's own year's, not the baseline's
    assert verdict("机构普遍认为，青山科技能出货超过400万套加速器。", source) == "supported"
    # the basis of a change is no year of the change (比2022年同期增长10%: 2023's change)
    text = "2023年上半年，青山科技营收100亿元，比2022年同期增长10%。"
    assert other_year("2023年上半年青山科技营收同比增长10%。", text, quantities.find_quantities(text)[-1]) is False
