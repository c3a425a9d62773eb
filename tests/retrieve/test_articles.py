"""retrieve/articles.py: a sibling article about the same event is dropped when the asked
article holds the question's rarer words and the sibling does not (made-up articles)."""

import pytest

from assistant.records import Chunk, Hit
from assistant.retrieve.articles import coverage, keep_asked_articles

IDF = {"芭比": 6.0, "票房": 6.0, "北美": 4.0, "周四": 5.0, "收获": 5.0}.get


def hit(source: str, text: str, article: int = 0) -> Hit:
    return Hit(Chunk(f"{source}-{article}-{len(text)}", source, "", "", article, 0, len(text), text), 0.05)


ASKED = "截至周四，《芭比》在北美收获2.5亿美元。"
SIBLING = "《芭比》首周末北美票房达到1.55亿美元。"


def test_coverage_weighs_words_by_rarity_case_aside_and_a_word_mostly_held_in_part():
    idf = lambda t: IDF(t, 1.0)  # noqa: E731
    assert coverage([("芭比",), ("周四",)], "《芭比》周四上映", idf) == 1.0
    assert coverage([("芭比",), ("周四", "星期四")], "《芭比》星期四上映", idf) == 1.0
    assert coverage([("芭比",), ("周四",)], "《芭比》上映", idf) == 6.0 / 11.0
    assert coverage([("JAXR",), ("周四",)], "jaxr周四", idf) == 1.0  # the index lowercases
    assert coverage([("西安区",)], "西安安区打造两个核心", idf) == 0.6
    assert coverage([("西安区",)], "西区", idf) == 0.0
    assert coverage([], "《芭比》", idf) == 0.0


def test_a_sibling_that_shares_only_the_event_is_dropped():
    terms = [("周四",), ("芭比",), ("北美",), ("收获",), ("票房",)]
    hits = [hit("sibling", SIBLING), hit("asked", "美国国内票房达到1.2亿美元。"), hit("asked", ASKED, 0)]
    texts = {("sibling", 0): SIBLING, ("asked", 0): "《芭比》票房。" + ASKED}
    kept = keep_asked_articles(hits, terms, lambda t: IDF(t, 1.0), texts)
    assert [h.chunk.source for h in kept] == ["asked", "asked"]


def test_articles_alike_in_cover_and_too_few_words_keep_every_hit():
    idf = lambda t: IDF(t, 1.0)  # noqa: E731
    hits = [hit("a", SIBLING), hit("b", SIBLING.replace("1.55", "1.6"))]
    texts = {("a", 0): SIBLING, ("b", 0): SIBLING}
    assert keep_asked_articles(hits, [("芭比",), ("票房",)], idf, texts) == hits
    assert keep_asked_articles(hits, [("芭比",)], idf, {("a", 0): SIBLING, ("b", 0): ""}) == hits
    # two articles of one long document are told apart by their article number
    long = [hit("doc", ASKED, 1), hit("doc", SIBLING, 2)]
    kept = keep_asked_articles(long, [("周四",), ("收获",), ("芭比",)], idf, {("doc", 1): ASKED, ("doc", 2): SIBLING})
    assert [h.chunk.article for h in kept] == [1]


