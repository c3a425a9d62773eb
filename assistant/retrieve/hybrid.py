"""Hybrid retrieval: dense (Chroma) and BM25, fused by reciprocal rank."""

from __future__ import annotations

import re

from assistant.query.cedict import ENGLISH_STOPWORDS
from assistant.text import words
from assistant.index.keywords import KeywordIndex
from assistant.index.store import ChunkStore
from assistant.records import Hit
from assistant.query.question import analyse, topic_groups
from assistant.query.source_words import naming_words
from assistant.retrieve.articles import article_key, keep_asked_articles
from assistant.retrieve.cut_rest import with_cut_rests

RRF_K = 20
# BM25 on jieba words ranks the gold passage first more often than e5-small does on these
# newspapers (shared/MODELS.md, and our dev set), so its ranking counts double.
DENSE_WEIGHT, KEYWORD_WEIGHT = 0.5, 1.0


def reciprocal_rank_fusion(rankings: list[list[str]], weights: list[float] | None = None, k: int = RRF_K) -> list[tuple[str, float]]:
    """Fuse ranked id lists: score(id) = sum of weight / (k + rank)."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def keyword_terms(question: str, index: KeywordIndex) -> list[str]:
    """Question tokens the corpus knows, numbers aside: a year alone is no topic."""
    return [t for t in index.known(words.search_tokens(question)) if not re.fullmatch(r"[\d.%]+", t)]


class Retriever:
    def __init__(self, store: ChunkStore, embedder, keyword_index: KeywordIndex):
        self.store = store
        self.embedder = embedder
        self.keyword = keyword_index

    def search(self, question: str, k: int, candidates: int, timings: dict | None = None,
               extra_terms: list[str] | None = None) -> list[Hit]:
        import time

        t0 = time.perf_counter()
        vector = self.embedder.embed_query(question)
        t1 = time.perf_counter()
        dense = self.store.query(vector, candidates)
        t2 = time.perf_counter()
        terms = keyword_terms(question, self.keyword)
        if not words.has_cjk(question):
            # An English question: the Latin words the corpus also uses (GDP, IPO) and the
            # Chinese translations alike. Before, any shared English word (the, in: English
            # names in the text) pushed the translations out and the keyword ranking was noise.
            terms = list(dict.fromkeys([t for t in terms if t not in ENGLISH_STOPWORDS] + list(extra_terms or [])))
        keyword = self.keyword.search(terms, candidates) if terms else []
        t3 = time.perf_counter()
        if timings is not None:
            timings.update(embed_ms=(t1 - t0) * 1000, dense_ms=(t2 - t1) * 1000, keyword_ms=(t3 - t2) * 1000)
        self.last_query_vector = vector

        by_id = {chunk.id: (chunk, sim) for chunk, sim in dense}
        dense_ids = [chunk.id for chunk, _ in dense]
        keyword_ids = [i for i, _ in keyword]
        if keyword_ids:
            fused = reciprocal_rank_fusion([dense_ids, keyword_ids], [DENSE_WEIGHT, KEYWORD_WEIGHT])
        else:  # no shared term (an English question): the dense ranking alone
            fused = [(i, 1.0 / (RRF_K + r)) for r, i in enumerate(dense_ids, start=1)]
        top = fused[:k]
        missing = [i for i, _ in top if i not in by_id]
        fetched = self.store.get(missing)
        dense_rank = {i: r for r, i in enumerate(dense_ids, start=1)}
        keyword_rank = {i: r for r, i in enumerate(keyword_ids, start=1)}
        hits = []
        for chunk_id, score in top:
            chunk, sim = by_id.get(chunk_id, (fetched.get(chunk_id), None))
            if chunk is None:
                continue
            hits.append(Hit(chunk, score, dense_rank.get(chunk_id), keyword_rank.get(chunk_id), sim))
        # a sibling article about the same event is not the story asked; the articles are read
        # only when there are two to compare
        read_on = self.store.chunks_of
        if words.has_cjk(question) and terms and len({article_key(h) for h in hits}) > 1:
            groups = list(topic_groups(analyse(question)))
            # the piece's own kind (报告, 那篇报道) is seldom written in it: no topic word to judge it by
            named = naming_words(question, {t for g in groups for t in g})
            groups = [g for g in groups if not set(g) <= named]
            read = self._article_chunks(hits)
            hits = keep_asked_articles(hits, groups, self.keyword.idf_of, _article_texts(hits, read))
            read_on = lambda sources, articles: read  # noqa: E731  (the kept hits' articles are read already)
        return with_cut_rests(hits, read_on)

    def _article_chunks(self, hits: list[Hit]) -> list:
        """Every passage of the articles the hits come from (and of same-numbered articles of their documents)."""
        keys = {article_key(h) for h in hits}
        return self.store.chunks_of(sorted({s for s, _ in keys}), [a for _, a in keys])


def _article_texts(hits: list[Hit], chunks: list) -> dict[tuple[str, int], str]:
    """The whole text (titles and passages) of each article the hits come from."""
    keys = {article_key(h) for h in hits}
    texts: dict[tuple[str, int], str] = {}
    for chunk in chunks:
        key = (chunk.source, chunk.article)
        if key in keys:  # the same article number of another document is not asked
            texts[key] = f"{texts.get(key, '')}\n{chunk.title}\n{chunk.text}"
    return texts
