"""The period an English question asks about, written as a Chinese text writes it.

"In the first half of 2024" is 2024年上半年, "in Q3" 第三季度, "from January to July" 1-7月,
"on August 1" 8月1日 (a date, which `text.periods` reads as no period). The period checks
(`answer.subject_names.period_disagreement`, `answer.figure_scope`) read the question's
period with `text.periods`, which reads Chinese only: an English question's "July" reached
none of them, so another month's, quarter's or half year's figure answered it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.words import has_cjk

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# January, Jan or Jan. (not "may": a month only when written May, and not the question's first word)
MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember|t)?|Oct(?:ober)?|" \
        r"Nov(?:ember)?|Dec(?:ember)?)\.?(?![A-Za-z])"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11}
ORDINAL = r"(first|second|third|fourth|1st|2nd|3rd|4th)"
COUNT = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])"
QUARTER_ZH = "一二三四"
SEP = r"\s*(?:-|–|—|to|through|until|till|and)\s*"

# read in this order; a span read is blanked so a later pattern does not read it again
# (January of "from January to July" is no month of its own)
PATTERNS = (
    # January 1, 1 January, August 1st: a day, which the period checks read as none
    ("date", re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})")),
    # from January to July, January-July, between January and July
    ("months", re.compile(rf"(?:\bfrom\s+|\bbetween\s+)?\b({MONTH})(?:\s+(?:19|20)\d\d)?{SEP}({MONTH})")),
    # the first seven months, the first three quarters
    ("first months", re.compile(rf"\bfirst\s+{COUNT}\s+months\b", re.IGNORECASE)),
    ("first quarters", re.compile(rf"\bfirst\s+(two|three|2|3)\s+quarters\b", re.IGNORECASE)),
    # the first half, H1, first-half, the second half of the year
    ("half", re.compile(r"\b(first|second)[\s-]+half\b|\b(?:H([12])|([12])H)\b", re.IGNORECASE)),
    # the third quarter, Q3, 3Q, second-quarter, fiscal third quarter
    ("quarter", re.compile(rf"\b{ORDINAL}[\s-]+(?:fiscal\s+|financial\s+)?quarter\b|\b(?:Q([1-4])|([1-4])Q(?:\d\d)?)\b", re.IGNORECASE)),
    # in July; a month before a day was read above; the end of July is no month's figure (7月末)
    ("month", re.compile(rf"\b(?:the\s+)?(end|late|early|mid|beginning|start)?(?:\s+of)?[\s-]*\b({MONTH})", re.IGNORECASE)),
)
RELATIVE_YEARS = (("this year", "今年"), ("last year", "去年"), ("next year", "明年"))
YEAR_RE = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)\b", re.IGNORECASE)
# the quarter before the one reported, and that one, as a Chinese text writes them (text.periods.relative_quarter);
# not "the last quarter of 2023", the fourth
RELATIVE_QUARTERS = ((re.compile(r"\b(?:previous|last|prior|preceding)\s+(?:fiscal\s+)?quarter\b(?!\s+of\b)", re.IGNORECASE), "上季度"),
                     (re.compile(r"\b(?:this|the current|the same)\s+(?:fiscal\s+)?quarter\b", re.IGNORECASE), "本季度"))
PART_OF_MONTH = {"end": "末", "late": "下旬", "early": "上旬", "mid": "中旬", "beginning": "初", "start": "初"}


def _month(word: str) -> int:
    low = word.lower().rstrip(".")
    return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(low[:3]))


def _is_month(text: str, m: re.Match, group: int) -> bool:
    """May is a month when capitalised and not the question's first word (May I ...)."""
    word = m.group(group)
    return word[0].isupper() and not (word == "May" and not text[: m.start(group)].strip())


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _read(kind: str, text: str, m: re.Match) -> str:
    if kind == "date":
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        group = 1 if m.group(1) else 4
        return f"{_month(month)}月{int(day)}日" if _is_month(text, m, group) else ""
    if kind == "months":
        if not (_is_month(text, m, 1) and _is_month(text, m, 2)):
            return ""
        return f"{_month(m.group(1))}-{_month(m.group(2))}月"
    if kind == "first months":
        return f"前{_number(m.group(1))}个月"
    if kind == "first quarters":
        return f"前{QUARTER_ZH[_number(m.group(1)) - 1]}季度"
    if kind == "half":
        second = (m.group(1) or "").lower() == "second" or "2" in (m.group(2) or m.group(3) or "")
        return "下半年" if second else "上半年"
    if kind == "quarter":
        n = ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2) or m.group(3))
        return f"第{QUARTER_ZH[n - 1]}季度"
    if not _is_month(text, m, 2):
        return ""
    return f"{_month(m.group(2))}月{PART_OF_MONTH.get((m.group(1) or '').lower(), '')}"


@lru_cache(maxsize=1024)
def period_text(question: str) -> str:
    """The question's year and part of the year as a Chinese text writes them ("in the first
    half of 2024" -> 2024年上半年, "from January to July this year" -> 今年1-7月); a Chinese
    question is returned as it is, since it writes its period so already."""
    if has_cjk(question):
        return question
    rest, found = question, []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(rest):
            chinese = _read(kind, rest, m)
            if chinese:
                found.append((m.start(), chinese))
                rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    years = [f"{y}年" for y in dict.fromkeys(YEAR_RE.findall(rest))]
    years += [zh for en, zh in RELATIVE_YEARS if re.search(rf"\b{en}\b", question, re.IGNORECASE)]
    found += [(m.start(), zh) for pattern, zh in RELATIVE_QUARTERS for m in pattern.finditer(question)]
    # the year first, so a month is never read as followed by a figure (7月2023年)
    return "".join(years[:1]) + "，".join(chinese for _, chinese in sorted(found))
