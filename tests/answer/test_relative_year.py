"""A sentence saying 今年 counts its own year (subject_years.period): the 去年 of a baseline before it
(相比去年同期) is not the year in force. Made-up sentences."""

from assistant.answer import subject
from assistant.query.question import analyse
from assistant.records import Chunk

TEXT = "青溪公司公布了其2021年7月份的销量。该公司7月销量为100辆，相比去年同期的80辆，同比增长25%。今年以来，青溪公司销量累计达到500辆。"
TITLE = "2023年8月1日科技新闻汇编"


def _verdict(question: str, sentence: str, text: str = TEXT):
    chunk = Chunk(id="c1", source="made/c1.txt", title=TITLE, subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text, year="2023")
    a = text.index(sentence)
    return subject.disagreement(analyse(question), chunk, a, a + len(sentence))


def test_a_baselines_last_year_is_not_the_year_a_this_year_sentence_speaks_of():
    found = _verdict("2022年青溪公司销量累计多少辆？", "今年以来，青溪公司销量累计达到500辆。")
    assert found is not None and found.kind == "year"


def test_this_year_is_still_the_title_year_or_the_explicit_year_before():
    assert _verdict("2023年青溪公司销量累计多少辆？", "今年以来，青溪公司销量累计达到500辆。") is None
    assert _verdict("2021年青溪公司销量累计多少辆？", "今年以来，青溪公司销量累计达到500辆。") is None


def test_a_total_up_to_now_is_not_a_named_years_end():
    text = "青溪站介绍，截至目前，基地已实施了120个研究项目。"
    chunk = Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    a = text.index("截至目前")
    q = analyse("截至2022年底，基地实施了多少个研究项目？")
    assert subject.answer_disagreement(q, chunk, a, len(text)).kind == "year"
    # an article writing that year's end may say where it stood then
    dated = "2022年底的年度报告：" + text
    chunk = Chunk(id="c2", source="made/c2.txt", title="", subject="", article=0, start=0, end=len(dated),
                  text=dated, segments=((0, 0, len(dated)),), raw=dated)
    assert subject.answer_disagreement(q, chunk, dated.index("截至目前"), len(dated)) is None
