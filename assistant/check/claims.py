"""Claims -> supported / refuted / disputed / not_enough_info, with the sentences that decide it.

A claim is read as a draft's sentence is (`draft.claims_of`): one claim per figure it
states, one more for what it says beyond its figures (an event, a ranking, a date, who
said it, who holds a role), each decided on its own (`draft_check.decide`). The claim is
refuted when a part is refuted, disputed when a part is disputed, supported when every part
is supported, otherwise not_enough_info: a source decides only when it speaks of the same
subject, period and measure, never by a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer.extractive import citations_for
from assistant.check import draft
from assistant.check.draft_check import DISPUTED, decide
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN
from assistant.records import Citation, Hit


@dataclass(frozen=True)
class Verdict:
    claim: str
    verdict: str
    text: str
    citations: tuple[Citation, ...] = ()
    claimed: tuple[str, ...] = ()  # the figures, ranking, year or speaker the claim states
    sources_say: tuple[str, ...] = ()  # what the sources give instead, when refuted or disputed
    support: float = 0.0
    timings_ms: dict = field(default_factory=dict)


def overall(verdicts: list[str]) -> str:
    for v in (REFUTED, DISPUTED):
        if v in verdicts:
            return v
    return SUPPORTED if verdicts and all(v == SUPPORTED for v in verdicts) else UNKNOWN


def check(claim: str, hits: list[Hit], idf, threshold: float, timings: dict | None = None) -> Verdict:
    """The verdict on a (validated) claim from the passages retrieved for it."""
    outcomes = [decide(c, hits, idf, threshold) for c in draft.claims_of(claim, 0, len(claim))]
    final = overall([o.verdict for o in outcomes])
    parts = [p for o in outcomes if o.verdict != UNKNOWN for p in o.parts]
    sources_say = [s for o in outcomes for s in o.sources_say]
    claimed = [o.claimed for o in outcomes if o.claimed]
    contested = [o.claimed for o in outcomes if o.claimed and o.verdict in (REFUTED, DISPUTED)]
    cites, nums = citations_for(parts) if final != UNKNOWN else ([], [])
    quoted = "；".join(f"{p.sentence.chunk.text[p.a:p.b]} [{n}]" for p, n in zip(parts, nums))
    if final == SUPPORTED:
        text = f"成立 supported：{quoted}"
    elif final == REFUTED:
        text = f"不成立 refuted：资料称 {quoted}（资料中为 {'、'.join(sources_say)}，而说法为 {'、'.join(contested)}）"
    elif final == DISPUTED:
        text = f"资料说法不一 disputed：{quoted}（资料中另有 {'、'.join(sources_say)}）"
    elif not outcomes:
        text = "无法核实 not enough info：这不是可以核实的事实陈述（观点或铺垫）。"
    else:
        text = "无法核实 not enough info：资料中没有关于同一主体、时间和指标的说法。"
    return Verdict(claim, final, text, tuple(cites), tuple(claimed), tuple(sources_say),
                   round(max((o.support for o in outcomes), default=0.0), 4), timings or {})
