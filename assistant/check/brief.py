"""Briefings: the key figures and statements on a topic, grouped by source, each cited.

Deterministic: the passages a topic retrieves are read sentence by sentence; sentences on
the topic with figures come first, then the statements that cover it best.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer.evidence import score_sentences, sentences_of
from assistant.answer.citing import citations_for
from assistant.answer.extractive import make_part
from assistant.query.question import Question
from assistant.records import Citation, Hit
from assistant.text import quantities, words

MAX_ITEMS = 12


@dataclass(frozen=True)
class Item:
    text: str  # the clause or sentence, as in the source (layout breaks removed)
    n: int  # citation number
    figures: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    title: str
    source: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Briefing:
    topic: str
    sections: tuple[Section, ...]
    citations: tuple[Citation, ...]
    conflicts: tuple[dict, ...] = ()
    polished: str = ""
    timings_ms: dict = field(default_factory=dict)

    def figures(self) -> list[str]:
        return [f for s in self.sections for i in s.items for f in i.figures]


def build(topic: str, q: Question, hits: list[Hit], idf, conflicts: list[dict], timings: dict | None = None
          ) -> Briefing:
    """The briefing on `topic` from the passages retrieved for it (`q` is the topic as
    analysed; `conflicts` the corpus's conflicting figures, kept where a cited passage has one)."""
    q.kind = "generic"
    if not q.english:  # a topic is all topic: 主要预期目标 keeps words a question would drop
        q.terms = tuple(dict.fromkeys(t for t in words.search_tokens(topic)
                                      if len(t) >= 2 and not t.isdigit() and t not in q.places)) + q.places
    scored = [s for s in score_sentences(q, sentences_of(hits), idf) if s.coverage >= 0.5]
    with_figures = [s for s in scored if any(f.unit for f in quantities.find_quantities(s.sentence.text))]
    chosen = (with_figures + [s for s in scored if s not in with_figures])[:MAX_ITEMS]
    parts = [make_part(s.sentence, s.sentence.a, s.sentence.b, s.score) for s in chosen]
    cites, nums = citations_for(parts)
    sections: dict[tuple, list[Item]] = {}
    titles = {}
    for part, n in zip(parts, nums):
        chunk = part.sentence.chunk
        key = (chunk.source, chunk.article)
        titles[key] = chunk.title
        text = chunk.text[part.a : part.b].replace("\n", " ")
        figures = tuple(f.text for f in quantities.find_quantities(text) if f.unit)
        sections.setdefault(key, []).append(Item(text, n, figures))
    ordered = sorted(sections.items(), key=lambda kv: min(i.n for i in kv[1]))
    cited_ids = {c.chunk_id for c in cites}
    topic_conflicts = tuple(g for g in conflicts if any(v["chunk_id"] in cited_ids for v in g["versions"]))
    return Briefing(topic, tuple(Section(titles[key], key[0], tuple(items)) for key, items in ordered),
                    tuple(cites), topic_conflicts, timings_ms=timings or {})


def to_markdown(b: Briefing) -> str:
    lines = [f"# 简报 Briefing：{b.topic}", ""]
    if not b.sections:
        return "\n".join(lines + ["资料中没有关于这个主题的内容（the sources do not cover this topic）。", ""])
    if b.polished:
        lines += [b.polished, ""]
    for section in b.sections:
        lines.append(f"## {section.title}")
        lines.append(f"*{section.source}*")
        lines.append("")
        for item in section.items:
            lines.append(f"- {item.text} [{item.n}]")
        lines.append("")
    if b.conflicts:
        lines.append("## 数字不一致 Conflicting figures")
        for g in b.conflicts:
            versions = "；".join(f"{v['figure']}（{v['source']}）" for v in g["versions"])
            lines.append(f"- {g['subject']} {g['indicator']}：{versions}")
        lines.append("")
    lines.append("## 来源 Sources")
    for c in b.citations:
        page = f"，第{c.page}页" if c.page else ""
        lines.append(f"[{c.n}] {c.title} — {c.source}，字符 {c.start}–{c.end}{page}：“{' '.join(c.quote.split())}”")
    return "\n".join(lines) + "\n"


def to_json(b: Briefing) -> dict:
    return {
        "topic": b.topic,
        "sections": [{"title": s.title, "source": s.source,
                      "items": [{"text": i.text, "n": i.n, "figures": list(i.figures)} for i in s.items]}
                     for s in b.sections],
        "citations": [c.as_dict() for c in b.citations],
        "conflicts": list(b.conflicts),
        "polished": b.polished,
    }
