"""A question saying its sources differ searches again with the clause that names the thing, so the other
source's version is among the passages (retrieve/other_versions.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.query.question import analyse
from assistant.retrieve import other_versions

INTERVIEW = "开展重点工程提速年，加快推进白鹭集团总投资42亿元的青禾风电制氢基地项目落地，力争进度走在前面。"
OTHER = "青禾县成功举办白鹭文旅推介会，签约项目34个。"


def test_the_question_s_words_are_read_by_characters():
    pieces = other_versions.shared_pieces("稿中要用白鹭项目投资总额", "加快推进白鹭集团总投资42亿元的风电项目落地")
    assert {"白鹭", "投资", "项目"} <= set(pieces)


def test_the_seed_is_the_clause_naming_the_thing_its_figure_blanked():
    q = analyse("审稿时看到白鹭那个制氢基地项目两处数字打架：今年投多少，一共投多少？")
    seed = other_versions.seed(q, made_hits(OTHER, INTERVIEW), flat_idf)
    assert seed.startswith("加快推进白鹭集团总投资") and "42" not in seed and "提速年" not in seed


def test_only_a_disputed_question_searches_again_and_only_new_passages_are_added():
    hits = made_hits(INTERVIEW)
    calls = []

    def search(text):
        calls.append(text)
        return made_hits(INTERVIEW, "逐项解决青禾风电制氢基地项目建设中的难题，确保年内投入资金30亿元以上。")

    assert other_versions.more(analyse("白鹭那个制氢基地总共投资多少？"), hits, search, flat_idf) == [] and calls == []
    added = other_versions.more(analyse("白鹭那个制氢基地项目的投资，两篇稿子写法不同，各是多少？"), hits, search, flat_idf)
    assert len(calls) == 1 and [h.chunk.id for h in added] == ["c1"]
