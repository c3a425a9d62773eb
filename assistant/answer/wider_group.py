"""A figure of a wider group than the question asks: the world's for a country or a market, the whole
population's for one sex.

- 起亚第二季度在中国市场卖出了多少辆车 is not answered by 起亚全球业绩…达到了807,772辆, nor by 在本土市场…
  or 在海外市场…: 全球, 全世界, 海外, 境外 and 本土 each name a market of their own, and the nearest such word
  before a figure says whose it is unless the place asked is written after it (全球销量X辆，其中中国市场Y辆:
  Y is China's). After 占 the world is the whole a share is of (占全球市场的60%), not whose the figure is.
- 韩国男性成年人的幸福指数 is not answered by 韩国成年人的幸福指数为6.68分: a sex narrows the group, and a
  sentence that writes neither 男 nor 女 gives the figure of both together (a sex the asking clause writes:
  女生拒买…一事中，常某被处以多少罚款 asks of no group).
- A figure given to another party than asked: 给环卫工人送去了多少份冰淇淋 is not answered by 向来往人群免费赠送
  上万份冰淇淋. Who receives is written 给/向/为 X before a verb of giving (赠送, 发放, 提供...), 送给/发放给 X
  after it, or 送到(了) X 手中; when the question and the figure's clause each write one and the two share no
  word but places (广州 is the place checks'), the figure is another party's.
- A part named in the question (X品牌卖出多少辆, X业务营收, 在X市场的份额) is not answered by a sentence
  that never writes X: it gives the whole company's or another market's figure.
- A place asked written in the sentence only after the figure, before a figure of its own of the same
  kind: 涨幅超过50%，部分城市如上海的涨幅甚至达到87% gives many places' 50% and then 上海's 87%.
- The other way round, a question asking home and abroad together (国内外游客, domestic and foreign
  tourists) is not answered by the figure of one side (接待境外游客…人次).
"""

from __future__ import annotations

import re

from assistant.answer.qualifiers import ASKING_RE  # the question words a party is not (为谁, 给哪些)
from assistant.query.question import Question, asking_clauses
from assistant.text import places, quantities, words
from assistant.text.sentences import clause_at, clause_start, split_clauses

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


# 全球乘用车市场: the world asked for what follows (two characters of it are enough to find it again)
WORLD_ASKED_RE = re.compile(r"(?:全球|全世界|世界)的?([\u4e00-\u9fff]{2})")
HOME_RE = re.compile(r"(?:国内|我国|境内|本土)$")


def one_country_for_world(q: Question, text: str) -> str:
    """The world's measure asked (全球乘用车市场空悬装配率), the sentence writing the same words after one
    country's or place's name (中国乘用车市场空悬装配率为1.2%) and no world word: that place's figure ('' when not)."""
    if q.english or WORLD_WORDS.search(text):
        return ""
    for m in WORLD_ASKED_RE.finditer(q.text):
        for at in (n.start() for n in re.finditer(re.escape(m.group(1)), text)):
            home = HOME_RE.search(text, 0, at)
            place = next((p for p in places.named(text[max(at - 8, 0) : at]) if text.endswith(p, 0, at)), "")
            if home or place:
                return place or home.group()
    return ""


def sex_disagreement(q: Question, text: str) -> str:
    """The figure is of both sexes together: the question asks one, the sentence writes neither."""
    m = SEX_ASKED_RE.search(asking_clauses(q.text))  # not 女生拒买…一事中，常某被处以多少罚款: a frame's sex
    if q.english or not m or re.search(r"[男女]", text):
        return ""
    return f"it is of both sexes, not of {m.group()}"


GIVING = r"(?:赠送|赠予|赠|送出|送去|送来|送上|送|发放|派发|分发|发出|发送|捐赠|捐献|捐出|捐|提供|颁发|寄送|寄|奖励)"
MANNER = r"(?:免费|无偿|共计|共|累计|陆续|先后|再次|分别|专门|已经|已|还|又|都|将|再|集中|统一|定向|亲自|一共)*"
# 给/向/为 X and the verb: not 供给, 面向, 方向, 认为, 作为, 成为, 因为 (X: one run of Chinese, a dash joins 高温工作者——环卫工人)
RECIPIENT_RES = (re.compile(r"(?:(?<![供补配])给|(?<![面方导走流转偏趋指朝])向|(?<![认作成因以称视行更较最])为)([\u4e00-\u9fff—]{2,16}?)"
                            + MANNER + GIVING),
                 re.compile(GIVING + r"给([\u4e00-\u9fff]{2,12})"),  # 发放给农户
                 re.compile(r"(?:送|交|发|递)(?:到|至|达)了?([\u4e00-\u9fff—]{2,16}?)(?:手中|手里|手上|身边|家中)"))


def recipients(text: str) -> list[str]:
    """Who `text` says receives what it gives (给环卫工人送去 -> 环卫工人)."""
    found = [re.split("[给向为]", m.group(1))[-1] for r in RECIPIENT_RES for m in r.finditer(text)]
    return [p for p in found if len(p) >= 2]  # 为什么要向他们发放: the last 向 is who receives


PARTY_FLAGS = ("n", "j", "l")  # nouns (环卫工人, 人大代表, 中小|微|企业), abbreviations and set phrases (困难群众)


def _party_words(party: str) -> set[str]:
    """The nouns that say who a party is: not a place (the place checks'), not what it is for
    (为防汛救灾捐: 防汛 vn), not a pronoun (他们)."""
    return {w for w, flag in words.tagged(party) if len(w) >= 2 and flag.startswith(PARTY_FLAGS) and flag != "ns"
            and not (places.named(w) or places.places(w))}


