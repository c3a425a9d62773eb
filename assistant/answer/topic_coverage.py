"""How much of a question's topic words a text holds, each group weighted by its rarest word: a sentence's support before its factors."""

from __future__ import annotations

import re

from assistant.answer import measure_nature, unseen_words
from assistant.query import framing
from assistant.query.question import Question, topic_groups
from assistant.text import abbreviations, paraphrases, quantities


def is_unit_word(term: str) -> bool:
    base = term.lstrip("万亿千百")
    return (term in quantities.UNITS or base in quantities.UNITS or term == "%") and term not in quantities.COUNT_WORDS


# the weights of the last questions asked: every candidate sentence and figure of a question reads the same
# weights, and making them looks up the idf of each word and of each unseen word's parts (an SQLite read each)
# (a Question is mutable: with_translation fills an English one in place, so what it reads is compared too)
_MADE: dict[int, tuple[Question, object, tuple, dict]] = {}


def _read(q: Question) -> tuple:
    return q.text, q.terms, q.head, q.groups, q.head_group, q.places, q.figures


def term_weights(q: Question, idf) -> dict[tuple[str, ...], float]:
    """Weight of each group of alternative topic words: the rarest alternative's idf. Callers read it, never
    change it: the same weights are given to every caller of the same question and idf."""
    made, read = _MADE.get(id(q)), _read(q)
    if made and made[0] is q and made[1] is idf and made[2] == read:
        return made[3]
    weights = _make_weights(q, idf)
    if len(_MADE) >= 16:
        _MADE.clear()
    _MADE[id(q)] = (q, idf, read, weights)
    return weights


def _make_weights(q: Question, idf) -> dict[tuple[str, ...], float]:
    weights, unseen = framing.Weights(), unseen_words.never_held(idf)
    for group in topic_groups(q):
        group = tuple(t for t in group if t != q.unit_text and not (q.english and is_unit_word(t)))
        if len(group) == 1 and not is_unit_word(group[0]):  # a word no document writes, by its parts (签下: 签, 下)
            for part in unseen_words.parts(group[0], q, unseen):
                _weigh((part,), q, idf, weights, part != group[0])
        elif group:
            _weigh(group, q, idf, weights)
    for figure in q.figures:
        weights[(figure,)] = 4.0
    weights = framing.mark(weights, q)  # the frame optional; 第十项 read as the item's marker
    # 多少户人家 where no document writes 人家: the unit (600户) says what is counted; held when written
    weights.optional |= {g for g in weights if len(g) == 1 and unseen(g[0]) and counted_by_unit(g[0], q)}
    return weights


def counted_by_unit(term: str, q: Question) -> bool:
    """Is `term` the noun the question's asking phrase counts in its unit (多少户人家, 几名工人)?"""
    return bool(q.unit) and not q.english and re.search(f"(?:多少|几){re.escape(q.unit)}{re.escape(term)}", q.text) is not None


def _weigh(group: tuple[str, ...], q: Question, idf, weights: dict, part: bool = False) -> None:
    """Put the group's weight in `weights`; a part of an unseen word (`part`) adds none to a
    word the question writes itself (保到 -> 保 when the question writes 保 too)."""
    w = min(max(max(idf(t) for t in group), 0.5), 8.0)
    w *= 0.3 if all(len(t) == 1 for t in group) else 1.0
    is_head = (q.head and q.head in group) or group == q.head_group
    if not q.english and len(group) == 1:  # 卖了多少辆: 销量 (text/paraphrases); 变化了多少: 下降8%; 没有变化: 保持不变
        group = paraphrases.of(group[0]) + paraphrases.without_complement(group[0], q.text) \
            + measure_nature.change_spellings(group[0], q) + paraphrases.in_context(group[0], q.text)
    if not (part and group in weights):
        weights[group] = w * (1.5 if is_head else 1.0)


def match_group(group: tuple[str, ...], text: str, specificity: dict | None = None) -> float:
    specificity = specificity or {}
    # a compound's short form (农厕) is held as a word of the text's own (text/abbreviations.ShortForm)
    return max(specificity.get(t, 1.0) * abbreviations.match(t, text) for t in group)


def coverage(weights: dict[tuple[str, ...], float], text: str, context: str, place_ok: dict[str, bool],
             specificity: dict | None = None, given: str = "") -> float:
    """The weighted share of the question's groups the text holds; a group inside `given`
    (据邢树纲介绍, when the sentence is his words) is held."""
    total = sum(weights.values())
    if not total:
        return 0.0
    got = 0.0
    for group, w in weights.items():
        if given and any(t in given for t in group):
            got += w
            continue
        placed = [place_ok[t] for t in group if t in place_ok]
        if placed:
            got += w * (1.0 if any(placed) else 0.0)
            continue
        m = framing.item_held(weights, group, text)  # 第十项: the sentence opening with (十), not one after it
        m = match_group(group, text, specificity) if m is None else m
        if m < 1.0 and any(t in context for t in group):
            m = max(m, 0.6)
        if m == 0 and group in getattr(weights, "optional", ()):
            total -= w  # the question's frame (报告强调), unwritten: neither held nor missed
        got += w * m
    return got / total if total > 0 else 0.0
