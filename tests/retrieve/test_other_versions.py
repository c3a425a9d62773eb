"""A question saying its sources differ searches again with the clause that names the thing, so the other
source's version is among the passages (retrieve/other_versions.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.query.question import analyse
from assistant.retrieve import other_versions

INTERVIEW = "实施项目建设攻坚年，全力推进白鹭集团总投资42亿元的青禾光伏制氢一体化项目落地，力争进度保持前列。"
OTHER = "青禾县成功举办白鹭产业发展大会，签约项目34个。"


def test_the_question_s_words_are_read_by_characters():
    pieces = other_versions.shared_pieces("写稿要引白鹭项目的投资额", "全力推进白鹭集团总投资42亿元的光伏项目落地")
    assert {"白鹭", "投资", "项目"} <= set(pieces)


def test_the_seed_is_the_clause_naming_the_thing_its_figure_blanked():
    q = analyse("核稿时发现白鹭那个制氢项目前后数字打架：今年投多少，总共投多少？")
    seed = other_versions.seed(q, made_hits(OTHER, INTERVIEW), flat_idf)
    assert seed.startswith("全力推进白鹭集团总投资") and "42" not in seed and "攻坚年" not in seed


def test_only_a_disputed_question_searches_again_and_only_new_passages_are_added():
    hits = made_hits(INTERVIEW)
    calls = []

    def search(text):
        calls.append(text)
        return made_hits(INTERVIEW, "清单化破解青禾光伏制氢一体化项目建设中各类问题，确保年内完成投资30亿元以上。")

    assert other_versions.more(analyse("白鹭那个制氢项目总投资多少？"), hits, search, flat_idf) == [] and calls == []
    added = other_versions.more(analyse("白鹭那个制氢项目的投资，两篇稿子写法不同，各是多少？"), hits, search, flat_idf)
    assert len(calls) == 1 and [h.chunk.id for h in added] == ["c1"]
