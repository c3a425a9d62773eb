"""The kind of name a question asks for, against a sentence that names none of that kind.

哪个城市, 哪一国, 什么国家, 哪个省份: the answer is a name. A sentence naming nothing beside
what the question itself writes (他最终需要支付300元，其中多数是占位费) cannot say which city,
however many of the question's other words it holds: shown, it is a confidently wrong answer
to a question the documents do not answer. A country is not named by China's own provinces
and cities (浙江省首次整列发运农机 says nothing of where the train goes), nor a city by a country or a
province (在墨西哥、印度等地建厂), nor by a clause about another country than the question's (place_lists.py).

What counts as naming is wide, since DRCD's answers are often foreign or old names jieba tags
as persons (潘普洛纳, 高丽国) or reads in pieces: any proper-name tag, or a word holding a
character of a place (国州城岛省市县) that is not one of their common words (国际, 城市). On the
gold sentences of DRCD's 哪个城市/哪一国/哪个省份 questions (365, train and held-out) and
CMRC's trial (12) it rejects two (荇人国, 姑臧: names jieba reads apart into single characters).

The versions of a product (哪几个版本) are written as versions: 旗舰版, 2023款, 型号, 车型, or a release
as its name and number (安卓15). The five DRCD and CMRC questions asking which version have their gold in such a sentence.
"""

from __future__ import annotations

import re

from assistant.answer import makers, named_things, not_names, place_lists, roles
from assistant.answer.place_answers import names_place
from assistant.answer.speaker_places import post_scope, speaker_place
from assistant.answer.subject_names import Disagreement, latin_named
from assistant.answer.thing_asked import WRITTEN_SHORT, asked_thing, named_before
from assistant.query import english_phrases, framing
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import places, words
from assistant.text.quantities import CURRENCIES

# 哪个城市, 哪座城市, 哪一国, 什么国家, 哪个省份 (not 哪一国内, 哪个国王, 哪个国家公园, and not a level:
# 哪个国家级基地, 什么省级基地 ask for a base)
ASKED_RE = re.compile(r"(?:哪|什么)(?:一|个|座|一个)?(城市|国家(?!公园|级)|国(?![内际王家级])|省份|省(?![级内外会委长]))")
NAMING_FLAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "eng"})  # not j: 同比, 环比 are abbreviations too
PLACE_CHAR_RE = re.compile(r"[国州城岛省市县]")
# the common words holding such a character, which name no particular place
COMMON = frozenset({"国际", "国内", "全国", "国家", "外国", "各国", "国务院", "城市", "市场", "市民", "城镇",
                    "省份", "全省", "全市", "全县", "本市", "该市", "我国", "国外", "海外", "县城", "城区", "市区"})
# common nouns jieba tags as places (ns), among the 120 commonest ns words of news_part_a's first
# 800 articles that the gazetteer does not know: an office, a landform or weather names no place
NOT_NAMES = frozenset({"海关", "台风", "上市", "深度", "美丽", "普及", "治安", "海洋", "山区", "滑坡", "上门", "新区",
                       "大桥", "南路", "青春", "安家", "蓝牙", "内河", "中断", "串联", "延时", "港湾", "上岗", "美化",
                       "英雄", "满意度", "新鲜", "保鲜", "入门", "上路", "太阳", "深海", "海岛"})
# jieba tags an old state or dynasty a time word (前秦, 隋朝): one ending in a dynasty's name names one
DYNASTY_END_RE = re.compile(r"[朝秦汉晋宋齐梁陈隋唐魏蜀吴燕赵楚辽金元明清夏凉]$")
CREDIT_AFTER_RE = re.compile(r"\s*摄")  # 周文俊 摄: a photographer's credit names a person, not where


def asked(q: Question) -> str:
    """The kind of name asked: 城市, 国家 (国), 省份 (省), or ''."""
    m = ASKED_RE.search(q.text) if not q.english else None
    return m.group(1)[0] if m else ""


