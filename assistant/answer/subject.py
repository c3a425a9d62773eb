"""Subject agreement: is a candidate sentence about what the question asks?

The hard counterpart of the soft place and year factors of `evidence` (which only rank): before a sentence is
shown as the answer, the place, period, person, organisation and name the question names must agree with the
sentence or its article (the chunk's header line, which carries the title, the subject place and the section
headings in force, and the earlier sentences of its paragraph). A figure of 龙山区 is not 辽源's, 西安区's head
is not 东丰县's, a 2023 figure is not the 2024 target. When a sentence disagrees the caller tries the next candidate, or abstains. A question that names nothing of the kind is not checked."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_act import part_disagreement
from assistant.answer.asked_kind import kind_disagreement
from assistant.answer.asked_names import name_disagreement, proper_names
from assistant.answer.asked_slot import slot_disagreement
from assistant.answer.bodies import body_disagreement
from assistant.answer.counterparts import counterparts
from assistant.answer.durations import span_disagreement
from assistant.answer.english_subject import disagreement as english_disagreement
from assistant.answer.qualifiers import ordinal_disagreement, sibling_disagreement, title_disagreement
from assistant.answer.lead_names import actor_disagreement, company_places, firm_name, lead_disagreement, lead_name, opening_actor, stem, unwritten_firm
from assistant.answer.stance import stance_disagreement
from assistant.answer.organisations import org_disagreement, organisations
from assistant.answer.place_lists import compound_sibling, listed_sibling, named_before as _named_before
from assistant.answer.wider_group import one_country_for_world
from assistant.answer.words_asked import speaker_only
from assistant.answer.unknown_words import unknown_disagreement, unknown_nouns
from assistant.answer.siblings import designator_disagreement, series_disagreement, sibling_articles, variant_disagreement
from assistant.answer.subject_names import DATELINE_RE, Disagreement, figure_disagreement, latin_disagreement, named_in_article, period_disagreement, unwritten_period
from assistant.answer.subject_years import unwritten_year_end, year_disagreement
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import adcodes, ordinals, places, words
from assistant.text.furniture import CREDIT_LINE_RE
from assistant.text.places import DEPTH

SUBUNIT_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:开发区|示范区|新区|试验区|实验区|合作区|管理区|高新区)")  # 辽源高新技术产业开发区: a zone `places` does not name

# 蒙东六市, 全省九个县: a number of places, not one place another than the one asked
COUNTED_PLACES_RE = re.compile(r"[一二两三四五六七八九十百\d]个?[省市县区]$")

# 中巴, 中美, 美日韩: a pair or group of countries by the press's one-character names, no one place (中东, 中亚 are regions)
COUNTRY_INITIALS = "美俄日韩朝英法德意加澳印巴越泰老缅蒙哈菲"
COUNTRY_GROUP_RE = re.compile(f"[中{COUNTRY_INITIALS}][{COUNTRY_INITIALS}]{{1,3}}")

# 东西, 南北, 西南 alone: a thing (jieba tags 东西 a place), directions or a region (3 of DRCD train's first 300 refused on 东西)
DIRECTIONS_RE = re.compile(r"[东西南北中]{2}")


def dateline_end(text: str) -> int:
    """The length of the dateline `text` opens with (0 for none)."""
    m = DATELINE_RE.match(text)
    return m.end() if m else 0


def depth(name: str, fallback: str = "市") -> int:
    return DEPTH.get(places.level_of(name) or places.known_level(name) or fallback, 1)


def _level(name: str, *texts: str) -> str:
    """The level of a place the question names: its suffix, else the suffix the question or the article writes after
    it (jieba may cut 松岭县 as 松岭|县; 东丰 is 东丰县), not a word it begins (挪威市场 is no 挪威市)."""
    if places.level_of(name):
        return places.level_of(name)
    for text in texts:
        m = re.search(re.escape(name) + f"([{places.SUFFIXES}])(?![场值域间别])", text)
        if m:
            return m.group(1)
    return places.known_level(name) or "市"  # an unknown bare name is usually a city (辽源)


def _same(name: str, key: str) -> bool:
    """东丰县 is the 东丰 asked; so is 辽源 the 辽源城镇 jieba reads as one name."""
    stem = places.stem(name)
    return stem == key or name == key or (len(stem) >= 2 and key.startswith(stem) and not places.level_of(key))


def _names_itself(key: str, text: str, asked: int) -> bool:
    """Is the place named for itself, not only as the parent of a deeper one (辽源高新区管委会
    主任 heads the zone, 辽源市龙山区's figure is the district's)?"""
    deeper = []
    for n in places.places(text):
        tail = n[len(key):].lstrip("市") if n.startswith(key) else n
        if len(tail) >= 2 and DEPTH.get(_level(tail, text), 1) > asked:
            deeper.append(tail)
    for m in re.finditer(re.escape(key), text):
        rest = text[m.end():]
        rest = rest[1:] if rest[:1] in places.SUFFIXES else rest
        if any(rest.startswith(places.stem(t)) for t in deeper):
            continue
        zone = SUBUNIT_RE.match(rest)  # 辽源高新技术产业开发区: a zone jieba does not name
        if zone and asked < DEPTH["区"] and not re.search(r"[的和与及在是等为将对从于有由到向以把被让给属位]", zone.group(0)):
            continue
        return True
    return False


# 市供电公司, 县教育局: a unit of the place itself (not 市场, 市民, 市区, 市2号线)
OWN_UNIT = r"[^" + places.SUFFIXES + r"场民\d][\u4e00-\u9fff]"


def _one_unit_among_the_places(name: str, text: str, level: str) -> bool:
    """市行政执法局、市供电公司、贵池区卫生健康系统等单位: a district named as one unit of a
    list (closed by 等) of the asked place's own units (written 市…) speaks for the place's
    total, not for a figure of the district."""
    for clause in re.split(r"[，。；：,;!?！？]", text):
        items = clause.split("、")
        if len(items) < 2 or "等" not in items[-1] or not any(name in item for item in items):
            continue
        own = [item for item in items if re.match(re.escape(level) + OWN_UNIT, item)]
        if own and all(name not in item for item in own):
            return True
    return False


def _place(p: str, q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A figure question's sentence naming one of the place's districts gives that
    district's figure, even in the place's own article."""
    key, text, asked_text, figure = places.stem(p), chunk.text[a:b], q.text, q.kind == "quantity"
    level = _level(p, asked_text, chunk.subject, chunk.title, chunk.text)
    asked = DEPTH.get(level, 1)
    if key in text and (_names_itself(key, text, asked) or not figure and places.asked_inside(asked_text, p)):
        return None
    mentioned = places.named(text)
    partners = counterparts(text, mentioned)
    named = [n for n in mentioned if key not in n and places.stem(n) not in key
             and not COUNTED_PLACES_RE.search(n) and n not in partners]
    peers = [n for n in named if depth(n) == asked]
    if peers:
        return Disagreement("place", p, peers[0])
    if asked == DEPTH[places.COUNTRY]:
        # an article rarely names its own country: only another one disagrees, or, for a country other than
        # China, a sentence naming China's places only (特斯拉上海工厂 is not the 印度工厂 asked)
        tagged = places.places(text)  # jieba reads it as a place too: 金昌永 is a person, not 金昌
        china = [n for n in named if n in tagged and adcodes.within(n, "中国")]
        return Disagreement("place", p, china[0]) if china and not (key == "中国" or adcodes.within(p, "中国")) else None
    spoken_levels = places.levels_mentioned(text) - places.levels_mentioned(asked_text) - adcodes.own_levels(p)  # 全县, 我市; not 宁夏's 全区
    spoken = {DEPTH[s] for s in spoken_levels}
    if spoken and asked not in spoken:
        return Disagreement("place", p, "全" + sorted(spoken_levels)[0])
    below = [n for n in named if depth(n) > asked and not _one_unit_among_the_places(n, text, level)]
    if q.english and not figure and below and all(adcodes.within(n, p) for n in below):
        return None  # who or what of a county the asked city holds (the gazetteer's codes): the city's, not its figure
    # an article about a river (长江) is about no place: its subject tells nothing here; nor is one
    # its passage writes only in a work's title (a store indexed before main_subject skipped 《长安三万里》)
    subject = "" if places.natural_feature(chunk.subject) or places.only_in_titles(chunk.subject, chunk.text) else chunk.subject
    if below and not spoken and (figure or not (subject and (key in subject or _same(subject, key)))):
        return Disagreement("place", p, below[0])  # a district's figure is not its city's
    if subject and (key in subject or _same(subject, key) or adcodes.within(subject, p)):
        return None  # the article is about it or a place in it (南京 of 江苏), whatever was named earlier
    # the last place of this level or below named before the sentence in its paragraph is
    # the one in force (a province named in passing is not), for a sentence naming none or
    # speaking of the asked level only (龙山区召开会议。全区新增就业3000人)
    before = [n for n in _named_before(chunk, a)
              if _same(n, key) or ((places.level_of(n) or places.bare_level(n)) and depth(n) >= asked)]
    if before:  # but not a place listed with its siblings (东辽…、东丰…): the paragraph speaks of several
        peer = listed_sibling(chunk, a, key) if _same(before[-1], key) else before[-1]
        return Disagreement("place", p, peer) if peer else None
    # an article about a wider place whose title or another passage names this one
    # (重庆市's article on 长寿区 names the district in its lead, not in every passage)
    elsewhere = key in chunk.title or named_in_article(q, p, chunk)
    if subject:
        if elsewhere and depth(subject) < asked:
            return None
        return Disagreement("place", p, subject)  # the article is about another place
    if elsewhere:
        return None
    others = [n for n in places.places(chunk.title) if places.level_of(n)]
    return Disagreement("place", p, others[0] if others else "")


