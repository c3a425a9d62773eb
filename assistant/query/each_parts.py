"""One question per item of 'A和B各/分别…多少' (`question.analyse` makes each a part): the answer
is a figure for each, and a figure for one of them alone is half an answer."""

from __future__ import annotations

import re

from assistant.text import words
from assistant.text.measure_endings import names_measure

EACH_RE = re.compile(r"各|分别")
CONJUNCTIONS = {"和", "与", "及", "以及", "及其", "、", "跟", "同"}
PUNCTUATION = set("，,。；;：:？?！!")
STOP_RE = re.compile("[" + "".join(sorted(PUNCTUATION)) + "]")
# 那几个目标，分别怎么表述; 三个跃升分别指什么: what each of things counted is (分别, 各) or how they are worded asks
# the items of the enumeration the count names, a list, not a figure; 分别(…)多少 asks a figure of each (`each_parts`).
# Not an ordinal's count (第三个项目, 九届人大), nor 什么 before a noun (分别主打什么价位: an attribute of each). Without
# 分别 or 各 (两个核心是什么) the question stays as it was read: the sentence stating the count answers it, and the
# list readers add sentences after it (seed_check21 Y28, news_check3 M37).
COUNTED = r"(?<!第)(?:几|[两二三四五六七八九十]|\d{1,2})[个大项类种条点家位座所批件支台款部首篇处名]"
EACH_OF = r"[^，,。；;？?]{1,12}[，,]?(?:都|又|具体|究竟|到底)?"
WORDING = r"(?:怎么|如何|怎样)(?:来)?(?:表述|表达|概括|描述|提|说|讲|写|称呼|命名|定义|理解)"
EACH_LISTED = (COUNTED + EACH_OF + r"(?:分别|各自?)(?:[是指为叫有]|是指|包括|包含|(?:指|说|讲)的是)?(?:什么|啥|哪些)"
               r"(?=[^\u4e00-\u9fff]|[呢啊呀]|$)|" + COUNTED + EACH_OF + r"(?:分别|各自?)?" + WORDING)
# 用到了…等几种做法，一共列了哪几种: the count and then the same things asked by the same classifier, one list
COUNTED_THEN_LISTED = re.compile(r"(?<!第)几([个项类种条点家位座所批件支台款部首篇处名])[^，,。；;？?]{1,16}[，,][^，,。；;？?]{0,8}?哪几\1")
# how the asker asks for the items (怎么表述, 分别指什么): no sentence giving them writes these words (a list's frame)
LIST_ASKING = WORDING + r"|(?:是)?指(?:的是)?(?=什么|啥|哪)"
CHANGE_ITEM_RE = re.compile(r"^(?:其|它的|同比|比上年)?(?:增幅|增速|涨幅|降幅|增长率|增长)$")  # 收入和增幅: the 收入's


def _noun(token: tuple[str, str]) -> bool:
    return token[1].startswith("n") or token[1] == "vn"  # jieba's noun tags vary (玉米 nr, 二等奖 nz)


def _modified(seg: list[tuple[str, str]]) -> bool:
    """报告说的年内投资: a noun phrase with its own 的 and the noun after it."""
    at = next((i for i, (w, _) in enumerate(seg) if w == "的"), -1)
    return 0 < at < len(seg) - 1 and _noun(seg[-1])


def _last_word(seg: list[tuple[str, str]]) -> str:
    """The segment's last word, with the one before when it is a single character (存栏|量)."""
    return "".join(w for w, _ in seg[-2:]) if len(seg[-1][0]) == 1 else seg[-1][0]


def _ends_in_de(seg: list[tuple[str, str]]) -> bool:
    """Does a phrase end in its own 的 with no noun after it (报告里写的; jieba may glue the 的 to the verb
    before it, 投的, a word its dictionary lacks; not 目的, a noun)?"""
    word = seg[-1][0]
    return len(seg) > 1 and (word == "的" or (word.endswith("的") and not words.in_dictionary(word)))


SOURCE_PLACES = ("里", "中", "上")  # 报告里和采访中的投资: where the words stand, the noun left to the last phrase


def _in_source(seg: list[tuple[str, str]]) -> bool:
    """Does a phrase end in a postposition after a noun (报告里, 那篇采访中), the 的 and noun left to the last one?"""
    return len(seg) > 1 and seg[-1][0] in SOURCE_PLACES and _noun(seg[-2])


