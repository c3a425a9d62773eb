"""A price per ton written either way (每吨上调205元 / 上调195元/吨), a figure converted in
brackets (新台币13.92亿元（约合人民币3.16亿元）) and a source's figure of a part the claim does
not name (新增智能袜机 against 袜机) (check/per_unit.py, source_indicator.py, narrower.py).
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.narrower import narrower
from assistant.check.per_unit import per_unit
from assistant.check.source_indicator import source_indicator
from assistant.text import quantities
from assistant.text.sentences import split_clauses


def test_a_price_per_ton_is_read_the_way_a_source_writes_it():
    text = "星河省汽油每吨上调205元，折合每升涨价0.16元。"
    units = [per_unit(text, f).unit for f in quantities.find_quantities(text)]
    assert units == ["元/吨", "元/升"]
    assert per_unit("星河省汽油上调205元。", quantities.find_quantities("星河省汽油上调205元。")[0]).unit == "元"


def test_a_claim_per_ton_is_decided_by_a_source_in_yuan_per_ton():
    hits = made_hits("截至8月3日，星河省预计汽柴油将上调195元/吨，折合每升涨价0.15-0.17元。")
    assert check("星河省汽柴油价格预计每吨上调205元。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("星河省汽柴油价格预计每吨上调195元。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("星河省汽柴油预计每升涨价0.16元。", hits, flat_idf, 0.43).verdict == "supported"


def _indicators(text: str) -> list[str]:
    return [source_indicator(split_clauses(text), text, f) for f in quantities.find_quantities(text)]


def test_a_converted_figure_measures_what_the_figure_before_its_brackets_does():
    found = _indicators("星河电脑净利润为新台币13.92亿元（约合人民币3.16亿元）。")
    assert found[0].endswith("净利润为新台币") and found[1].endswith("净利润为人民币")
    assert _indicators("营业利润为4.74亿欧元（约合人民币38.39亿元）")[1] == "营业利润人民币"
    # a bracket that does not restate the figure before it is read as before
    assert "人民币" not in _indicators("营收为100亿元（约占总营收的30%）")[1]


def test_a_claim_of_the_converted_figure_is_decided_by_it():
    hits = made_hits("星河电脑第二季度净利润为新台币13.92亿元（约合人民币3.16亿元）。")
    assert check("星河电脑第二季度净利润折合人民币约3.16亿元。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("星河电脑第二季度净利润折合人民币约4.16亿元。", hits, flat_idf, 0.43).verdict == "refuted"


def test_a_source_noun_the_claim_does_not_say_names_a_part():
    assert narrower("新增智能袜机", "星河市要推动一万台袜机进行数智化改造。")
    assert not narrower("迎来游客", "星河市今年接待游客100万人次。")  # a verb said otherwise
    assert not narrower("营业收入", "星河公司营收100亿元。")  # abbreviated
    # a count's noun after it: what it counts is the noun, not what the clause goes on to say
    assert not narrower("驾驶员利用职务之便", "该镇的2名驾驶员多次违规使用公车加油卡。", tail=True)
    assert narrower("智能袜机进行改造", "星河市有一万台袜机。", tail=True)
    # a head noun the claim leaves out words the same thing: 危桥改造工程 for 危桥的改造
    assert not narrower("危桥改造工程", "星河市今年要完成15座危桥的改造。")


def test_a_figure_of_a_part_does_not_refute_a_claim_of_the_whole():
    hits = made_hits("星河市整体推动万台袜机数智化改造，新增智能袜机2400台。")
    assert check("星河市要推动全市约一万台袜机进行数智化改造。", hits, flat_idf, 0.43).verdict != "refuted"
    assert check("星河市新增智能袜机3000台。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("星河市新增智能袜机2400台。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_copied_run_of_figures_does_not_carry_a_measure_said_otherwise():
    hits = made_hits("经查明，星河矿业近20年间先后瞒报生产安全事故40起、死亡矿工43人。")
    claim = "经查明，星河矿业近20年间先后瞒报生产安全事故40起、{}矿工{}人。"
    assert check(claim.format("死亡", "四十三"), hits, flat_idf, 0.43).verdict == "supported"
    assert check(claim.format("死亡", "五十"), hits, flat_idf, 0.43).verdict == "refuted"
    # 受伤 is not 死亡: the figure the copied run points at measures something else
    assert check(claim.format("受伤", "四十三"), hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_latin_name_the_sentence_and_its_article_leave_unsaid_is_another_subject():
    hits = made_hits("理想汽车今年第二季度的交付量达到86533辆。")
    assert check("Lucid第二季度的交付量达到86533辆。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("理想汽车第二季度的交付量达到86533辆。", hits, flat_idf, 0.43).verdict == "supported"
    named = made_hits("Lucid第二季度的交付量达到1404辆。")
    assert check("Lucid第二季度交付了1406辆汽车。", named, flat_idf, 0.43).verdict == "refuted"


def test_a_count_inside_a_quoted_label_is_no_figure():
    # “三个坚持” names a slogan: its 三个 is the label's (slots.labels), not a figure to check
    from assistant.check.draft import figures

    assert [f.text for f in figures("全面学习“三个坚持”的深刻内涵。")] == []
    assert [f.text for f in figures("新建“口袋公园”3个。")] == ["3个"]


def test_a_negator_inside_a_quoted_name_denies_nothing():
    from assistant.check import slots

    assert not slots.negated("实施“路通不堵”整治工程")
    assert not slots.denies("今年实施“路通不堵”整治工程")
    assert slots.negated("今年没有实施“路通不堵”整治工程")
    # words said, closed by a clause mark, keep their negation
    assert slots.negated("他表示“不会涨价”。")


def test_a_figure_of_a_work_with_a_negator_in_its_quoted_name_is_checked():
    hits = made_hits("实施“路通不堵”整治工程218公里、危桥改造工程12座。")
    found = check("报告提出，今年实施“路通不堵”整治工程281公里。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("218公里",)
    assert check("报告提出，今年实施“路通不堵”整治工程218公里。", hits, flat_idf, 0.43).verdict == "supported"