def _asked_places(q: Question) -> list[str]:
    """The places to check: the most specific ones (辽源市龙山区 asks about 龙山区)."""
    asked = [p for p in q.places if (not (COUNTRY_GROUP_RE.fullmatch(p) or DIRECTIONS_RE.fullmatch(p)) or places.known_level(p))
             and p not in company_places(q.text)]  # 吉利汽车's 吉利 is a company, the lead name check's
    if not q.english:  # and the places the gazetteer knows that jieba does not tag (昭通, 日本)
        asked += [n for n in places.named(q.text) if not any(n in p or p in n for p in asked)]
        asked += _bare_divisions(q.text, asked)
    if not asked:
        return []
    deepest = max(DEPTH[_level(p, q.text)] for p in asked)
    return [p for p in asked if DEPTH[_level(p, q.text)] == deepest]


def _bare_divisions(text: str, asked: list[str]) -> list[str]:
    """北京房山: a division written bare after the place it lies in (jieba: 房山|n) is the deeper place asked."""
    tagged = words.tagged(text)
    return [word for (before, _), (word, flag) in zip(tagged, tagged[1:])
            if before in asked and word not in asked and len(word) >= 2 and flag.startswith(("n", "j"))
            and DEPTH.get(places.known_level(word), 1) > DEPTH.get(_level(before, text), 1) and adcodes.within(word, before)]