def _sharing_head(items: list[list[tuple[str, str]]]) -> list[str]:
    """The phrases of 甲说的和乙说的投资额 (each with its own 的, all but the last without the noun; or ending in where
    the words stand, 报告里和采访中的投资额 -> 报告里的投资额, 采访中的投资额), each
    with the last one's noun (甲说的投资额, 乙说的投资额): the noun after the last 的 is shared, as a 的 before
    和 leaves it unwritten; the phrases as they stand when none writes it (甲说的和乙说的各是多少); [] for any
    other shape."""
    if len(items) < 2 or any(w in PUNCTUATION for seg in items for w, _ in seg):
        return []
    if not all(_ends_in_de(seg) or _in_source(seg) for seg in items[:-1]):
        return []
    last = "".join(w for w, _ in items[-1])
    at = last.rfind("的")
    if at <= 0 or (at == len(last) - 1 and not all(_ends_in_de(seg) for seg in items[:-1])):
        return []
    head = last[at + 1:]
    return ["".join(w for w, _ in seg) + ("" if _ends_in_de(seg) else "的") + head for seg in items[:-1]] + [last]


def _each(text: str, asking: re.Pattern) -> re.Match | None:
    """Where 各/分别 stands when question words (`asking`) follow it (甲和乙分别是多少), else None."""
    m = EACH_RE.search(text)
    return m if m and asking.search(text, m.end()) else None


def each_parts(text: str, asking: re.Pattern) -> tuple[list[str], bool]:
    """(the parts of `text`, whether they inherit the places and years the whole question names)
    (`asking`: the question words one must follow 各/分别). Three shapes
    are read, because only they say where an item starts: items of one head noun
    (亿元以上项目和10亿元以上项目各不低于多少个 -> …亿元以上项目不低于多少个, 10亿元以上项目不低于多少个),
    phrases each with its own 的 (甲厂说的产量和乙厂说的销量分别是多少 -> 甲厂说的产量是多少, 乙厂说的
    销量是多少; the words before the first, after a stop, are each one's setting, and a place within
    one phrase is that phrase's alone: these parts inherit nothing; a phrase ending in its 的 shares the
    last one's noun, `_sharing_head`: 甲说的和乙说的销量 -> 甲说的销量, 乙说的销量), measures each named whole
    (甲县养牛业有多大：存栏量、牛肉年产量和涉牛产值各是多少 -> 甲县养牛业有多大：存栏量是多少, …：牛肉年产量
    是多少, …：涉牛产值是多少; with no stop before them, the first segment is the first measure's and the
    others inherit its places and years), and a run of nouns
    sharing what follows them (甲市和乙县的GDP分别是多少 -> 甲市的GDP是多少, 乙县的GDP是多少;
    出口和进口分别增长多少). Anything else (工业和信息化部和财政部分别拨付多少, no item boundary to trust)
    stays one question."""
    m = _each(text, asking)
    if not m:
        return [], True
    tokens = list(words.tagged(text[: m.start()]))
    rest = text[m.end():]
    cuts = [i for i, (w, _) in enumerate(tokens) if w in CONJUNCTIONS]
    if not cuts or cuts[0] == 0:
        return [], True
    bounds = [0] + [c + 1 for c in cuts] + [len(tokens) + 1]
    segments = [tokens[a : b - 1] for a, b in zip(bounds, bounds[1:])]
    if any(not seg for seg in segments):
        return [], True
    join = lambda seg: "".join(w for w, _ in seg)
    if len(segments) == 2 and CHANGE_ITEM_RE.match(join(segments[1])):
        # 财政收入和增幅分别是多少: the change is the first figure's (财政收入增幅), not a measure of its own
        return [join(segments[0]) + rest, join(segments[0]) + join(segments[1]) + rest], True
    # phrases with their own 的: the first starts after the last stop before it
    stop = max((i + 1 for i, (w, _) in enumerate(segments[0]) if w in PUNCTUATION), default=0)
    items = [segments[0][stop:]] + segments[1:]
    if all(_modified(seg) and not any(w in PUNCTUATION for w, _ in seg) for seg in items):
        return [join(segments[0][:stop]) + join(seg) + rest for seg in items], False
    if shared := _sharing_head(items):
        return [join(segments[0][:stop]) + p + rest for p in shared], False
    # measures named whole: the first one's setting ends at a stop or at its 的 (甲县肉牛的|存栏量、出栏量)
    cut = max([stop] + [i + 1 for i, (w, _) in enumerate(segments[0]) if w == "的"])
    measures = [segments[0][cut:]] + segments[1:]
    if all(seg and names_measure(_last_word(seg)) and not any(w in PUNCTUATION or w == "的" for w, _ in seg) for seg in measures):
        return [join(segments[0][:cut]) + join(seg) + rest for seg in measures], True
    heads = {seg[-1][0] for seg in segments}
    if len(heads) == 1 and all(len(seg) > 1 for seg in segments[1:]):
        return [join(seg) + rest for seg in segments], True
    # a run of nouns: the first segment's prefix, each noun, then what follows the last one
    last = segments[-1]
    # (what they share ends at a stop: 甲的通稿和乙的访谈都提到了成交额，各是多少 names two pieces, no run of things)
    if _noun(segments[0][-1]) and _noun(last[0]) and all(len(seg) == 1 and _noun(seg[0]) for seg in segments[1:-1]) \
            and not any(w in PUNCTUATION for w, _ in last):
        prefix, tail = join(segments[0][:-1]), join(last[1:])
        names = [segments[0][-1][0]] + [seg[0][0] for seg in segments[1:-1]] + [last[0][0]]
        return [prefix + name + tail + rest for name in names], True
    if shared := _modifiers_sharing_noun(segments):
        return [p + rest for p in shared], True
    return [], True


