"""`suyuan bench cmrc`: open-domain QA over every paragraph of a CMRC 2018 file, Suyuan
beside two peers measured on the same machine and data in one run.

- suyuan: the real pipeline (hybrid retrieval, the configured answer step, SUYUAN_SELECTOR),
  abstention off since every question has an answer; `confident_wrong` counts the answers
  it would have given with abstention on (support or probability at or above its
  threshold) that miss the gold;
- learned, rules, combined: the same retrieved passages answered by each answer step
  (`--selectors` picks which);
- bm25: BM25 over jieba words of whole paragraphs, the top paragraph as the answer;
- langchain: what LangChain's documentation teaches: RecursiveCharacterTextSplitter
  (500/50), Chroma similarity search with the same embedding model, the top chunk as the
  answer.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import tempfile
import time
from pathlib import Path

from assistant.text import article_place
from assistant.text import words
from assistant.errors import QuestionError, SuyuanError
from assistant.bench.evaluation import percentile
from assistant.index.indexer import IndexReport, index_documents
from assistant.index.keywords import KeywordIndex
from assistant.service import Assistant
from assistant.records import Article, Document, Span
from assistant.bench import squad
from assistant.learn.compare import with_selector

SELECTORS = ("learned", "rules", "combined")  # every answer step of `Settings.selector`
SYSTEMS = ("suyuan", *SELECTORS, "bm25", "langchain")


def _documents(paragraphs: list[squad.Paragraph]) -> list[Document]:
    docs = []
    for p in paragraphs:
        article = Article(title=p.title, byline="", subject=article_place.main_subject(p.title, p.context),
                          paragraphs=((Span(0, len(p.context)),),))
        digest = hashlib.sha256(p.context.encode()).hexdigest()
        docs.append(Document(source=f"cmrc/{p.id}", text=p.context, encoding="utf-8", content_hash=digest,
                             articles=(article,)))
    return docs


def _clean(answer_text: str) -> str:
    text = re.sub(r"\s*\[\d+\]", "", answer_text)
    return re.sub(r"^(资料说法不一：|The sources give different figures: )", "", text).strip()


class Scores:
    def __init__(self):
        self.ranks, self.contain, self.em, self.f1, self.lengths, self.latency = [], [], [], [], [], []
        self.confident_wrong = 0

    def add(self, rank, prediction, golds, ms, answered: bool = True):
        self.ranks.append(rank)
        self.confident_wrong += answered and not squad.contains(prediction, golds)
        self.contain.append(squad.contains(prediction, golds))
        self.em.append(squad.exact(prediction, golds))
        self.f1.append(squad.f1(prediction, golds))
        self.lengths.append(len(prediction))
        self.latency.append(ms)

    def summary(self, index_seconds: float) -> dict:
        n = max(len(self.ranks), 1)
        return {
            "recall@1": round(sum(r == 1 for r in self.ranks) / n, 4),
            "recall@5": round(sum(r is not None and r <= 5 for r in self.ranks) / n, 4),
            "mrr": round(sum(1 / r for r in self.ranks if r) / n, 4),
            "answer_containment": round(sum(self.contain) / n, 4),
            "median_answer_chars": statistics.median(self.lengths) if self.lengths else None,
            "confident_wrong": self.confident_wrong,
            "em": round(100 * sum(self.em) / n, 2),
            "f1": round(100 * sum(self.f1) / n, 2),
            "latency_ms_p50": round(percentile(self.latency, 0.5), 1) if self.latency else None,
            "latency_ms_p95": round(percentile(self.latency, 0.95), 1) if self.latency else None,
            "index_seconds": round(index_seconds, 2),
        }


def _rank(sources: list[str], gold: str) -> int | None:
    return next((i for i, s in enumerate(sources, start=1) if s == gold), None)


MISSES = ("not_retrieved", "no_answer", "other_article", "wrong_span")


def miss_kind(contained: bool, rank: int | None, cited: list[str], gold: str, abstained: bool = False) -> str:
    """Why an answer missed its gold, the earliest cause first: its paragraph not among the
    five retrieved, no answer drawn from them, an answer cited only to other paragraphs (on a
    news haystack: a similar article about the same event), or the right paragraph cited but
    the wrong span of it. '' for a right answer."""
    if contained:
        return ""
    if rank is None:
        return "not_retrieved"
    if abstained or not cited:
        return "no_answer"
    return "wrong_span" if gold in cited else "other_article"


def run(settings, path: Path, limit: int | None = None, progress=None, chart: Path | None = None, offset: int = 0,
        store: Path | None = None, peers: bool = True, selectors=SELECTORS, misses: Path | None = None) -> dict:
    """Questions [offset, offset + limit) over an index of every paragraph. `store` keeps
    the index there and reuses it on the next run (a slice costs no re-indexing);
    `peers=False` leaves BM25 and LangChain out; `misses` writes the default answer step's
    answer to each question there (JSON lines) with why it missed (`miss_kind`)."""
    unknown = [w for w in selectors if w not in SELECTORS]
    if unknown:
        raise SuyuanError(f"unknown answer step(s) {', '.join(unknown)}; choose among {', '.join(SELECTORS)}")
    paragraphs, questions = squad.load(path, limit, offset)
    work = Path(tempfile.mkdtemp(prefix="suyuan-cmrc-"))
    bench_settings = settings.model_copy(update={"store": store or work / "suyuan", "chroma_host": "",
                                                 "abstain_threshold": -1.0, "answer_threshold": -1.0})
    assistant = Assistant(bench_settings)
    embedder = assistant.embedder
    results = {}

    # Suyuan: one retrieval, every answerer ------------------------------------------
    from assistant.answer import abstain
    from assistant.answer.selector import default_selector

    chosen = default_selector()
    t0 = time.perf_counter()
    if store is None or assistant.store.count() == 0:
        index_documents(_documents(paragraphs), assistant.store, embedder, bench_settings, IndexReport())
    assistant.keyword_index()
    suyuan_index = time.perf_counter() - t0
    assistant.ask("预热")
    # each answerer with abstention off; whether each would have answered is scored below.
    # "suyuan" is the configured default (SUYUAN_SELECTOR), the others each selector alone
    names = dict.fromkeys([settings.selector, *selectors])
    answerers = {w: with_selector(assistant, w, threshold=-1.0 if w == "learned" else None) for w in names}
    scores = {w: Scores() for w in names}
    rows: list[dict] = []
    for n, q in enumerate(questions, start=1):
        for which, answerer in answerers.items():
            t = time.perf_counter()
            try:
                answer = answerer.ask(q.text, k=5, mode="extractive")
            except QuestionError:  # the data set has an empty question or two: a miss, not a crash
                scores[which].add(None, "", q.answers, (time.perf_counter() - t) * 1000, answered=False)
                continue
            ms = (time.perf_counter() - t) * 1000
            sources = list(dict.fromkeys(h.chunk.source for h in answer.hits[:5]))
            if which == "learned":
                answered = answer.extra.get("probability", 0.0) >= chosen.threshold
            elif which == "combined" and settings.abstention == "learned":  # what the cut reads (answer/abstain.decision)
                answered = answer.extra.get("confidence", 0.0) >= (
                    settings.answer_threshold if settings.answer_threshold is not None else abstain.default_model().threshold)
            else:
                answered = answer.extra.get("support", 0.0) >= settings.abstain_threshold
            scores[which].add(_rank(sources, f"cmrc/{q.paragraph}"), _clean(answer.text), q.answers, ms,
                              answered=answered)
            if which == settings.selector:
                rows.append(_row(q, answer, sources, answered))
        if progress:
            progress("suyuan", n, len(questions))
    results["suyuan"] = scores[settings.selector].summary(suyuan_index)
    results["suyuan"]["misses"] = {k: sum(r["miss"] == k for r in rows) for k in MISSES}
    if misses:
        misses.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for which in selectors:
        results[which] = scores[which].summary(suyuan_index)
    if not peers:
        return _report(results, questions, paragraphs, path, assistant, store, chart)

    # BM25 only -----------------------------------------------------------------
    t0 = time.perf_counter()
    bm25 = KeywordIndex([p.id for p in paragraphs], [list(words.search_tokens(f"{p.title} {p.context}")) for p in paragraphs])
    bm25_index = time.perf_counter() - t0
    by_id = {p.id: p.context for p in paragraphs}
    scores = Scores()
    for q in questions:
        t = time.perf_counter()
        hits = bm25.search(list(words.search_tokens(q.text)), 5)
        ms = (time.perf_counter() - t) * 1000
        top = by_id[hits[0][0]] if hits else ""
        scores.add(_rank([h for h, _ in hits], q.paragraph), top, q.answers, ms)
    results["bm25"] = scores.summary(bm25_index)

    # A standard LangChain pipeline -------------------------------------------------
    from langchain_chroma import Chroma
    from langchain_core.documents import Document as LCDocument
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    t0 = time.perf_counter()
    splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)
    chunks = splitter.split_documents([LCDocument(page_content=p.context, metadata={"paragraph": p.id}) for p in paragraphs])
    store = Chroma.from_documents(chunks, embedder, persist_directory=str(work / "langchain"),
                                  collection_name="langchain-cmrc")
    lc_index = time.perf_counter() - t0
    scores = Scores()
    for q in questions:
        t = time.perf_counter()
        found = store.similarity_search(q.text, k=5)
        ms = (time.perf_counter() - t) * 1000
        sources = list(dict.fromkeys(d.metadata["paragraph"] for d in found))
        scores.add(_rank(sources, q.paragraph), found[0].page_content if found else "", q.answers, ms)
    results["langchain"] = scores.summary(lc_index)

    return {**_report(results, questions, paragraphs, path, assistant, store, chart), "langchain_chunks": len(chunks)}


def _row(q: squad.Question, answer, sources: list[str], answered: bool) -> dict:
    """One question's line of the misses file."""
    gold, text = f"cmrc/{q.paragraph}", _clean(answer.text)
    rank, cited = _rank(sources, gold), list(dict.fromkeys(c.source for c in answer.citations))
    return {"id": q.id, "question": q.text, "gold": list(q.answers), "answer": text,
            "support": answer.extra.get("support", 0.0), "answered": answered, "rank": rank, "cited": cited,
            "miss": miss_kind(squad.contains(text, q.answers), rank, cited, gold, answer.abstained)}


def _report(results, questions, paragraphs, path, assistant, store, chart) -> dict:
    report = {**results, "questions": len(questions), "paragraphs": len(paragraphs), "file": str(path)}
    if chart:
        from assistant.bench.plots import cmrc_chart

        report["chart"] = str(cmrc_chart(results, chart))
    if store is None:
        assistant.store.drop()
    return report


def table(report: dict) -> str:
    keys = ["recall@1", "recall@5", "mrr", "answer_containment", "median_answer_chars", "confident_wrong", "em", "f1",
            "latency_ms_p50", "latency_ms_p95", "index_seconds"]
    systems = [s for s in SYSTEMS if s in report]
    head = f"{'':22}" + "".join(f"{s:>12}" for s in systems)
    rows = [head] + [f"{k:22}" + "".join(f"{report[s][k]!s:>12}" for s in systems) for k in keys]
    return "\n".join(rows) + (f"\n({report['questions']} questions over {report['paragraphs']} paragraphs; suyuan ="
                               " the configured answer step (SUYUAN_SELECTOR), learned / rules / combined = each"
                               " selector on the same passages; confident_wrong: answers given at each one's"
                               " abstention threshold that miss the gold)")
