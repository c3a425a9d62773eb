"""One term of a claim swapped for another of the same kind, the rest written as the source writes it.

研究将ETF引入盘前固定价格交易机制 against 研究将ETF引入盘后固定价格交易机制: the words around
盘前 are the source's, and where the claim writes 前 the source writes its opposite 后. Or a
quoted name in the same slot: 打造…的“龙山样板” against 打造…的“西安样板”; a thing of four characters or more
before the same four (巩固X行业专项整治成效), a country of a counted list (中美日三国 / 中美俄三国), a span of
years (指出了未来五年的奋斗目标 / 指出了新一年奋斗目标). Such a sentence speaks of
the claim's thing and says otherwise; the caller refutes by it only when the claim with the
source's term put in is supported by that same sentence (statements.check_statement), so the
rest of the claim must agree.
"""

from __future__ import annotations

import re

from assistant.answer.organisations import abbreviates, organisations
from assistant.check.measures import abbreviated_span
from assistant.check.slot_fill import LIST_JOINERS, slot_fills
from assistant.text import places, quantities, words

# characters whose pair says the opposite inside the same word (盘前/盘后, 上半年/下半年, 出口/进口)
OPPOSITES = dict(p for a, b in ("前后", "上下", "增减", "升降", "涨跌", "高低", "多少", "大小", "内外", "进出", "买卖",
                                "早晚", "长短", "快慢", "新旧", "正负", "盈亏", "首末", "东西", "南北", "左右")
                 for p in ((a, b), (b, a)))
CONTEXT = 2  # characters on each side of the swapped one that the source must write as the claim does
HAN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
QUOTED_RE = re.compile(r"“([^“”]{2,12})”")


def _written(s: str, n: int = CONTEXT) -> bool:
    return len(s) == n and all(HAN.match(c) for c in s)


def _written_or_listed(s: str) -> bool:
    """Context written as _written, or with a list's 、 in it (甲区、南部林地): the joiner places a term in its
    list as a character would, and both the claim and the source must write it."""
    return len(s) == CONTEXT and any(HAN.match(c) for c in s) and all(HAN.match(c) or c == "、" for c in s)


COMPASS = "东南西北"  # in a direction word (东部, 西北部, 南侧) any other point names another part of the place


def _others(claim: str, i: int) -> list[str]:
    """The characters that would say otherwise at claim[i]: its opposite, and in a direction word any other
    point of the compass (东部新区 / 北部新区)."""
    c, out = claim[i], [OPPOSITES[claim[i]]] if claim[i] in OPPOSITES else []
    if c in COMPASS and _word_at(claim, i)[2] == "f":
        out += [x for x in COMPASS if x != c and x not in out]
    return out


def opposite_swaps(claim: str, text: str) -> list[tuple[str, str, str]]:
    """(the claim's word, the source's, the claim with the source's put in) for each character of the claim whose opposite the source
    writes between the same two characters on either side (开展节前集中 / 开展节后集中; 治理东部新区 / 治理北部新区)."""
    out = []
    for i, c in enumerate(claim):
        left, right = claim[max(0, i - CONTEXT) : i], claim[i + 1 : i + 1 + CONTEXT]
        if c not in OPPOSITES or not (_written_or_listed(left) and _written_or_listed(right)):
            continue
        for other in _others(claim, i):
            if left + other + right in text and left + c + right not in text:
                a, b, _ = _word_at(claim, i)
                # the source's word is the claim's with the one character swapped (节后 of 节前)
                out.append((claim[a:b], claim[a:i] + other + claim[i + 1 : b], claim[:i] + other + claim[i + 1 :]))
                break
    return out


def _word_at(text: str, i: int) -> tuple[int, int, str]:
    """(start, end, tag) of the word (jieba's cut) holding text[i]: 节前 of 开展节前集中, what a reader names."""
    pos = 0
    for w, flag in words.tagged(text):
        if pos <= i < pos + len(w):
            return pos, pos + len(w), flag
        pos += len(w)
    return i, i + 1, ""


