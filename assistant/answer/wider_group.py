"""A figure of a wider group than the question asks: the world's for a country or a market, the whole
population's for one sex.

- 起亚第二季度在中国市场卖出了多少辆车 is not answered by 起亚全球业绩…达到了807,772辆, nor by 在本土市场…
  or 在海外市场…: 全球, 全世界, 海外, 境外 and 本土 each name a market of their own, and the nearest such word
  before a figure says whose it is unless the place asked is written after it (全球销量X辆，其中中国市场Y辆:
  Y is China's). After 占 the world is the whole a share is of (占全球市场的60%), not whose the figure is.
- 韩国男性成年人的幸福指数 is not answered by 韩国成年人的幸福指数为6.68分: a sex narrows the group, and a
  sentence that writes neither 男 nor 女 gives the figure of both together.
"""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import quantities

WORLD_WORDS = re.compile(r"全球|全世界|海外|境外|本土")  # a question writing one asks of it, after 占 too
WORLD_RE = re.compile(r"(?<![占比于居])(?:" + WORLD_WORDS.pattern + ")")
# 全球吉商大会, 全球贸易组织, 海外华人协会: a world word opening a name names no market of a figure
NAMED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:大会|会议|论坛|峰会|博览会|展览会|平台|组织|协会|商会|联盟|基金会?|中心|集团|公司)")
MARKET_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)市场")
SEX_ASKED_RE = re.compile(r"[男女](?:性|子|生|孩|童|士|职工|运动员)")


def _asked_scopes(q: Question) -> list[str]:
    """The places and markets a question names (中国市场 -> 中国)."""
    found = list(q.places) + [m.group(1).lstrip("在") for m in MARKET_RE.finditer(q.text)]
    return [w for w in found if w and not WORLD_WORDS.search(w)]


def world_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure is the world's, abroad's or the home market's, not the place or market asked."""
    if q.english or WORLD_WORDS.search(q.text):
        return ""
    asked = _asked_scopes(q)
    if not asked:
        return ""
    worlds = [m for m in WORLD_RE.finditer(text, 0, f.start) if not NAMED_AFTER_RE.match(text, m.end(), f.start)]
    if not worlds:
        return ""
    last = worlds[-1]
    if any(text.rfind(w, 0, f.start) > last.start() for w in asked):
        return ""
    return f"it is the figure of {last.group()}, not of {asked[0]}"


def sex_disagreement(q: Question, text: str) -> str:
    """The figure is of both sexes together: the question asks one, the sentence writes neither."""
    m = SEX_ASKED_RE.search(q.text)
    if q.english or not m or re.search(r"[男女]", text):
        return ""
    return f"it is of both sexes, not of {m.group()}"


def disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    return world_disagreement(q, text, f) or sex_disagreement(q, text)
