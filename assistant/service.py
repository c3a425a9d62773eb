"""`Assistant`: wires loader, store, retriever and answerers; the CLI and the chat use it.

Expensive objects (the embedding model, the Chroma client, the keyword index) are built
once and shared; the service is safe to call from several threads.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from assistant.ingest import facts
from assistant.query import question as questions
from assistant.answer.extractive import ABSTAIN_EN, ABSTAIN_ZH, citations_for, draft_answer, figures_unverified, render
from assistant.config import Settings
from assistant.errors import StoreError
from assistant.answer.evidence import rerank
from assistant.index.indexer import IndexReport, index_paths, prune_missing
from assistant.index.keywords import KeywordIndex
from assistant.retrieve.hybrid import Retriever
from assistant.index.store import ChunkStore, SourceInfo
from assistant.records import Answer, Hit
from assistant.answer.other_versions import other_versions

MIN_CANDIDATES = 15  # passages the answerer reads, whatever k is


class Assistant:
    def __init__(self, settings: Settings, store: ChunkStore | None = None, embedder=None):
        self.settings = settings
        self.store = store or ChunkStore(settings)
        self._embedder = embedder
        self._keyword: KeywordIndex | None = None
        self._generation = None
        self._checked_at = 0.0
        self._lock = threading.RLock()
        self.chain = self._build_chain()

    @classmethod
    def from_settings(cls, settings: Settings) -> "Assistant":
        return cls(settings)

    # shared expensive objects ----------------------------------------------------
    @property
    def embedder(self):
        if self._embedder is None:
            with self._lock:
                if self._embedder is None:
                    from assistant.index.embedding import load_embedder

                    self._embedder = load_embedder(self.settings)
        return self._embedder

    def keyword_index(self) -> KeywordIndex:
        """Rebuilt from Chroma when the collection changed (here or, in server mode, elsewhere)."""
        now = time.monotonic()
        with self._lock:
            if self._keyword is None or (self.settings.chroma_host and now - self._checked_at > 2.0):
                self._checked_at = now
                generation = self.store.generation()
                if self._keyword is None or generation != self._generation:
                    ids, tokens, all_facts = [], [], []
                    for chunk_id, meta, _ in self.store.iterate(include_text=False):
                        ids.append(chunk_id)
                        tokens.append(meta.get("tokens", "").split())
                        all_facts.extend(facts.from_json(meta.get("facts", "[]"), chunk_id, meta["source"], meta.get("title", "")))
                    self._keyword = KeywordIndex(ids, tokens)
                    self._facts = all_facts
                    self._generation = generation
            return self._keyword

    def facts(self) -> list:
        """Every figure of the corpus as a fact, loaded with the keyword index."""
        self.keyword_index()
        return self._facts

    def conflicts(self) -> list[dict]:
        return facts.conflicts(self.facts())

    def bridge(self):
        """English -> Chinese words of this corpus; rebuilt with the keyword index."""
        from assistant.query.crosslingual import Bridge

        index = self.keyword_index()
        with self._lock:
            if getattr(self, "_bridge_for", None) is not index:
                self._bridge, self._bridge_for = Bridge(index.vocab), index
            return self._bridge

    def _invalidate(self) -> None:
        with self._lock:
            self._keyword = None

    # indexing --------------------------------------------------------------------
    def index(self, paths: list[Path], rebuild: bool = False, prune: bool = False,
              progress: bool = False, on_progress=None) -> IndexReport:
        if rebuild:
            return self._rebuild(paths, progress, on_progress)
        report = index_paths(paths, self.store, self.embedder, self.settings, prune, progress, on_progress)
        self._invalidate()
        return report

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
            self._keyword = None
        return report

    def documents(self) -> list[SourceInfo]:
        return self.store.sources()

    def remove(self, source: str) -> int:
        removed = self.store.delete_source(source)
        self._invalidate()
        return removed

    def prune(self, paths: list[Path]) -> list[str]:
        pruned = prune_missing(self.store, paths)
        self._invalidate()
        return pruned

    # answering -------------------------------------------------------------------
    def _build_chain(self):
        """question -> analysed question -> passages -> answer, as LangChain runnables; the
        answer step is chosen per call, so the LLM answerer plugs into the same chain."""
        return (
            RunnableLambda(self._prepare)
            | RunnablePassthrough.assign(hits=RunnableLambda(self._retrieve))
            | RunnableLambda(self._dispatch)
        )

    def _prepare(self, request: dict) -> dict:
        text = questions.validate(request["question"], self.settings.max_question_chars)
        if self.store.count() == 0:
            raise StoreError("the index is empty: run `suyuan index` first (or add documents in the chat)")
        timings = {}
        t0 = time.perf_counter()
        q = questions.analyse(text)
        if q.english:
            q = questions.with_translation(q, self.bridge())
        timings["analyse_ms"] = (time.perf_counter() - t0) * 1000
        # `context` is shared by the chain's steps (each step sees a copy of the state dict)
        return {**request, "question": text, "q": q, "timings": timings, "started": time.perf_counter(),
                "context": {}}

    def _retrieve(self, state: dict) -> list[Hit]:
        k = state.get("k") or self.settings.top_k
        n = max(k, MIN_CANDIDATES)
        retriever = Retriever(self.store, self.embedder, self.keyword_index())
        t0 = time.perf_counter()
        q = state["q"]
        pool = max(self.settings.candidates, n)
        hits = retriever.search(state["question"], n, pool, state["timings"],
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
        state["timings"]["retrieve_ms"] = (time.perf_counter() - t0) * 1000
        return hits

    def _dispatch(self, state: dict) -> Answer:
        mode = state.get("mode") or self.settings.answer_mode
        if mode == "llm":
            from assistant.llm.generate import answer_with_llm

            return answer_with_llm(self, state)
        return self.extractive(state)

    def extractive(self, state: dict) -> Answer:
        q, hits = state["q"], state["hits"]
        k = state.get("k") or self.settings.top_k
        t0 = time.perf_counter()
        idf = self.keyword_index().idf_of
        vector = state.get("context", {}).get("query_vector")
        reorder = (lambda question, scored: rerank(question, scored, self.embedder.embed_documents, vector)) if vector else None
        drafts = [draft_answer(part, hits, idf, reorder) for part in (q.parts or [q])]
        support = min((d.support if d else 0.0) for d in drafts)
        timings = state["timings"]
        timings["answer_ms"] = (time.perf_counter() - t0) * 1000
        timings["total_ms"] = (time.perf_counter() - state["started"]) * 1000
        if support < self.settings.abstain_threshold or any(d is None for d in drafts):
            return Answer(q.text, ABSTAIN_EN if q.english else ABSTAIN_ZH, True, (), tuple(hits[:k]),
                          timings_ms=timings, extra={"support": round(support, 4), "kind": q.kind})
        parts = [p for d in drafts for p in d.parts]
        conflict = any(d.conflict for d in drafts)
        for d in drafts:
            if d.kind == "quantity" and d.parts:
                extra = other_versions(self, d.parts[0], parts)
                if extra:
                    parts.extend(extra)
                    conflict = True
        cites, nums = citations_for(parts)
        text = render(parts, nums, conflict, q.english)
        pieces = tuple((p.sentence.chunk.text[p.a:p.b].replace("\n", " "), n) for p, n in zip(parts, nums))
        flags = tuple(f"figure {f} is not in the sentence it cites" for f in figures_unverified(text, cites))
        # hits stay in the retriever's order (that is what evidence recall measures); the
        # passages the answer quotes are in `cites`.
        return Answer(q.text, text, False, tuple(cites), tuple(hits[:k]), conflict=conflict, parts=pieces,
                      flags=flags, timings_ms=timings, extra={"support": round(support, 4), "kind": q.kind})

    def ask(self, question: str, k: int | None = None, mode: str | None = None) -> Answer:
        return self.chain.invoke({"question": question, "k": k, "mode": mode})

    def check(self, claim: str):
        """Verify a claim: supported, refuted (with the sources' figure) or not_enough_info."""
        from assistant.check.claims import check

        return check(self, claim)

    def stream(self, question: str, k: int | None = None, mode: str | None = None):
        """Events for a chat: ("status", text), ("delta", text) as the answer is produced,
        then ("answer", Answer). An LLM answer streams its tokens; an extractive one is
        sent in pieces as soon as it is ready."""
        mode = mode or self.settings.answer_mode
        yield "status", "正在检索… searching"
        if mode == "llm":
            from assistant.llm.generate import stream_with_llm

            yield from stream_with_llm(self, question, k)
            return
        answer = self.ask(question, k=k, mode="extractive")
        step = 12
        for i in range(0, len(answer.text), step):
            yield "delta", answer.text[i : i + step]
        yield "answer", answer
