"""A rival modifier: the figure's own clause writes the words the question asks about with
another word in the place where the question writes its own.

新款冠道2.0T发动机的最大功率 asks the 2.0T engine's; 1.5T发动机的最大功率为138千瓦 gives the
1.5T engine's: the same words (发动机的最大功率) follow another model code. 百公里综合油耗 is not
百公里馈电油耗, 顺序读取 not 随机读取, 招商引资到位资金 not 拨付资金. The question's word is
written nowhere in the clause and the clause's rival nowhere in the question: the clause
speaks of a sibling of what was asked, whatever else the two share.

Only a word of the same shape is a rival: a model code for a model code (2.0T, 1.5T), two
Chinese characters of content for two (综合, 馈电). Times, places, pronouns and numerals in
that place are the period and place checks' (全年 for 全市 is no sibling), and so are the
reporting words a clause puts before its measure (实现, 完成, 累计 ...).

A question naming a model code the sentence never writes (3.0T版的最大功率) while the sentence
names others of its shape (提供2.3T和2.7T两种动力，最大功率分别为198千瓦和228千瓦) asks of a version
the sentence does not give: code_disagreement, for the figures after the first rival.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import values
from assistant.query.question import Question, asking_clauses
from assistant.text import adcodes, places, quantities, words
from assistant.text.sentences import clause_start

HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
# a model code or size written in digits and Latin letters: 2.0T, 1.5T, 4K, V8 (not a bare number)
CODE_END = re.compile(r"(?:[0-9][0-9.]*[A-Za-z]+|[A-Za-z]+[0-9][0-9.]*[A-Za-z]*)$")
# characters that end or join words, not content: a modifier holding one is no modifier
FUNCTION_CHARS = set("的之了和与及或在于为是把被将从对向以其该这那此各每本今去前后上下中内外全共已再又并也都还就而且等多少几哪什么")
# a time, a place or a count before the words asked: the period, place and figure checks' own
NOT_RIVAL_END = set("年月日季度期间时代省市县区镇乡村州国里站个家")
# the reporting words a clause puts before its measure: the fillers a figure's value is read past
# (实现, 完成, 累计, 约为 ...: values.FILLERS), and where it stands or what it aims at
REPORTING = {w for w in values.FILLERS if len(w) > 1} | values.AIMING | {
    "其中", "环比", "目前", "当前", "现在", "如今", "截至", "截止",
    # which of them, not what kind: 所有县级以上公路 is the 县级以上公路 asked
    "所有", "全部", "全体", "其他", "其它", "有关", "相关", "主要", "部分", "整个", "一些", "个别", "多数",
    # how far a figure goes, not which one: 上海的涨幅甚至达到87% answers 上海的涨幅最高达到多少
    "甚至", "更是", "高达", "竟然", "一度"}
# what a word may be to narrow the words after it: a noun or an attribute (综合, 馈电, 顺序, 随机),
# or a verb for a verb (到位资金, 拨付资金); a verb for a noun is what is done, not which one
NOMINAL = ("n", "vn", "an", "nz", "a", "b", "d")  # not 正式 (ad): how, not which


@dataclass(frozen=True)
class Token:
    word: str
    flag: str
    start: int
    end: int


def _tokens(text: str) -> list[Token]:
    out, at = [], 0
    for w, flag in words.tagged(text):
        out.append(Token(w, flag, at, at + len(w)))
        at += len(w)
    return out


def _code(text: str, end: int) -> str:
    m = CODE_END.search(text[:end])
    return m.group(0) if m else ""


def _class(t: Token) -> str:
    """'word' or 'verb' when the token can narrow what follows it, else ''."""
    w = t.word
    if not HAN.fullmatch(w) or set(w) & FUNCTION_CHARS or w[-1] in NOT_RIVAL_END or w in REPORTING \
            or re.search(r"[零〇一二两三四五六七八九十百千万亿]", w):
        return ""
    if t.flag == "v" or words.resultative(w):  # 培育出, tagged a noun
        return "verb"
    return "word" if t.flag in NOMINAL else ""


def _anchors(question: list[Token], lead: list[Token]):
    """(index in question, index in lead) of the first of each longest run of Chinese words
    both write: the words asked, as the clause writes them."""
    seen = set()
    for k, t in enumerate(lead):
        if not HAN.fullmatch(t.word):
            continue
        for j, u in enumerate(question):
            if u.word != t.word:
                continue
            a, b = j, k
            while a > 0 and b > 0 and question[a - 1].word == lead[b - 1].word and HAN.fullmatch(lead[b - 1].word):
                a, b = a - 1, b - 1
            if a > 0 and b > 0 and (a, b) not in seen:
                seen.add((a, b))
                yield a, b


def _owner(asked: list[Token], j: int) -> Token:
    """The question's word before the words asked, read past the period written between them
    (产业园去年产值: the 产值 of 产业园 in 去年; the period is the period check's)."""
    while j > 1 and asked[j - 1].flag == "t":
        j -= 1
    return asked[j - 1]


def _joined(lead: list[Token], k: int) -> Token:
    """The clause's word before the words asked; single characters written together there are
    one word jieba split (涉鹿产值: 涉 and 鹿, the output of what concerns deer)."""
    i = k
    while i > 0 and len(lead[i - 1].word) == 1 and HAN.fullmatch(lead[i - 1].word + "字") \
            and not set(lead[i - 1].word) & FUNCTION_CHARS:
        i -= 1
    if k - i < 2:
        return lead[k - 1]
    last = lead[k - 1]
    return Token("".join(t.word for t in lead[i:k]), "n" if last.flag.startswith("n") else last.flag, lead[i].start, last.end)


def rival_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure's clause writes the words asked after a rival of the question's word there."""
    if q.english:
        return ""
    # the clause up to a comma: 固定资产投资、规上工业总产值总量全市第一 ranks both items it lists
    a = clause_start(text, f.start)
    lead, clause = text[a : f.start], text[a : f.end]
    # the clause that asks: a lead clause's words (创建…示范市，出租车要换成…) frame, they are not asked of;
    # unless the asking clause shares no words with the figure's (目标是新增就业7000人，去年做到了多少)
    asking, own = asking_clauses(q.text), _tokens(lead)
    asked = _tokens(asking)
    anchors = list(_anchors(asked, own))
    if not anchors and asking != q.text:
        asking, asked = q.text, _tokens(q.text)
        anchors = list(_anchors(asked, own))
    for j, k in anchors:
        mine, theirs = _code(asking, asked[j].start), _code(lead, own[k].start)
        if not (mine and theirs):  # two words: of one class, no character shared (综合, 综合性 may be one)
            u, t = _owner(asked, j), _joined(own, k)
            if not _class(u) or _class(u) != _class(t) or set(u.word) & set(t.word):
                continue
            mine, theirs = u.word, t.word
        half = len(theirs) == 4 and (theirs[:2] in q.text or theirs[2:] in q.text)  # 招商引资 for 落地到位的招商资金: its own word
        if mine != theirs and mine not in clause and theirs not in q.text and not half and mine not in q.places:  # a place: the place check's
            return f"it is of {theirs}, not {mine}"
    return ""


# a model code: digits and a capital letter or two (2.0T, 1.5T, 4K, 5G), not a unit's lower-case
# letters nor a rate (6.9L/100km); a rival has the question's letters and its decimal point or
# none (2.3T for 3.0T). An engine is named by its displacement in litres, turbocharged (1.5T) or
# not (2.0L): one family
CODE_RE = re.compile(r"(?<![A-Za-z0-9.])([0-9]+(?:\.[0-9]+)?)([A-Z]{1,2})(?![A-Za-z0-9/])")
SAME_LETTERS = {"L": "T"}


def _letters(code: str) -> str:
    return SAME_LETTERS.get(code, code)


# an engine's displacement written in Chinese (1.4升涡轮增压发动机): a code when it names the noun
# after it, not a volume measured (油耗4.6升, 5.8升左右)
LITRES_RE = re.compile(r"(?<![0-9.])([0-9]+\.[0-9])升(?=[\u4e00-\u9fff])(?!左右|以[上下内]|上下|多|起|的|为|是)")
# what may stand between codes listed together (1.6T和2.4T, 64GB/128GB, i9-14900K和i7-14700K: a
# series prefix of letters and a digit is part of the next code): they share what follows
JOINED_CODES_RE = re.compile(r"(?:[、和与及或/\s]|[0-9]+(?:\.[0-9]+)?[A-Z]{1,2}|[A-Za-z]{1,4}[0-9]-?|[A-Za-z]{1,4}-)*")


# a model code of a series name and its number (RX 7700, N8, PCIe 7.0, Mate 60): the series is its
# letters, kept apart from a size's (^RX is no 4K's K); not a statistic's figure (GDP 5%: a unit follows)
PREFIXED_RE = re.compile(r"(?<![A-Za-z0-9.\-])([A-Z][A-Za-z]{0,5})[ -]?([0-9]+(?:\.[0-9]+)?)(?![0-9.%])")


def _prefixed(text: str) -> list[tuple[float, str, bool, int, int]]:
    return [(float(m.group(2)), "^" + m.group(1), "." in m.group(2), m.start(), m.end()) for m in PREFIXED_RE.finditer(text)
            if not quantities.unit_at(text, m.end())[0]]


def _codes(text: str) -> list[tuple[float, str, bool, int, int]]:
    """(value, letters, dotted, start, end) of each model code `text` writes."""
    found = [(float(m.group(1)), _letters(m.group(2)), "." in m.group(1), m.start(), m.end()) for m in CODE_RE.finditer(text)]
    found += [(float(m.group(1)), "T", True, m.start(), m.end()) for m in LITRES_RE.finditer(text)] + _prefixed(text)
    return sorted(found, key=lambda c: c[3])


def _attributive(text: str, end: int) -> bool:
    """Does the code ending at `end` name the noun written after it (1.4升涡轮增压发动机, 64GB翻新版),
    rather than close its clause as a measure (支持5G，)?"""
    return re.match(r"[\u4e00-\u9fffA-Za-z]", text[end : end + 1]) is not None


def code_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The question's model code is written nowhere in the sentence, which names others of its
    shape before the figure: the figure is one of those versions'. Written, the code in force
    where the figure stands, the last of its shape naming a noun before it, must be the one
    asked (1.5L发动机最大净功率为84.5千瓦，1.4升涡轮增压发动机…峰值扭矩211牛·米: 211 is the 1.4升's),
    unless the two are listed together (1.6T和2.4T两种动力, whose figures 分别 gives)."""
    if q.english:
        return ""
    given, asking = _codes(text), _codes(q.text)
    for value, letters, dotted, start, end in asking:
        asked = q.text[start:end]
        # the figure is itself a code of the asked one's shape (1.4升 for 1.5L): it names a version
        if any(a == f.start and l == letters for _, l, _, a, _ in given):
            return f"{f.text} names a version, as the question's {asked} does"
        if any(v == value and l == letters for v, l, _, _, _ in given):
            before = [c for c in given if c[1] == letters and c[4] <= f.start and _attributive(text, c[4])]
            # 已交付的理想L9、L8、L7中: a code in force the question asks as well is one of those asked
            if not before or before[-1][0] == value or any(v == before[-1][0] and l == letters for v, l, _, _, _ in asking):
                continue
            last = before[-1]
            if any(v == value and l == letters and JOINED_CODES_RE.fullmatch(text, b, last[3])
                   for v, l, _, a, b in given if b <= last[3]):
                continue
            return f"it is of {text[last[3]:last[4]]}, not {asked}"
        if any(l == letters and d == dotted and at < f.start for v, l, d, at, _ in given):
            return f"it is of another version than {asked}"
    return ""


# the country's inside and outside, written as no place name (国内售价, 海外销量; not 境内外, both),
# and what each is a rival of: a foreign country for 国内, 国内 for 海外 (not 中国, often the first
# word of a body's name: 中国证监会)
HOME = {"国内": "in", "境内": "in", "国外": "out", "境外": "out", "海外": "out"}
HOME_RE = re.compile("(?:" + "|".join(HOME) + ")(?!外)")


def _rivals(mine: str, asked: str) -> bool:
    """Two places of one level the gazetteer knows, neither inside the other (美国 and 日本,
    上海 and 广东; not 海淀区 and 北京), or a foreign country and 国内, or 国内 and 海外."""
    if mine in HOME or asked in HOME:
        home, other = (mine, asked) if mine in HOME else (asked, mine)
        if other in HOME:
            return HOME[home] != HOME[other]
        return HOME[home] == "in" and places.known_level(other) == "国" and other != "中国"
    level = places.known_level(mine)
    return bool(level) and level == places.known_level(asked) and mine != asked \
        and not adcodes.within(mine, asked) and not adcodes.within(asked, mine)


def _places(text: str) -> set[str]:
    return {places.stem(p) for p in places.named(text)} | set(HOME_RE.findall(text))


def place_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The place named between the figure before and this one is a rival of the question's,
    which the sentence writes elsewhere: that place's figure (在美国的起售价格为3.489万美元，…但国内
    平行进口的价格在70万元左右: 3.489万美元 is no price 国内). A sentence naming only other places is
    the sentence check's."""
    asked = set() if q.english else _places(q.text)
    if not asked or not any(a in text for a in asked):
        return ""
    previous = quantities.previous_end(text, f.start)
    lead = text[previous : f.start]
    own = _places(lead)
    after = re.split(r"[，,；;。]", text[f.end :])[0]  # 19家企业完成…境外上市备案: the place asked is its own
    if any(a in lead or a in after for a in asked):
        return ""
    rival = next((m for m in sorted(own) for a in asked if _rivals(m, a)), "")
    return f"it is of {rival}, not {'/'.join(sorted(asked))}" if rival else ""


