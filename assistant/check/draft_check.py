"""Check a whole draft: every sentence marked supported, refuted, not_enough_info or not
checkable, each claim with the source sentence that decides it.

`check_draft` takes plain data and callables (retrieve the claims' passages, the keyword
index's idf), so the `Assistant`, the CLI, the chat and the API
share one operation. A claim supported by one source and refuted by another is disputed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from assistant.answer.evidence import sentences_of
from assistant.answer.citing import citations_for
from assistant.answer.extractive import make_part
from assistant.check import draft as drafting
from assistant.check import answered, dateline_claims, said_nearly, said_whole
from assistant.check.figures import DISPUTED, Outcome, check_figure
from assistant.check.role_claims import check_role
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN, check_statement
from assistant.errors import QuestionError, StoreError
from assistant.records import Citation

NOT_CHECKABLE = "not_checkable"
MAX_DRAFT_CHARS = 20000
VERDICTS = (SUPPORTED, REFUTED, DISPUTED, UNKNOWN, NOT_CHECKABLE)


@dataclass(frozen=True)
class ClaimResult:
    text: str
    kind: str  # figure, statement, attribution, role
    start: int  # offsets in the draft
    end: int
    verdict: str
    claimed: str = ""  # the figure, ranking, year or speaker the claim states
    sources_say: tuple[str, ...] = ()  # what the sources give instead, when refuted or disputed
    citations: tuple[Citation, ...] = ()
    decided_by: str = ""  # figure, ranking, year, date, speaker, negation, event, place, role

    def to_dict(self) -> dict:
        return {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end,
                "verdict": self.verdict, "claimed": self.claimed, "sources_say": list(self.sources_say),
                "decided_by": self.decided_by, "citations": [c.as_dict() for c in self.citations]}


@dataclass(frozen=True)
class SentenceResult:
    text: str
    start: int
    end: int
    checkable: bool
    reason: str  # figure, ranking, date, attribution, role, event; opinion or framing
    claims: tuple[ClaimResult, ...] = ()

    @property
    def verdict(self) -> str:
        """The sentence's colour: refuted or disputed if any claim is, supported if all are."""
        if not self.checkable or not self.claims:
            return NOT_CHECKABLE
        found = {c.verdict for c in self.claims}
        for v in (REFUTED, DISPUTED):
            if v in found:
                return v
        return SUPPORTED if found == {SUPPORTED} else UNKNOWN

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "checkable": self.checkable,
                "reason": self.reason, "verdict": self.verdict, "claims": [c.to_dict() for c in self.claims]}


