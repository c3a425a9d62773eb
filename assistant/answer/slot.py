"""Whether a sentence fills the slot a question asks with a phrase of its own.

A question asking with 什么 or 哪+classifier (深入实施哪项行动, 清除的是哪一类障碍, 靠什么来引领保障…)
keeps the words around the asking phrase; a sentence answering it writes those words with a new
phrase where the asking phrase stands (深入实施健康中国行动, 以高质量党建引领保障…): the word
governing the slot before the phrase, or the words after it, are written right around words the
question does not write.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import words

ASKING_RE = re.compile(r"什么|哪(?:一|[两二三四五六七八九十])?[类种项个家所座条位名批款件样届场次支部本首门]|哪些")
CLAUSE_RE = re.compile(r"[，,；;。！？!?：:、]")
# words standing between the governing word or the head and the slot that say nothing of it
LIGHT = {"的", "是", "了", "要", "还", "在", "为", "会", "将", "来", "去", "出", "到", "得", "地", "着", "过", "上", "中",
         "里", "又", "也", "都", "就", "才", "还要", "还有", "想", "想要", "能", "可以", "应", "应该", "需要"}
GAP = 24  # characters a filled slot may take between the governing word and the head
NEW = 2  # characters before the head (or after the governing word) the question does not write


@lru_cache(maxsize=256)
def slot(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(the word governing the asked slot, the words after the asking phrase) of a question,
    or None when it asks with no such phrase."""
    m = ASKING_RE.search(text)
    if not m:
        return None
    start = max((c.end() for c in CLAUSE_RE.finditer(text, 0, m.start())), default=0)
    end = next((c.start() for c in CLAUSE_RE.finditer(text, m.end())), len(text))
    before = [w for w, _ in words.tagged(text[start : m.start()])]
    while before and (before[-1] in LIGHT or not words.has_cjk(before[-1])):
        before.pop()
    left = before[-1] if before else ""
    if len(left) == 3 and left[-1] in "出到成" and words.in_dictionary(left[:2]):
        left = left[:2]  # 培育出: the sentence writes 培育
    after = [w for w, _ in words.tagged(text[m.end() : end])]
    while after and (after[0] in LIGHT or not words.has_cjk(after[0])):
        after.pop(0)
    right = tuple(w for w in after[:3] if len(w) >= 2 and w not in LIGHT)
    return (left if len(left) >= 2 else ""), right


def _new(phrase: str, question: str) -> bool:
    return len(phrase) >= NEW and phrase not in question and not any(CLAUSE_RE.match(ch) or ch.isspace() for ch in phrase)


def fills(question: str, sentence: str) -> bool:
    """Does `sentence` write the words around `question`'s asking phrase with a new phrase
    in its place? Either the governing word, a phrase and the head (推进节能降碳改造 for
    推进哪一类改造), or a phrase and the two words after the asking phrase (皇家鹿苑文旅产业园 for
    哪个文旅产业园)."""
    # an asking phrase ending its clause (X的作用是什么) leaves only the governing word: too loose a
    # test (DRCD and CMRC questions with their gold paragraph taken out: 7 wrong answers, none right)
    left, right = slot(question) or ("", ())
    if right:
        head = right[0]
        for m in re.finditer(re.escape(head), sentence):
            j = m.start()
            if not _new(sentence[j - NEW : j] if j >= NEW else "", question):
                continue
            clause = sentence[max(0, j - GAP) : j]
            clause = clause[max((c.end() for c in CLAUSE_RE.finditer(clause)), default=0):]
            i = clause.rfind(left) if left else -1
            if i < 0 and len(left) == 2:  # 清除 asked, 消除 written: a verb of the same second character
                tagged = words.tagged(clause)
                verbs = [k for k, (w, t) in enumerate(tagged) if t.startswith("v") and len(w) == 2 and w[1] == left[1]]
                i = len("".join(w for w, _ in tagged[: verbs[-1]])) if verbs else -1
            if i >= 0 and len(clause) - (i + len(left)) >= NEW:
                return True
            if len(right) > 1 and right[1] in sentence[m.end() : m.end() + 2 + len(right[1])]:
                return True
    return False
