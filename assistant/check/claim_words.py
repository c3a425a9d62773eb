"""Does a figure's sentence speak of what the claim's other words say, and in the same direction?

A figure claim names more than its figure: a company, a place, the thing counted, the way it
changed. A figure in a sentence whose article never writes one of the claim's naming words
(nouns and names) is another article's figure, and a claim with one word changed (货轮上 ->
警方上一共有2857辆汽车) must not stay supported by the same sentence: in a probe of 631 claims
of the generated sets each changed in one word, 174 stayed supported. Each test is lexical, read
against the sentence's article as retrieved (its title, retrieved chunks, subject, file name).
Only a figure that agrees must meet them: one that refutes keeps `may_decide`'s reading, where
a word its article writes nowhere only words the claim (空气优良天数比例 for 优良天数比例).
"""

from __future__ import annotations

import os
import re

from assistant.answer.figures import FigurePick
from assistant.check.in_force import article_of, passage_before
from assistant.check.measures import abbreviated_span, acronym_words, unstated_words
from assistant.check.source_indicator import sentence_before
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text import directions, places, quantities, words
from assistant.text.sentences import clause_at, paragraph_before, split_clauses

# 达到, 升至, 突破: how a figure is reached, worded freely; no word of what it measures
LEVEL_VERBS = frozenset("达 达到 高达 超过 突破 升至 降至 为 仅为 约 有 是 实现 完成".split())
# 两年后, 3个月前: a span of time that says when the claim's fact holds, not what it measures
WHEN_RE = re.compile(r"(?:后|前|以来|之后|之前)")


def time_reference(text: str, f: quantities.Quantity) -> str:
    """The figure with its 后/前/以来 when it is a span of time saying when (两年后), else ''."""
    m = WHEN_RE.match(text, f.end)
    return text[f.start : m.end()] if m and f.unit in ("年", "个月", "月", "天", "周") else ""


# the hedge before a figure (营收约372亿欧元), which jieba would cut as one word with the noun before
HEDGE_RE = re.compile(r"(?:约|近|超过?|逾|将近|接近|大约|不足|不到|达到?|为)$")
# 丰田旗下三家公司: a relational noun says whose, not what
RELATIONAL = frozenset("旗下 名下 麾下 手下 门下".split())
# 汽柴油价格…上调195元/吨: a generic measure a source leaves to its unit (the indicator check
# compares what is measured)
GENERIC_MEASURES = frozenset("价格 数量 规模 水平 总量 金额 数额 幅度".split())
# 出口额 for 出口, 销售量 for 销售: a measure suffix the source may leave out
SUFFIX_RE = re.compile(r"(?<=..)[额量数值价]$")


def _loosely_said(w: str, claim: str, article: str, sentence: str) -> bool:
    """A verbal noun (测算, 预计: an action, worded freely), a per-unit word (每吨: the unit's), a
    generic measure, a place, an acronym the article spells out, a compound the sentence writes
    all but one character of, or a measure with a suffix the source leaves out (出口额 for 出口)
    is no naming word to find."""
    flag = dict(words.tagged(claim)).get(w, "")
    if flag == "vn" or w.startswith("每") or w in RELATIONAL or w in GENERIC_MEASURES:
        return True
    if len(w) >= 3 and w[-1] in places.SUFFIXES or re.search(re.escape(w) + f"[{places.SUFFIXES}]", claim):
        return True  # 星河省, 星河|市: a place jieba does not know is the place check's
    if len(w) >= 4 and sum(c not in sentence for c in w) <= 1:
        return True  # 汽车销量 for 汽车产销: a compound the sentence abbreviates
    if any(x in article for x in acronym_words(w)):  # GDP for 国内生产总值
        return True
    return SUFFIX_RE.search(w) is not None and SUFFIX_RE.sub("", w) in article


