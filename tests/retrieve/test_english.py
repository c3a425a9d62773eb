"""English questions over Chinese text reach the right sentence through the multilingual
model, not only through dictionary translations (real e5 model, real Chroma)."""

import pytest

pytestmark = pytest.mark.slow

REPORT = """2024年县域经济情况汇编

一、青山县
青山县位于全省南部，山地面积广阔。去年全县茶叶产量达到1.2万吨，同比增长8%。全县接待游客350万人次，旅游收入突破30亿元。
二、白河区
白河区是老工业基地。去年全区规模以上工业增加值增长6.5%，新建5G基站1200个。区长赵明远表示，今年将加快发展新能源汽车零部件产业。
三、石门镇
石门镇以水果种植为主。全镇柑橘种植面积4.5万亩，果农人均收入2.8万元。镇长钱海燕介绍，今年计划新建冷库3座。
四、东湖区
东湖区大力发展教育事业。去年全区新建中小学6所，新增学位8000个，教师队伍扩大到5200人。
五、北岭县
北岭县加快交通建设。去年全县新改建农村公路260公里，开通城乡公交线路15条，高速公路通车里程达到96公里。
六、南溪乡
南溪乡推进生态保护。全乡森林覆盖率达到72%，去年植树造林1.8万亩，空气质量优良天数达到350天。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    from assistant.config import Settings
    from assistant.service import Assistant

    folder = tmp_path_factory.mktemp("english")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    a = Assistant(Settings(store=folder / "store", seeds=folder))
    report = a.index([folder / "report.txt"])
    assert not report.problems
    return a


QUESTIONS = [
    ("How many tons of tea did the county produce last year?", "茶叶产量达到1.2万吨"),
    ("How many 5G base stations were built in the district?", "新建5G基站1200个"),
    ("What is the per capita income of fruit farmers in the town?", "果农人均收入2.8万元"),
    ("How many kilometers of rural roads were built or rebuilt?", "新改建农村公路260公里"),
]


def _ranks(assistant, question, sentence, translated):
    from assistant.query import question as questions
    from assistant.query.english_question import with_translation
    from assistant.retrieve.hybrid import Retriever

    retriever = Retriever(assistant.store, assistant.embedder, assistant.keyword_index())
    terms = list(with_translation(questions.analyse(question), assistant._bridge()).terms) if translated else None
    hits = retriever.search(question, 7, 10, extra_terms=terms)
    return [n for n, h in enumerate(hits, start=1) if sentence in h.chunk.text]


@pytest.mark.parametrize("question,sentence", QUESTIONS)
def test_dense_ranking_alone_finds_the_passage(assistant, question, sentence):
    """No translated keywords at all: the e5 vectors of the English question and the
    Chinese passage must meet (among seven sections, one per place)."""
    assert _ranks(assistant, question, sentence, translated=False)[0] <= 2


@pytest.mark.parametrize("question,sentence", QUESTIONS)
def test_dense_and_translated_keywords_rank_the_passage_first(assistant, question, sentence):
    assert _ranks(assistant, question, sentence, translated=True)[0] == 1


def test_an_english_question_is_answered_from_chinese_text(assistant):
    answer = assistant.ask("How many tons of tea did the county produce last year?")
    assert not answer.abstained, answer.extra
    assert "1.2万吨" in answer.text
    assert "茶叶产量" in answer.citations[0].quote


def test_an_english_who_question_finds_the_name_after_the_role(assistant):
    answer = assistant.ask("Who is the head of Shimen Town?")
    assert not answer.abstained, answer.extra
    assert "钱海燕" in answer.text
