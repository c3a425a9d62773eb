"""A term of the kind a which-question asks, which the shown sentence must write: 哪个产业 asks an industry, 哪一年 a year.

哪个产业, 什么产业: an industry is written with its kind (新材料产业, 梅花鹿产业) or as a trade ending in 业 (旅游业,
制造业). A sentence about firms of it (推动甲、乙等创新型企业发展) names no industry: shown, it is a confidently wrong
answer, while the line above it that heads the paragraph (培育壮大新材料产业) says which.

哪一年, 何年: the answer is a year (2021年, 二〇二一年, 去年, 次年, 民国元年, 承久3年, 庚申年). 新的一年 names none. On
DRCD's 639 such questions (dev and test) every gold sentence writes a year so read.
"""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import words

# 哪个产业, 哪一新兴产业, 什么产业 (not a list: 哪两个产业, 哪些产业; not a place of an industry: 产业园, 产业链, 产业集群)
INDUSTRY_ASKED_RE = re.compile(r"(?:哪|什么)(?:一|个|一个)?(?:(?![些几两二三四五六七八九十年月日天时])[\u4e00-\u9fff]){0,3}?"
                               r"产业(?![园链集区基带联化圈])")
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


def term_disagreement(q: Question, text: str) -> str:
    """The kind asked ('产业', '年份') when `text` writes no term of it, else ''."""
    if industry_asked(q) and not names_industry(q.text, text):
        return "产业"
    if year_asked(q) and not YEAR_WRITTEN_RE.search(text):
        return "年份"
    return ""