def unmet(scope: str, figure: quantities.Quantity, s, hits: list[Hit]) -> list[str]:
    """The claim's naming words (nouns and names; not its places, which the place check reads
    with the place in force, nor its periods, fillers or change) that the sentence's article as
    retrieved never writes, whole, abbreviated or by a synonym. `scope`: the claim without its
    other figures' clauses (figures.claim_scope)."""
    at = scope.find(figure.text)
    words_of = HEDGE_RE.sub("", scope[:at]) + " " + scope[at + len(figure.text) :] if at >= 0 else scope
    # (the document's subject and file name too: a report's chunk may name its company nowhere)
    article = " ".join((article_of(s, [h.chunk for h in hits]), passage_before(s, hits), s.context, s.chunk.subject,
                        os.path.basename(s.chunk.source)))
    named = analyse(words_of).places
    found = unstated_words(words_of, named, article, article) + _unstated_phrases(scope, figure, article)
    return [w for w in found if not _loosely_said(w, words_of, article, s.text)]


# 生命危险, 一臂之力: jieba tags a set phrase l or i, no noun; one the claim says of its figure in
# the figure's clause (受伤的2人均已脱离生命危险) is a fact of its own, which an article never writing
# it does not state (a clause of its own, 按规定，…, only frames the claim)
PHRASE_FLAGS = ("l", "i")


def _unstated_phrases(scope: str, figure: quantities.Quantity, article: str) -> list[str]:
    at = scope.find(figure.text)
    if at < 0:
        return []
    a, b = clause_at(split_clauses(scope), at, len(scope))
    clause = scope[a:at] + " " + scope[at + len(figure.text) : b]
    return [w for w, flag in words.tagged(clause) if flag in PHRASE_FLAGS and len(w) >= 3 and w not in article]


# The way a figure changed, read in its clause just before it (同比下降38%, 涨幅均超过2%) or right
# after it (16.4%的增长). 增加值 is a measure (value added), not a rise; a figure after 至/到 is
# the level reached (增速回落至5%), which says no direction of its own.
UP, DOWN = directions.UP, directions.DOWN  # the words of a rise and of a fall (text/directions)
BEFORE_RE = re.compile(rf"({UP})|({DOWN})")
AFTER_RE = re.compile(rf"的?(?:({UP})|({DOWN}))")
WINDOW = 10


def direction(text: str, f: quantities.Quantity) -> int:
    """+1 for a rise, -1 for a fall, 0 when the figure's clause says neither next to it."""
    after = AFTER_RE.match(text, f.end)
    if after:
        return 1 if after.group(1) else -1
    start = max(0, f.start - WINDOW)
    before = re.split(r"[，,；;。：:\d]", text[start : f.start])[-1]
    if re.search(r"(?:到|至)(?:约|近|超|逾)?$", before) or "负" in before:
        return 0
    found = list(BEFORE_RE.finditer(before))
    return (1 if found[-1].group(1) else -1) if found else 0


def way(text: str, f: quantities.Quantity) -> str:
    """The word saying which way the figure changed (下降), '' when its clause says none."""
    after = AFTER_RE.match(text, f.end)
    if after:
        return after.group(1) or after.group(2)
    before = re.split(r"[，,；;。：:\d]", text[max(0, f.start - WINDOW) : f.start])[-1]
    found = list(BEFORE_RE.finditer(before))
    return found[-1].group() if found and direction(text, f) else ""


def opposite(claim: str, figure: quantities.Quantity, text: str, f: quantities.Quantity) -> bool:
    """Does the source's figure change the other way from the claim's (增长 against 下降)?"""
    return direction(claim, figure) * direction(text, f) < 0


# 该平台, 这家企业, 其产品: a noun after a demonstrative is the thing its article is about, named
# there before (某视频分享平台), not a measure the figure's own sentence must name
REFERRING = frozenset("该 这 此 其 这家 这个 这些 该家".split())


def _without_referred(text: str) -> str:
    tagged = words.tagged(text)
    return "".join(w for i, (w, flag) in enumerate(tagged)
                   if not (i and tagged[i - 1][0] in REFERRING and flag.startswith("n")))