def quoted_swaps(claim: str, text: str) -> list[tuple[str, str, str]]:
    """(the claim's quoted name, the source's, the claim with the source's put in) when the source quotes, after the same two
    characters, a name of the same length ending or starting with the same word (“龙山样板” /
    “西安样板”) that the claim does not quote. A source quoting the claim's name too swaps it only
    when the two names trade slots: the source's stands in the claim's frame (领悟“两个确立”的决定 for
    the claim's 领悟“两个维护”的决定), the claim's in another clause and in no such frame (做到“两个维护”),
    so the claim pairs one quoted term with the other's predicate. Two names of one clause may be a
    list (增强“四个意识”“四个自信”): no swap."""
    out = []
    for m in QUOTED_RE.finditer(claim):
        mine, before = m.group(1), claim[max(0, m.start() - CONTEXT) : m.start()]
        after = claim[m.end() : m.end() + CONTEXT] if _written(claim[m.end() : m.end() + CONTEXT]) else ""
        at = [x.start() for x in re.finditer(f"“{re.escape(mine)}”", text)]
        if not _written(before) or any(_framed(text, a, len(mine) + 2, before, after) for a in at):
            continue
        for t in QUOTED_RE.finditer(text):
            theirs = t.group(1)
            if text[max(0, t.start() - CONTEXT) : t.start()] != before:
                continue
            if at:  # both names the source's: the slot's frame on both sides tells whose it is
                if theirs != mine and _framed(text, t.start(), len(t.group(0)), before, after) and not any(
                        _one_clause(text, a, t.start()) for a in at):
                    out.append((mine, theirs, claim[: m.start(1)] + theirs + claim[m.end(1) :]))
                continue
            same = max(_common(mine, theirs), _common(mine[::-1], theirs[::-1]))
            if len(theirs) == len(mine) and 2 <= len(mine) - same <= len(mine) - 1 and same >= 1:
                out.append((mine, theirs, claim[: m.start(1)] + theirs + claim[m.end(1) :]))  # a part kept, 2+ changed
    return out


def _framed(text: str, a: int, n: int, before: str, after: str) -> bool:
    """Is text[a:a+n] written with the claim's characters before it (and after it, when the claim writes some)?"""
    return text[max(0, a - CONTEXT) : a] == before and (not after or text[a + n : a + n + CONTEXT] == after)


def _one_clause(text: str, a: int, b: int) -> bool:
    return not re.search(r"[，,；;。：:]", text[min(a, b) : max(a, b)])


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# the kinds of name one may stand in another's slot: a place (with its direction, 南部新城), a person,
# an organisation, another proper name or a Latin one (a model, a brand)
NAME_KINDS = {"ns": "place", "nr": "person", "nt": "organisation", "nz": "name", "eng": "name", "j": "name"}
ASIDE_FLAGS = ("f",)  # 南部, 北部: a direction written with a place is part of its name


def _kind(flag: str) -> str | None:
    return next((kind for tag, kind in NAME_KINDS.items() if flag.startswith(tag)), None)  # nrfg is nr's


def _name_run(tagged: list[tuple[str, str]]) -> set[str] | None:
    """The kinds of name a run of words is made of (None when any word is no name nor direction)."""
    kinds = {_kind(flag) for _, flag in tagged if flag not in ASIDE_FLAGS}
    # any proper name may stand in another's slot: jieba tags a name it does not know by guess (a firm
    # 某东 as a place, 某里巴巴 as a person), so each is 'proper' too; only a common noun's run is another kind
    return None if not kinds or None in kinds else kinds | {"proper"}


THING_CONTEXT = 4
THING_FLAGS = ("n", "vn")


THING_CHARS = 4


def _thing_run(tagged: list[tuple[str, str]]) -> set[str] | None:
    """{'thing'} when a run of words is common nouns only (建筑垃圾处置, 商品混凝土: what a 行业 is of), else None.
    A thing of fewer than four characters may be another's plain synonym (医疗服务 / 卫生服务): no swap."""
    thing = tagged and sum(len(w) for w, _ in tagged) >= THING_CHARS
    return {"thing"} if thing and all(f in THING_FLAGS and len(w) >= 2 for w, f in tagged) else None


