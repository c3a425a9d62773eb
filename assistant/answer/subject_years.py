"""Subject agreement on the year: the years a sentence states figures for, so another year's sentence is not taken."""

from __future__ import annotations

import re

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import paraphrases
from assistant.text.quantities import COMPARED_WITH, RELATIVE_YEARS, SINCE_RE, YEAR_CONTEXT_RE, year_in_force, years
from assistant.text.years import sentence_years, since_years, title_year

# 比2023年增长, 较上年同期: a year a figure is compared against, not the year it is for.
_BASE_YEAR = r"(?:(?:19|20)\d\d年?|上年|去年|前年|上一年)"
BASELINE_RE = re.compile(rf"(?:{COMPARED_WITH}|同比|与|和|对比|相当于)" + _BASE_YEAR + r"(?:同期|底|末|全年)?"
                         r"|(?:(?:19|20)\d\d年|上年|去年)同期")


# 今年, 去年: counted from the day the article was written, never from a year an earlier sentence wrote
RELATIVE_RE = re.compile("|".join(RELATIVE_YEARS))


def stated_years(text: str) -> set[str]:
    """Years a sentence states its figures for: 比2023年增长 compares, it is not 2023's."""
    return years(BASELINE_RE.sub(" ", text))


def period(chunk: Chunk, a: int, b: int) -> set[str]:
    """The years a sentence speaks of: those it states, else the year in force before it
    (`text.years.sentence_years`), together with a relative year it uses (今年, 去年)
    counted from its title's year. The title's year may be a section heading's (一、2023年
    工作回顾, where 过去一年 is 2023, not 2022), so a relative year only adds a candidate.
    A run's start (自2018年推出…以来) is a candidate beside the year in force, not the sentence's own year."""
    text = BASELINE_RE.sub(" ", chunk.text[a:b])
    since = since_years(text)
    text = SINCE_RE.sub(" ", text)
    own = years(text)
    if own:
        return own
    return since | _period_in_force(chunk, a, b, text)


def _period_in_force(chunk: Chunk, a: int, b: int, text: str) -> set[str]:
    found = set()
    current = title_year(chunk.title)
    if years(chunk.text[a:b]):  # only baselines in it: the year in force before the sentence
        before = year_in_force(chunk.text[:a], title_year(chunk.title)) or chunk.year
        found |= {before} if before else set()
    elif not current and RELATIVE_RE.search(text):
        return found  # 自2022年2月以来…。今年7月…: 今年 is the unknown year the article was written, not 2022
    else:
        found |= sentence_years(chunk, a, b)
    if current and YEAR_CONTEXT_RE.search(text):
        # a sentence saying 今年 counts its own year: a relative year before it (相比去年同期) is no longer
        # in force, only an explicit one (2021年7月…今年以来 may still mean 2021) or the chunk's
        found = _explicit_before(chunk, a) or found
        year = year_in_force(text, current)
        found |= {year} if year else set()
    return found


def _explicit_before(chunk: Chunk, a: int) -> set[str]:
    """The last explicit year in force before `a` (relative years passed over), else the chunk's year."""
    year = year_in_force(RELATIVE_RE.sub(" ", chunk.text[:a])) or chunk.year
    return {year} if year else set()


def year_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    if not q.years:
        return None
    found = period(chunk, a, b)
    if found and not (found & q.years):
        return Disagreement("year", "/".join(sorted(q.years)), "/".join(sorted(found)))
    return None


# 去年排第十，那2022年呢: a clause of the question that names another year than the one asked
# states that year's figure; a sentence of no year giving that figure is the other year's.
_CLAUSE_RE = re.compile(r"[，,；;。？?！!]")
_FIGURE_RE = re.compile(r"第[一二三四五六七八九十百\d]+|(?<![\d.])\d+(?:\.\d+)?%?(?![\d.]|\s?年)")


def premise_figures(q: Question) -> set[str]:
    """Figures the question states in a clause of another year than the one it asks."""
    if not q.years:
        return set()
    out = set()
    for clause in _CLAUSE_RE.split(q.text):
        if years(clause) & q.years or not YEAR_CONTEXT_RE.search(clause):
            continue
        out |= {m.group() for m in _FIGURE_RE.finditer(clause)}
    return out


def restates_premise(q: Question, text: str) -> bool:
    """Does a sentence that names no year give a figure the question states for another year?"""
    if YEAR_CONTEXT_RE.search(text):
        return False
    return any(re.search(re.escape(f) + r"(?![\d.一二三四五六七八九十百])", text) for f in premise_figures(q))


# 截至2022年底, 到2021年末: a total asked at the end of a named year
YEAR_END_ASKED_RE = re.compile(r"(?:截至|截止|到)((?:19|20)\d\d)年(?:底|末)")


def unwritten_year_end(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A total asked at a named year's end (截至2022年底) is not a sentence's total up to now (截至目前…110个)
    unless its article writes that year's end: the article may be of a later year, when the count has grown."""
    asked = YEAR_END_ASKED_RE.search(q.text)
    own = chunk.text[a:b]
    if not asked or not paraphrases.TO_NOW.search(own) or stated_years(own):
        return None
    year = asked.group(1)
    if re.search(year + r"年(?:底|末|12月31日)", f"{chunk.title} {chunk.text}"):
        return None
    return Disagreement("year", f"{year}年底", "a total up to now")
