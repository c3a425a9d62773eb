"""Place names and administrative levels in Chinese text, found without a gazetteer.

Used for an article's subject at load time and for matching a question's places against a
passage's at answer time (东丰县 is not 高新区; 全县 in an article about 东丰县 is 东丰县).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import words
from assistant.text.cedict_file import headwords_by_case

SUFFIXES = "省市县区州旗镇乡"
# Administrative depth of a level suffix: a county and a district are peers under a city.
DEPTH = {"国": -1, "省": 0, "州": 1, "市": 1, "县": 2, "区": 2, "旗": 2, "镇": 3, "乡": 3}
# Words ending like a place that name a kind of area, not a particular place.
# Compound endings that name a kind of area (吉西南承接产业转移示范区), never a place here.
GENERIC_ENDINGS = (
    "开发区", "示范区", "沉陷区", "集聚区", "核心区", "功能区", "保护区", "试验区", "园区",
    "休闲区", "实验区", "合作区", "自贸区", "服务区", "生活区", "商业区", "旅游区", "风景区",
    "商务区", "保税区", "综保区", "小区", "城市", "都市", "超市", "股市", "楼市", "车市", "上市", "门市", "夜市", "县市区", "周边县",
)
# Whole words that end like a place but are not one.
GENERIC_WORDS = frozenset(
    "新区 城区 社区 景区 市区 县区 辖区 片区 小区 街区 矿区 林区 山区 牧区 灾区 老区 地区 全县 全区 "
    "全市 全省 本县 本区 本市 我县 我区 我市 我省 该县 该区 该市 各县 各区 各市 各省 乡镇 城乡 农村 "
    "北部新区 南部新区 东部新区 西部新区".split()
)
NUMERAL_RE = re.compile(r"[一二三四五六七八九十百千万几各多诸两\d]")
BARE_GENERIC = {"全国", "国家", "中国", "东北", "北部", "南部", "西部", "东部", "中部", "地方", "境内", "城市"}
LEVEL_RE = re.compile(r"(?:全|本|我|该)([县区市省])")
# 全市第一, 领跑全市, 位列全省第十名: a ranking against the level, not the sentence's subject
# (全省首批省级科学家工作室, 全市首家: the first of its kind in the level, a rank too)
COMPARISON_RE = re.compile(r"(?:领跑|位居|位列|居|跃居|列|走在|排名|高于|低于)(?:全|本)[县区市省]"
                           r"|(?:全|本)[县区市省](?:第|前列|之首|领先|首位|前茅|平均|同期|首批|首个|首家|首创|首例|唯一)")


# 三江侗族自治县, 恩施土家族苗族自治州: an autonomous area is called by the name before its peoples (三江)
AUTONOMOUS_RE = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+自治[县州旗区]")


def stem(name: str) -> str:
    """东丰县 -> 东丰, 三江侗族自治县 -> 三江; a river's basin is the river's (辽河流域 -> 辽河:
    东辽河、莲河流域 names it); names without a level suffix are returned as they are."""
    autonomous = AUTONOMOUS_RE.fullmatch(name)
    if autonomous:
        return autonomous.group(1)
    if len(name) >= 3 and name[-1] in SUFFIXES:
        return name[:-1]
    return name[:-2] if len(name) >= 4 and name.endswith("流域") else name


# A股中占比96%: jieba guesses a place from a noun's postposition 中/内/里 glued to the word after it;
# a guessed word (no dictionary's, no gazetteer's) after a noun is that, no place
POSTPOSITIONS = "中内里"


def postposition_glued(tagged: list[tuple[str, str]], i: int) -> bool:
    word = tagged[i][0]
    return (i > 0 and word[0] in POSTPOSITIONS and tagged[i - 1][1].startswith(("n", "eng"))
            and not words.in_dictionary(word) and not known_level(word))


@lru_cache(maxsize=4096)
def places(text: str) -> tuple[str, ...]:
    """Particular places named in `text`, in order of appearance, without repeats."""
    found: list[str] = []
    tagged = words.tagged(text)
    for i, (word, flag) in enumerate(tagged):
        name = None
        if word in GENERIC_WORDS or NUMERAL_RE.search(word[:-1]) and not known_level(word):  # 三明市 is a city, 三区 no place
            continue
        if word.endswith("地区") and known_level(word[:-2]):
            name = word[:-2]  # 香港地区, 阿克苏地区: the place the gazetteer knows, no district of it
        elif len(word) >= 3 and word[-1] in SUFFIXES and not word.endswith(GENERIC_ENDINGS):
            if flag.startswith(("ns", "nr", "nz", "n", "j")):
                name = word
        # a bare two-character word opening with a level noun the gazetteer does not know (城建) is no name
        elif flag == "ns" and len(word) >= 2 and word not in BARE_GENERIC and not postposition_glued(tagged, i) \
                and not (len(word) == 2 and word[0] in "城市县乡镇村" and not known_level(word)) \
                and not done_in_place(tagged, i) and not ordinary_here(tagged, i):
            name = word
            # jieba splits some district names (西安|安区): glue a following 2-char ns
            # that ends with a level suffix.
            if i + 1 < len(tagged):
                nxt, nflag = tagged[i + 1]
                if nflag == "ns" and len(nxt) == 2 and nxt[-1] in SUFFIXES and not (word + nxt).endswith(GENERIC_ENDINGS):
                    name = word + nxt  # (美丽|城市 is no city)
                # and some glue the level to the word after (兖州|区托育): the gazetteer
                # says whether the name with that level is a place
                elif (nxt[:1] in SUFFIXES and known_level(word + nxt[0]) == nxt[0]
                      and not words.in_dictionary(nxt)):  # 朝阳|区域 is no district
                    name = word + nxt[0]
        if name and name[-1] in SUFFIXES and len(name) == 2 and not bare_level(name):
            continue  # 该市, 全州 are no place; 杭州, 广州 are cities
        if name and name not in found:
            found.append(name)
    # A bare name is dropped when the text also names it with its level (东丰 / 东丰县).
    return tuple(n for n in found if level_of(n) or not any(f != n and stem(f) == n for f in found))


# 《长安三万里》, 《北京日报》: a film's, book's or paper's name; a place written in it is no place the text is about
WORK_TITLE_RE = re.compile(r"《[^《》]{1,40}》")


def only_in_titles(name: str, text: str) -> bool:
    """Does `text` write `name`, and only inside a work's title (《长安三万里》 names no 长安)?"""
    return bool(name) and name in text and name not in WORK_TITLE_RE.sub("", text)


