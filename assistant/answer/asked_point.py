"""The point asked on a scale: a place in a ranking, a crossing of a threshold, a peak.

A question may state which point it asks about: 排名第二的发行版 (the second place), 最早超过警戒水位的站
(a rise past a threshold), 最高水位 (the peak). A sentence about another point on the same scale shares all the
question's words and is a tempting wrong answer: X排名第一 for the second; 水位退至警戒水位以下 (the fall below)
for the rise above; 水位退至60.49米 (a level while falling) for the peak. `asked_slot.slot_disagreement` runs
these; each stays quiet when the sentence states no point of its own (a paraphrase keeps its answer).
Only questions are read: a claim stating the other point (X排名第一) is the claim check's to refute.
"""

from __future__ import annotations

import re

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.text import ordinals

ASKING_RE = re.compile(r"哪|什么|多少|几|谁|何|是否|吗|？|\?")


def _asks(q: Question) -> bool:
    return not q.english and ASKING_RE.search(q.text) is not None


# 仅次于丰田, 紧随罗马和米兰之后: a sentence ranking its subject after another names the other's place too
RELATIVE_RE = re.compile(r"次于|之后|紧随|继[^，。；]{1,12}之后|落后于|领先于|之前")


def rank_disagreement(q: Question, text: str) -> Disagreement | None:
    """排名第二的X是哪个: a sentence stating only other places in the ranking (X排名第一) is about those."""
    want = ordinals.ranks(q.text)
    if not want or not _asks(q):
        return None
    own = ordinals.ranks(text)
    if own and not own & want and not RELATIVE_RE.search(text):
        return Disagreement("rank", "/".join(f"第{n}" for n in sorted(want)), "/".join(f"第{n}" for n in sorted(own)))
    return None


# 超过警戒水位, 突破保证水位, 高于警戒线: a rise past a named threshold; 低于, 退至…以下, 跌破: a fall below it
UP = r"超过|超出|突破|高于|超|漫过|越过|涨过|涨至|涨到|升至|升到|达到"
DOWN = r"低于|退至|退到|降至|降到|回落至|回落到|落至|跌破|跌至|跌到|下降至|下降到|退出|回落到"
CROSSING_ASKED_RE = re.compile(rf"({UP}|{DOWN})了?([\u4e00-\u9fff]{{2,6}}?)(?=[的了，。？?在时后]|$)")
THRESHOLD_RE = re.compile(r"(?:水位|警戒线?|红线|线|限|标准|阈值|荣枯线|保证)$")


def _sides(text: str, threshold: str) -> set[str]:
    """The sides of `threshold` `text` states: 'up' for 超过X / X以上, 'down' for 低于X / 退至X以下."""
    found = set()
    for m in re.finditer(re.escape(threshold), text):
        before, after = text[max(0, m.start() - 4) : m.start()], text[m.end() : m.end() + 2]
        if after.startswith("以下") or re.search(rf"(?:{DOWN})$", before):
            found.add("down")
        elif after.startswith("以上") or re.search(rf"(?:{UP})$", before):
            found.add("up")
    return found


def crossing_disagreement(q: Question, text: str) -> Disagreement | None:
    """开始超过警戒水位: a sentence stating only the fall below the same threshold (退至警戒水位以下) is about
    the fall, and the other way round."""
    if not _asks(q):
        return None
    for m in CROSSING_ASKED_RE.finditer(q.text):
        threshold = m.group(2)
        if not THRESHOLD_RE.search(threshold):
            continue
        asked = "down" if re.fullmatch(DOWN, m.group(1)) else "up"
        own = _sides(text, threshold)
        if own and asked not in own:
            return Disagreement("point", m.group(0), ("低于" if asked == "up" else "超过") + threshold)
    return None


# 最高水位, 峰值, 洪峰, 最多: the peak asked; 最低, 谷底: the trough
PEAK_ASKED_RE = re.compile(r"最高|峰值|洪峰|最大|最多|最长|顶峰|历史新高")
TROUGH_ASKED_RE = re.compile(r"最低|最小|最少|最短|谷底|历史新低")
# the level a falling (rising) quantity reached: 水位退至60.49米, 回落到3%; 回升至, 涨至
FALLING_RE = re.compile(r"(?:回落|下跌|下滑|下降|降低|减少|缩小|[退降跌减落])了?[至到]\s*[约近]?\d")
RISING_RE = re.compile(r"(?:回升|上升|上涨|攀升|增加|提升|扩大|[升涨增])了?[至到]\s*[约近]?\d")
# what states an extreme: 最高, 峰值, 洪峰, 高达, 可达, 达到…的最高: a sentence writing one may hold the peak
EXTREME_SAID_RE = re.compile(r"最[高低大小多少长短]|峰值|洪峰|峰|顶|谷底|新高|新低|纪录|记录|极值|高达|可达|一度|之最")


def extreme_disagreement(q: Question, text: str) -> Disagreement | None:
    """最高水位是多少: a sentence giving only the level a falling quantity reached (水位退至60.49米), stating no
    extreme, gives a later, lower level; 最低 and a rising quantity (回升至) the same way."""
    if q.kind != "quantity" or not _asks(q) or EXTREME_SAID_RE.search(text):
        return None
    if PEAK_ASKED_RE.search(q.text) and FALLING_RE.search(text) and not RISING_RE.search(text):
        return Disagreement("point", PEAK_ASKED_RE.search(q.text).group(), "falling")
    if TROUGH_ASKED_RE.search(q.text) and RISING_RE.search(text) and not FALLING_RE.search(text):
        return Disagreement("point", TROUGH_ASKED_RE.search(q.text).group(), "rising")
    return None


def point_disagreement(q: Question, text: str) -> Disagreement | None:
    """The first of the three that finds the sentence about another point than asked."""
    return rank_disagreement(q, text) or crossing_disagreement(q, text) or extreme_disagreement(q, text)