def about_place(q: Question, p: str, chunk: Chunk, a: int, b: int) -> bool:
    """evidence.place_check's factor: is `chunk.text[a:b]` about `p` as this check reads it, its passage writing `p` and no
    sibling of it (a city's report naming 东辽 in another passage speaks for the city)? A pair of countries (中巴) is none."""
    pair = COUNTRY_GROUP_RE.fullmatch(p) and not places.known_level(p)
    ours = all(o == p or places.stem(o) in chunk.subject or adcodes.within(o, chunk.subject) for o in q.places)  # the rest: the article's
    return bool(pair) or (ours and places.stem(p) in chunk.text and not any(adcodes.siblings(n, p) for n in places.named(chunk.text))
                          and _place(p, q, chunk, a, b) is None)


def place_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """None when the sentence or its article speaks of one of the question's (most
    specific) places; several of one level (东丰县和东辽县) need only one to agree."""
    asked = _asked_places(q)
    if pair := _pair_unnamed(q, chunk):
        return Disagreement("place", pair, "")
    if not asked:
        if narrower := one_country_for_world(q, chunk.text[a:b]):  # 全球… asked, 中国… written
            return Disagreement("place", "全球", narrower)
        return _level_disagreement(q, chunk, a, b)
    found = [compound_sibling(q.text, p, chunk.text[a:b]) or _place(p, q, chunk, a, b) for p in asked]
    return None if any(f is None for f in found) else found[0]


def _pair_unnamed(q: Question, chunk: Chunk) -> str:
    """A pair of countries asked (中巴地球资源卫星) that the article writes neither as the pair nor by a country of each
    initial but 中 (巴西 or 巴基斯坦 for 巴): its article is about other countries' doings ('' when it agrees)."""
    article = f"{chunk.title} {chunk.subject} {chunk.text}"
    for p in q.places:
        if q.english or not COUNTRY_GROUP_RE.fullmatch(p) or places.known_level(p) or p in article:
            continue
        named = places.named(article)
        if not all(any(n.startswith(c) for n in named) for c in p if c != "中"):
            return p
    return ""


