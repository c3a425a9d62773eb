"""A question that states one year's figure and asks another's (去年排第十，那2022年呢) is not answered by
a sentence of no year giving the stated figure (subject_years.restates_premise). Made-up sentences."""

from assistant.answer.evidence import Sentence, year_factor
from assistant.answer.subject_years import premise_figures, restates_premise
from assistant.query.question import analyse
from assistant.records import Chunk


def _sentence(text: str) -> Sentence:
    chunk = Chunk(id="c1", source="made/a.txt", title="", subject="", article=0, start=0, end=len(text), text=text,
                  segments=((0, 0, len(text)),), raw=text)
    return Sentence(0, chunk, 0, len(text))


def test_the_figure_stated_for_another_year_is_that_years():
    q = analyse("听说去年青溪在全市考核中排名第五，那2021年排第几？")
    assert premise_figures(q) == {"第五"}
    assert restates_premise(q, "青溪综合考核位列全市第五名。")
    assert year_factor(q, _sentence("青溪综合考核位列全市第五名。")) < 1.0
    q = analyse("去年青溪新增就业3000人，2021年新增多少人？")
    assert restates_premise(q, "青溪新增就业3000人。")


def test_another_figure_or_a_sentence_of_the_asked_year_is_not_refused():
    q = analyse("听说去年青溪在全市考核中排名第五，那2021年排第几？")
    assert not restates_premise(q, "青溪综合考核位列全市第十五名。")  # 第五 is not 第十五's
    assert not restates_premise(q, "青溪综合考核位列全市第八名。")
    assert not restates_premise(q, "2021年青溪考核位列全市第五名。")  # it names its year: the year check reads it
    assert year_factor(q, _sentence("2021年青溪考核位列全市第五名。")) == 1.0
    # a question naming one year only states no other year's figure
    assert premise_figures(analyse("2021年青溪在全市考核中排第几？")) == set()
    assert premise_figures(analyse("青溪2021年新增就业3000人中有多少是大学生？")) == set()