# 长江, 洞庭湖: a river, lake or mountain the gazetteer does not know as a place (镇江, 佛山 and
# 泰山区 it does) runs through or stands in many places; it is no place that competes with one
FEATURE_RE = re.compile(r"[江河湖海山]$")


def natural_feature(name: str) -> bool:
    return bool(FEATURE_RE.search(name)) and not level_of(name) and not known_level(name)


def level_of(name: str) -> str:
    return name[-1] if len(name) >= 3 and name[-1] in SUFFIXES else ""


# 紧抓投资我省构建…新机遇, 融入全省发展大局: the level owns the chance or the plan the sentence's subject seizes or joins,
# it is not what the sentence speaks of (a city's report seizing its province's opportunity speaks of the city)
SEIZED_RE = re.compile(r"(?:紧抓|抢抓|抓住|把握|用好|融入|对接|借助|依托|借力)[^，,。；;：:]{0,6}?(?:全|本|我|该)[县区市省]")


def levels_mentioned(text: str) -> set[str]:
    """Administrative levels a sentence speaks of without naming a place (全县, 我市)."""
    return set(LEVEL_RE.findall(SEIZED_RE.sub("", COMPARISON_RE.sub("", text))))


# Gazetteer: China's administrative divisions (cpca's table of adcodes, read without
# importing cpca, whose import loads pandas) and the world's countries (Babel's Chinese
# territory names). It says a bare name is a particular place and at what level (深圳 is a
# city, 广东 a province, 日本 a country), which jieba's `ns` tag alone cannot: it tags 深度
# and 美丽 too, and misses 昭通.
COUNTRY = "国"
_FORM_RE = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|盟|[省市县区旗])$")
_CHINA_PARTS = {"CN", "HK", "MO", "TW"}  # provinces here, not countries


