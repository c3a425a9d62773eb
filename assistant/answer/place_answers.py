"""Whether a Chinese place question's draft names a place.

A 哪个地方 / 哪里 question is answered by a place. The selector may like a sentence close to the
question's words that speaks of places only as some of them (在少数地区, 一些地方, 部分城市): shown,
it answers where with "somewhere", a wrong answer. So does a sentence that writes the site asked
(院址, 位置) with no place or address (完成医院搬迁新址), and one that answers where something was
done (会谈在哪座城市举行) with a place that only names a thing (推动某地博览会取得成功), not one it
was done in. Such a draft is refused. A sentence naming a place (哈尔滨等地, 少数地区如某县) is left
to the scorers.
"""

from __future__ import annotations

import re

from assistant.text import places, words

# some places, none named: 少数地区, 一些地方, 部分城市, 个别县, 有的乡镇, 多地, 各地
VAGUE_PLACE_RE = re.compile(r"(?:少数|一些|部分|个别|有的|有些|某些|不少|许多|很多|多个|一批|若干|某)"
                            r"(?:地区|地方|城市|省份|省区|县市|县区|市县|乡镇|国家|区域|[省市县区镇乡村])|多地|各地")
# 新院址在哪里, 位于哪里, 坐落在何处: the site of something asked, which a place or an address answers
SITE_ASKED_RE = re.compile(r"(?:址|位置|坐落|位于|落在)[^，,？?。]{0,4}?(?:哪|何处|何地)")
ADDRESS_RE = re.compile(r"[路街巷弄号村镇乡]|大道|广场|园区|社区|小区|开发区")
# 会谈是在哪座城市举行的, 在美国哪座城市申请破产: the town, county or country where something was done; not
# 落在哪个县, 坐落在哪个镇: where a thing lies, its site, which its name may give (甲县产业园)
WHERE_DONE_RE = re.compile(r"(?<![落坐])在[^，,？?。]{0,12}?哪(?:一?座|一?个)?(?:城市|国家|省份?|县|区|镇|乡|村)")
# what puts a place where something is done: 在纽约申请, 于某市举行, 位于某县, 落户某区
LOCATIVE_RE = re.compile(r"在|于|位于|落户|落地|坐落|至|到|赴|来到|走进|地点")
LOCATIVE_REACH = 16  # characters before the place: 在美国纽约, 走进位于江西赣州信丰县
# a word jieba tags a place that is a verb here (上马了一些项目, 落地了): an aspect particle follows
VERB_AFTER = "了着过"


def _places_named(text: str) -> list[str]:
    found = list(places.named(text))
    for name in places.places(text):
        after = text[text.find(name) + len(name) :][:1]
        if name not in found and not (after and after in VERB_AFTER):
            found.append(name)
    return found


def unplaced(q, draft) -> bool:
    """Does a Chinese place question's draft speak of places only as some of them (在少数地区),
    answer the site asked (新院址在哪里) with no place or address, naming none that the question
    does not name itself, or answer where something was done (在哪座城市举行) with no place it is
    done in (在, 于, 位于 before it)?"""
    if q.english or q.kind != "place" or draft is None or not draft.parts:
        return False
    texts = [p.sentence.chunk.text[p.a : p.b] for p in draft.parts]
    if WHERE_DONE_RE.search(q.text):  # 推动迪拜气候大会取得成功 names a place, not where the talks were held
        return not any(_placed(t, q.text) or _done_at_name(t, q.text) for t in texts)
    site = SITE_ASKED_RE.search(q.text)
    if not site and not any(VAGUE_PLACE_RE.search(t) for t in texts):
        return False
    if site:
        asked = set(ADDRESS_RE.findall(q.text))  # the question's own, read once, not per text
        if any(set(ADDRESS_RE.findall(t)) - asked for t in texts):
            return False  # 迁至青河路18号: an address, though no place name
    return not any(n not in q.text for t in texts for n in _places_named(t))


# jieba tags a foreign town a person's or another proper name (拉斯维加斯 nrt, 达沃斯 nr)
PROPER_FLAGS = ("ns", "nr", "nz")
ASKED_VERB_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _done_at_name(text: str, question: str) -> bool:
    """Does `text` write 在X举行 with the question's own verb (在哪座城市举行) right after a proper
    name X the question does not name? The gazetteer knows few foreign towns (在拉斯维加斯举行);
    the question's frame, the verb after the place, says X is where it was done."""
    asked = WHERE_DONE_RE.search(question)
    verb = ASKED_VERB_RE.match(question, asked.end()) if asked else None
    if verb is None:
        return False
    tagged = words.tagged(text)
    for i in range(1, len(tagged) - 1):
        name, flag = tagged[i]
        if tagged[i - 1][0] in ("在", "于") and tagged[i + 1][0] == verb.group() and len(name) >= 2 \
                and flag.startswith(PROPER_FLAGS) and name not in question:
            return True
    return False


def _placed(text: str, question: str) -> bool:
    """Does `text` put a place the question does not name where something is done (在纽约, 位于…信丰县)?"""
    for name in _places_named(text):
        if name in question:
            continue
        for m in re.finditer(re.escape(name), text):
            if LOCATIVE_RE.search(text[max(0, m.start() - LOCATIVE_REACH) : m.start()]):
                return True
    return False


# 哪个城区, 哪几个县 (asked_kind.DISTRICT_ASKED_RE): the place below a city a sentence must name beside the question's own
def names_place(question: str, text: str) -> bool:
    """Does `text` name a place (`places.places`) `question` does not write, with its level (东丰县) or known to the
    gazetteer (not 临街, a word jieba tags a place), or a proper name jieba cuts from its level (周巷|镇助, 观海|卫镇)?"""
    if any(p not in question and places.stem(p) not in question and (places.level_of(p) or places.known_level(places.stem(p)))
           for p in places.places(text)):
        return True
    tagged = words.tagged(text)
    return any(f[:2] in ("ns", "nr", "nz") and len(w) >= 2 and w not in question and re.match(r"[\u4e00-\u9fff]?(?:[区县镇乡]|街道)", nxt)
               for (w, f), (nxt, _) in zip(tagged, tagged[1:]))
