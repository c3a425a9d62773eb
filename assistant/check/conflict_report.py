"""`suyuan conflicts`: statements across the whole index that give different values for
the same thing, grouped by subject and indicator, newest sources first, with the number of
sources behind each version.

Pairs are never compared all against all. Candidates come from two kinds of blocks:
near-duplicate sentences (they share one of the smallest hashes of their character
trigrams, figures blanked) and figures of one unit and kind that share an indicator word
(签约额, 议席). Two values of one sentence are compared when the sentence has several.
Each candidate pair is decided by `answer.conflicts.compare`; statements joined by
"agree" or "conflict" form a group, and a group with two or more values is a conflict.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass

from assistant.answer import conflicts, values
from assistant.records import Chunk
from assistant.text import places, words
from assistant.text.indicators import indicator_of
from assistant.text.sentences import split_clauses, split_sentences
from assistant.text.years import sentence_years

SKETCH = 3  # smallest trigram hashes kept per sentence: near duplicates share at least one
MIN_JACCARD = 0.5  # character pairs two candidate near-duplicates must share
MAX_NAME_VERSIONS = 2
MAX_BLOCK = 60  # an indicator word shared by more figures than this is too common to block on


@dataclass(frozen=True)
class Said:
    """One sentence of the index: where it is and what its article is about."""

    text: str
    source: str
    title: str
    chunk_id: str
    start: int  # offsets in the original file
    end: int
    subject: str
    period: str
    context: frozenset  # names of its passage


def sentences(chunks: list[Chunk]) -> list[Said]:
    out, seen = [], set()
    # a securities code names the company of its whole article, also in chunks that do not repeat it
    codes: dict[str, set[str]] = defaultdict(set)
    for chunk in chunks:
        codes[chunk.source].update(values.STOCK_CODE_RE.findall(f"{chunk.title}\n{chunk.text}"))
    for chunk in sorted(chunks, key=lambda c: (c.source, c.start)):
        names = values.context_names(f"{chunk.title}\n{chunk.text}") | codes[chunk.source]
        for a, b in split_sentences(chunk.text):
            span = chunk.original_span(a, b)
            if (chunk.source, span.start) in seen:
                continue  # the same sentence through two overlapping chunks
            seen.add((chunk.source, span.start))
            text = chunk.text[a:b].replace("\n", "")
            named = [p for p in places.places(text) if places.level_of(p)]
            year = sorted(sentence_years(chunk, a, b))
            out.append(Said(text, chunk.source, chunk.title, chunk.id, span.start, span.end,
                            named[0] if len(named) == 1 else chunk.subject, year[-1] if year else "", names))
    return out


def _sketch(text: str) -> list[int]:
    blank = re.sub(r"[\d.,%]+", "#", text)
    grams = {blank[i : i + 3] for i in range(len(blank) - 2)}
    return sorted(zlib.crc32(g.encode()) for g in grams)[:SKETCH]


def _candidates(said: list[Said], stmts: list[list[conflicts.Statement]]) -> set[tuple[int, int]]:
    """Pairs of sentence indexes worth comparing."""
    pairs: set[tuple[int, int]] = set()
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, s in enumerate(said):
        if stmts[i] and len(s.text) >= 8:
            for h in _sketch(s.text):
                blocks[("near", h)].append(i)
        for st in stmts[i]:
            if st.slot.kind == "figure":
                q = st.slot.quantity
                for w in values.indicator_words(st.text, st.slot):
                    blocks[(q.unit, bool(q.change), w)].append(i)
    for key, members in blocks.items():
        members = sorted(set(members))
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def _decide(i: int, j: int, said: list[Said], stmts, sim, edges: list[tuple[int, int, int, int, str]]) -> None:
    a, b = said[i], said[j]
    grams_a, grams_b = words.bigrams(a.text), words.bigrams(b.text)
    near = len(grams_a & grams_b) / max(len(grams_a | grams_b), 1) >= MIN_JACCARD
    if near:  # values the tagger missed that the alignment finds (岳西海岸警卫队 / 美国海岸警卫队)
        for k, own, other in ((i, a, b), (j, b, a)):
            known = {st.slot for st in stmts[k]}
            stmts[k] += [st for st in conflicts.statements(own.text, own.subject, own.period, k, source=own.source,
                                                           context=own.context, against=other.text) if st.slot not in known]
    for x, sa in enumerate(stmts[i]):
        for y, sb in enumerate(stmts[j]):
            if sa.slot.kind != sb.slot.kind or (not near and sa.slot.kind != "figure"):
                continue
            verdict = conflicts.compare(sa, sb, sim)
            if verdict:
                edges.append((i, x, j, y, verdict))


def find(chunks: list[Chunk], sim: conflicts.Similarity | None, dates: dict[str, str] | None = None) -> list[dict]:
    """Conflict groups of an index's chunks; `dates` maps a source to its date (YYYY-MM-DD)."""
    dates = dates or {}
    said = sentences(chunks)
    stmts = [conflicts.statements(s.text, s.subject, s.period, k, source=s.source, context=s.context)
             for k, s in enumerate(said)]
    edges: list[tuple[int, int, int, int, str]] = []
    for i, own in enumerate(stmts):  # two values of one sentence (6%以上 / 8%以上 for one indicator)
        figures = [x for x, st in enumerate(own) if st.slot.kind == "figure"]
        for p in range(len(figures)):
            for q in range(p + 1, len(figures)):
                if conflicts.compare(own[figures[p]], own[figures[q]]) == "conflict":
                    edges.append((i, figures[p], i, figures[q], "conflict"))
    for i, j in sorted(_candidates(said, stmts)):
        _decide(i, j, said, stmts, sim, edges)
    return _groups(said, stmts, edges, dates)