def _modifiers_sharing_noun(segments: list[list[tuple[str, str]]]) -> list[str]:
    """整洁型、宜居型和生态型村庄 -> 整洁型村庄, 宜居型村庄, 生态型村庄 (大型、中型和小型水库; 一级、二级、三级医院):
    modifiers ending in one character, the noun they share written once after the last of them, as
    Chinese leaves it unwritten after the others; [] for any other shape. The last modifier must end
    at a word boundary with a noun after it, so 甲县和乙县 (no noun after) is not read so."""
    texts = ["".join(w for w, _ in seg) for seg in segments]
    if any(len(t) < 2 or t[-1] in PUNCTUATION or t[-1] == "的" for t in texts[:-1]):
        return []
    if len({t[-1] for t in texts[:-1]}) != 1:
        return []
    mark, last = texts[0][-1], segments[-1]
    # where the last modifier ends: after a word ending in the mark, a noun following
    ends = [i + 1 for i, (w, _) in enumerate(last[:-1]) if w.endswith(mark)]
    if len(ends) != 1 or not _noun(last[ends[0]]) or any(w in PUNCTUATION for w, _ in last):
        return []
    noun = "".join(w for w, _ in last[ends[0]:])
    return [t + noun for t in texts[:-1]] + [texts[-1]]


# 比上年增长多少, 同比增长多少, 增幅是多少: a change asked with no measure of its own
BARE_CHANGE_RE = re.compile(r"^(?:(?:比|较|与)(?:上年|去年|上一年|前一年|\d{4}年)(?:同期)?(?:相比)?|同比|环比)?"
                            r"(?:增长率|增长|增加|提高|增速|增幅|涨幅|下降|减少|降低|降幅|上涨|下跌|回落)了?(?:是|为|有)?"
                            r"(?:百分之几|百分之多少|几成|(?:多少|几)(?:个百分点|[万亿千百]?[个元人户家只头吨亩辆台件项次倍]|万|亿)?)[？?！!。]?$")


def change_asked_apart(text: str) -> str:
    """甲县税收收入是多少？比上年增长多少？: a bare change asked in a sentence of its own is a part of
    the question as after a comma."""
    return re.sub(r"[？?！!](?=\s*(.+)$)", lambda m: "，" if BARE_CHANGE_RE.match(m.group(1).strip()) else m.group(), text)


# where a figure was said or written: a document or piece (报告里, 那篇专访中) or a speaker's words (县长口中,
# 按他的说法, 甲介绍的); read only beside a figure asked on each side of an inner question mark
SOURCE_NAMED_RE = re.compile(r"报告|公报|白皮书|文件|稿|报道|文章|采访|专访|访谈|讲话|口中|说法|看来|说|讲|介绍|表示|提到")


def sources_asked_apart(text: str) -> str:
    """报告中年内要完成多少？县长口中的总投资是多少？: two sentences, each naming where its figure was said and
    asking it, are two parts of one question, as after a comma (one figure answers half of it). Any other
    inner question mark stays (去年是多少？为什么…: the second asks about the first)."""
    pieces = re.split(r"(?<=[？?])(?=.*[\u4e00-\u9fff])", text)
    if len(pieces) != 2 or not all(FIGURE_ASKED_RE.search(p) and SOURCE_NAMED_RE.search(p) for p in pieces):
        return text
    return pieces[0][:-1] + "，" + pieces[1]


def measured_changes(pieces: list[str], asking: re.Pattern) -> list[str]:
    """A comma-joined part asking only a change is the change of the figure the part before asks
    (甲县去年税收收入是多少，比上年增长多少 -> 甲县去年税收收入比上年增长多少; 卖了多少辆车，同比增长多少 ->
    卖了辆车同比增长多少): without it, any growth near the place answers. The part before is taken
    without its asking words (`asking`)."""
    out = list(pieces)
    for i in range(1, len(pieces)):
        measured = asking.sub("", pieces[i - 1]).strip()
        if BARE_CHANGE_RE.match(pieces[i].strip()) and measured:
            out[i] = measured + pieces[i].strip()
    return out