def may_decide(own: str, extra: str, claim: str, figure: quantities.Quantity, pick: FigurePick, hits: list[Hit]
               ) -> bool:
    """A figure decides nothing when its sentence (with the sentence before, and for names
    the article before it) leaves unsaid a word naming the claim's measure that its article
    writes elsewhere: it counts a whole whose part the claim names (338个项目 for 37个文旅康养
    项目, a holding's 持仓市值 for the 持仓总市值). A word written nowhere only words the
    claim (空气优良天数比例 for 优良天数比例). `own`: the claim's scope (figures.claim_scope),
    `extra`: its indicators after the first (figures.claimed_indicators)."""
    s = pick.scored.sentence
    lead = _without_referred(own[: own.find(figure.text)] + extra)
    local = " ".join((s.context, _sentence_before(s, hits), s.text))
    unsaid = unstated_words(lead, analyse(claim).places, local, passage_before(s, hits) + s.text)
    unsaid = [w for w in unsaid if not world_in_force(w, s)]
    elsewhere = " ".join(h.chunk.text for h in hits if h.chunk.source == s.chunk.source
                         and h.chunk.article == s.chunk.article)
    return not any(w in elsewhere for w in unsaid) and not _unplaced(lead, claim, elsewhere + s.chunk.title)


# 全球, 全世界: the widest scope, which no place reader knows; a paragraph that opens on the world's
# figures (上半年全球新能源汽车销量达到954万台) speaks of it in the sentences after, which name no place
WORLD = frozenset("全球 全世界 世界范围".split())
# 国内, 我国, 全国, 境内, 省内: a narrower scope the place reader does not read as a place either
HOME_RE = re.compile(r"国内|我国|本国|全国|境内|本土|[省市县区]内")


def world_in_force(word: str, s) -> bool:
    """Is the claim's world scope written earlier in the sentence's paragraph, the sentence naming
    no place or home scope of its own (中国新能源乘用车占全球…, 其中国内… name one)?"""
    if word not in WORLD:
        return False
    before = paragraph_before(s.chunk.text, s.a)
    return word in before and not analyse(s.text).places and not HOME_RE.search(s.text)


def _unplaced(lead: str, claim: str, article: str) -> bool:
    """Does the claim name its subject by a place word the place reader does not know (同|里|古镇: jieba
    cuts the name) and the sentence's article nowhere writes? Then the article speaks of another
    place (a village's 接待游客70万人次 for the claim's ancient town)."""
    known = analyse(claim).places
    return any(flag == "ns" and len(w) >= 2 and not any(w in p or p in w for p in known) and w not in article
               for w, flag in words.tagged(lead))


def _sentence_before(s, hits: list[Hit]) -> str:
    """The sentence before `s` in its paragraph. Passages overlap: a sentence opening its chunk
    (今年以来，我国累计零售…) ends the retrieved chunk before it too, after the sentence that names
    what it counts (我国乘用车市场零售量为…), which is read there."""
    found = sentence_before(s.chunk.text, s.a)
    if found or s.chunk.text[: s.a].strip():
        return found
    for h in hits:
        c = h.chunk
        at = c.text.rfind(s.text) if c.source == s.chunk.source and c.start < s.chunk.start else -1
        if at > 0 and c.article == s.chunk.article:
            return sentence_before(c.text, at)
    return ""


VERB_FLAGS = ("v", "vn", "vd")


def written_out_verb(verb: str, text: str) -> bool:
    """Does the text write out a verb the claim abbreviates (开售 of 开始销售, 要到 of 要等到): its
    characters in order within twice its length (measures.abbreviated_span), over words jieba
    tags all as verbs? (上海市上市 holds 上…市 in a place name: no act.)"""
    if len(verb) < 2:
        return False
    offset = 0
    while (span := abbreviated_span(verb, text[offset:])) is not None:
        a, b = span[0] + offset, span[1] + offset
        pos, covered = 0, []
        for w, flag in words.tagged(text):
            if pos < b and pos + len(w) > a:
                covered.append(flag)
            pos += len(w)
        if len(covered) >= 2 and all(f in VERB_FLAGS for f in covered):
            return True
        offset = a + 1
    return False
