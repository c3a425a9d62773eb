"""Does a source's figure measure what a claim's figure does, however the claim words it?

A claim paraphrases: it abbreviates (营收 for 营业收入), spells an acronym (GDP for
国内生产总值), writes a level reached as 增至 where the source has 由…提高到, or copies the
source's run of figures with one changed. Each test here is lexical: the e5 encoder was
measured and does not tell a paraphrase from another measure (雨量/降水量 0.956 against
高功率版/低功率版 0.974, 道琼斯指数/标普500指数 0.950), so it only retrieves.
"""

from __future__ import annotations

import re

from assistant.text import periods, quantities, words
from assistant.text.indicators import COMPARISON_RE
from assistant.text.sentences import clause_at, split_clauses

# 由4621小时提高到5019小时: a change word followed by 到 / 至 gives the level reached, not a change
LEVEL_REACHED_RE = re.compile(r"(?:到|至)(?:约|近|超|逾)?$")
# 由原来的4621小时提高到 before a figure: what it measures is named before 由
FROM_TO_RE = re.compile(r"(?:由|从)[^，,；;由从]*(?:到|至)(?:约|近|超|逾)?$")
FROM_EARLIER_RE = re.compile(r"(?:从|由)(上一?个?季度|上一?个?月|上年同期|上年|去年同期|去年|上一年|前一年)的?$")


def from_earlier(claim: str, text: str, f: quantities.Quantity) -> bool:
    """Is the source's figure where a change starts, of the period before the sentence's
    (从上一季度的27.0%下降到24.7%), which the claim does not name?"""
    m = FROM_EARLIER_RE.search(text, 0, f.start)
    return bool(m) and m.group(1) not in claim


# a rate or price set anew is changed by its figure as much as 降低 changes it: a claim's 把费率砍掉30% and a
# source's 将费率降低30% state one change (the figure reader's own change words are the measures' words)
# (下调为0.5%, 调降至3元: the level set, not the change)
ADJUSTED_RE = re.compile(r"(?:下调|上调|调降|调低|调高|调升|削减|压减|砍掉|砍去)[^为到至成，,；;。]{0,6}$")


def is_change(text: str, f: quantities.Quantity) -> bool:
    adjusted = bool(ADJUSTED_RE.search(text, max(0, f.start - 8), f.start))
    return (bool(f.change) or adjusted) and not LEVEL_REACHED_RE.search(text[: f.start])


def abbreviated_span(short: str, text: str) -> tuple[int, int] | None:
    """Where `text` writes out what `short` abbreviates (营收 -> 营业收 of 营业收入): a Chinese
    abbreviation keeps a longer phrase's first and some later characters, in order."""
    if len(short) < 2 or not words.chinese_word(short):
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
    from assistant.query.cedict import english_index

    found = re.findall(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])", text)
    return [zh for a in found for zh, _ in english_index().get(a.lower(), [])] if found else []


# Words that say whose figure it is, not what it measures (the subject check reads the subject).
SUBJECT_WORDS = frozenset("公司 该公司 企业 集团 全市 全县 全区 全省 全国 我国 该市 该县 该区 本市 本县".split())
# jieba's tags of words that say when, how or how much, not what is measured: 当月共计交付新车
# measures 交付新车 (the period is the period check's; 共计 / 累计 / 达到 are fillers)
UNNAMING_FLAGS = ("t", "d", "r", "p", "c", "u", "m", "q", "f")
FILLER_RE = re.compile(r"(?:共|合|总|累)计|共|达到?|实现|完成|超过|突破|为|是|约")


def _verbs(text: str) -> set[str]:
    """The actions a text names (交付, 生产), not its fillers or its change (增长 is the figure's)."""
    return {w for w, flag in words.tagged(text) if flag in ("v", "vn") and len(w) >= 2 and not FILLER_RE.fullmatch(w)
            and not any(w in c for c in quantities.CHANGE_WORDS)}


def _naming_words(indicator: str, claimed: str) -> list[str]:
    """The words of a source's indicator that say what it measures, which a claim naming it
    must explain: not a period, adverb or filler word, and a verb only when the claim has an
    action of its own the indicator lacks (交付新车 is not 生产新车; 该电视采用屏占比 is the
    claim's 屏占比)."""
    own_action = any(v not in indicator for v in _verbs(claimed))
    out = []
    for w, flag in words.tagged(re.sub(r"(?<=\d)([月年])", r"\1 ", indicator)):  # 6月|销量, not 6|月销量
        w = w.strip()
        if (len(w) < 2 or w in words.STOPWORDS or flag.startswith(UNNAMING_FLAGS) or FILLER_RE.fullmatch(w)
                or periods.spans(w) or PERIOD_WORD_RE.fullmatch(w) or w[0] in "了的着"):  # Q2, 7|月份, 实现|了高
            continue
        if flag == "v" and not own_action:
            continue
        out.append(w)
    return out


