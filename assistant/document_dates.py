"""A document's date: stated in its text (a publication date, a dateline), else its upload
day, and settable by hand.

Dates are kept per knowledge base in its collection's metadata (one JSON object), so they
travel with the collection to a Chroma server and vanish with it. Only the head of a
document is read: a date in the body (2023年1月1日起施行) is about something else.
"""

from __future__ import annotations

import json
import re
from datetime import date

from assistant.errors import SuyuanError

KEY = "document_dates"
HEAD = 600  # characters at the top where a paper prints its date
CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
YMD = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
CN_YMD = r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
# a labelled date (发布时间：2024-01-15), a dateline (新华社北京2024年1月13日电), or a line that is a date
LABELLED = re.compile(r"(?:发布|发表|出版|刊发|更新|日期|时间)[^\n\d]{0,6}?[:：]?\s*(?:" + YMD + ")")
DATELINE = re.compile(r"[（(]?[^\n（(]{0,12}?(?:" + YMD + r")\s*(?:电|讯)")
# the first lines of a news feed's or a web page's head: the date, then the clock time of
# publication or the label that opens the text (2023-08-13 14:14，正文：… / 2023年8月13日 来源：…)
STAMP = re.compile(r"^[\s　]*(?:" + YMD + r")(?:[\s　T]*\d{1,2}[:：]\d{2}(?!\d)|[\s　，,]*(?:正文|来源|作者|编辑)[:：])", re.M)
STAMP_LINES = 3  # a title may stand above it; further down a dated line is the story's own
DATE_LINE = re.compile(r"^[\s　]*(?:" + YMD + r")[\s　]*(?:星期.|周.)?[\s　]*(?:第\s*\d+\s*版)?[\s　]*$", re.M)
CN_DATE_LINE = re.compile(r"^[\s　]*" + CN_YMD + r"[\s　]*(?:星期.)?[\s　]*$", re.M)


class DateError(SuyuanError):
    """A date that is not a day, or a document that is not indexed."""


def _cn_number(text: str) -> int:
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    return int("".join(str(CN_DIGITS[c]) for c in text))


def _day(groups) -> str | None:
    y, m, d = [g for g in groups if g is not None][:3]
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The publication date a document's head states, as YYYY-MM-DD, or None."""
    head = text[:HEAD]
    top = "\n".join(head.lstrip().splitlines()[:STAMP_LINES])
    for pattern, where in ((LABELLED, head), (STAMP, top), (DATELINE, head), (DATE_LINE, head)):
        for match in pattern.finditer(where):
            day = _day(match.groups())
            if day:
                return day
    for match in CN_DATE_LINE.finditer(head):
        try:
            return date(_cn_number(match.group(1)), _cn_number(match.group(2)), _cn_number(match.group(3))).isoformat()
        except (KeyError, ValueError):
            continue
    return None


def _load(store) -> dict:
    try:
        return json.loads(store.info(KEY) or "{}")
    except (TypeError, json.JSONDecodeError):
        return {}


def _head_of(store, source: str) -> str:
    """The first passage of an indexed document, for documents dated after the fact."""
    found = store.collection.get(where={"source": source}, include=["metadatas"])
    metas = sorted(found["metadatas"], key=lambda m: int(m.get("start", 0)))
    return "\n".join(f"{m.get('title', '')}\n{m.get('raw', '')}" for m in metas[:2])


def dates(store, sources: list[str]) -> dict[str, dict]:
    """source -> {"date": "YYYY-MM-DD", "from": "text" | "upload" | "set"}; a document indexed
    without a stamp (by an older version, or the CLI) is dated from its text when it can be."""
    known = _load(store)
    missing = [s for s in sources if s not in known]
    found = {s: d for s in missing if (d := find_date(_head_of(store, s)))}
    if found:
        known.update({s: {"date": d, "from": "text"} for s, d in found.items()})
        store.set_info(KEY, json.dumps(known, ensure_ascii=False))
    return {s: known[s] for s in sources if s in known}


def stamp(store, texts: dict[str, str], today: date | None = None) -> dict[str, dict]:
    """Date freshly indexed documents (source -> full text): from the text, else today."""
    known = _load(store)
    today = (today or date.today()).isoformat()
    for source, text in texts.items():
        if known.get(source, {}).get("from") == "set":
            continue  # a date set by hand outlives a new version of the file
        stated = find_date(text)
        known[source] = {"date": stated, "from": "text"} if stated else {"date": today, "from": "upload"}
    store.set_info(KEY, json.dumps(known, ensure_ascii=False))
    return {s: known[s] for s in texts}


def stamp_indexed(store, sources: list[str], today: date | None = None) -> dict[str, dict]:
    """Date documents the CLI just indexed, from the head of their first passage, else today."""
    return stamp(store, {s: _head_of(store, s) for s in sources}, today)


def set_date(store, source: str, value: str) -> dict:
    try:
        day = date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise DateError(f"{value!r} is not a date like 2024-01-31") from None
    if not store.source_state(source):
        raise DateError(f"not indexed in this knowledge base: {source}")
    known = _load(store)
    known[source] = {"date": day, "from": "set"}
    store.set_info(KEY, json.dumps(known, ensure_ascii=False))
    return known[source]


def forget(store, source: str) -> None:
    known = _load(store)
    if known.pop(source, None) is not None:
        store.set_info(KEY, json.dumps(known, ensure_ascii=False))