def _same_party(asked: str, given: str) -> bool:
    """Do two parties share a word (广州环卫工人, 城市环卫工人)? Either naming nobody by its words agrees."""
    mine, theirs = _party_words(asked), _party_words(given)
    return not mine or not theirs or any(w in given for w in mine) or any(w in asked for w in theirs)


def recipient_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure's clause gives it to another party than the question asks it given to."""
    asked = [] if q.english else [p for p in recipients(asking_clauses(q.text)) if not ASKING_RE.search(p)]
    if not asked:
        return ""
    a, b = clause_at(split_clauses(text), f.start, len(text))
    given = recipients(text[a:b])
    if not given or any(_same_party(x, y) for x in asked for y in given):
        return ""
    return f"it is given to {given[0]}, not to {asked[0]}"


# the words that make what comes before them a part of a whole: a brand, a line of business, a market
# or the countries along a route (“一带一路”沿线国家)
PART_RE = re.compile(r"品牌|业务|产品线|板块|事业部|事业群|子公司|市场(?=的?(?:份额|占有率|占比|销量|规模))|沿线(?:国家|地区)?")
QUOTED_END_RE = re.compile(r"[“\"]([^”\"]{2,12})[”\"]$")  # a quoted name right before the part word
# words before a part word that name no part of their own (主营业务, 海外市场: the world check's)
NOT_PART_NAMES = frozenset("主营 核心 主要 全部 整体 其他 其它 相关 各项 各个 旗下 自有 自主 新兴 传统 海外 国内 国际 境外 全球 "
                           "本土 该 这个 公司 集团 企业".split())


def _part_names(q: Question) -> list[list[str]]:
    """For each part the question names (AITO问界品牌, iPhone业务), its name's words: up to two
    Latin or Chinese words right before the part word, with no particle, figure or time between."""
    tagged = list(words.tagged(q.text))
    ends = {sum(len(t) for t, _ in tagged[: i + 1]) for i in range(len(tagged))}
    found = []
    for i, (w, _) in enumerate(tagged):
        at = sum(len(t) for t, _ in tagged[:i])
        m = PART_RE.match(q.text, at)
        if m is None or m.end() not in ends:  # the part word is whole words (沿线|国家)
            continue
        quoted = QUOTED_END_RE.search(q.text[:at])
        if quoted:
            found.append([quoted.group(1)])
            continue
        name = []
        for word, flag in reversed(tagged[max(0, i - 2) : i]):
            latin = re.fullmatch(r"[A-Za-z][A-Za-z0-9+\-]*", word) is not None
            if not latin and (len(word) < 2 or not words.chinese_word(word) or flag[:1] in "mtpurfcdq"
                              or word in NOT_PART_NAMES or word in q.places):
                break
            name.append(word)
        if name:
            found.append(name)
    return found


def part_disagreement(q: Question, text: str) -> str:
    """The question names a part (X品牌, X业务) the sentence never writes: the figure is of the whole."""
    if q.english:
        return ""
    for name in _part_names(q):
        if not any(w.lower() in text.lower() for w in name):
            return f"the sentence does not name {''.join(reversed(name))}"
    return ""


BOTH_ASKED_RE = re.compile(r"国内外|境内外|海内外|中外|\b(?:domestic and (?:foreign|international|overseas)|"
                           r"(?:foreign|international|overseas) and domestic)\b", re.IGNORECASE)
ONE_SIDE_RE = re.compile(r"(?<![国境海])(?:境外|海外|国外|外国|入境|国际|国内|境内)")


def both_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Home and abroad asked together; the figure's own clause names one side (境外游客13.62万人次)."""
    if not BOTH_ASKED_RE.search(q.text):
        return ""
    clause = text[clause_start(text, f.start) : f.start]
    side = ONE_SIDE_RE.search(BOTH_ASKED_RE.sub("", clause))
    return f"it is the figure of {side.group()} alone" if side else ""


def later_place_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The place asked is written first after the figure, and a figure of the same kind and unit
    follows it in the sentence: the earlier figure is the wider group's, the later one the place's."""
    asked = [p for p in (() if q.english else q.places) if p in text]
    if not asked or any(text.rfind(p, 0, f.start) >= 0 for p in asked):
        return ""
    at = min(text.find(p, f.end) for p in asked)
    # in a later clause: 31个省(自治区、直辖市)分行 counts what the places name, it is no wider group's
    if at < 0 or not re.search(r"[，,；;]", text[f.end : at]):
        return ""
    # the figure's own clause names the organisation asked (人民党获得136个席位，由甲国首相领导的乙党获得122个席位):
    # the earlier figure is that subject's, not a wider group's
    own = text[clause_start(text, f.start) : f.start]
    if any(flag in ("nt", "nz") and len(w) >= 2 and w in own for w, flag in words.tagged(q.text)):
        return ""
    later = [g for g in quantities.find_quantities(text[at:]) if g.kind == f.kind and g.unit == f.unit]
    return f"{later[0].text} is the figure of {text[at:].split(later[0].text)[0][:8]}" if later else ""


def disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    return world_disagreement(q, text, f) or sex_disagreement(q, text) or recipient_disagreement(q, text, f) \
        or part_disagreement(q, text) or both_disagreement(q, text, f) or later_place_disagreement(q, text, f)
