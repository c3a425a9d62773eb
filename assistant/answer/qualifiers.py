"""Subject agreement for the qualifiers that say *which* thing a question asks about: the
ordinal of a series (第三批), the title of a work (《通知》) and the name written before what
it qualifies (北海公园, 学生月订阅计划, 雅马哈在印尼的份额).

`subject.disagreement` runs these after its place, year and name checks. A sentence that gives the figure
of a sibling (第二批's, 玉渊潭公园's, the 个人 plan's) answers a question the user did not ask: a tempting
wrong answer, worse than none. The checks stay quiet when the sentence names no sibling, so a paraphrase
that drops a qualifier keeps its answer (the ordinal excepted: a passage naming no batch is not the one asked)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import people
from assistant.answer.asked_kind import ORG_TAIL
from assistant.answer.listed_together import listed_together
from assistant.answer.organisations import abbreviates
from assistant.answer.posts import post_disagreement
from assistant.answer.subject_names import VINTAGE_RE, Disagreement, in_force, named_in_article
from assistant.query import sections
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import comparisons, ordinals, places, words
from assistant.text.cedict_file import headwords_by_case
from assistant.text.quantities import chinese_to_number

# jieba's tags of a word that can name which one of a kind: nouns, proper names, Latin
# words, distinguishing words (市级, 双人); a verb (进入公园) or a pronoun (该公园) names none
NAMING_FLAGS = frozenset({"n", "nr", "nrt", "nrfg", "nz", "nt", "ns", "nw", "eng", "b", "j"})
ASKING_RE = re.compile(r"多少|几|哪|什么|谁")
ORDINAL_ASKED_RE = re.compile(r"第(?:几|多少)")
# 同一广场, 上述景区, 该公园: a word pointing back at the one already named is that one
# a name in quotes: a programme, platform or campaign (“就业+”平台, “三支一扶”计划)
QUOTED_RE = re.compile(r"[“「]([^“”「」]{1,20})[”」]")
QUOTED_END_RE = re.compile(r"[“「]([^“”「」]{1,20})[”」]$")
# 财季, 本季度, 上半年: a part of the year is the period check's (第三财季 is 本季度 in its report)
PERIOD_WORD_RE = re.compile(r"(?:季度|财季|财年|年度|半年|月份)$")
ANAPHOR_RE = re.compile(r"^(?:同一|上述|前述|下述|其他|其它|另一|该|此|这|那|各|每)")
THIS_ONE_RE = re.compile(r"(?:本次|此次|这次|本届|该|此|这|上述|前述)$")


def _series_in(text: str, word: str) -> set[int]:
    return ordinals.series(ordinals.ordinals(text), word)


def _last_in(text: str, word: str) -> set[int]:
    """The ordinal of `word` last named in `text` (the one in force after it)."""
    found = [m.group(0) for m in ordinals.ORDINAL_RE.finditer(text) if m.group(3) == word]
    return _series_in(found[-1], word) if found else set()


def _joined(text: str, word: str) -> list[set[int]]:
    """Runs of ordinals of `word` joined by 、/和 (第一批、第二批): named together, the figure
    that follows is theirs together, unless 分别 gives each its own."""
    if "分别" in text:
        return []
    one = ordinals.ORDINAL_RE.pattern
    return [_series_in(m.group(0), word)
            for m in re.finditer(rf"{one}(?:(?:、|和|及|与|以及){one})+", text)]


def ordinal_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """The ordinal a question names (第四批) must be the one the sentence speaks of: the
    ones it names, else the one its paragraph last named, else the one last named before it
    in its article or its header; one named nowhere in the passage (not even without 第:
    十四届) is not the one asked."""
    asked = ordinals.ordinals(q.text)
    for word in sorted({w for _, w in asked}):
        want = ordinals.series(asked, word)
        own = (_series_in(chunk.text[a:b], word)
               or _series_in(in_force(chunk, a, lambda t: _series_in(t, word)), word)
               or _last_in(chunk.text[:a], word)
               or _last_in(f"{chunk.title} {chunk.subject}", word)
               or _series_in(chunk.text[b:], word))
        together = next((g for g in _joined(chunk.text[a:b], word) if g & want and not g <= want), set())
        written = ordinals.series(ordinals.bare(f"{chunk.title} {chunk.text}"), word)
        # a passage naming no number of the series (本届 after 第三届; not 前四批) whose article's earlier passage names the one asked
        earlier = not own and not ordinals.series(ordinals.bare(chunk.text), word) and any(named_in_article(q, o, chunk) for o in ordinals.phrases(q.text))
        if (not own & want and not (not own and (want <= written or earlier))) or together:
            found = "/".join(f"第{n}{word}" for n in sorted(together or own))
            return Disagreement("ordinal", "/".join(f"第{n}{word}" for n in sorted(want)), found)
    return other_event_ordinal(q.text, chunk.text[a:b])


ORDINAL_MEASURE_RE = re.compile(r"第(?:几|多少)([届次期批轮])")
HAN_TAIL_RE = re.compile(r"[\u4e00-\u9fff]+$")


def other_event_ordinal(question: str, text: str) -> Disagreement | None:
    """第几届 asked of one event (东湖读书节) answered by the ordinal of another sharing its head word (第三届西湖读书节)
    in a sentence naming the asked one apart (、东湖读书节): the name each writes before the shared head must agree.
    One a sentence numbers without such a name stays, and so does a question adding a modifier of its own (青河的读书节)."""
    m = ORDINAL_MEASURE_RE.search(question)
    if m is None:
        return None
    owners = []
    for own in re.finditer(rf"第[\d一二三四五六七八九十百]+{m.group(1)}([\u4e00-\u9fff]{{2,20}})", text):
        name = re.split(r"和|与|及", own.group(1))[0]  # 第三届甲节和乙节: the ordinal is the first one's
        # the longest run of the ordinal's name, read from its start, that ends in words the question writes (读书节)
        head = next((name[k - n : k] for k in range(len(name), 1, -1) for n in range(k, 1, -1) if name[k - n : k] in question), "")
        if not head:
            return None
        mine, asked = name[: name.find(head)], HAN_TAIL_RE.search(question[: question.find(head)])
        if not mine or mine in question or asked is None or asked.group(0)[-2:] in name or asked.group(0)[-2:] + head not in text:
            return None  # the ordinal names no other modifier, or the asked one; or the sentence names no asked one apart
        owners.append((asked.group(0) + head, mine + head))
    return Disagreement("ordinal", *owners[0]) if owners else None


def _naming(word: str, flag: str) -> bool:
    """A word that can say which one (学生, 玉渊潭); a place or a level (东丰县, 全县, 全国)
    is the place check's, which knows a county's figure is its 全县 figure; a doubled noun (村村, 户户)
    says every one of them, no which."""
    return (flag in NAMING_FLAGS and word not in words.STOPWORDS and len(word) >= 2 and not (len(word) == 2 and word[0] == word[1])
            and chinese_to_number(word) is None and not word.isdigit() and not ANAPHOR_RE.match(word)
            and not (places.level_of(word) or places.known_level(word) or places.levels_mentioned(word)
                     or word in places.BARE_GENERIC) and not PERIOD_WORD_RE.search(word) and not modal_verb(word))


MODAL_CHARS = "能可会将要应"


def modal_verb(word: str) -> bool:
    """能产 (一年能产鹿茸多少吨): a modal and a verb the tagger joined, no word of the dictionary; it says
    what can be done, not which one (能耗, 会议 are the dictionary's nouns)."""
    common, proper = headwords_by_case()
    return len(word) == 2 and word[0] in MODAL_CHARS and word not in common and word not in proper


def _follow(tagged) -> str:
    """The text of `tagged` up to the end of its first naming word within three words:
    what the word before it qualifies, '' when that is an act or the asking phrase."""
    follow = ""
    for nxt, nflag in tagged[:3]:
        if words.PUNCT_RE.fullmatch(nxt) or nflag == "x":
            return ""
        follow += nxt
        if ASKING_RE.search(follow):
            return ""
        # what it qualifies is a thing (月订阅计划 through the verb 订阅), not an act (项目集中签约)
        if nflag in NAMING_FLAGS or nflag == "vn":
            return follow
    return ""


@lru_cache(maxsize=1024)
def qualifiers(question: str) -> tuple[tuple[str, str], ...]:
    """(qualifier, what follows it) pairs of a question: a naming word, or a name in quotes
    (“一街四园”体系), and the text after it up to the end of the next naming word (学生 ->
    月订阅计划, 雅马哈 -> 在印尼)."""
    tagged = words.tagged(question)
    # a word of the asking phrase (什么时候, 什么时期的武将, 哪家公司) names nothing asked about
    out = [(word, _follow(tagged[i + 1 :])) for i, (word, flag) in enumerate(tagged)
           if _naming(word, flag) and not (i and ASKING_RE.search(tagged[i - 1][0])) and not _counted_asked(tagged, i)]
    out += [(m.group(1), _follow(words.tagged(question[m.end() :]))) for m in QUOTED_RE.finditer(question)]
    return tuple((word, follow) for word, follow in out if follow)


def _counted_asked(tagged, i: int) -> bool:
    """哪|两家|机构: the word after a count the asking word opens is the kind asked, too."""
    return i >= 2 and tagged[i - 2][0] == "哪" and tagged[i - 1][1] == "m"


def _before(text: str, at: int) -> tuple[str, str] | None:
    """The word written right before position `at` of `text`, with its tag; a name in quotes (“三支一扶”计划) is one word."""
    quoted = QUOTED_END_RE.search(text[:at])
    if quoted:
        return quoted.group(1), "nz"
    tagged = words.tagged(text[max(0, at - 8) : at])
    return tagged[-1] if tagged else None


def _person_before(text: str, at: int, size: int) -> bool:
    """Is the word of `size` characters before `at` (part of) a person's name `people` reads
    (达瓦 of 达瓦拉姆; not jieba's nr tag alone, which 农村居民 and 纪检监察 carry)?"""
    return at >= 0 and any(m.start() < at and m.end() >= at - size
                           for p in people.persons(text) for m in re.finditer(re.escape(p.name), text))


HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+$")


def _written_before(text: str, follow: str) -> list[tuple[int, tuple[str, str] | None]]:
    """(where, the word right before it: `_before`) for each place `text` writes `follow`."""
    out, at = [], text.find(follow)
    while at >= 0:
        out.append((at, _before(text, at)))
        at = text.find(follow, at + 1)
    return out


def _spelled_otherwise(word: str, befores: list) -> bool:
    """Is the asked `word` written before `follow` (`befores`, of `_written_before`) in its long or its short form
    (老年人家庭 for 老人家庭: the short form keeps the long one's characters in order)? Then the asked one is named,
    and the others written before `follow` (残疾人家庭) are listed beside it, not in its place."""
    return any(before and before[0] != word and _naming(*before) and abbreviates(word, before[0]) for _, before in befores)


def siblings(text: str, word: str, follow: str, asked: str) -> list[str]:
    """Other naming words written before `follow` in `text` (玉渊潭 before 公园 when 北海
    is asked); none when `word` itself is there. A word inside the asked one or holding it
    (鹿 for 梅花鹿) abbreviates it, and one the question names is asked too."""
    if word in text:
        return []
    befores = _written_before(text, follow)  # read once: the check that the asked one is there, then its siblings
    if _spelled_otherwise(word, befores):
        return []
    out = []
    for start, before in befores:
        # a person's name (达瓦|拉姆为观众) is no sibling of a thing asked (博物馆为观众), nor is the one
        # pointed back at (本次大赛的评审 is the 马拉松's), nor one compared with (比燃油版的3系还要实惠)
        if before and _naming(*before) and not (_person_before(text, start, len(before[0])) and not _person_before(asked, asked.find(follow), len(word))) \
                and not THIS_ONE_RE.search(text[: start - len(before[0])]) and not comparisons.compared(text, start - len(before[0]), start + len(follow)):
            other = before[0]
            # 西贡商信银行 is 西贡商业信用银行 (商信 of 商业信用): the run before `follow` abbreviated
            run = HAN_RUN_RE.search(text[max(0, start - 3 * len(word)) : start])
            measured = text[start - len(other) : start] == other and re.search(r"[\d零一二三四五六七八九十百千万两]$", text[: start - len(other)])  # 12英寸的彩色: a unit
            if other not in word and word not in other and other not in asked and not abbreviates(word, other) and not measured \
                    and not (VINTAGE_RE.fullmatch(other) and not VINTAGE_RE.fullmatch(word)) \
                    and not (run and abbreviates(word, run.group(0))):  # 新款 is no sibling of a maker, only of 老款
                out.append(other)
    return out


WHICH_KINDS = ("place", "generic")
# how a body's name or short name ends (高校, 院所, 分局, 厂): ORG_TAIL's one-character heads
BODY_END_RE = re.compile(f"(?:{ORG_TAIL})$")


def two_bodies(word: str, follow: str) -> bool:
    """高校院所: two kinds of body side by side, each a two-character short name ending as a body's name does; the
    first names a kind, not which one of the second, so a sentence's 科研院所 (院所 in full) is one of the pair,
    no sibling of 高校 (北海公园: a place's name before a park; 县乡干部: 干部 names no body)."""
    tagged = words.tagged(word)
    return len(word) == len(follow) == 2 and len(tagged) == 1 and tagged[0][1] in ("n", "j") \
        and BODY_END_RE.search(word) is not None and BODY_END_RE.search(follow) is not None


def sibling_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A qualifier of the question (北海 in 北海公园) must not be replaced by a sibling in the sentence (玉渊潭公园),
    or, when the sentence does not write what it qualifies (nor, asked no figure, it), in the earlier one that does."""
    if q.english:
        return None
    text = chunk.text[a:b]
    # a figure is theirs together; a list of them answers a 哪些 question; an ordinal asked (第几届) is each item's own
    together = listed_together(q.text, text) if q.kind == "quantity" and not ORDINAL_ASKED_RE.search(q.text) else None
    if together:
        return Disagreement("qualifier", together[0], f"{together[1]}、{together[0]}")
    post = post_disagreement(q, text)
    if post:
        return post
    if q.kind in WHICH_KINDS:
        return None  # 仅次于哪里, 什么剧出道: the answer itself may be a sibling of what is asked about
    for word, follow in qualifiers(q.text):
        if two_bodies(word, follow):
            continue
        named = lambda t: word in t or bool(siblings(t, word, follow, q.text))  # noqa: E731
        held = follow in text or (word in text and q.kind != "quantity")  # 房地产市场: of 房地产风险 (a figure: of the one in force)
        # the part of the document named before asking (农村建设方面，…) is its heading in other words (乡村建设):
        # only a sibling the sentence itself writes is another one
        where = text if held or sections.in_section(word, q.text) else in_force(chunk, a, named)
        others = siblings(where, word, follow, q.text) if where else []
        if others:
            return Disagreement("qualifier", word + follow, others[0] + follow)
    return None


TITLE_RE = re.compile(r"《([^《》]{1,40})》")


def _same_title(asked: str, own: str) -> bool:
    """《通知》 is the short name of 《关于试点恢复…的通知》 once an article has named it."""
    return asked in own or own in asked


def title_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A work the question names by its title (《民法典》) must be the one the sentence, or
    naming none, the earlier sentence of its paragraph that names one, speaks of: a
    sentence about another document's article does not answer for it."""
    asked = TITLE_RE.findall(q.text)
    if not asked:
        return None
    said = TITLE_RE.findall(chunk.text[a:b])
    if not said and any(x in chunk.title for x in asked):
        return None  # the article is the asked work's own (an encyclopedia entry's title is bare)
    own = said or TITLE_RE.findall(in_force(chunk, a, TITLE_RE.findall))
    # an article about the asked work may name another it became (…其版权被改编为《Y》): the
    # asked title in its header or earlier in its passage is in force
    about = TITLE_RE.findall(f"{chunk.title} {chunk.text[:a]}")
    if any(_same_title(x, y) for x in asked for y in about) and not any(_same_title(y, o) for y in about for o in own):
        return None
    if own and not any(_same_title(x, y) for x in asked for y in own):
        return Disagreement("title", f"《{asked[0]}》", f"《{own[0]}》")
    return None
