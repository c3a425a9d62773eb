"""What a count counts, against what the question counts: a sighting for how many there are, a
count of another noun for a count of aspects or kinds, a part for the whole or the whole for a part.

- A sighting: 记者看到3头江豚, 共观察到6至8头 count what someone saw at one time, not how many
  live or stand somewhere (长期栖息的江豚有多少头). A count written right after a verb of seeing
  answers only a question that asks what was seen.
- The noun a count counts: 几个方面的问题 asks aspects (text/asked_numbers.asked_count: a noun the
  figure reader reads no unit of); 覆盖1369个项目 counts projects, so it is no count of aspects.
- A part and the whole: a passage that gives a total and its parts (提出24条措施…，提出…等5条措施…，
  …等11条措施…，…等8条措施) writes counts of one noun whose parts sum to the whole. A question
  asking the total (一共, 总共) is not answered by a part; one asking a part (X中，围绕…的措施有多少条)
  is not answered by the whole. Only where the parts sum exactly: a passage merely writing several
  counts of one noun says nothing of parts.
- A class bounded by a unit alone: 签下的项目里，亿元以上的有几个 counts the projects of 亿元 or more; 签约项目34个,
  written with no bound before it, counts them all.
"""

from __future__ import annotations

import re

from assistant.answer.evidence import Sentence
from assistant.answer.stated_whole import PART_VERBS, whole_read, whole_stated
from assistant.query.question import Question
from assistant.text import asked_numbers, quantities

# 看到3头, 共观察到6至8头, 拍到八头, 见到2至3头: a verb of seeing right before the count
SEEN_RE = re.compile(r"(?:看到|看见|见到|观察到|观测到|目击到?|目睹|拍到|拍摄到)了?(?:共|约|大约|近|超过|有)?$")
SEEN_ASKED_RE = re.compile(r"看到|看见|见到|观察|观测|目击|目睹|拍到|拍摄|发现")


def sighting_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A count of what was seen for a question that asks no sighting."""
    if q.english or f.kind != "count" or SEEN_ASKED_RE.search(q.text):
        return ""
    if SEEN_RE.search(text[max(0, f.start - 8) : f.start]):
        return "a count of what was seen, not of how many there are"
    return ""


# what a count counts, written after it up to a mark (2个|中央督导组主要负责同志…), and what the question counts
# (几个|违规账号的…, cut at 的): one noun when they share two characters (违规账号 / 账号)
COUNTED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,20}")
ASKED_AFTER_RE = re.compile(r"(?:几|多少)(?:个|大)?([\u4e00-\u9fff]+)")


def noun_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A count of a noun (个项目) for a question counting another noun that has no unit of its own
    (几个方面): the words after the figure share no two characters with the noun asked."""
    asked = None if q.english else asked_numbers.asked_count(q.text)
    m = ASKED_AFTER_RE.search(q.text) if asked else None
    if not m or not f.unit or f.unit != "个" and f.unit != asked[0]:
        return ""
    noun = re.split(f"[{asked_numbers.STOP}]", m.group(1))[0] or asked[1]
    run = COUNTED_AFTER_RE.match(text, f.end)
    if run and not any(noun[i : i + 2] in run.group(0) for i in range(max(1, len(noun) - 1))):
        return f"it counts {run.group(0)[:len(noun)]}, not {noun}"
    return ""


# a question asking the whole; one asking a part of what it names first (政策措施中，…的措施)
TOTAL_ASKED_RE = re.compile(r"一共|总共|共计|总计|合计|总数|全部|共有|共出台|共提出")
PART_ASKED_RE = re.compile(r"[\u4e00-\u9fff》”」]中[，,]|其中")
NOUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _same_counts(texts: list[str], unit: str, noun: str) -> list[float]:
    """The values of the plain counts in `unit` followed by `noun` in `texts` (each written once)."""
    seen = {}
    for text in texts:
        for g in quantities.find_quantities(text):
            if g.unit == unit and not g.upper and not g.qualifier and text.startswith(noun, g.end):
                seen[text[max(0, g.start - 12) : g.end + 4]] = g.value
    return list(seen.values())


def part_whole_disagreement(q: Question, s: Sentence, f: quantities.Quantity, texts: list[str]) -> str:
    """A part's count for the total asked, or the total for a part asked, where the counts of the
    same noun in `texts` (the passages of `s`'s article) sum exactly to the largest."""
    total, part = TOTAL_ASKED_RE.search(q.text), PART_ASKED_RE.search(q.text)
    if q.english or f.kind != "count" or not f.unit or bool(total) == bool(part) or f.upper or f.qualifier:
        return ""
    noun = NOUN_AFTER_RE.match(s.text, f.end)
    counts = _same_counts(texts, f.unit, noun.group(0)) if noun else []
    if len(counts) < 3:
        return ""
    whole = max(counts)
    parts = [v for v in counts if v != whole]
    if len(parts) != len(counts) - 1 or abs(sum(parts) - whole) > 1e-6:
        return ""
    if total and f.value != whole:
        return f"a part ({f.text}) of the {whole:g} in all"
    if part and f.value == whole:
        return f"the whole ({f.text}), not the part asked"
    return ""


def disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Why count `f` of `text` counts something else than asked ('' when it may not)."""
    return sighting_disagreement(q, text, f) or noun_disagreement(q, text, f) or bare_class_disagreement(q, text, f)


# 亿元以上的有几个, 千万元以上项目多少个: a class of things bounded by a unit alone, no number before it
BARE_CLASS_RE = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千])((?:千万|百万|[万亿])元)(以上|以下)")


def bare_class_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A count of the things a question bounds by a unit alone (签下的项目里，亿元以上的有几个) given by a
    sentence writing no such bound before it (签约项目34个; 500万元以上项目86个): it counts others."""
    m = BARE_CLASS_RE.search(q.text)
    unit, bound = m.groups() if m else ("", "")
    if not m or not f.unit or f.unit.endswith("元") or re.search(f"上{unit}|{unit}及?{bound}", text[: f.start]):
        return ""  # 亿元以上项目26个, 投资上亿元的占26个
    return f"it counts every one, not those of {m.group(0)}"


def part_of_whole(q: Question, s: Sentence, clause_start: int) -> tuple[str, str]:
    """(the whole, what is counted) for a question asking a part of a whole it states: the whole
    (34个重点项目) when the part's clause is read with it, written before the clause in the sentence or
    in the sentence before one opening with 其中 (…34个重点项目建设。其中，亿元以上项目26个), its words then
    held by the clause; and the kind the parts are of (项目: 亿元以上项目 is a kind of 重点项目) when the
    question's head is the part's verb (占几个). ('', '') for any other question."""
    count, noun = whole_stated(q)
    if not count:
        return "", ""
    return whole_read(q, s.text, s.chunk.text[max(0, s.a - 120) : s.a], clause_start), noun[-2:] if q.head in PART_VERBS else ""
