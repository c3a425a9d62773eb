"""The act an English question asks, which the answer's Chinese must write: the count's verb (how many people were
missing), right after its figure, and the end a time question asks (when does the camp come to a close).

A report of a disaster counts its people by what befell them, each count followed by its act: 造成至少12人死亡、65人
受伤，约有55人失踪. The clause holds every count, so the clause checks pass each; the count asked is the one the
asked verb's translation follows (55人失踪 for "were missing"), and one followed by another verb (12人死亡) is not it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.english_senses import senses
from assistant.query.question import Question
from assistant.text import quantities, words

AFTER = 4  # characters after a figure's unit where its act is written (55人失踪, 65人受伤, 3人不幸遇难)


@lru_cache(maxsize=256)
def _asked_acts(question: str) -> frozenset[str]:
    """The Chinese words for the verbs an English count question asks (once per question, not per figure)."""
    from assistant.answer.english_scope import question_verbs

    return frozenset(zh for v in question_verbs(question) for zh in senses(v) if len(zh) > 1)


def act_after(q: Question, text: str, f: quantities.Quantity) -> int:
    """1 when the words right after figure `f` of `text` translate the verb the English count question asks, -1 when
    a verb the question does not ask stands there while `text` writes the asked one elsewhere, else 0."""
    if not q.english or not f.unit:
        return 0
    asked = _asked_acts(q.text)
    if not asked:
        return 0
    window = text[f.end : f.end + AFTER + 1]
    after = re.split(r"[、，,；;。]", window)[0]  # up to the next item
    if any(zh in after for zh in asked):
        return 1
    # another act: the count's item is one verb and ends there (12人死亡、), not a noun run on (9家快递服务品牌)
    tagged = words.tagged(after)
    other_act = len(after) < len(window) and len(tagged) == 1 and tagged[0][1].startswith("v")
    return -1 if other_act and any(zh in text[f.end + len(after) :] for zh in asked) else 0


# "when does the camp come to a close": the end asked; a sentence of what was done on a day within it (8月15日，
# 文化营走进传习馆) gives no end, which only a word of ending states (闭营, 结束, 截止, 落幕)
END_ASKED_EN = re.compile(r"\b(?:come|came|comes|draw|draws|drew|be brought) to (?:a|an|its) (?:close|end)\b|\b(?:end|ends|ended)\b(?!\s+of\b)"
                          r"|\b(?:conclude[sd]?|finish(?:es|ed)?|close[sd]?|wrap(?:s|ped)? up|expire[sd]?)\b", re.IGNORECASE)
END_ZH = re.compile(r"结束|闭幕|闭营|结营|落幕|收官|截止|截至|到期|为止|止|[至到](?:\d|[一二三四五六七八九十]{1,3}月)|告终|关闭|停止|完结|谢幕"
                    r"|闭馆|休市|完成|完工|建成|竣工|过期|期满")


def unended(q: Question, texts: list[str]) -> bool:
    """Does an English question asking when something ends get sentences writing no end?"""
    return q.english and q.kind == "time" and bool(END_ASKED_EN.search(q.text)) and not any(END_ZH.search(t) for t in texts)


# 微软于7月26日宣布，…将推出 / 7月29日，甲在活动上宣布，…: the day a plan was announced, not the day it happens
ANNOUNCING_ZH = re.compile(r"宣布|官宣|表示|透露|公布|发布消息|称")
DATE_ONLY_ZH = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:晚|早|上午|下午|晚间)?\s*$")


def without_announcements(text: str) -> str:
    """`text` without its clauses that announce (and a clause of a bare date just before one): what is left dates the
    thing announced, if anything does."""
    clauses = re.split(r"[，,；;]", text)
    drop = {i for i, c in enumerate(clauses) if ANNOUNCING_ZH.search(c)}
    drop |= {i - 1 for i in drop if i > 0 and DATE_ONLY_ZH.match(clauses[i - 1])}
    return "，".join(c for i, c in enumerate(clauses) if i not in drop)