def _groups(said, stmts, edges, dates) -> list[dict]:
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def root(n):
        while parent.setdefault(n, n) != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    holders: dict[str, set[str]] = defaultdict(set)  # a sentence's text -> the documents that have it
    for s in said:
        holders[s.text].add(s.source)
    disputed = set()
    for i, x, j, y, verdict in edges:
        parent[root((i, x))] = root((j, y))
        if verdict == "conflict":
            disputed.add((i, x))
    members: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for node in list(parent):
        members[root(node)].append(node)
    out = []
    for nodes in members.values():
        if not any(n in disputed for n in nodes):
            continue
        group = [stmts[i][x] for i, x in sorted(nodes)]
        if not _parallel(group, holders):
            out.append(_group(group, said, dates))
    # a name, place or body different in each of three or more documents fills a template
    # (来源：X日报, 记者 X); a disputed one has two versions
    out = [g for g in out if 2 <= len(g["values"]) and (g["kind"] == "figure" or len(g["values"]) <= MAX_NAME_VERSIONS)]
    return sorted(out, key=lambda g: (g["newest"], g["subject"], g["indicator"]), reverse=True)


def _parallel(stmts: list[conflicts.Statement], holders: dict[str, set[str]]) -> bool:
    """Does one document give two of the values in two sentences (its own, or word for word
    those of another document)? Then they are parallel figures it lists (a month and the
    year to date, two photos' credits), not versions: a document disputes itself only
    within one sentence (the same clause twice in a row)."""
    said: dict[str, list[conflicts.Statement]] = defaultdict(list)
    for st in stmts:
        for source in holders.get(st.text, set()) | {st.source}:
            said[source].append(st)
    return any(x.text != y.text and not values.same_value(x.slot, y.slot, x.text, y.text)
               for own in said.values() for k, x in enumerate(own) for y in own[k + 1 :])


def _label(st: conflicts.Statement) -> str:
    if st.slot.kind == "figure":
        return indicator_of(split_clauses(st.text), st.text, st.slot.quantity) or values.masked(st.text, st.slot)[:12]
    a, b = values.clause_of(st.text, st.slot)
    return values.masked(st.text, st.slot, a, b).strip("，,。；; ")[:20]


def _group(stmts: list[conflicts.Statement], said: list[Said], dates: dict[str, str]) -> dict:
    clusters: list[list[conflicts.Statement]] = []
    for st in stmts:
        home = next((c for c in clusters if values.same_value(c[0].slot, st.slot, c[0].text, st.text)), None)
        if home is None:
            clusters.append([st])
        else:
            home.append(st)
    first = stmts[0]
    subject = said[first.handle].subject
    q = first.slot.quantity

    def entry(st):
        s = said[st.handle]
        return {"figure": st.slot.text, "subject": subject, "unit": q.unit if q else "", "kind": st.slot.kind,
                "source": s.source, "title": s.title, "chunk_id": s.chunk_id, "start": s.start, "end": s.end,
                "quote": s.text, "date": dates.get(s.source, "")}

    value_rows = []
    for c in clusters:  # each value, its statements newest first, and how many sources give it
        rows = sorted((entry(st) for st in c), key=lambda v: (v["date"], v["source"]), reverse=True)
        value_rows.append({"figure": c[0].slot.text, "sources": len({r["source"] for r in rows}),
                           "newest": rows[0]["date"], "versions": rows})
    value_rows.sort(key=lambda r: (r["newest"], r["sources"]), reverse=True)
    versions = sorted((v for r in value_rows for v in r["versions"]), key=lambda v: (v["date"], v["source"]), reverse=True)
    periods = sorted({said[st.handle].period for st in stmts if said[st.handle].period})
    return {"subject": subject, "indicator": _label(first), "kind": first.slot.kind, "unit": q.unit if q else "",
            "change": q.change if q else "", "period": "/".join(periods),
            "newest": max((v["date"] for v in versions), default=""), "values": value_rows, "versions": versions}