CLAIM_NAMING_FLAGS = ("n", "vn", "j", "eng", "nz", "nr")
PERIOD_WORD_RE = re.compile(r"(?:月份?|季度|年度|半年|财季|财年|同期)$")
NAME_FLAGS = ("nr", "nz", "nt", "eng")


def _said(w: str, context: str) -> bool:
    from assistant.answer.values import SYNONYMS

    if w in context or SYNONYMS.get(w, w) in context or abbreviated_span(w, context):
        return True
    parts = [p for p in words.search_tokens(w) if len(p) >= 2 and p != w]  # 汽车产量: 汽车 … 产量
    return bool(parts) and all(p in context for p in parts) and sum(map(len, parts)) >= len(w)


def _joined(text: str) -> list[tuple[str, str]]:
    """jieba's words, a one-character distinguishing word joined to the noun after it (总|市值
    is 总市值, 净|利润 净利润)."""
    out: list[tuple[str, str]] = []
    for w, flag in words.tagged(text):
        if out and out[-1][1] == "b" and len(out[-1][0]) == 1 and flag.startswith("n"):
            out[-1] = (out[-1][0] + w, flag)
        else:
            out.append((w, flag))
    return out


def unstated_words(lead: str, places: tuple[str, ...], context: str, article: str = "") -> list[str]:
    """The words naming the claim's measure (nouns, not its places, periods, subject words or
    change) that the source sentence and its context leave unsaid, written out, abbreviated
    or by a synonym. A source with fewer names speaks of a whole the claim names a part of:
    338个项目集中签约 is no count of 文旅康养项目, 持仓市值 of one holding no 持仓总市值."""
    out: list[str] = []
    previous = ""
    for w, flag in _joined(COMPARISON_RE.sub("", lead)):
        previous, name = w if flag.startswith(NAME_FLAGS) else "", previous  # 华大|智造: one name
        if (len(w) < 2 or not flag.startswith(CLAIM_NAMING_FLAGS) or flag.startswith("ns") or w in words.STOPWORDS
                or w in SUBJECT_WORDS or any(w in p or p in w for p in places) or periods.spans(w)
                or PERIOD_WORD_RE.search(w) or w in quantities.RELATIVE_YEARS or re.search(r"\d", w)
                or any(w in c for c in quantities.CHANGE_WORDS)):
            continue
        # a name (the company an article is about) may be in force from earlier in the article
        if _said(w, context) or (flag.startswith(NAME_FLAGS) and _said(w, article)) or (name and name + w in article):
            continue
        out.append(w)
    return out


def names_measure(claimed: str, indicator: str) -> bool:
    """Does the claim's indicator name the source's, word for word, abbreviated or by a synonym
    of the conflict check's list (answer/values.SYNONYMS)? Every content word of the source's
    indicator must be in the claim's, or be what a claim's word abbreviates or stands for:
    营收 names 营业收入, 遇难人数 死亡人数; 光伏装机容量 does not name 水电站装机容量."""
    from assistant.answer.values import SYNONYMS

    mine = words.content_words(claimed)
    spans = [span for w in mine if w not in indicator for span in [abbreviated_span(w, indicator)] if span]
    theirs = [w for w in _naming_words(COMPARISON_RE.sub("", indicator), claimed) if w not in SUBJECT_WORDS]
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


# Modifiers that make another measure of the same words: 高功率版 is not 低功率版, 出口 not
# 进口, 城镇居民 not 农村居民. Read only before the same characters (高功率 / 低功率), so
# 目前 or 以上 alone never contradict anything.
OPPOSITES = (("高", "低"), ("出", "进"), ("城镇", "农村"), ("城市", "农村"), ("男", "女"),
             ("上", "下"), ("前", "后"), ("内", "外"), ("大", "小"), ("增", "减"), ("买", "卖"),
             ("收", "支"), ("最高", "最低"), ("最大", "最小"), ("国内", "国外"), ("国内", "海外"),
             ("日", "月"), ("日", "年"), ("月", "年"))  # 日活 / 月活, 日产 / 年产: per day is not per month


def contradicts(claimed: str, stated: str) -> bool:
    """Does the source's measure carry a modifier opposite to one of the claim's before the
    same word (claim 高功率版驱动电机 against source 低功率版驱动电机)?"""
    for x, y in OPPOSITES:
        for mine, theirs in ((x, y), (y, x)):
            for m in re.finditer(mine, claimed):
                follow = claimed[m.end() : m.end() + 2]
                if len(follow) < 1 or not words.chinese_word(follow):
                    continue
                if theirs + follow in stated and mine + follow not in stated and theirs + follow not in claimed:
                    return True
        # 进出口 (both sides) against 出口 alone
        for both in (x + y, y + x):
            for m in re.finditer(both, claimed):
                follow = claimed[m.end() : m.end() + 1]
                for side, other in ((x, y), (y, x)):
                    if follow and any(not stated[:n.start()].endswith(other)
                                      for n in re.finditer(side + follow, stated)) and both not in stated:
                        return True
    return False
