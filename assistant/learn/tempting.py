"""Tempting unanswerable questions from real news: a generated figure question
(learn/news_figures.py) with one qualifier changed while its paragraph stays.

learn/abstention.py trains on those of news part a; learn/tempting_heldout.py measures the
model on part b's.

The change is one of: the period (今年 -> 去年, 上半年 -> 下半年, 2023年 -> 2022年, 5月 -> 6月;
a question naming no period is given 去年), the ordinal of a series (第二批 -> 第三批), the
counted noun to a sibling (镇 -> 村, 出口 -> 进口) or a place to another one named elsewhere
in the corpus. The new word is one its article never writes, so nothing there answers: the
right output is to abstain. Its rules' figure is the one of the word that was changed, the
confidently wrong answer the model has to learn to refuse (answer/uncovered.py reads it).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace


KINDS = ("period", "ordinal", "sibling", "place")
# periods and their neighbours (the one a question would confuse it with)
PERIODS = {"今年": "去年", "去年": "前年", "上半年": "下半年", "下半年": "上半年", "一季度": "二季度",
           "二季度": "三季度", "三季度": "一季度", "四季度": "三季度", "暑期": "寒假", "暑假": "寒假",
           "全年": "上半年", "年底": "年初", "年初": "年底", "本月": "上月", "上旬": "下旬", "下旬": "上旬"}
# a counted noun and a sibling of its kind (a town and a village, exports and imports)
SIBLINGS = {"镇": "村", "村": "镇", "县": "区", "出口": "进口", "进口": "出口", "男": "女", "女": "男",
            "小学": "中学", "中学": "小学", "城镇": "农村", "农村": "城镇", "入境": "出境", "出境": "入境",
            "收入": "支出", "本科": "硕士", "国内": "国外", "线上": "线下", "线下": "线上", "新增": "累计",
            "累计": "新增", "企业": "个人", "客车": "货车", "货车": "客车", "旅客": "货物", "住院": "门诊",
            "门诊": "住院", "乘客": "司机", "学生": "教师", "教师": "学生", "省级": "国家级", "国家级": "省级",
            "市级": "省级", "高铁": "普铁", "新能源": "燃油", "城市": "乡村", "乡村": "城市"}
NUMERALS = "一二三四五六七八九十"
YEAR_RE = re.compile(r"(\d{4})年")
MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})月")
ORDINAL_RE = re.compile(rf"第([{NUMERALS}\d]{{1,2}})(批|期|届|次|轮|季)")


def _numeral_next(n: str) -> str:
    if n.isdigit():
        return str(int(n) + 1)
    return NUMERALS[(NUMERALS.index(n) + 1) % 10] if n in NUMERALS else ""


INSERTED_SHARE = 0.3  # of the questions naming no period, those given 去年 (else they would be most items)


def _period(question: str, article: str, rng: random.Random) -> str | None:
    for old, new in PERIODS.items():
        if old in question and new not in article:
            return question.replace(old, new, 1)
    m = YEAR_RE.search(question)
    if m and f"{int(m.group(1)) - 1}年" not in article:
        return question[: m.start(1)] + str(int(m.group(1)) - 1) + question[m.end(1) :]
    m = MONTH_RE.search(question)
    if m and 1 <= int(m.group(1)) <= 11 and f"{int(m.group(1)) + 1}月" not in article:
        return question[: m.start(1)] + str(int(m.group(1)) + 1) + question[m.end(1) :]
    if "去年" not in article and not any(p in question for p in PERIODS) and not YEAR_RE.search(question) \
            and rng.random() < INSERTED_SHARE:
        return "去年" + question  # asks for last year's figure; the passage gives another one
    return None


def _ordinal(question: str, article: str) -> str | None:
    m = ORDINAL_RE.search(question)
    if not m:
        return None
    new = f"第{_numeral_next(m.group(1))}{m.group(2)}"
    if len(new) < 3 or new in article:
        return None
    return question[: m.start()] + new + question[m.end() :]


def _sibling(question: str, article: str) -> str | None:
    for old in sorted(SIBLINGS, key=len, reverse=True):
        at = question.find(old)
        if at < 0:
            continue
        changed = question[:at] + SIBLINGS[old] + question[at + len(old) :]
        span = changed[max(0, at - 2) : at + len(SIBLINGS[old]) + 2]  # the new word with its neighbours
        if span not in article:
            return changed
    return None


def _place(question: str, article: str, places, rng: random.Random) -> str | None:
    from assistant.query.question import analyse

    named = [p for p in analyse(question).places if len(p) >= 2 and p in question]
    if not named:
        return None
    old = named[0]
    pool = [p for p in places if p not in article and p[-1] == old[-1] and p != old] or \
        [p for p in places if p not in article and len(p) == len(old)]
    return question.replace(old, rng.choice(pool), 1) if pool else None


def tempt(question: str, article: str, kind: str, places=(), rng=None) -> str | None:
    """`question` with one qualifier of `kind` changed to a word `article` never writes."""
    rng = rng or random.Random(0)
    if kind == "period":
        return _period(question, article, rng)
    if kind == "ordinal":
        return _ordinal(question, article)
    if kind == "sibling":
        return _sibling(question, article)
    return _place(question, article, places, rng)


def place_pool(paragraphs, articles: int = 400) -> list[str]:
    """Places jieba tags in several of the first articles (real ones: it tags some odd words ns)."""
    from assistant.text import words

    seen = Counter(w for p in paragraphs[:articles] for w, flag in words.tagged(p.context[:600])
                   if flag == "ns" and 2 <= len(w) <= 4)
    return sorted(w for w, c in seen.items() if c >= 3)


def questions(qs, paragraphs, seed: int = 31) -> list:
    """One tempting question (id `<id>-t-<kind>`, no answer) per question that allows a
    change: the kinds tried in turn from a rotating start, so every kind is made."""
    rng = random.Random(seed)
    text = {p.id: p.context for p in paragraphs}
    places = place_pool(paragraphs)
    out = []
    for n, q in enumerate(qs):
        for kind in KINDS[n % len(KINDS):] + KINDS[: n % len(KINDS)]:
            changed = tempt(q.text, text[q.paragraph], kind, places, rng)
            if changed and changed != q.text:
                out.append(replace(q, id=f"{q.id}-t-{kind}", text=changed, answers=()))
                break
    return out
