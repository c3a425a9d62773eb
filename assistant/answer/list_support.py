"""Whose support a list answer shown from the learned selector's sentences stands on.

For a list question the combined step (answer/selector.py) shows the selector's enumeration and
answers when the rules' support reaches the cut. The rules' support is that of their own best
sentence; when the selector's draft quotes none of the rules' sentences and the selector itself
finds its draft unlikely (below its own cut), the rules' support speaks for another list than the
one shown (老旧小区改造…文旅产业园有序推进 supported, 报告主题鲜明、措施有力 shown for 哪几个项目):
shown, it is a confidently wrong list. The shown list then stands on what the rules think of its own
sentence (坚持规划引领、建管并重 for 哪几条原则, 0.64: answered), or on the selector's probability on the
rules' scale if that is more. And a list asked of named things (哪几个项目, 哪些企业) whose sentences name none of them
(报告主题鲜明、措施有力 and 要抓好四项重点工作) is no answer at all, whatever its support (`unlisted`).
"""

from __future__ import annotations

import re

from assistant.answer import counted
from assistant.answer.english_model import on_rules_scale
from assistant.answer.list_asked import named_kind
from assistant.answer.lists import OPENING_RE, QUOTED_RE, _marker, introduces, items
from assistant.answer.thing_asked import named_before
from assistant.text import words

NOMINAL = ("n", "j", "eng", "m")  # tags of a word a named item ends in (酒店, 小镇, 5G, 二期)


def _key(sentence) -> tuple:
    """A sentence by source and text (overlapping passages hold one sentence twice, and the rules and the
    selector may each take it from another)."""
    return sentence.chunk.source, sentence.text.strip()


def _sentences(draft) -> set:
    return {_key(p.sentence) for p in draft.parts}


def unvouched(ruled, learned, p: float, cut: float) -> bool:
    """Does the selector's list draft `learned` (probability `p`, below its `cut`) share no sentence with the
    rules' draft `ruled`, whose support would otherwise answer for it?"""
    if ruled is None or learned is None or not ruled.parts or not learned.parts or p >= cut:
        return False
    return not (_sentences(ruled) & _sentences(learned))


def shown_support(q, ruled, learned, ranked: list, p: float, cut: float) -> float:
    """The support of the selector's list draft `learned`: the rules' (`learned.support`) when they vouch for
    it, else what the rules scored its first sentence (with the list's lift, as the rules' own draft has it)
    or its probability `p` on the rules' scale, whichever is more."""
    if unlisted(q, learned):
        return 0.0
    if not unvouched(ruled, learned, p, cut):
        return learned.support
    first = learned.parts[0].sentence
    key = _key(first)
    own = max((sc.factors.get("rules", 0.0) for sc in ranked if _key(sc.sentence) == key), default=0.0)
    return min(learned.support, max(own * counted.list_factor(q.text, first.text), on_rules_scale(p, cut)))


def names_items(question: str, text: str, kind: str) -> bool:
    """Does a sentence give items of a named kind (`list_asked.named_kind`)? It enumerates nouns (甲酒店、乙广场), opens
    or announces a list (一是…, 包括：), opens with a subject of a run of them (甲区…。此外，乙区…), quotes a name, or
    writes the kind with a name before it (丁项目), or joins two by 和 (`joins_names`). Praise (主题鲜明、振奋人心) or a
    count alone (抓好四项重点工作) gives none."""
    if _marker(text) is not None or introduces(text) or OPENING_RE.match(text) or QUOTED_RE.search(text):
        return True
    if any(len(item) >= 2 and words.tagged(item)[-1][1].startswith(NOMINAL) for item in items(text)):
        return True
    return named_before(question, text, kind) or joins_names(text) or proper_name(question, text)


def proper_name(question: str, text: str) -> bool:
    """Does a sentence write an organisation's or a brand's name (jieba's nt, nz) or a Latin one that the question does not
    (Arm已经和甲签署代工协议: items of a list written one a sentence)? Not a person's or a place's: the speaker and
    his county (邢树纲说，东丰县要抓好…) are what the list is said by or of, not its items."""
    return any(len(w) >= 2 and w not in question and (f[:2] in ("nt", "nz") or (f == "eng" and not w.isdigit()))
               for w, f in words.tagged(text))


JOINS = ("和", "及", "与", "以及")
QUALITY_END = ("性", "度", "感", "力")  # 指导性和操作性, 满意度: qualities of what is spoken of, not things named


def _named_word(word: str, flag: str) -> bool:
    return len(word) >= 2 and flag.startswith(NOMINAL) and not word.endswith(QUALITY_END)


def joins_names(text: str) -> bool:
    """Does a sentence join two nouns by 和, 及 or 与 (为甲半挂卡车和乙皮卡提供充电), neither a quality (具有指导性和操作性)?"""
    tagged = words.tagged(text)
    return any(_named_word(*tagged[i - 1]) and tagged[i][0] in JOINS and _named_word(*tagged[i + 1])
               for i in range(1, len(tagged) - 1))


def unlisted(q, draft) -> bool:
    """Does a list draft asked for named things (哪几个项目) give none in any of its sentences? Shown, it answers which
    projects with what was said of a report: a confidently wrong answer to a question the documents may not answer."""
    kind = named_kind(q.text) if not q.english else ""
    if not kind or draft is None or not draft.parts:
        return False
    return not any(names_items(q.text, p.sentence.chunk.text[p.a : p.b], kind) for p in draft.parts)


# 分为哪几个版本, 有哪些续航版本: the versions of a product, which are named by 版 (旗舰版, 长续航版) or counted as 版本
VERSIONS_ASKED_RE = re.compile(r"哪(?:些|几)[个种款]?[\u4e00-\u9fff]{0,2}版本")


def unversioned(question: str, texts: list[str]) -> bool:
    """Does a list asking a product's versions (哪几个版本) show sentences none of which writes 版? Its versions are
    named 旗舰版, 精英版, or said 两个版本; a sentence of the product's launch or orders gives none of them."""
    return bool(VERSIONS_ASKED_RE.search(question)) and bool(texts) and not any("版" in t for t in texts)