def names_one(question: str, text: str, kind: str) -> bool:
    """Does `text` name something `question` does not write that may be a `kind` (城, 国, 省)? Not a currency
    (印度卢比); for a city, not a country or a province (江苏), nor a name in a clause about another country."""
    if kind == "城":
        text = place_lists.country_clauses(question, text)
    at = 0
    for word, flag in words.tagged(text):
        start, at = text.find(word, at), at + len(word)
        at = start + len(word) if start >= 0 else at
        if len(word) < 2 or word in question or word in NOT_NAMES:
            continue
        level = places.known_level(word) or places.known_level(places.stem(word))
        if kind == "国" and level and level != places.COUNTRY:
            continue  # 苏州, 江苏省: a division of China is no country
        if (kind == "城" and place_lists.no_city(word)) or word in CURRENCIES:
            continue
        if kind in "城国省" and flag == "nt" and not places.named(word):
            continue  # 联合国, 生态环境部: an organisation names no city, country or province
        if flag == "eng" and (re.search(r"\d", word) or not_names.latin_unit_or_code(text, start, word)):
            continue  # COP28, A78, H100: a code or a product's model names no place nor the firm or body asked
        if flag in NAMING_FLAGS and not (flag.startswith("nr") and CREDIT_AFTER_RE.match(text, at)):
            return True
        if (PLACE_CHAR_RE.search(word) and word not in COMMON) or (flag == "t" and DYNASTY_END_RE.search(word)):
            return True
    return False


# 哪几个版本, 哪些型号, 什么配置: the versions of a product, written 旗舰版, 2023款, 型号 or 车型 (not 一款/这款 new lens, one product; not 出版, 版权, 版面)
VERSIONS_ASKED_RE = re.compile(r"(?:哪|什么|几)[^，。？?]{0,6}?(版本|型号|车型|款式|配置)")
VERSION_NAMED_RE = re.compile(r"版本|型号|车型|机型|款式|配置|(?<![出再改排制盗翻])版(?![权面图税块])|(?<![一这该此那每哪])款")
NAMED_VERSION_RE = re.compile(r"([A-Za-z][A-Za-z\-]*|[\u4e00-\u9fff]{2})版本")  # 哪个安卓版本: 安卓15, iOS 17 name one
# 哪款欧拉车型, 哪个机型: a model is named by its maker's name and its own (欧拉芭蕾猫, 小米14), which writes no version
# word; not the maker's common nouns (欧拉汽车, 欧拉品牌, 欧拉旗下)
MODELS = ("车型", "机型", "型号")
NOT_A_MODEL = re.compile(r"汽车|集团|公司|品牌|车型|机型|型号|旗下|官方|新车|系列|车企|厂商|股份|科技|工厂|门店")


def names_model(question: str, text: str) -> bool:
    """Does `text` write a proper name the question writes (the maker) followed by a name of its own that the
    question does not write (欧拉芭蕾猫 for 哪款欧拉车型)?"""
    tagged = words.tagged(text)
    for (word, own), (after, flag) in zip(tagged, tagged[1:]):
        if len(word) > 1 and own in NAMING_FLAGS and word in question and (flag[:1] == "n" or flag == "eng") and after not in question \
                and not NOT_A_MODEL.match(after) and not (flag[:2] in ("ns", "nr") and len(after) < 2):
            return True
    return False


# 担任什么职务, 什么身份, 职位是什么: the answer is a role (大使, 董事长), which the sentence must name
# (not 什么头衔: a title is any name, 「奥古斯都」)
ROLE_ASKED_RE = re.compile(r"(?:什么|何|哪个|哪些)(?:职务|职位|官职|身份)|(?:职务|职位|官职|身份)是什么|担任什么|任什么职")


# 任九江推官, 受聘为国策顾问, 是台北市政府政风处处长: how a sentence gives someone's office
# when the office's own word ends like no role
APPOINTED_RE = re.compile(r"任|受聘|当选|[为是]")


def names_role(question: str, text: str, appointed: bool = True) -> bool:
    """Does `text` name a role (a noun ending like one: 县长, 研究员, 大使, CEO) that `question`
    does not write, or (`appointed`) say what someone is or was made (任, 为, 是)?"""
    if appointed and APPOINTED_RE.search(text):
        return True
    for word, flag in roles.role_words(text):
        if len(word) < 2 or word in question or not (flag[:1] == "n" or flag == "eng"):
            continue
        if roles.ROLE_TAIL.search(word) or word.endswith(ENVOY):
            return True
    return False


# roles ROLE_TAIL's endings miss: envoys (大使, 特使), an officer's or a noble's rank (云骑尉, 海澄公)
ENVOY = ("使", "领事", "参赞", "尉", "公", "侯", "王", "帝")