# money put in for a purpose: 为X投入了多少资金, 用于X的资金有多少
PURPOSE_ASKED_RE = re.compile(r"(?:为了?|用于|用来)([\u4e00-\u9fff“”]{2,16}?)(?:而|所)?(?:投入|投资|拨付|花费|支出|安排|筹集|筹措|补贴|奖励|的资金|的经费)")
# the money's own purpose, written between the verb and the figure (投入高标准农田建设奖励资金100万元)
OWN_PURPOSE_RE = re.compile(r"(?:投入|拨付|拨出|安排|筹集|筹措|下达|发放|争取)了?([\u4e00-\u9fff]{2,})"
                            r"(?:资金|经费|款项|专款|补贴|补助|奖金)[^\u4e00-\u9fff，,；;。]*$")


def purpose_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Money asked for one purpose (为提纯良种投入了多少资金), the figure's clause naming the money's
    own purpose, another (投入道路建设奖励资金100万元), and no word pair of the asked purpose in the
    sentence up to the figure."""
    asked = None if q.english else PURPOSE_ASKED_RE.search(q.text)
    if not asked:
        return ""
    start = clause_start(text, f.start)
    own = OWN_PURPOSE_RE.search(text[start : f.start])
    # the purpose asked, written anywhere in the sentence up to the figure (为改良品种，共投入资金…)
    if not own or words.char_pairs(asked.group(1)) & words.char_pairs(text[: f.end]):
        return ""
    return f"it is money for {own.group(1)}, not for {asked.group(1)}"
