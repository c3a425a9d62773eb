"""The text-level homes that index time and answer time share: clauses, what a figure
measures, which year a sentence speaks of, hedges on figures, character pairs."""

from assistant.records import Chunk
from assistant.text import quantities
from assistant.text.indicators import indicator_of, same_indicator
from assistant.text.sentences import clause_at, clause_start, split_clauses, split_sentences
from assistant.text.words import bigrams, char_pairs, pair_overlap
from assistant.text.years import sentence_years, title_year


def _indicator(text: str, figure_text: str) -> str:
    figure = next(f for f in quantities.find_quantities(text) if f.text == figure_text)
    return indicator_of(split_clauses(text), text, figure)


def test_clauses_do_not_split_thousands_or_times():
    text = "全年接待游客1,700万人次，12:30开幕，签约额达160亿元"
    clauses = [text[a:b] for a, b in split_clauses(text)]
    assert clauses == ["全年接待游客1,700万人次，", "12:30开幕，", "签约额达160亿元"]
    assert clause_at(split_clauses(text), text.index("160"), len(text)) == (text.index("签约"), len(text))
    assert clause_at([], 3, 10) == (0, 10)


def test_a_mark_inside_brackets_cuts_no_clause():
    text = "全市（含甲区、乙区)共转移群众1200人，其中老人300人"
    assert [text[a:b] for a, b in split_clauses(text)] == ["全市（含甲区、乙区)共转移群众1200人，", "其中老人300人"]
    assert clause_start(text, text.index("1200")) == 0
    assert clause_start(text, text.index("300")) == text.index("其中")
    # a bracket left open is no bracket: its marks cut as any
    assert len(split_clauses("全市（含甲区、乙区共转移群众1200人")) == 2


def test_a_dot_lost_as_a_question_mark_ends_no_sentence():
    def cut(text):
        return [text[a:b] for a, b in split_sentences(text)]
    assert cut("首席执行官佩卡?伦德马克表示，销量增长。他说好。") == ["首席执行官佩卡?伦德马克表示，销量增长。", "他说好。"]
    # a question still ends its sentence: a particle before it, or no Han character after it
    assert cut("可乐准备好了么?主咖观点") == ["可乐准备好了么?", "主咖观点"]
    assert cut("这是谁?他说。") == ["这是谁?", "他说。"]
    assert cut("为什么? 因为下雨。") == ["为什么?", "因为下雨。"]


def test_what_a_figure_measures():
    assert _indicator("签约额达160亿元", "160亿元") == "签约额"
    # a bare change borrows the clause before it, up to that clause's own figure
    assert _indicator("固定资产投资完成17.3亿元，增长41%", "41%") == "固定资产投资"
    # a count measures the noun after it
    assert _indicator("实施34个重点项目", "34个") == "重点项目"


def test_two_indicators_are_the_same_thing():
    assert same_indicator("签约额", "项目签约额")
    assert not same_indicator("产值", "涉鹿产值")  # strict: two characters must match in length too
    assert same_indicator("产值", "涉鹿产值", loose=True)  # a claim's wording against a source's
    assert not same_indicator("地区生产总值", "财政收入", loose=True)


def test_character_pairs_and_their_overlap():
    assert char_pairs("东丰县") == {"东丰", "丰县"}
    assert char_pairs("县") == {"县"} and char_pairs("") == set()
    assert pair_overlap("产值", "涉鹿产值") == 1.0
    assert pair_overlap("鹿茸", "人参") == 0.0
    assert bigrams("东丰县 GDP") == {"东丰", "丰县", "GD", "DP"}


def test_hedges_come_off_figures():
    assert quantities.without_qualifier("81.6亿元以上") == "81.6亿元"
    assert quantities.without_qualifier("3000人左右") == "3000人"
    assert quantities.without_qualifier("10万吨之多") == "10万吨"
    assert quantities.without_qualifier("6.5%") == "6.5%"


def test_values_agree_when_ranges_overlap():
    assert quantities.values_agree(5e4, 8e4, 6e4, None)
    assert not quantities.values_agree(81.6e8, None, 90e8, None)
    assert quantities.values_agree(100.0, None, 100.0000001, None)


def _chunk(text: str, title: str = "", year: str = "") -> Chunk:
    return Chunk(id="c", source="s.txt", title=title, subject="", article=0, start=0, end=len(text), text=text,
                 year=year)


def test_the_year_a_sentence_speaks_of():
    text = "2023年，全市生产总值增长6%。今年，全市生产总值预期增长6.5%。新建学校3所。"
    chunk = _chunk(text, title="二、2024年工作安排")
    assert title_year(chunk.title) == "2024"
    first, last = (0, text.index("。") + 1), (text.index("新建"), len(text))
    assert sentence_years(chunk, *first) == {"2023"}
    assert sentence_years(chunk, *last) == {"2024"}  # 今年 before it, counted from the title's year
    assert sentence_years(_chunk("新建学校3所。", year="2022"), 0, 7) == {"2022"}  # the chunk's own year
    assert sentence_years(_chunk("今年，新建学校3所。"), 3, 10) == set()  # 今年 with no year to count from