@pytest.mark.slow
def test_the_retriever_reads_whole_articles_and_drops_the_sibling(assistant_over, monkeypatch):
    """Real e5 and Chroma: two files about one film; the asked one holds 截至周四 and 收获 in
    another passage than its figure, the sibling only the film's words. The store gives
    every chunk of both files (`chunks_of`), and only the asked file's passages are kept."""
    from assistant.retrieve.hybrid import Retriever

    filler = "影院排片持续增加，观众口碑良好，周边商品热卖。" * 30

    def asked(path):
        path.write_text(f"电影《芭比》截至周四收获新的纪录。\n\n{filler}\n\n该片北美票房达到2.5亿美元。\n", encoding="utf-8")

    def sibling(path):
        path.write_text(f"电影《芭比》首周末北美票房达到1.55亿美元。\n\n{filler}\n", encoding="utf-8")

    a = assistant_over("articles", ("asked.txt", asked), ("sibling.txt", sibling))
    names = sorted(s.source for s in a.store.sources())
    chunks = a.store.chunks_of(names)
    assert {c.source for c in chunks} == set(names) and len(chunks) == a.store.count()
    assert any("周四" not in c.text and "2.5亿" in c.text for c in chunks)  # the figure's passage lacks 周四
    question = "截至周四，电影《芭比》在北美收获了多少票房？"
    hits = Retriever(a.store, a.embedder, a.keyword_index()).search(question, 8, 10)
    assert {h.chunk.source.rsplit("/", 1)[-1] for h in hits} == {"asked.txt"}
    import assistant.retrieve.articles as articles

    # with no margin every article is kept: the sibling was retrieved and the filter dropped it
    monkeypatch.setattr(articles.keep_asked_articles, "__defaults__", (1.0,))
    hits = Retriever(a.store, a.embedder, a.keyword_index()).search(question, 8, 10)
    assert {h.chunk.source.rsplit("/", 1)[-1] for h in hits} == {"asked.txt", "sibling.txt"}


STORIES = [("芭比 票房", "2022年，电影《芭比》在北美收获2.5亿美元票房，影院排片持续增加，观众口碑良好。"),
           ("江豚 巡江", "武汉市新洲区志愿者在长江武汉段巡江时看到江豚，江豚保护工作持续推进，巡江队伍不断壮大。"),
           ("献血 血站", "池州市红十字中心血站发出献血倡议，市民踊跃献血，截至13日晚共有197人参与献血。")]


def _compiled(folder):
    """A day's news compiled under 一、二、三 (long enough to count its sections), and a story
    on its own about the same film."""
    sections = "".join(f"{n}、{topic}\n{text * 40}\n" for n, (topic, text) in zip("一二三", STORIES))
    (folder / "compiled.txt").write_text(f"2023年7月新闻汇编\n\n{sections}", encoding="utf-8")
    (folder / "film.txt").write_text("电影《芭比》\n\n记者 王明\n\n《芭比》首周末北美票房达到1.55亿美元。\n", encoding="utf-8")


def test_a_store_built_before_sections_were_articles_still_answers(tmp_path, fake_embedder, monkeypatch):
    """A user's store indexed when a compilation was one article (every chunk article 0) reads
    back and answers; indexed now, each section is an article of its own."""
    from assistant.config import Settings
    from assistant.ingest import sections
    from assistant.service import Assistant

    docs = tmp_path / "docs"
    docs.mkdir()
    _compiled(docs)
    question = "池州市截至13日晚共有多少人参与献血？"
    with monkeypatch.context() as m:
        m.setattr(sections, "units", lambda paragraphs: [0] * len(paragraphs))  # the numbering before
        old = Assistant(Settings(store=tmp_path / "old"), embedder=fake_embedder)
        assert not old.index([docs]).problems
    old = Assistant(Settings(store=tmp_path / "old"), embedder=fake_embedder)  # reopened by today's code
    chunks = old.store.chunks_of(sorted(s.source for s in old.store.sources()))
    assert {c.article for c in chunks if c.source.endswith("compiled.txt")} == {0}
    assert "197人" in old.ask(question).text
    new = Assistant(Settings(store=tmp_path / "new"), embedder=fake_embedder)
    assert not new.index([docs]).problems
    chunks = new.store.chunks_of(sorted(s.source for s in new.store.sources()))
    numbers = [{c.article for c in chunks if c.source.endswith("compiled.txt") and topic[:2] in c.text}
               for topic, _ in STORIES]
    assert all(len(n) == 1 for n in numbers) and len(set.union(*numbers)) == 3
    assert "197人" in new.ask(question).text