# 哪个水文站, 哪座机场, 什么港口: a facility's name is written with its kind (依兰站, 首都机场, 天津港), so a
# sentence naming none beside the question's own (松花江干流全线退至警戒水位以下) does not say which. Over
# DRCD's and CMRC's 35 questions asking so (港 7, 站 6, 街 5, 球场 4, 机场 4, 博物馆, 桥, 公园 3) every gold sentence names one,
# as do the two of DRCD and the open sets asking a venue (场馆, 展馆). Not 网站: a website is named bare (新浪网).
FACILITY_ASKED_RE = re.compile(r"(?:哪|什么)(?:一|个|座|所|家|处|间|一个|一座|一家|一所|一间)?(?:(?![年月日天时类级型种程位名人])[\u4e00-\u9fff]){0,3}?"
                               r"((?<!网)站|港(?![股澳台币元资人])|机场|码头|街(?![舞头])|桥|公园|博物馆|球场|体育馆"
                               r"|工?厂(?![商家牌长])|实验室|大学|学院|学校|高校|交易所|场馆|展馆|会场)"
                               r"|(?:哪|什么)一?[条个]?大?(河流?|江)(?![南北西东山海湖])"
                               r"|(?:哪|什么)一?[次个届场]?(会议)")  # a meeting by its name: 全国…工作会议, 二中全会
NAME_PIECE_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]+")
# how a facility's kind is written in its name: a factory 丁格芬工厂 or 北京邮票厂, a river 淡水河, 黑龙江, 汉水 or
# 八掌溪 (DRCD's 33 questions asking which river or 河流 hold one of these in the gold sentence); an exchange by its name or board (港交所, 科创板, 港股: 推进某公司上市 says not where)
WRITTEN_AS = {"工厂": "厂", "河流": "河|江|水|溪|川", "河": "河|江|水|溪|川", "江": "河|江|水|溪|川", "交易所": "交易所|交所|[^，。、；]板|[A-Z]股|[港美]股|纳斯达克"}
WRITTEN_AS |= dict.fromkeys(("大学", "学院", "学校", "高校"), "[大中小]学|学院|学校|高校|大|院|校")  # 南加大, 一实验小学, 理学院
WRITTEN_AS |= dict.fromkeys(("场馆", "展馆", "会场"), "馆|中心|场|宫|院|堂|厅")  # 潮州体育馆, 会展中心, 主会场 (not 商场: 大悦城, SKP)
WRITTEN_AS["会议"] = "会议?|论坛|[一二三四五六七八九十]+大"  # 工作会议, 座谈会, 全会, 党的二十大
# before the kind, what names no particular one: 该实验室 (the one named before), 这家工厂, 一座桥
NOT_A_NAME_BEFORE = "该这此本其那一某各每"


def names_facility(question: str, text: str, noun: str) -> bool:
    """Does `text` write `noun` with a name the question does not write (查理检查站 for 哪一个检查站)?
    Not 该实验室 or 这家工厂: the one named before, which this sentence does not name."""
    return named_with(question, text, WRITTEN_AS.get(noun, noun))


def named_with(question: str, text: str, pattern: str) -> bool:
    """Does `text` write what `pattern` finds with a name before it that the question does not write?"""
    for m in re.finditer(pattern, text):
        if text[m.start() - 1 : m.start()] in tuple(NOT_A_NAME_BEFORE):
            continue
        for length in range(len(m.group()) + 1, len(m.group()) + 7):
            piece = text[max(0, m.end() - length) : m.end()]
            if len(piece) < length or not NAME_PIECE_RE.fullmatch(piece):
                break
            if piece not in question:
                return True
    return False

# 哪个城区, 哪几个县, 什么街道: a place below a city (朝阳区, 东丰县) the sentence must name (`place_answers.names_place`) beside the
# question's own (新增2个社区养老服务中心 says what, not where). Not 哪个区域, 哪个区别, 县城, 县级. DRCD: every gold sentence names one.
DISTRICT_ASKED_RE = re.compile(r"(?:哪|什么)(?:一|个|一个|几个?|些)?(城区|区县|县区|区(?![域别间分块])|县(?![城级])|街道|乡镇|镇(?![压])|乡(?![村下]))")


