"""Does a source's figure measure what a claim's figure does, however the claim words it?

A claim paraphrases: it abbreviates (营收 for 营业收入), spells an acronym (GDP for
国内生产总值), writes a level reached as 增至 where the source has 由…提高到, or copies the
source's run of figures with one changed. Each test here is lexical: the e5 encoder was
measured and does not tell a paraphrase from another measure (雨量/降水量 0.956 against
高功率版/低功率版 0.974, 道琼斯指数/标普500指数 0.950), so it only retrieves.
"""

from __future__ import annotations

import re

from assistant.text import quantities, words
from assistant.text.sentences import clause_at, split_clauses

# 由4621小时提高到5019小时: a change word followed by 到 / 至 gives the level reached, not a change
LEVEL_REACHED_RE = re.compile(r"(?:到|至)(?:约|近|超|逾)?$")
# 由原来的4621小时提高到 before a figure: what it measures is named before 由
FROM_TO_RE = re.compile(r"(?:由|从)[^，,；;由从]*(?:到|至)(?:约|近|超|逾)?$")


def is_change(text: str, f: quantities.Quantity) -> bool:
    return bool(f.change) and not LEVEL_REACHED_RE.search(text[: f.start])


def abbreviated_span(short: str, text: str) -> tuple[int, int] | None:
    """Where `text` writes out what `short` abbreviates (营收 -> 营业收 of 营业收入): a Chinese
    abbreviation keeps a longer phrase's first and some later characters, in order."""
    if len(short) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in short):
        return None
    for start in (i for i, ch in enumerate(text) if ch == short[0]):
        pos = start
        for ch in short[1:]:
            pos = text.find(ch, pos + 1, start + 2 * len(short))
            if pos < 0:
                break
        else:
            if pos + 1 - start > len(short):
                return start, pos + 1
    return None


def acronym_words(text: str) -> list[str]:
    """The Chinese words an acronym of the text stands for (GDP: 国内生产总值), from CC-CEDICT
    read backwards (query/crosslingual.py)."""
    from assistant.query.crosslingual import english_index

    found = re.findall(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])", text)
    return [zh for a in found for zh, _ in english_index().get(a.lower(), [])] if found else []


# Words that say whose figure it is, not what it measures (the subject check reads the subject).
SUBJECT_WORDS = frozenset("公司 该公司 企业 集团 全市 全县 全区 全省 全国 我国 该市 该县 该区 本市 本县".split())


def names_measure(claimed: str, indicator: str) -> bool:
    """Does the claim's indicator name the source's, word for word, abbreviated or by a synonym
    of the conflict check's list (answer/values.SYNONYMS)? Every content word of the source's
    indicator must be in the claim's, or be what a claim's word abbreviates or stands for:
    营收 names 营业收入, 遇难人数 死亡人数; 光伏装机容量 does not name 水电站装机容量."""
    from assistant.answer.values import SYNONYMS

    mine = words.content_words(claimed)
    spans = [span for w in mine if w not in indicator for span in [abbreviated_span(w, indicator)] if span]
    theirs = [w for w in words.content_words(indicator) if len(w) >= 2 and w not in SUBJECT_WORDS]
    spelled = acronym_words(claimed) if any(w not in claimed for w in theirs) else []
    named = {SYNONYMS.get(m, m) for m in mine}  # 遇难 names 死亡

    def explained(w: str) -> bool:
        at = indicator.find(w)
        return (w in claimed or SYNONYMS.get(w, w) in named or any(a < at + len(w) and at < b for a, b in spans)
                or any(w in x for x in spelled))

    return bool(theirs) and all(explained(w) for w in theirs)


def counterpart(claim: str, figure: quantities.Quantity, text: str) -> int | None:
    """Where the source writes the claim's figure when the claim copies a run of its figures
    with one changed (共转移3个乡镇、57个村、5.2万人 against 3个乡镇、57个村、4.2万人): every other
    figure of the claim agrees with one of the source's, and in their clauses (and the clause
    after) one figure of the claim's unit is left. None when that does not hold."""
    from assistant.answer.values import figures_agree
    from assistant.check.draft import figures

    others = [g for g in figures(claim) if g.start != figure.start]
    theirs = [quantities.in_common_unit(g) for g in quantities.find_quantities(text)]
    if not others:
        return None
    used: set[int] = set()
    for g in others:
        mine = quantities.in_common_unit(g)
        same = [i for i, h in enumerate(theirs) if i not in used
                and figures_agree(mine, h, claim[: g.start], text[: h.start])]
        if not same:
            return None
        used.add(same[0])
    clauses = split_clauses(text)
    spans = [clause_at(clauses, theirs[i].start, len(text)) for i in used]
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    end = next((b for a, b in clauses if a >= last), last)
    unit, change = quantities.in_common_unit(figure).unit, is_change(claim, figure)
    left = [h for i, h in enumerate(theirs) if i not in used and first <= h.start < end
            and h.unit == unit and is_change(text, h) == change]
    return left[0].start if len(left) == 1 else None