@dataclass(frozen=True)
class DraftReport:
    text: str
    sentences: tuple[SentenceResult, ...]
    citations: tuple[Citation, ...] = ()  # every cited sentence once, numbered across the draft
    timings_ms: dict = field(default_factory=dict)

    def counts(self) -> dict:
        """Claims by verdict, and sentences not checkable."""
        out = {v: 0 for v in VERDICTS}
        for s in self.sentences:
            if s.verdict == NOT_CHECKABLE:
                out[NOT_CHECKABLE] += 1
            for c in s.claims:
                out[c.verdict] += 1
        return out

    def summary(self) -> str:
        c = self.counts()
        disputed = f"，{c[DISPUTED]} 项有争议 disputed" if c[DISPUTED] else ""
        return (f"{c[SUPPORTED]} 项成立 supported，{c[REFUTED]} 项不成立 refuted{disputed}，"
                f"{c[UNKNOWN]} 项无法核实 unsupported，{c[NOT_CHECKABLE]} 句无需核查 not checkable")

    def to_dict(self) -> dict:
        return {"summary": self.summary(), "counts": self.counts(),
                "sentences": [s.to_dict() for s in self.sentences],
                "sources": [c.as_dict() for c in self.citations],
                "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()}}


def validate(text: str) -> str:
    if not (text or "").strip():
        raise QuestionError("the draft is empty")
    if len(text) > MAX_DRAFT_CHARS:
        raise QuestionError(f"the draft is {len(text)} characters long; the limit is {MAX_DRAFT_CHARS}: check it in parts")
    return text


class _Numbering:
    """One number per cited source sentence across the whole draft."""

    def __init__(self):
        self.by_key: dict[tuple, Citation] = {}

    def add(self, parts) -> tuple[Citation, ...]:
        cites, _ = citations_for(parts)
        out = []
        for c in cites:
            key = (c.source, c.start, c.end)
            if key not in self.by_key:
                self.by_key[key] = replace(c, n=len(self.by_key) + 1)
            out.append(self.by_key[key])
        return tuple(out)


def check_draft(text: str, retrieve, idf, threshold: float, ask=None) -> DraftReport:
    """`retrieve(claims) -> hits of each` (one call for the whole draft, so the claims are
    embedded in one batch); `idf(word)`; `threshold`: the support below which a figure's
    sentence does not count; `ask(question) -> the answer's parts` (`decide`)."""
    validate(text)
    t0 = time.perf_counter()
    planned = [(a, b, drafting.claims_of(text, a, b)) for a, b in drafting.sentences(text)]
    queries = list(dict.fromkeys(c.query for _, _, claims in planned for c in claims))
    t1 = time.perf_counter()
    hits_of = dict(zip(queries, retrieve(queries))) if queries else {}
    t2 = time.perf_counter()
    numbering = _Numbering()
    results = []
    for a, b, claims in planned:
        checked = []
        for claim in claims:
            out = decide(claim, hits_of[claim.query], idf, threshold, ask=ask)
            cites = numbering.add(out.parts) if out.verdict != UNKNOWN else ()
            checked.append(ClaimResult(claim.text, claim.kind, claim.start, claim.end, out.verdict, out.claimed,
                                       tuple(out.sources_say), cites, out.decided_by))
        sentence = text[a:b]
        why = drafting.reason(sentence)
        if not checked and why not in ("opinion", "framing"):
            why = "framing"  # its facts were only framing around nothing checkable
        results.append(SentenceResult(sentence, a, b, bool(checked), why, tuple(checked)))
    t3 = time.perf_counter()
    timings = {"split_ms": (t1 - t0) * 1000, "retrieve_ms": (t2 - t1) * 1000, "check_ms": (t3 - t2) * 1000,
               "total_ms": (t3 - t0) * 1000, "claims": sum(len(c) for _, _, c in planned), "chars": len(text)}
    cites = tuple(sorted(numbering.by_key.values(), key=lambda c: c.n))
    return DraftReport(text, tuple(results), cites, timings)


def decide(claim: drafting.Claim, hits, idf, threshold: float, quoted: bool = False, planned: bool = False,
           ask=None) -> Outcome:
    """One claim of a draft (or a claim checked on its own) against its passages (`quoted`: it says what
    the document says, 报告提出…; `planned`: what the document requires, 报告要求…; `ask(question) -> the
    answer's parts`, `Assistant.shown_parts`: the answerer, for a figure nothing else decides)."""
    if claim.kind == "figure":
        out = check_figure(claim.text, claim.figure, claim.negated, hits, idf, threshold, planned)
        # a sentence writing the claim whole decides what the figure check leaves open (said_whole.py),
        # one writing its figure and nearly all its words supports it (said_nearly.py), else what the
        # answerer shows when asked the figure (answered.py)
        if out.verdict != UNKNOWN:
            return out
        return said_whole.decide(claim, hits) or said_nearly.decide(claim, hits, idf) or answered.decide(claim, ask) or out
    if claim.kind == "role":
        return check_role(claim.text, hits, idf)
    filed = dateline_claims.decide(claim.text, hits)  # 那篇评论是哈尔滨电: the piece's dateline decides
    if filed is not None:
        return filed
    v = check_statement(claim.text, sentences_of(hits), idf, quoted=quoted)
    s = v.scored.sentence if v.scored else None
    parts = [make_part(s, s.a, s.b, v.scored.score)] if s else []
    return Outcome(v.verdict, parts, v.claimed, (v.sources_say,) if v.sources_say else (), v.slot, v.support)


def run(text: str, store, embedder, keyword_index, settings, k: int = 15, ask=None) -> DraftReport:
    """Check a draft against an index: what `Assistant.check_draft` does."""
    validate(text)
    if store.count() == 0:
        raise StoreError("the index is empty: run `suyuan index` first (or add documents in the chat)")
    retrieve = batch_retriever(store, embedder, keyword_index, k, settings.candidates)
    return check_draft(text, retrieve, keyword_index.idf_of, settings.abstain_threshold, ask)


class _GivenVectors:
    """An embedder whose query vectors were computed beforehand, in one batch."""

    def __init__(self, embedder, vectors: dict):
        self.embedder, self.vectors = embedder, vectors

    def embed_query(self, text: str):
        found = self.vectors.get(text)
        return found if found is not None else self.embedder.embed_query(text)

    def embed_documents(self, texts):
        return self.embedder.embed_documents(texts)


def query_vectors(embedder, texts: list[str]) -> list:
    """Query vectors of many texts in one batch (one call per text costs far more)."""
    batch = getattr(embedder, "embed_queries", None)  # both bundled encoders have it
    if batch is not None:
        return list(batch(texts))
    return [embedder.embed_query(t) for t in texts]


def batch_retriever(store, embedder, keyword_index, k: int, candidates: int):
    """`retrieve(claims)` for `check_draft` over a store: each claim's hybrid search, the
    claims embedded together."""
    from assistant.retrieve.hybrid import Retriever

    def retrieve(texts: list[str]) -> list:
        vectors = dict(zip(texts, query_vectors(embedder, texts)))
        retriever = Retriever(store, _GivenVectors(embedder, vectors), keyword_index)
        return [retriever.search(t, k, max(candidates, k)) for t in texts]

    return retrieve
