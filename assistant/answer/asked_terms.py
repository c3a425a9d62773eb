"""A term of the kind a which-question asks, which the shown sentence must write: 哪个产业 asks an industry, 哪一年 a year.

哪个产业, 什么产业: an industry is written with its kind (新材料产业, 梅花鹿产业) or as a trade ending in 业 (旅游业,
制造业). A sentence about firms of it (推动甲、乙等创新型企业发展) names no industry: shown, it is a confidently wrong
answer, while the short line right before it that heads its items (培育壮大新材料产业) says which: the sentence is
read with that lead, and shown with it.

哪一年, 何年: the answer is a year (2021年, 二〇二一年, 去年, 次年, 民国元年, 承久3年, 庚申年). 新的一年 names none. On
DRCD's 639 such questions (dev and test) every gold sentence writes a year so read.
"""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import words

# 哪个产业, 哪一新兴产业, 什么产业 (not a list: 哪两个产业, 哪些产业; nor a thing the industry modifies: 产业园, 产业链,
# 哪一产业组合, 什么样的产业格局, which is no industry)
INDUSTRY_ASKED_RE = re.compile(r"(?:哪|什么)(?:一|个|一个)?(?:(?![些几两二三四五六七八九十年月日天时])[\u4e00-\u9fff]){0,3}?"
                               r"产业(?=[的被是下上里中为在要呢吗，,。？?\s]|$)")
# a word ending in 业 that names no trade: a firm (企业), work (就业, 作业), a cause (事业), a subject (专业)
NOT_A_TRADE = ("企业", "就业", "创业", "作业", "事业", "专业", "职业", "毕业", "失业", "营业", "学业", "物业", "伟业", "基业", "功业")


def industry_asked(q: Question) -> bool:
    return not q.english and INDUSTRY_ASKED_RE.search(q.text) is not None


def names_industry(question: str, text: str) -> bool:
    """Does `text` write an industry: 产业 or 行业 with a word before it, or a trade's word ending in 业 (旅游业, 农业)
    that `question` does not write?"""
    if re.search(r"[\u4e00-\u9fffA-Za-z0-9”」》\"](?:产业|行业)", text):
        return True
    return any(len(w) >= 2 and w.endswith("业") and not w.endswith(NOT_A_TRADE) and w not in question
               for w, _ in words.tagged(text))


# 哪一年, 哪年, 何年, 哪个年份 (not 哪一年级, 哪个年代: a grade, a decade)
YEAR_ASKED_RE = re.compile(r"哪一?年(?![级代龄纪])|何年|哪个?年份|年份是")
# how a year is written: in figures or numerals (2021年, 二〇二一年, 承久3年), by reference (去年, 次年, 同一年), as a
# reign's first (民国元年), as a year of the cycle (庚申年), or one numeral after a reign's name (乾隆三年: not 新的一年)
YEAR_WRITTEN_RE = re.compile(r"(?:\d{1,4}|[〇零○一二三四五六七八九十百千]{2,})\s?年|[今去明前后翌同当该是本上次隔元]年"
                             r"|(?:同|那|这|当)一年|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
                             r"|(?<![的新这那每近多了全半数几第上下头前后])[一二三四五六七八九十]年")


def year_asked(q: Question) -> bool:
    return not q.english and YEAR_ASKED_RE.search(q.text) is not None


LEAD_CHARS = 20  # a lead heading the items after it is a short line (培育壮大新材料产业。), no sentence of its own matter
SENTENCE_END = "。！？；!?;"


def lead_before(text: str, a: int) -> tuple[int, int] | None:
    """The span of the short sentence right before position `a` of `text` in the same paragraph, or None."""
    end = len(text[:a].rstrip(" \t"))
    if end == 0 or text[end - 1] not in SENTENCE_END:
        return None
    start = max(text.rfind(c, 0, end - 1) for c in SENTENCE_END + "\n") + 1
    return (start, end) if end - start <= LEAD_CHARS and text[start:end].strip() else None


def industry_lead(q: Question, text: str, a: int, b: int) -> tuple[int, int] | None:
    """For a question asking which industry, the lead before `text[a:b]` naming one when that sentence names none."""
    if not industry_asked(q) or names_industry(q.text, text[a:b]):
        return None
    lead = lead_before(text, a)
    return lead if lead and names_industry(q.text, text[slice(*lead)]) else None


# 几A级, 几星级: a grade, written with its figure (3A级, 五星级) or its letters repeated (AAAA级)
GRADE_ASKED_RE = re.compile(r"几([A-Z]+级|星级)")


def grade_written(grade: str, text: str) -> bool:
    letters = rf"|{grade[0]}{{2,}}级" if grade[0].isascii() else ""
    return re.search(rf"[\d一二三四五六七八九十]{re.escape(grade)}{letters}", text) is not None


def term_disagreement(q: Question, text: str, lead: str = "") -> str:
    """The kind asked ('产业', '年份', '3A级') when `text` writes no term of it (an industry: nor its `lead`), else ''."""
    grade = GRADE_ASKED_RE.search(q.text) if not q.english else None
    if grade and not grade_written(grade.group(1), text):
        return grade.group(1)
    if industry_asked(q) and not names_industry(q.text, text) and not (lead and names_industry(q.text, lead)):
        return "产业"
    if year_asked(q) and not YEAR_WRITTEN_RE.search(text):
        return "年份"
    return ""