def _short(name: str, nations: tuple[str, ...]) -> str:
    """广西壮族自治区 -> 广西, 恩施土家族苗族自治州 -> 恩施, 深圳市 -> 深圳; a nation is also
    written without 族 (新疆维吾尔自治区 -> 新疆, 伊犁哈萨克自治州 -> 伊犁), but 内蒙古 stays."""
    short = _FORM_RE.sub("", name)
    names = sorted(set(nations) | {n[:-1] for n in nations if n.endswith("族") and len(n) > 2}, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for nation in names:
            if short.endswith(nation) and len(short) >= len(nation) + 2:
                short, changed = short[: -len(nation)], True
    return short


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Place name (full and short form) -> level: 国, 省, 州 (自治州), 市 (a prefecture-level
    city), or 县/区/旗 for the county level (a county-level city is 县: 五常市 and bare 合作
    are not cities of 市's depth). A name of two levels keeps the wider one."""
    from babel import Locale

    out: dict[str, str] = {}

    def add(name: str, level: str) -> None:
        if len(name) >= 2 and name not in GENERIC_WORDS and name not in BARE_GENERIC - {"中国"}:
            rank = "国省州市县区旗".index
            out[name] = level if name not in out or rank(level) < rank(out[name]) else out[name]

    for name, short, code in divisions():
        if code[2:6] == "0000":
            level = "省"
        elif code[4:6] == "00":
            level = "州" if name.endswith("州") and "自治" in name else "市"
        else:
            level = name[-1] if name[-1] in "县区旗" else "县"  # a county-level city (合作市) too
        add(name, level)
        add(short, level)
    for code, name in Locale("zh").territories.items():
        if code.isalpha() and code not in _CHINA_PARTS:
            add(name, COUNTRY)
    out["中国"] = COUNTRY
    return out


@lru_cache(maxsize=1)
def divisions() -> tuple[tuple[str, str, str], ...]:
    """(name, short name, adcode) of each division of China (cpca's table, read without
    importing cpca, whose import loads pandas)."""
    import csv
    import importlib.util
    import os

    folder = os.path.join(importlib.util.find_spec("cpca").submodule_search_locations[0], "resources")
    with open(os.path.join(folder, "56_nations.csv"), encoding="utf-8") as f:
        nations = tuple(sorted({n.strip() for n in f if n.strip()}, key=len, reverse=True))
    out = []
    with open(os.path.join(folder, "adcodes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name, code = row["name"], row["adcode"]
            if name not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                out.append((name, _short(name, nations), code))
    return tuple(out)


def asked_inside(question: str, name: str) -> bool:
    """Does the question place what it asks inside the place (在山东担任什么职务, 坐落在瑞安市的
    哪个镇)? Then a division of it (山东省临邑县, 瑞安市平阳坑镇) is in it: for a person or a
    place asked, not for a figure (a county's figure is not the province's). The spoken 威海那个基地, 杭州那家公司
    places a thing there the same way: the thing is in the place, wherever in it (威海南海…基地)."""
    return re.search(r"(?:在|于)" + re.escape(name), question) is not None \
        or re.search(re.escape(name) + r"的?[那这][个家座所]", question) is not None


def done_in_place(tagged: list[tuple[str, str]], i: int) -> bool:
    """东丰上马的项目: a bare two-character word jieba guesses a place, that the gazetteer does
    not know, right after a place it does know is what is done there: a place inside another is
    written with its level (东丰县横道河镇); so is one right after a time word, before 的 or 了."""
    word = tagged[i][0]
    if i == 0 or len(word) != 2 or known_level(word):
        return False
    if i + 1 < len(tagged) and tagged[i + 1][0][:1] in SUFFIXES + "村":  # 黎平县肇兴|镇: its level follows
        return False
    before, flag = tagged[i - 1]
    # 高新区今年上马的项目, 去年落地了: after a time word and before 的/了 it is what was done then
    after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
    return flag == "ns" and bool(known_level(before)) or flag == "t" and after in ("的", "了")


# 要新建多少亩, 将丰满, 新建了: after a modal or an adverb, before the count asked or an aspect particle,
# a word stands as a verb or an adjective, where no place can (去年朝阳的 may be the place's);
# a county's short name that is also an ordinary word (新建 is Nanchang's district and "newly built",
# 丰满 Jilin's and "ample") is then that word
MODALS = frozenset("要 想 能 会 将 可 应 应当 应该 需 需要 拟 计划 准备 打算 预计 力争 争取 已 已经 再 还 又 共 累计".split())
VERB_AFTER_RE = re.compile(r"多少|几|[了着过]$")


def ordinary_here(tagged: list[tuple[str, str]], i: int) -> bool:
    """Does the bare word at i, which the gazetteer knows at most as a county (not 辽源, a city), stand
    where a verb or an adjective does (after a modal or an adverb, before 多少, 几 or 了), and does the
    dictionary give it an ordinary sense? Then it is that word, no place."""
    word = tagged[i][0]
    if bare_level(word):
        return False
    before, flag = tagged[i - 1] if i > 0 else ("", "")
    after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
    if not (before in MODALS or flag == "d" or VERB_AFTER_RE.match(after)):
        return False
    return word in ordinary_words()


def ordinary_words() -> frozenset[str]:
    """The words CC-CEDICT gives a common-noun, verb or adjective sense: an entry whose pinyin is
    written in lower case (新建 [xin1 jian4] "newly built"; 东丰 has only its capitalised place entry)."""
    return headwords_by_case()[0]


def known_level(name: str) -> str:
    """The level of a place the gazetteer knows ('' for any other word)."""
    return gazetteer().get(name, "")


def foreign_country_forms(headwords, vocab) -> tuple[str, ...]:
    """Those of a name's dictionary `headwords` in `vocab` (the corpus's words) that write a country other than
    China whole (加拿大, not 加): a Chinese article leaves China unnamed, never another country it reports on,
    which is then required like any name."""
    return () if "中国" in headwords else tuple(w for w in headwords if w in vocab and known_level(w) == COUNTRY)


# The levels at which a bare name (no 县/区 suffix written) is taken as a place: a country,
# a province or a city is rarely an ordinary word; a county's or district's short name
# often is (新建棚室, 和平, 新华), so those count only with their suffix, as before.
WIDE_LEVELS = ("国", "省", "州", "市")
_NOUN_FLAGS = ("ns", "nz", "nr", "nt", "n", "j")


def bare_level(name: str) -> str:
    """The gazetteer's level of a name written without its suffix, when it is wide enough
    to be taken as a place (昭通 -> 市, 日本 -> 国; 新建 -> '')."""
    level = known_level(name)
    return level if level in WIDE_LEVELS else ""


@lru_cache(maxsize=4096)
def named(text: str) -> tuple[str, ...]:
    """Places `text` names, for comparing places: those with a level suffix (东丰县) and the
    countries, provinces and cities the gazetteer knows written bare (深圳, 日本, 昭通), also
    where jieba reads them as another kind of noun, in order of appearance."""
    found = [n for n in places(text) if level_of(n) or bare_level(n)]
    for word, flag in words.tagged(text):
        if word not in found and bare_level(word) and not level_of(word) and flag.startswith(_NOUN_FLAGS):
            found.append(word)
    return tuple(sorted(found, key=text.find))
