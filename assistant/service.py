"""`Assistant`: wires loader, store, retriever and answerers; the CLI and the chat use it.

Its operations are `ask`, `stream`, `check`, `check_draft`, `brief`, `conflicts`, `index`, `documents` and
`remove`. Every question-like operation runs the same two first steps (prepare: validate and analyse; retrieve:
hybrid search), then hands plain data (question, hits, idf, facts, settings values) to the step that answers,
checks or briefs. Expensive objects (the embedding model, the Chroma client, the keyword index) are built once
and shared; the service is safe to call from several threads.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from assistant.answer.citing import citations_for, figures_unverified, render
from assistant.answer.extractive import ABSTAIN_EN, ABSTAIN_ZH
from assistant.answer import article_store, measure_pairs, steps, versions
from assistant.answer import conflicts as conflicting
from assistant.config import Settings
from assistant.errors import StoreError
from assistant.index.embedding import load_embedder, load_in_background
from assistant.index.indexer import IndexReport, index_paths
from assistant.index.keyword_store import KeywordStore
from assistant.index.store import ChunkStore, SourceInfo
from assistant.query import framing, question as questions
from assistant.query.english_question import with_translation
from assistant.records import Answer, Hit
from assistant.retrieve import other_versions
from assistant.retrieve.hybrid import Retriever
from assistant.text import abbreviations, paraphrases

MIN_CANDIDATES = 15  # passages the answerer reads, whatever k is


class Assistant:
    def __init__(self, settings: Settings, store: ChunkStore | None = None, embedder=None):
        self.settings = settings
        self._embedder = embedder  # if None, loaded in a thread while the store opens: a sooner first answer
        self._loading = None if embedder is not None else load_in_background(settings)
        self.store = store or ChunkStore(settings)
        self._checked_at = 0.0
        # derived from the index, each remembering which version of it it was made from
        self._conflict_groups, self._conflicts_for = [], None
        self._bridge_made, self._bridge_for = None, None
        self._sim = None
        self._lock = threading.RLock()
        # question -> analysed question -> passages: the steps every operation shares
        self._retrieval = (RunnableLambda(self._prepare)
                           | RunnablePassthrough.assign(hits=RunnableLambda(self._retrieve)))
        # ... -> answer: the answer step is chosen per call, so the LLM answerer plugs in here
        self.chain = self._retrieval | RunnableLambda(self._answer)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Assistant":
        return cls(settings)

    # shared expensive objects ----------------------------------------------------
    @property
    def embedder(self):
        with self._lock:
            if self._embedder is None:  # after a failed load, the next call tries again
                loading, self._loading = self._loading, None
                self._embedder = loading.result() if loading else load_embedder(self.settings)
        return self._embedder

    def keyword_index(self) -> KeywordStore:
        """The store's persisted keyword index: nothing to build, and current with every write
        (made here or, in server mode, by another client sharing its folder)."""
        now = time.monotonic()
        if self.settings.chroma_host and now - self._checked_at > 2.0:
            with self._lock:
                self._checked_at = now
                self.store.sync_keywords()
        return self.store.keywords

    def conflicts(self) -> list[dict]:
        """Statements that give different values for the same thing, across the index,
        grouped (check/conflict_report.py); computed once per change of the index."""
        from assistant.check import conflict_report
        from assistant.index.store import record_to_chunk

        self.keyword_index()
        with self._lock:
            generation = self.store.generation()
            if self._conflicts_for != generation:
                chunks = [record_to_chunk(i, text, meta) for i, meta, text in self.store.iterate(include_text=True)]
                self._conflict_groups = conflict_report.find(chunks, self._similarity(),
                                                             self._dates({c.source for c in chunks}))
                self._conflicts_for = generation
            return self._conflict_groups

    def _similarity(self) -> conflicting.Similarity:
        """e5 similarity of texts with their values masked, for the conflict decision."""
        with self._lock:
            if self._sim is None:
                self._sim = conflicting.Similarity(self.embedder.embed_documents)
            return self._sim

    def _dates(self, sources) -> dict[str, str]:
        """source -> its date (YYYY-MM-DD) where the document states one."""
        from assistant import document_dates

        try:
            found = document_dates.dates(self.store, sorted(sources))
        except Exception:  # a date is a courtesy: never let it fail an answer
            return {}
        return {s: d["date"] for s, d in found.items() if d.get("date") and d.get("from") != "upload"}

    def _bridge(self):
        """English -> Chinese words of this corpus; rebuilt with the keyword index."""
        from assistant.query.crosslingual import Bridge

        index = self.keyword_index()
        with self._lock:
            if self._bridge_for != (index, index.version()):
                self._bridge_made, self._bridge_for = Bridge(index.vocab), (index, index.version())
            return self._bridge_made

    # indexing --------------------------------------------------------------------
    def index(self, paths: list[Path], rebuild: bool = False, prune: bool = False,
              progress: bool = False, on_progress=None) -> IndexReport:
        if rebuild:
            return self._rebuild(paths, progress, on_progress)
        return index_paths(paths, self.store, self.embedder, self.settings, prune, progress, on_progress)

    def _rebuild(self, paths, progress, on_progress) -> IndexReport:
        """Build into a fresh collection, then swap, so a failed rebuild loses nothing."""
        fresh = ChunkStore(self.settings, name=self.store.name + "-rebuild")
        fresh.drop()
        fresh = ChunkStore(self.settings, name=self.store.name + "-rebuild")
        report = index_paths(paths, fresh, self.embedder, self.settings, False, progress, on_progress)
        with self._lock:
            self.store.drop()
            fresh.collection.modify(name=self.store.name)
            self.store = ChunkStore(self.settings)
        return report

    def documents(self) -> list[SourceInfo]:
        return self.store.sources()

    def remove(self, source: str) -> int:
        return self.store.delete_source(source)

    # the shared steps --------------------------------------------------------------
    def _prepare(self, request: dict) -> dict:
        text = questions.validate(request["question"], self.settings.max_question_chars)
        if self.store.empty():
            raise StoreError("the index is empty: run `suyuan index` first (or add documents in the chat)")
        timings = {}
        t0 = time.perf_counter()
        q = questions.analyse(text)
        if q.english:
            q = with_translation(q, self._bridge())
        timings["analyse_ms"] = (time.perf_counter() - t0) * 1000
        # `context` is shared by the chain's steps (each step sees a copy of the state dict)
        return {**request, "question": text, "q": q, "timings": timings, "started": time.perf_counter(), "context": {}}

    def _retrieve(self, state: dict) -> list[Hit]:
        k = state.get("k") or self.settings.top_k
        n = max(k, MIN_CANDIDATES)
        retriever = Retriever(self.store, self.embedder, self.keyword_index())
        t0 = time.perf_counter()
        q = state["q"]
        pool = max(self.settings.candidates, n)
        # as analysed: 固投 searched as 固定资产投资 (text/abbreviations.py), 经济增长 with 地区生产总值 (text/paraphrases)
        hits = retriever.search(paraphrases.searched_as(abbreviations.spelled_out(state["question"])), n, pool, state["timings"],
                                extra_terms=list(q.terms) if q.english else None)
        state["context"]["query_vector"] = retriever.last_query_vector
        if q.parts:  # each sub-question also brings its own passages
            seen = {h.chunk.id for h in hits}
            for part in q.parts:
                context = " ".join(q.places) + " " + " ".join(sorted(q.years))
                for h in retriever.search(f"{context} {part.text}", n, pool):
                    if h.chunk.id not in seen:
                        seen.add(h.chunk.id)
                        hits.append(h)
        hits += other_versions.more(q, hits, lambda text: retriever.search(text, n, pool), self.keyword_index().idf_of)
        state["timings"]["retrieve_ms"] = (time.perf_counter() - t0) * 1000
        return hits

    # answering -------------------------------------------------------------------
    def ask(self, question: str, k: int | None = None, mode: str | None = None) -> Answer:
        return self.chain.invoke({"question": question, "k": k, "mode": mode})

    def stream(self, question: str, k: int | None = None, mode: str | None = None):
        """Events for a chat: ("status", text), ("delta", text) as the answer is produced,
        then ("answer", Answer). An LLM answer streams its tokens; an extractive one is
        sent in pieces as soon as it is ready."""
        mode = mode or self.settings.answer_mode
        yield "status", "正在检索… searching"
        if mode == "llm":
            yield from self._generate(self._retrieval.invoke({"question": question, "k": k, "mode": "llm"}))
            return
        answer = self.ask(question, k=k, mode="extractive")
        step = 12
        for i in range(0, len(answer.text), step):
            yield "delta", answer.text[i : i + step]
        yield "answer", answer

    def _answer(self, state: dict) -> Answer:
        mode = state.get("mode") or self.settings.answer_mode
        if mode == "llm":
            final = None
            for kind, payload in self._generate(state):
                if kind == "answer":
                    final = payload
            return final
        return self._extractive(state)

    def _generate(self, state: dict):
        """The LLM's answer over the extractive answerer's passages, verified, with the
        extractive answer standing in when it fails."""
        from assistant.llm import generate

        k = max(state.get("k") or 0, generate.MAX_PASSAGES)
        extractive = self._extractive(dict(state, k=k))
        yield from generate.run(self.settings, state["question"], extractive, state["timings"], state["started"])

    def _decided(self, state: dict):
        """(drafts, whether they answer, each version of the value asked among the passages, extra) of the answer step."""
        q, hits = state["q"], state["hits"]
        which = state.get("selector") or self.settings.selector
        with article_store.reading(self.store):  # an interview's speaker, an article's end: passages not retrieved
            drafts, support, threshold, confidence, extra = steps.run(
                which, q, hits, self.keyword_index().idf_of, self.embedder.embed_documents,
                state.get("context", {}).get("query_vector"), self.settings)
        extra["support"] = round(support, 4)
        answered = (support if confidence is None else confidence) >= threshold and all(d is not None for d in drafts)
        # every version of the answer's value among the passages, each with its sources; when
        # the sources disagree on the value asked, that is the answer even if the step abstained
        found = versions.answer_versions(q, drafts, hits, self._similarity(), answered)
        return drafts, answered, found, extra

    def shown_parts(self, question: str) -> list:
        """The pieces (`extractive.Part`) the answer to `question` cites; [] for a refusal or two values (check/answered.py)."""
        drafts, answered, found, _ = self._decided(self._retrieval.invoke({"question": question}))
        return [p for d in drafts for p in d.parts] if answered and len(found) < 2 else []

    def _extractive(self, state: dict) -> Answer:
        q, hits = state["q"], state["hits"]
        k = state.get("k") or self.settings.top_k
        t0 = time.perf_counter()
        drafts, answered, found, extra = self._decided(state)
        timings = state["timings"]
        timings["answer_ms"] = (time.perf_counter() - t0) * 1000
        timings["total_ms"] = (time.perf_counter() - state["started"]) * 1000
        if q.kind == "quantity" and len(found) < 2 and framing.disputed(q.text) and len(steps.figures_quoted(drafts)) < 2:
            answered = False  # it says its sources disagree: one figure is half its answer
        if not answered and len(found) < 2 and (both := measure_pairs.pairs(q, hits)):
            # it asks each source's figure and they are of two measures: both, each as its sentence says
            cites, nums = citations_for(both)
            pieces = tuple((p.sentence.chunk.text[p.a:p.b].replace("\n", " "), n) for p, n in zip(both, nums))
            return Answer(q.text, measure_pairs.render(pieces), False, tuple(cites), tuple(hits[:k]),
                          conflict=True, parts=pieces, timings_ms=timings, extra=extra)
        if not answered and len(found) < 2:
            return Answer(q.text, ABSTAIN_EN if q.english else ABSTAIN_ZH, True, (), tuple(hits[:k]),
                          timings_ms=timings, extra=extra)
        parts = [p for d in drafts if d for p in d.parts]
        conflict = any(d.conflict for d in drafts if d)
        if len(found) > 1:
            sources = {p.sentence.chunk.source for v in found for p in v.parts}
            cites, text, pieces = versions.render(found, q.english, self._dates(sources))
            conflict = True
        else:
            cites, nums = citations_for(parts)
            text = render(parts, nums, conflict, q.english)
            pieces = tuple((p.sentence.chunk.text[p.a:p.b].replace("\n", " "), n) for p, n in zip(parts, nums))
        flags = tuple(f"figure {f} is not in the sentence it cites" for f in figures_unverified(text, cites))
        # hits stay in the retriever's order (that is what evidence recall measures); the
        # passages the answer quotes are in `cites`.
        return Answer(q.text, text, False, tuple(cites), tuple(hits[:k]), conflict=conflict, parts=pieces,
                      flags=flags, timings_ms=timings, extra=extra)

    # checking and briefing -----------------------------------------------------------
    def check(self, claim: str):
        """Verify a claim: supported, refuted (with the sources' figure) or not_enough_info."""
        from assistant.check import answered, claims

        # retrieved by what it states: 报告提出 names where it is said, words many other pieces write too
        state = self._retrieval.invoke({"question": claims.DOCUMENT_LEAD_RE.sub("", claim) or claim})
        return claims.check(claim, state["hits"], self.keyword_index().idf_of, self.settings.abstain_threshold,
                            state["timings"], lambda t: self._retrieval.invoke({"question": t})["hits"], self.embedder,
                            answered.remembered(self.shown_parts))  # a claim's figures ask each other's questions

    def check_draft(self, text: str):
        """Check every sentence of a draft: a `DraftReport` (`to_dict()` for JSON)."""
        from assistant.check import answered, draft_check

        return draft_check.run(text, self.store, self.embedder, self.keyword_index(), self.settings, ask=answered.remembered(self.shown_parts))

    def brief(self, topic: str, k: int = 20):
        """The key figures and statements on a topic, grouped by source, each cited."""
        from assistant.check import brief

        state = self._retrieval.invoke({"question": topic, "k": k})
        return brief.build(topic, state["q"], state["hits"][:k], self.keyword_index().idf_of, self.conflicts(),
                           state["timings"])
