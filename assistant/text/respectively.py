"""The items a 分别 lists, in order, for the figures after it, and the items of an enumeration
that gives each its own figure (整洁型村庄80个、宜居型村庄120个). Pure functions.

Figures after 分别 belong, in order, to the items listed before it: 汽车产销量分别完成1324.8万辆和
1323.9万辆 gives 产量 and then 销量; 索尼和苹果，收入分别为43.8亿美元和36.8亿美元 Sony's, then Apple's.
"""

from __future__ import annotations

import re

from assistant.text import quantities

RESPECTIVELY = "分别"
ITEM_SPLIT = re.compile(r"、|以及|和|与|及")
# compounds of two indicators in statistical writing, read as their two items
PAIRS = {"产销": ("产", "销"), "进出口": ("进口", "出口"), "收支": ("收入", "支出"), "购销": ("购", "销")}


def respective_items(text: str, f: quantities.Quantity) -> tuple[list[str], int]:
    """(the items a 分别 lists, the index of `f` among its figures); ([], -1) when `f` is not
    one of the figures of a 分别 with as many items as figures."""
    at = text.rfind(RESPECTIVELY, 0, f.start)
    if at < 0:
        return [], -1
    end = re.search(r"[，。；;！？]|$", text[at:]).start() + at
    run = [g for g in quantities.find_quantities(text[at:end])]
    starts = [at + g.start for g in run]
    if f.start not in starts or len(run) < 2:
        return [], -1
    index = starts.index(f.start)
    before = text[:at]
    for pair, items in PAIRS.items():
        tail = re.split(r"[，,：:]", before)[-1]
        if pair in tail and len(run) == len(items):
            return list(items), index
    for clause in reversed(re.split(r"[，,：:]", before)):
        items = [x for x in ITEM_SPLIT.split(clause) if x]
        if len(items) == len(run):
            return items, index
        if len(items) > 1:
            break
    return [], -1


ENUMERATION_SPLIT = re.compile(r"、")
CLAUSE_END = re.compile(r"[，,。：:！？]")


def enumerated_items(text: str, f: quantities.Quantity) -> tuple[list[str], int]:
    """(what each figure of an enumeration counts, the index of `f`) when `f` closes one item of
    a run like 创建整洁型村庄80个、宜居型村庄120个、生态型村庄12个; ([], -1) otherwise. The first
    item's label is cut to the others' length so that the verb before the run (创建) names none."""
    a = max((m.end() for m in CLAUSE_END.finditer(text, 0, f.start)), default=0)
    b = next((m.start() for m in CLAUSE_END.finditer(text, f.end)), len(text))
    labels, index, at = [], -1, a
    for part in ENUMERATION_SPLIT.split(text[a:b]):
        found = quantities.find_quantities(part)
        if len(found) != 1 or part[found[0].end :].strip():
            return [], -1  # every item is a label closed by its one figure
        label = part[: found[0].start].strip()
        if found[0].change or not label:
            return [], -1  # 产量120万吨、增长3%: a figure and its change, not two items
        if at + found[0].start == f.start:
            index = len(labels)
        labels.append(label)
        at += len(part) + 1
    if len(labels) < 2 or index < 0:
        return [], -1
    width = max(len(x) for x in labels[1:])
    return [labels[0][-width:]] + labels[1:], index