def listed_count(text: str, asking: re.Pattern) -> int:
    """How many items the clause asking 各/分别…多少 lists before it (甲、乙和丙分别是多少: 3), 0 when it
    lists none: a question `each_parts` could not cut still asks a figure for each of them."""
    m = _each(text, asking)
    if not m:
        return 0
    clause = STOP_RE.split(text[: m.start()])[-1]
    tokens = [w for w, _ in words.tagged(clause)]
    cuts = [i for i, w in enumerate(tokens) if w in CONJUNCTIONS]
    return len(cuts) + 1 if cuts and cuts[0] > 0 and cuts[-1] < len(tokens) - 1 else 0


# 各是多少, 分别是多少钱: an ask naming nothing, whose items are listed before it (甲和乙…，各是多少)
EACH_ALONE_RE = re.compile(r"^(?:各|分别)(?:是|为|有)?(?:多少|几)[^，,、]{0,2}?[？?！!。]?$")
FIGURE_ASKED_RE = re.compile(r"多少|几")
# 多少辆出租车, 几家零售中心: a figure asked and, after its measure word, the thing it counts
THING_AFTER_RE = re.compile(r"(?:多少|几)(?:[个项台辆人户家只头吨亩倍次名位座所条类种样张元]|[万亿千百]+元?)?+"
                            r"[\u4e00-\u9fff]")
# 亿元以上的有几个, 其中已开工的有多少: a share of the thing the part before counts, named by its 的 alone
SUBSET_RE = re.compile(r"^(?P<lead>其中)?(?P<mod>[^，,、的？?]{1,12})的(?P<ask>(?:有|是|为|占)?(?:多少|几).*)$")


def _colon_setting(piece: str, asks) -> str:
    """The words before the last colon of `piece` when they ask nothing and the words after it ask, else ''."""
    at = max(piece.rfind("："), piece.rfind(":"))
    lead, after = piece[:at], piece[at + 1:]
    return lead if at > 0 and lead.strip() and not asks(lead) and asks(after) else ""


def asked_pieces(pieces: list[str], asks, head_of, asking: re.Pattern) -> list[str]:
    """The parts of a question cut at its commas (`pieces`), or [] when it is one question.
    Each part must ask (`asks`), but the pieces before the first ask are every part's setting
    (报告里甲这块，要换多少辆车，买多少辆船 -> 报告里甲这块，要换多少辆车 / 报告里甲这块，买多少辆船); two
    asks joined by 、, each with its own verb and question word (换多少辆车、买多少辆船), are two parts;
    a part naming its thing only by a 的 (亿元以上的有几个) counts the thing the part before asks
    (`head_of` a part: 甲县的项目一共几个，亿元以上的有几个 -> …，亿元以上的项目有几个). A bare 各是多少
    after them asks each of the items listed before it: not a part of its own (`each_parts` reads it).
    A part asking a bare change is the change of the part before's figure (`measured_changes`)."""
    if re.search(EACH_LISTED, "，".join(pieces)) or COUNTED_THEN_LISTED.search("，".join(pieces)):
        return []  # 那几个目标，分别是什么: one list asked, not a count (几个) and then something else
    cut = []
    for p in pieces:
        subs = [s for s in p.split("、") if s.strip()]
        # each a figure of its own (多少, 几): not 有多大：甲、乙和丙各是多少, which lists the items of one ask
        # and each names its own thing after it (最多能领几张、合计多少元的券 share theirs: one ask)
        own = len(subs) > 1 and all(THING_AFTER_RE.search(s) for s in subs) and not EACH_RE.search(p)
        cut.extend(subs if own else [p])
    first = next((i for i, p in enumerate(cut) if asks(p)), len(cut))  # the setting ends at the first ask
    setting, rest = cut[:first], cut[first:]
    if rest and not setting and (lead := _colon_setting(rest[0], asks)):
        # 核对甲项目的投资额：报告要求年内完成多少，县长说的总投资又是多少: what stands before the colon is each ask's setting
        setting, rest = [lead], [rest[0][len(lead) + 1:]] + rest[1:]
    if len(rest) < 2 or not all(asks(p) for p in rest) or any(EACH_ALONE_RE.match(p.strip()) for p in rest):
        return []
    if setting and not all(FIGURE_ASKED_RE.search(p) for p in rest):
        return []  # 负责人提到，占比96%的散户，其市值在多少以下: one figure asked after its setting
    for i in range(1, len(rest)):
        m = SUBSET_RE.match(rest[i].strip())
        head = head_of(rest[i - 1]) if m else ""
        if m and head and head not in m["mod"]:
            rest[i] = (m["lead"] or "") + m["mod"] + "的" + head + m["ask"]
    prefix = "，".join(setting)
    return [f"{prefix}，{p}" if prefix else p for p in measured_changes(rest, asking)]
