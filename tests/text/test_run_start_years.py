"""The year a run starts from (自2019年推出…以来, 2021年9月起, 2020年以来) is neither the sentence's own year nor
the year in force for the sentences after it: a 2023 article's 截至8月15日 is 2023's, not the run start's
(text/quantities.year_in_force, text/years.sentence_years, answer/subject_years.period). 超过了2021年 is a
basis a figure is compared with. Songs, cases, plots and deals (19首, 12起, 3例, 2宗, 5笔, 6幅) are counted in
their measure words, which are classifiers naming what is counted. Made-up sentences, no model."""

from assistant.answer import subject_years
from assistant.answer.topic_coverage import is_unit_word
from assistant.records import Chunk
from assistant.text import quantities
from assistant.text.indicators import CLASSIFIERS, indicator_of
from assistant.text.quantities import find_quantities, year_in_force
from assistant.text.sentences import split_clauses
from assistant.text.years import sentence_years

ARTICLE = "2023年白沙镇茶产业稳步发展。2021年9月起，白沙镇推行茶园托管服务。截至8月15日，已托管茶园3000亩。"
LOANS = "2023年青溪农商行经营报告。自2019年推出惠农贷以来，累计放款12亿元。截至8月底，贷款余额3亿元。"


def _chunk(text: str, title: str = "", year: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text, year=year)


def _span(text: str, sentence: str) -> tuple[int, int]:
    a = text.index(sentence)
    return a, a + len(sentence)


def test_a_run_start_is_not_the_year_in_force():
    before = "2022年青溪县工业产值增长5%。"
    assert year_in_force(before + "自2018年推出惠企贷以来，") == "2022"
    assert year_in_force(before + "2020年9月起，") == "2022"
    assert year_in_force(before + "2019年以来，") == "2022"
    assert year_in_force(before + "从2019年起，") == "2022"


def test_a_year_exceeded_is_a_basis():
    assert year_in_force("2023年，白沙镇茶叶产量超过了2021年的两倍。") == "2023"
    assert year_in_force("2023年，白沙镇茶叶产量超过2021年。") == "2023"


def test_a_plain_year_is_still_in_force():
    assert year_in_force("2022年青溪县工业产值增长5%。2020年，") == "2020"
    assert year_in_force("2022年青溪县工业产值增长5%。") == "2022"


def test_later_sentences_keep_the_articles_year():
    chunk = _chunk(ARTICLE)
    a, b = _span(ARTICLE, "截至8月15日，已托管茶园3000亩。")
    assert sentence_years(chunk, a, b) == {"2023"}
    assert subject_years.period(chunk, a, b) == {"2023"}
    # with no other year before it, the run's start is still not the later sentence's year
    text = ARTICLE.removeprefix("2023年")
    a, b = _span(text, "截至8月15日，已托管茶园3000亩。")
    chunk = _chunk(text, title="白沙镇2023年茶产业综述", year="2023")
    assert "2021" not in sentence_years(chunk, a, b) and "2021" not in subject_years.period(chunk, a, b)


def test_a_run_start_alone_before_leaves_the_chunks_year():
    text = "2021年9月起，白沙镇推行茶园托管服务。截至8月15日，已托管茶园3000亩。"
    a, b = _span(text, "截至8月15日，已托管茶园3000亩。")
    assert sentence_years(_chunk(text, year="2023"), a, b) == {"2023"}


def test_the_run_start_is_one_candidate():
    chunk = _chunk(ARTICLE)
    a, b = _span(ARTICLE, "2021年9月起，白沙镇推行茶园托管服务。")
    assert sentence_years(chunk, a, b) == {"2021", "2023"}
    assert subject_years.period(chunk, a, b) == {"2021", "2023"}
    chunk = _chunk(LOANS)
    a, b = _span(LOANS, "自2019年推出惠农贷以来，累计放款12亿元。")
    assert sentence_years(chunk, a, b) == {"2019", "2023"}
    assert subject_years.period(chunk, a, b) == {"2019", "2023"}
    a, b = _span(LOANS, "截至8月底，贷款余额3亿元。")
    assert sentence_years(chunk, a, b) == {"2023"}
    assert subject_years.period(chunk, a, b) == {"2023"}


def test_a_year_exceeded_is_no_period():
    text = "2023年白沙镇茶叶产量增长。今年产量超过了2021年的水平，达到800吨。"
    a, b = _span(text, "今年产量超过了2021年的水平，达到800吨。")
    assert subject_years.period(_chunk(text), a, b) == {"2023"}
    text = "白沙镇茶叶产量达到800吨，超过了2021年。"
    assert subject_years.period(_chunk(text, year="2023"), 0, len(text)) == {"2023"}


def test_a_sentences_own_year_stands():
    text = "2021年白沙镇新建茶园500亩。2023年，白沙镇新建茶园800亩。"
    a, b = _span(text, "2023年，白沙镇新建茶园800亩。")
    assert sentence_years(_chunk(text), a, b) == {"2023"}
    assert subject_years.period(_chunk(text), a, b) == {"2023"}


def test_count_words_are_units():
    for text, figure, unit in [("乐队去年发行了19首原创歌曲。", "19首", "首"), ("全县今年共侦破12起电信诈骗案件。", "12起", "起"),
                               ("新增确诊病例3例。", "3例", "例"), ("白沙镇出让2宗工业用地。", "2宗", "宗"),
                               ("平台当日完成5笔交易。", "5笔", "笔"), ("画展共展出6幅油画。", "6幅", "幅")]:
        found = find_quantities(text)
        assert [(f.text, f.unit) for f in found] == [(figure, unit)], text
        assert found[0].value == float(figure[:-1])


def test_count_words_name_what_is_counted():
    assert set("首起例宗笔幅") <= CLASSIFIERS
    for text, figure, counted in [("全县今年共侦破12起电信诈骗案件。", "12起", "电信诈骗案件"),
                                  ("乐队去年发行了19首原创歌曲。", "19首", "原创歌曲"),
                                  ("白沙镇出让2宗工业用地，成交5笔交易。", "2宗", "工业用地")]:
        f = next(f for f in quantities.find_quantities(text) if f.text == figure)
        assert indicator_of(split_clauses(text), text, f) == counted


def test_count_words_without_a_number_are_words():
    # guards against over-reach: held before the change too
    assert [(f.text, f.unit) for f in find_quantities("该车型起售价12.98万元。")] == [("12.98万元", "元")]
    assert [(f.text, f.unit) for f in find_quantities("首批9家企业入驻。")] == [("9家", "家")]
    assert find_quantities("第一笔贷款顺利发放。") == []
    assert not any(is_unit_word(w) for w in "首起例宗笔幅")  # 起 of 起售价 stays a topic word
    assert is_unit_word("个") and is_unit_word("万元")