# 哪家机构, 哪个单位, 哪一个部门, 什么组织: an organisation, named as one (物理研究所, 学权部, 煤烟消除会) or tagged a
# proper name, which 一段视频在B站上引起了广泛关注 does not. Not 哪一种组织 (a tissue), 哪一年开始组织 (a verb).
# Over DRCD's 150 such questions one gold sentence names none (哪一单位 asking a unit of play, 盘); CMRC's 1, none.
ORG_KIND_ASKED_RE = re.compile(r"(?:哪|什么)(?:一|个|家|所|一个|一家|一所)?(?:(?![年月日天时种类])[\u4e00-\u9fff]){0,4}?"
                               r"(机构|单位|组织|部门)(?!长)")
# how an organisation's name ends (物理研究所, 学权部, 计划委员会, 自强学堂, 大学寮)
ORG_TAIL = r"机构|单位|组织|部门|委员会|中心|[部处会委厅局院所署队组团司社堂寮办室馆校行台军师党盟]"


def names_org(question: str, text: str) -> bool:
    """Does `text` name an organisation (a proper name, or a name ending like one) `question` does not write?"""
    return names_one(question, text, "机") or named_with(question, not_names.word_ends(text, ORG_TAIL), ORG_TAIL)


# 哪家医药企业集团, 哪家车企, 哪一家医院: the classifier 家 counts firms and bodies, any noun after it (not 哪一家思想,
# a school: 法家); a firm is named as any organisation or in quotes (以“周家酸菜”为代表, a paper's 《甲报》; not a count's name: “3个传统产业”)
# (哪个公司, 哪一个车企: the firm asked by its noun; not 什么公司, which asks what kind of firm: 一家芯片设计公司)
FIRM_ASKED_RE = re.compile(r"哪一?(家)(?!思想|学派|学说|人)|哪一?个?(?:(?![些几两二三四五六七八九十多])[\u4e00-\u9fff]){0,2}?(公司|企业|集团|厂商|车企)")
QUOTED_RE = re.compile(r"[“「『《\"](?![\d一二三四五六七八九十两]+[个大项类条种])([^”」』》\"]{2,16})[”」』》\"]")


def names_firm(question: str, text: str) -> bool:
    return names_org(question, text) or makers.maker_named(question, text) or any(m.group(1) not in question for m in QUOTED_RE.finditer(text))