def _level_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """全市 asked, no place named: the whole of the asker's city. A sentence speaking of a lower level
    only (全区, not 全市), or of an article about a district or county, gives that part's figure."""
    levels = set(re.findall(r"全([省市县区])(?![场民])", q.text))  # not 全市场, 全市民
    if q.english or q.kind != "quantity" or len(levels) != 1:
        return None
    level = levels.pop()
    spoken = places.levels_mentioned(chunk.text[a:b])
    if level in spoken:
        return None
    lower = sorted(s for s in spoken if DEPTH[s] > DEPTH[level])
    if lower:
        return Disagreement("place", "全" + level, "全" + lower[0])
    subject = chunk.subject
    if subject and not places.natural_feature(subject) and depth(subject) > DEPTH[level]:
        return Disagreement("place", "全" + level, subject)
    return None


def disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """The first thing the question names that `chunk.text[a:b]` (read with its article) is
    not about, or None when it agrees (or the question names nothing). A credit line (请注明来源：
    <headline>https://…) is about where the article came from: it repeats a headline's figure."""
    if CREDIT_LINE_RE.search(chunk.text[a:b]):
        return Disagreement("source", "", "a credit line")
    start = a + dateline_end(chunk.text[a:b])  # the dateline's place and agency are no subject
    for check in (place_disagreement, year_disagreement, period_disagreement, org_disagreement, name_disagreement,
                  lead_disagreement, actor_disagreement, stance_disagreement, unknown_disagreement, latin_disagreement, figure_disagreement, ordinal_disagreement, series_disagreement, title_disagreement,
                  sibling_disagreement, body_disagreement, designator_disagreement, variant_disagreement,
                  span_disagreement, english_disagreement, kind_disagreement, slot_disagreement, part_disagreement):
        found = check(q, chunk, start, b)
        # but where it was filed may be the place asked (中新网宜昌…电 …全市新增…)
        if found is not None and not (start > a and check is place_disagreement and check(q, chunk, a, b) is None):
            return found
    return None


def answer_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """`disagreement` and, for a sentence shown as an answer, the period, year's end and company its article must write
    and no line only naming a speaker for what he said (a claim, or a value's version, is read by `disagreement` alone)."""
    return (disagreement(q, chunk, a, b) or unwritten_period(q, chunk, a, b) or unwritten_firm(q, chunk, a, b)
            or unwritten_year_end(q, chunk, a, b) or speaker_only(q, chunk, a, b))


def with_articles(q: Question, sentences: list) -> Question:
    """A question with, for each name, place, ordinal and unknown noun it asks about (an English one: its places, not named beside a sibling), where the articles of the retrieved passages first write it (`q.first_named`): a passage is read with its earlier ones."""
    asked = _asked_places(q) if q.english else list(dict.fromkeys([*proper_names(q.text), *_asked_places(q), *[stem(n) for n in [lead_name(q) or firm_name(opening_actor(q.text))] if n], *ordinals.phrases(q.text), *unknown_nouns(q.text), *organisations(q.text)]))
    chunks = sorted({s.chunk.id: s.chunk for s in sentences}.values(), key=lambda c: -c.start)
    named = {c.id: places.places(c.text) for c in chunks} if q.english else {}  # read once a passage
    found = {n: {(c.source, c.article): c.start for c in chunks if places.stem(n) in f"{c.title} {c.subject} {c.text}"
                 and not any(adcodes.siblings(o, n) for o in named.get(c.id, ()))} for n in asked}
    found = {n: v for n, v in found.items() if v}
    return replace(q, first_named=found) if found or q.first_named else q


def agreeing(q: Question, scored: list, enough: int = 20) -> list:
    """The candidates (`evidence.Scored`, in their order) whose sentence agrees with the question's subject, up
    to `enough` of them (answers read at most the first dozen); the others are dropped so the next is tried; so
    are those of an article naming only a sibling of the designator asked (`siblings.sibling_articles`: 首站 for 第二站)."""
    q, apart, out = with_articles(q, [sc.sentence for sc in scored]), sibling_articles(q, [sc.sentence for sc in scored]), []
    for sc in scored:
        if sc.sentence.chunk.id not in apart and answer_disagreement(q, sc.sentence.chunk, *sc.sentence.quote_span) is None:
            out.append(sc)
            if len(out) >= enough:
                break
    return out
