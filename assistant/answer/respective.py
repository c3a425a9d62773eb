"""The figures of a list each of which one item owns: after 分别 (LM 500h六座尊崇版和LM 500h四座御世版的预售价，
分别为138万元和158万元; text/respectively.py finds the items) or in an enumeration (整洁型村庄80个、宜居型
村庄120个). A figure is not the answer when the question names another item and not its own."""

from __future__ import annotations

from assistant.answer import measure_words
from assistant.query.question import Question
from assistant.text import quantities, words
from assistant.text.respectively import enumerated_items, respective_items


def _mentions(q: Question, item: str, items: list[str]) -> bool:
    """Does the question name this item, by what sets it apart from the others (公司 in 白鹭公司和青柚公司 names neither)?"""
    asked = " ".join(q.terms) if q.english else q.text  # English: through its translated words (ecological: 生态)
    if len(item) == 1:
        return item in "".join(measure_words.asked_measures(q)) or item in asked
    common = set.intersection(*(words.char_pairs(x) for x in items))
    return bool((words.char_pairs(item) - common) & words.char_pairs(asked))


def _own_words(items: list[str]) -> list[str]:
    """The words of each listed item that are its own: the subject and verb before the first item
    (雷克萨斯还公布了|LM 500h六座尊崇版) and the head after the last one's 的 (…御世版|的预售价) are
    every item's, so the first is cut to the others' length, as an enumeration's is."""
    if len(items) < 2 or any(f.end == len(x) for x in items for f in quantities.find_quantities(x)):
        return items  # items ending in a figure are a clause of figures cut at 和, no names to trim
    last = items[-1]
    if "的" in last and not any("的" in x for x in items[:-1]):
        last = last[: last.rindex("的")] or last
    width = max(len(x) for x in items[1:-1] + [last])
    return [items[0][-width:]] + items[1:-1] + [last]


def names_own_item(q: Question, text: str, f: quantities.Quantity) -> bool:
    """Is `f` one of the figures after a 分别 whose own item the question names?"""
    items, index = respective_items(text, f)
    items = _own_words(items)
    return index >= 0 and _mentions(q, items[index], items)


def respective_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure of one item of a 分别 or of an enumeration, when the question names another."""
    items, index = respective_items(text, f)
    items = _own_words(items)
    if index < 0:
        items, index = enumerated_items(text, f)
    if index < 0:
        return ""
    mine = items[index]
    others = [x for i, x in enumerate(items) if i != index and _mentions(q, x, items)]
    if others and not _mentions(q, mine, items):
        return f"it is the figure of {mine}, not of {others[0]}"
    return ""