def kind_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A question asking which city, country or province, and a sentence naming nothing
    the question does not write that could be one; one asking which station, port or park,
    and a sentence writing none with a name; one asking which versions, and a
    sentence naming no version (三块屏幕，包括仪表…); one asking what office someone holds,
    and a sentence naming no role (中墨合作充分体现共商共建共享理念…)."""
    text = chunk.text[a:b]
    versions = (english_phrases.VERSIONS_EN_RE if q.english else VERSIONS_ASKED_RE).search(q.text)
    # an English question's model may be named in Latin letters alone (Model Y, GT-R)
    if versions and not VERSION_NAMED_RE.search(text) and not (q.english and re.search(r"[A-Za-z]", text)) \
            and not ((n := NAMED_VERSION_RE.search(q.text)) and re.search(re.escape(n.group(1)) + r"\s?[0-9]", text, re.I)) \
            and not (versions.group(1) in MODELS and names_model(q.text, text)):
        return Disagreement("asked kind", versions.group(1), "")
    if not q.english and ROLE_ASKED_RE.search(q.text) and not names_role(q.text, text):
        return Disagreement("asked kind", "职务", "")
    facility = FACILITY_ASKED_RE.search(q.text) if not q.english else None
    noun = facility and next((g for g in facility.groups() if g), "")
    if noun and not names_facility(q.text, text, noun) and not makers.maker_named(q.text, text):  # 哪家轮胎厂: 甲乙轮胎
        return Disagreement("asked kind", noun, "")
    if q.english and (written := english_phrases.kind_written(q.text)) and not names_facility(q.text, text, written):
        return Disagreement("asked kind", written, "")
    scope = post_scope(q, text)  # 甲在哪家企业任职: the organisation written with his name, not in the words he said
    for asked_re, names in ((DISTRICT_ASKED_RE, names_place), (ORG_KIND_ASKED_RE, names_org), (FIRM_ASKED_RE, names_firm)):
        m = asked_re.search(q.text) if not q.english else None
        if m and not names(q.text, text if scope is None or names is names_place else scope) and not (names is names_place and speaker_place(q, chunk, a, b)[0]):  # 县长甲's words
            return Disagreement("asked kind", next(g for g in m.groups() if g), "")
    kind = asked(q)
    if not kind or names_one(q.text, text, kind):  # 新厂选址在哪个城市: a city named for another facility is not it
        return place_lists.facility_unwritten(q.text, text) if kind else None
    return Disagreement("asked kind", {"城": "城市", "国": "国家", "省": "省份"}[kind], "")


# 开展一项什么行动, 什么工程, 哪一个项目: a programme is named in quotes beside its kind (实施“扩增量争进位”行动,
# 一等奖项目“小米AI识物眼镜”), which a sentence sharing the question's other words may not write (着力加快项目
# 建设…). Over DRCD's and CMRC's 26 questions asking so, three paragraphs write a quoted name beside the kind
# asked, two of them in the gold sentence (GT-R's 品牌 is not); the open sets' four such evidence sentences do.
PROGRAMME_ASKED_RE = re.compile(r"(?:什么|哪一?[个项种类])(行动|工程|活动|计划|战略|理念|机制|模式|项目|品牌|举措|方案|运动|口号|主题)")
PROGRAMME_SHARE = 0.6  # a candidate naming one is read first when this well supported (relative to the best)


def _support(sc) -> float:
    """The rules' support of a ranked candidate: the selector's probability favours a lead that
    names nothing (着力加快项目建设 0.61 against the programme's sentence 0.14), as with lists."""
    return sc.factors.get("rules", sc.score)


def programme_first(q: Question, ranked: list) -> list:
    """`ranked` (candidates, best first), with the first of the next three that names the programme
    asked in quotes moved first when the best names none and the rules support it nearly as well."""
    asked = PROGRAMME_ASKED_RE.search(q.text) if not q.english and len(ranked) > 1 else None
    if (item := framing.item_first(q, ranked)) is not ranked:  # 第二项工作…着力培育什么: the item's own line
        return item
    if asked is None:
        return named_things.slot_first(q, kind_first(q, ranked)) if not q.english and len(ranked) > 1 else ranked
    named = re.compile(rf"[”」』\"]{asked.group(1)}|{asked.group(1)}[“「『\"]")
    if named.search(ranked[0].sentence.text) or named_things.slot_filled(q, ranked[0].sentence.text):
        return ranked  # 推进哪项工程: the best writing 推进德育工程 names it as plainly as quotes do
    for i, sc in enumerate(ranked[1:4], 1):
        if _support(sc) >= PROGRAMME_SHARE * _support(ranked[0]) and named.search(sc.sentence.text):
            return [sc] + ranked[:i] + ranked[i + 1 :]
    return ranked


KIND_SEARCH = 5  # candidates (the best included) searched for one naming the kind
NAME_INSERT = 4  # characters a name may write between a compound kind's modifier and its head (医药控股集团)


def split_compound(kind: str, text: str) -> bool:
    """Does `text` write a compound kind (医药集团, 文旅项目) with words inside one name between its modifier and
    its head (甲医药控股集团, 乙文旅综合体项目)? A name is a thing of that kind as much as one writing it whole."""
    if len(kind) < 4:
        return False
    return re.search(re.escape(kind[:-2]) + rf"[\u4e00-\u9fff]{{1,{NAME_INSERT}}}" + re.escape(kind[-2:]), text) is not None


def kind_first(q: Question, ranked: list) -> list:
    """`ranked` with the first of the next candidates that names a thing of the kind asked moved first, when
    the best writes no such kind at all and the rules support that one nearly as well (PROGRAMME_SHARE)."""
    kind, where = asked_thing(q)
    if not kind:
        return ranked
    written = WRITTEN_SHORT.get(kind, kind)
    if re.search(written, ranked[0].sentence.text) or split_compound(kind, ranked[0].sentence.text):
        return ranked

    def names(text: str) -> bool:
        if where == "before":
            return re.search(rf"{kind}(?:定为|确定为|是|为)[^，,。；;]", text) is not None
        return named_before(q.text, text, written) or latin_named(text, written) is not None

    for i, sc in enumerate(ranked[1:KIND_SEARCH], 1):
        if _support(sc) >= PROGRAMME_SHARE * _support(ranked[0]) and names(sc.sentence.text):
            return [sc] + ranked[:i] + ranked[i + 1 :]
    return ranked