def _organisation_at(claim: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the organisation name (国药集团, by its suffix: organisations.py) that claim[a:b] opens
    and its suffix closes: jieba cuts 国药|集团 into common nouns (华康|集团 into a place and a noun), and
    the source may write the suffix (集团) elsewhere, so only the opening is a run the source does not write."""
    for name in organisations(claim):
        start = claim.find(name)
        if start == a and start + len(name) > b:
            return start, start + len(name)
    return None


def _organisation(text: str) -> set[str] | None:
    """{'organisation'} when text is one organisation's name by its suffix (四环医药控股集团), else None."""
    return {"organisation", "proper"} if organisations(text) == (text,) else None


def _place(text: str) -> set[str] | None:
    """{'place'} when text is one place's name as the place reader reads it (jieba tags 高新区 a person)."""
    return {"place", "proper"} if places.places(text) == (text,) else None


def _elsewhere(claim: str, span: tuple[int, str, str], text: str) -> bool:
    """Is a place or organisation of the claim (龙山区 of 加快龙山区化工园区建设) written in the source only
    away from the words around it in the claim (…落户龙山区, where 加快高新区化工园区建设 holds another)?"""
    at, w, flag = span
    if _kind(flag) not in ("place", "organisation") and not _place(w):
        return False
    left, right = claim[max(0, at - CONTEXT) : at], claim[at + len(w) :].lstrip("的")[:CONTEXT]
    return _written(left) and _written(right) and left + w not in text and w + right not in text and w + "的" + right not in text


def named_swaps(claim: str, text: str) -> list[tuple[str, str, str]]:
    """(the claim's name, the source's, the claim with the source's put in) when the source writes,
    between the same two characters on either side, a name of the same kind where the claim writes
    one it does not (将在广州车展 / 将在成都车展, 治理南部新城环境 / 治理北部新区环境). The claim's name must
    not open its clause (西安区举办… against 东丰县举办… speaks of another subject, not of the claim's),
    and neither name may be the other's short form (证监会 / 中国证监会). A place after a place the claim
    names is left to other_place.py, which knows whether both lie inside it."""
    spans, pos = [], 0
    for w, flag in words.tagged(claim):
        spans.append((pos, w, flag))
        pos += len(w)
    out, i = [], 0
    while i < len(spans):
        j = i  # a run of the claim's words the source does not write (a place or organisation: not beside its words)
        while j < len(spans) and HAN.match(spans[j][1][0]) and (spans[j][1] not in text or _elsewhere(claim, spans[j], text)):
            j += 1
        if j == i:
            i += 1
            continue
        run, i = spans[i:j], j
        a, b = run[0][0], run[-1][0] + len(run[-1][1])
        kinds = _name_run([(w, f) for _, w, f in run]) or _thing_run([(w, f) for _, w, f in run])
        if org := _organisation_at(claim, a, b):
            (a, b), kinds = org, {"organisation", "proper"}  # 与青禾药业集团共建产业园: a partner named by its suffix
        mine = claim[a:b]
        # a common noun's slot is known by more of what follows it (巩固…行业专项整治成效), a name's by its kind;
        # a 的 after a name is read either way (与X的战略合作 / 与Y战略合作)
        after = THING_CONTEXT if kinds == {"thing"} else CONTEXT
        left, right = claim[max(0, a - CONTEXT) : a], (claim[b:] if kinds == {"thing"} else claim[b:].lstrip("的"))[:after]
        opens = max(claim.rfind(c, 0, a) for c in "，,；;：:。") + 1
        subject = not any(f[0] in "vpn" and _kind(f) is None for x, _, f in spans if opens <= x < a)
        if not kinds or subject or not (_written(left) and _written(right, after)):
            continue
        if kinds == {"thing"} and (left[-1] in LIST_JOINERS or right[0] in LIST_JOINERS):
            continue  # a member of a list (配套产业园和X园区): the source's list need not be all there is
        if "place" in kinds and places.places(claim[:a]):
            continue  # a place under a subject place the claim names (南京…与西湖区): other_place.py knows which lie inside
        de = "" if kinds == {"thing"} else "的?"
        pattern = re.escape(left) + "([^，,。；;：:、\\s]{1,%d})" % (len(mine) + 4) + de + re.escape(right)
        for m in re.finditer(pattern, text):
            theirs = m.group(1) if not de else m.group(1).removesuffix("的")
            found = (_place(theirs) or _name_run(list(words.tagged(theirs))) or _thing_run(list(words.tagged(theirs)))
                     or ("organisation" in kinds and _organisation(theirs)) or None)
            # two things sharing a character may be one thing put two ways (新能源车 / 新能源汽车)
            if found == {"thing"} and set(theirs) & set(mine):
                continue
            if (found and found & kinds and theirs not in mine and mine not in theirs
                    and abbreviated_span(mine, theirs) is None and abbreviated_span(theirs, mine) is None
                    and not ("organisation" in kinds and abbreviates(mine, theirs))):  # 国药集团 of 中国医药集团
                out.append((mine, theirs, claim[:a] + theirs + claim[b:]))
                break
    return out


# 中美俄三国, 中日韩三国: countries each written with one character, as many as the count after them says
COUNTRIES = "中美日韩俄英法德意加澳印欧朝越泰荷"
COUNTRY_LIST_RE = re.compile(rf"[{COUNTRIES}]{{2,}}(?=([两二三四五六七八九十])国)")


def country_swaps(claim: str, text: str) -> list[tuple[str, str, str]]:
    """(the claim's country, the source's, the claim with the source's put in) when the source writes the
    claim's list of one-character countries with one of them another (中美日三国 / 中美俄三国)."""
    out = []
    for m in COUNTRY_LIST_RE.finditer(claim):
        run, count = m.group(0), m.group(1)
        if quantities.chinese_to_number("二" if count == "两" else count) != len(run) or run + count in text:
            continue
        for i, mine in enumerate(run):
            pattern = re.escape(run[:i]) + f"([{COUNTRIES}])" + re.escape(run[i + 1 :] + count + "国")
            t = re.search(pattern, text)
            if t and t.group(1) not in run:
                out.append((mine, t.group(1), claim[: m.start() + i] + t.group(1) + claim[m.start() + i + 1 :]))
    return out


# 未来五年, 今后三年, 新一年, 过去五年: the span of years a goal or a tally is for
PERIOD_RE = re.compile(r"(未来|今后|此后|过去|近)([一二两三四五六七八九十\d]+)年|新一年|新的一年|来年")


def _period(m: re.Match) -> tuple[str, float]:
    if not m.group(2):
        return "+", 1.0  # 新一年: the year to come
    n = 2.0 if m.group(2) == "两" else float(m.group(2)) if m.group(2).isdigit() else quantities.chinese_to_number(m.group(2))
    return ("-" if m.group(1) in ("过去", "近") else "+"), n


def period_swaps(claim: str, text: str) -> list[tuple[str, str, str]]:
    """(the claim's span, the source's, the claim with the source's put in) when the source writes another
    span of years between the same two characters on either side (指出了未来五年的奋斗目标 / 指出了新一年奋斗目标;
    a 的 after the span is read either way)."""
    out = []
    for m in PERIOD_RE.finditer(claim):
        left, right = claim[max(0, m.start() - CONTEXT) : m.start()], claim[m.end() :].lstrip("的")[:CONTEXT]
        if not (_written(left) and _written(right)):
            continue
        for t in PERIOD_RE.finditer(text):
            if (text[max(0, t.start() - CONTEXT) : t.start()] == left and text[t.end() :].lstrip("的").startswith(right)
                    and _period(t) != _period(m)):
                out.append((m.group(0), t.group(0), claim[: m.start()] + t.group(0) + claim[m.end() :]))
                break
    return out


def swaps(claim: str, text: str, fills: bool = True) -> list[tuple[str, str, str]]:
    """Every single-term swap the source's sentence makes of the claim (opposites, quoted names, names,
    a country of a list, a span of years, a noun's slot of a clause written alike: slot_fill.py)."""
    return (opposite_swaps(claim, text) + quoted_swaps(claim, text) + named_swaps(claim, text)
            + country_swaps(claim, text) + period_swaps(claim, text) + (slot_fills(claim, text) if fills else []))
