"""The act a count question counts by: 推荐多少户企业 asks how many an act (推荐) took in.

A sentence of a plan or a report strings several acts in one sentence, each with its own count
(培育…2户，积极推荐甲、乙等企业申报…，新认定…10户，过评…20户). When it writes the question's verb only in a
clause that gives no figure (the act's objects are named, not counted) and the figure sits in another
clause after another verb, that figure is the other act's count, and the sentence does not say how
many the asked act took in. A clause of the same act that counts what the verb's clause named
(推荐了甲、乙等企业，共20户) has no verb of its own before its figure: it is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.question import Question
from assistant.text import quantities, words
from assistant.text.sentences import clause_at, split_clauses

# 推荐多少户, 交付了多少辆, 开行几列: a two-character word right before the asking word, read as a verb when jieba tags it one
ASKED_ACT_RE = re.compile(r"([\u4e00-\u9fff]{2})了?(?:多少|几)")
# verbs that sum, hold or state a count (共计15户, 达到20个, 拥有100多家): they count what the acts come to, no other act
SUMMING = frozenset("共计 合计 总计 累计 共有 拥有 保有 达到 达成 涉及 包括 包含 占到 约有 超过 不少 完成 实现".split())


@lru_cache(maxsize=256)
def asked_act(question: str) -> str:
    """The verb a count question counts by ('' when none stands right before its asking word)."""
    m = ASKED_ACT_RE.search(question)
    if not m:
        return ""
    tagged = words.tagged(m.group(1))
    return m.group(1) if len(tagged) == 1 and tagged[0][1] == "v" else ""


def act_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The question's verb is written only in clauses with no figure, and the figure's clause has
    another verb before the figure: it counts that act."""
    verb = "" if q.english else asked_act(q.text)
    if not verb or verb not in text:
        return ""
    clauses = split_clauses(text) or [(0, len(text))]
    x, y = clause_at(clauses, f.start, len(text))
    if verb in text[x:y]:
        return ""
    if any(verb in text[a:b] and quantities.find_quantities(text[a:b]) for a, b in clauses):
        return ""
    own = [w for w, flag in words.tagged(text[x:f.start]) if flag in ("v", "vn") and len(w) >= 2 and w not in q.text and w not in SUMMING]
    return f"it counts what {own[-1]} took in, not {verb}" if own else ""


# 其中，亿元以上项目26个: a part of the count the sentence before gives, counted by that sentence's act
PART_OPENING_RE = re.compile(r"\s*其中[，,：:]?")
SENTENCE_END = "。！？!?；;\n"


def part_act(q: Question, chunk, a: int, b: int) -> str:
    """The act a sentence opening with 其中 counts by when neither it nor the sentence before writes the question's
    verb and the figure it splits (the last of the sentence before) follows another verb in its clause:
    实施…34个重点项目。其中，亿元以上项目26个 counts projects carried out, not 新签约 ones. '' when it may count the act asked."""
    verb = asked_act(q.text) if not q.english and q.kind == "quantity" else ""
    text = chunk.text[a:b]
    if not verb or not PART_OPENING_RE.match(text) or verb in text:
        return ""
    before = chunk.text[:a].rstrip()
    start = max(before.rfind(c, 0, max(len(before) - 1, 0)) for c in SENTENCE_END) + 1
    prev = before[start:]
    found = quantities.find_quantities(prev)
    if verb in prev or not found:
        return ""
    f = found[-1]
    x, _ = clause_at(split_clauses(prev) or [(0, len(prev))], f.start, len(prev))
    acts = [w for w, flag in words.tagged(prev[x : f.start]) if flag == "v" and len(w) >= 2 and w not in q.text and w not in SUMMING]
    return acts[-1] if acts else ""


def part_disagreement(q: Question, chunk, a: int, b: int):
    """`part_act` as the subject check reads it (answer/subject.py): a Disagreement, or None."""
    from assistant.answer.subject_names import Disagreement

    act = part_act(q, chunk, a, b)
    return Disagreement("asked act", asked_act(q.text), act) if act else None
