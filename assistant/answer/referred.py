"""What a cited sentence points to outside itself: the quotation before its attribution, the list before
这些馅料, the dish after 端上这道.

News often opens with the speaker's words in quotation marks and names the speaker after them, in a
sentence of its own that ends on the verb of saying (“…。”区长X在接受记者采访时表示。). That sentence
shares a question's framing (X在接受采访时) but holds nothing asked: what X said is the quotation before
it, so an answer citing the attribution alone answers nothing. In the same way a sentence writing
这些馅料 names the fillings the sentence before it lists, and one ending on 这道 (然后父亲就端上这道。)
names its dish in the next. The sentences pointed to are shown with the one cited.

A question may point past the sentence it describes: 讲完要营造…氛围，下一句说要做什么 asks the sentence after the
one its words match (上一句, the one before). The neighbour is shown with the described sentence, which alone
holds none of what is asked.
"""

from __future__ import annotations

import re

from assistant.answer.neighbours import run_of
from assistant.answer.people import persons
from assistant.answer.roles import SPEECH_VERBS

# a sentence ending on its verb of saying (…在接受记者采访时表示。), with no words of its own after it
ATTRIBUTION_ONLY_RE = re.compile(rf"(?:{SPEECH_VERBS}|称|说道)[。．.]?$")
QUOTE_CLOSED_RE = re.compile(r"[”」』\"]\s*$")
QUOTE_OPEN = "“「『\""
REACH = 4  # sentences back the quotation's opening mark is looked for


def attribution_only(text: str) -> bool:
    text = text.strip()
    return ATTRIBUTION_ONLY_RE.search(text) is not None and not any(m in text for m in QUOTE_OPEN)


def quotation_before(q, s, sentences: list) -> list:
    """The sentences of the quotation that closes right before `s` in its article, in order, from the one
    opening it; [] when `s` is no bare attribution or the quotation does not open within REACH sentences,
    or when the question does not name the speaker: then the speaker may be what it asks (东丰县县长是谁,
    接受采访的县长有哪些), which the attribution answers."""
    if q.english or q.kind == "person" or not attribution_only(s.text) \
            or not any(len(p.name) >= 2 and p.name in q.text for p in persons(s.text)):
        return []
    run, at = run_of(s, sentences)  # the article's passages in order, across chunks (one may open on the attribution)
    if at is None or at == 0 or not QUOTE_CLOSED_RE.search(run[at - 1].text):
        return []
    for i in range(at - 1, max(-1, at - 1 - REACH), -1):
        if any(m in run[i].text for m in QUOTE_OPEN):
            return run[i:at]
    return []


# 这些馅料, 上述措施: the things the sentence before lists, when the noun is the question's
BACK_RE = re.compile(r"(?:这些|上述|以上|前述|这几[种样个类])([\u4e00-\u9fff]{2})")
ENUMERATES_RE = re.compile(r"、|和.{2,}|[^，,]{1,8}[，,][^，,]{1,8}[，,]")
# 端上这道。, 就是这款。: a sentence ending on "this one" names it in the next sentence
FORWARD_RE = re.compile(r"[这那][道个款种件位只盘碗首部本样][。！!]?$")


def list_before(q, s, sentences: list) -> list:
    """The sentence before `s` when `s` answers a list question by pointing back at it (手工剁碎这些馅料 for
    哪些食材, the sentence before listing 香菇和肥瘦的猪肉，干贝虾皮，…) and lists nothing itself."""
    m = BACK_RE.search(s.text)
    if q.kind != "list" or m is None or m.group(1) not in q.text or ENUMERATES_RE.search(s.text[: m.start()]):
        return []
    run, at = run_of(s, sentences)
    return [run[at - 1]] if at and ENUMERATES_RE.search(run[at - 1].text) else []


def named_after(s, sentences: list) -> list:
    """The sentence after `s` when `s` ends on a bare 这道, 这款."""
    if not FORWARD_RE.search(s.text.strip()):
        return []
    run, at = run_of(s, sentences)
    return [run[at + 1]] if at is not None and at + 1 < len(run) else []


# 下一句说, 后面一句讲, 紧接着一句: the question asks the sentence after the one it describes; 上一句, 前一句: before
NEXT_ASKED_RE = re.compile(r"(?:下|后|后面|接下来的?|紧接着的?)一句")
PREVIOUS_ASKED_RE = re.compile(r"(?:上|前|前面)一句")


def asked_step(q) -> int:
    """1 when the question asks the sentence after the one it describes (下一句说), -1 the one before, else 0."""
    if q.english:
        return 0
    return 1 if NEXT_ASKED_RE.search(q.text) else -1 if PREVIOUS_ASKED_RE.search(q.text) else 0


def neighbour(s, sentences: list, step: int) -> list:
    """[the sentence `step` sentences from `s` in its article] (1: the next), [] when there is none."""
    run, at = run_of(s, sentences)
    return [run[at + step]] if step and at is not None and 0 <= at + step < len(run) else []


def with_referents(q, draft, sentences: list):
    """`draft` with the sentences its parts point to: a bare attribution's quotation before it, the list
    before 这些X (a list question), the sentence after one ending on 这道, the neighbour a question asks (下一句)."""
    from assistant.answer.extractive import make_part

    if draft is None or not draft.parts:
        return draft
    parts = []

    def add(found, score):
        shown = {(o.sentence.chunk.source, o.sentence.chunk.to_original(o.sentence.a)) for o in parts + draft.parts}
        parts.extend(make_part(o, o.a, o.b, score) for o in found if (o.chunk.source, o.chunk.to_original(o.a)) not in shown)

    step = asked_step(q)  # 下一句说要做什么: the described sentence's neighbour holds what is asked
    for p in draft.parts:
        add(quotation_before(q, p.sentence, sentences) or list_before(q, p.sentence, sentences)
            or neighbour(p.sentence, sentences, min(step, 0)), p.score)
        parts.append(p)
        add(named_after(p.sentence, sentences) or neighbour(p.sentence, sentences, max(step, 0)), p.score)
    draft.parts = parts
    return draft
