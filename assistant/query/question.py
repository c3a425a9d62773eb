"""What a question asks for: its type, topic words, places, years and expected unit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.query import english_phrases, framing, name_owner, place_words
from assistant.query.each_parts import EACH_LISTED, LIST_ASKING, asked_pieces, change_asked_apart, each_parts, sources_asked_apart
from assistant.query.english_numbers import after_number, english_figures
from assistant.query.english_units import UNITS_EN
from assistant.query.glued import LISTED_KINDS_RE, THINGS_RE, WHICH_RE, asked_part, few_masked, head_words, mended, past_relative, reaching
from assistant.text import abbreviations, asked_numbers, places, quantities, words
from assistant.text.script import to_simplified
from assistant.errors import QuestionError

# 几乎, 几近 (almost), 几何, 几率 are words of their own, not the asking 几 (销量几乎翻倍，具体增幅是多少: one question);
# 这几项, 那几句 point back to things the asker names (这几项改革一起抓, 巩固脱贫成果那几句): no count asked
ASKING_JI = r"(?<![这那])几(?![乎近何率])"
# 几A级, 几星级 ask a grade, named as a term (3A级景区, 五星级酒店), not a figure counted or measured
PATTERNS_ZH = [
    ("reason", r"(?<![称视定成作列评誉喻容名])为什么|为何|什么原因|原因是|何故|怎么会"),
    # (作者叫什么, 县长叫啥: a role's holder asked by name without 名字; not 那道菜叫什么, a thing's name)
    ("person", r"谁|哪位|什么人|姓名|叫什么名|何人|(?:[者员长官师]|主编|CEO)叫(?:什么|啥)"),
    ("time", r"哪一年|哪年|何时|什么时候|什么时间|哪一?天|哪一日|几月|几号|何年|时间是(?!多少)|日期是|年份是|哪个年代|哪个朝代|几时|哪一?个?(?:季度|月份|年份)|哪一?个月(?!\d)"),
    ("list", r"哪些|哪几|哪(?:[两二三四五六七八九十]|\d{1,2}(?!\d|月|日|号|年))|有什么(?!水平)|包括什么|包含什么|分别是什么|都有什么|都是什么|(?:有|包括|包含|分别是|都是)啥|" + EACH_LISTED),  # 啥: the spoken 什么
    ("quantity", r"多少|" + ASKING_JI + r"(?![A-Z]+级|星级)[个项台辆人户家只头吨亩倍成次年]?|多大|多高|多长|多快|多重|比例|比重|增速|增幅|规模是|占比"),
    ("place", r"哪里|在哪|哪个地方|何地|哪座城市|哪个城市|哪个县|哪个区|哪个省"),
    ("yesno", r"是否|是不是|有没有|吗[？?。]?$"),
]
# English question words -> the expected answer type. Order matters: "which city" asks for
# a place and "what are the targets" for a figure, before a plural after which reads as a list. A count asks the kind after it (which two cities: no figure for a later 'investment').
COUNT_EN = r"\bwhich (?:two|three|four|five|six|\d{1,2})\s+(?:[a-z-]+\s+)?"
PERSON_NOUNS_EN = (r"(?:person|official|leader|people|reporter|journalist|correspondent|author|writer|photographer|"
                   r"spokes(?:person|man|woman)|mayor|governor|director|chairman|manager|editor|deputy|delegate|lawmaker|"
                   r"legislator|expert|analyst|executive|secretary|minister|ceo|founder|professor|scholar|economist|scientist|"
                   r"researcher)")
# one word may stand between which and the person noun (which staff reporter, what senior official);
# not a verb (what did director Li say asks what was said, not who)
PERSON_MODIFIER_EN = r"(?:(?!(?:is|was|are|were|does|do|did|has|have|had|will|would|can|could|should|may|might)\s)[a-z-]+\s+)?"
# verbs that move a figure up or down or to a level (fall, rose, has grown, cut): "to what ... fall" asks the level
MOVES_EN = (r"(?:fall|fell|fallen|rise|rose|risen|drop|grow|grew|grown|increase|decrease|decline|climb|reach|shrink|shrank|expand|jump"
            r"|slide|slid|sink|sank|soar|cut|reduce|raise|lower|go up|go down|went up|went down)(?:s|ed|ping|ped|ing)?\b")
PATTERNS_EN = [
    ("reason", r"^\s*why\b|\bwhat (?:is|was) the reason\b|\bfor what reason\b"),
    # the name of a person (the name of the new mayor); the name of a fund or a programme is the thing's, which a
    # sentence writes in quotes (管好用好“X”基金) and names no one. "whose" after a noun (when did the diver whose
    # boat sank return) relates a clause: the question's own word asks
    ("person", r"^\s*who\b|^\s*whose\b|\b(?:in|of|to|for|by|with|from|on)\s+whose\b|\bwhom\b|\b(?:which|what) " + PERSON_MODIFIER_EN + PERSON_NOUNS_EN + r"\b|" + COUNT_EN
               + r"(?:people|officials|leaders|reporters|journalists|photographers|experts)\b|\bwhat(?:'s| is| was) the name of "
               r"(?:the |a |an |this |that |its |their |his |her )?(?:[a-z-]+\s+)?(?:" + PERSON_NOUNS_EN + r"|man|woman|head|chief)\b"),
    ("time", r"^\s*(?:(?:until|till|since|from|by)\s+)?when\b|\b(?:what|which|in what) (?:(?:exact|precise|specific) )?(?:year|month|day|date|time)\b"),
    # "where does India rank among car markets" asks a rank (排名第几), no place
    ("quantity", r"^\s*where\s+(?:does|do|did|is|was|will)\b.*\b(?:rank(?:ed|s)?|stand)\b"),
    ("place", r"^\s*where\b|\b(?:which|what|in what) (?:city|county|district|province|country|place|region|town|village|location)\b|" + COUNT_EN + r"(?:cities|counties|districts|provinces|countries|places|regions|towns|villages|locations)\b"),
    # which market saw the biggest drop in its sales: the one thing of the extreme asked, whatever measure follows
    ("generic", r"^\s*which\s+[a-z-]+\s+(?:saw|had|has|recorded|posted|reported|showed|suffered)\s+the\s+(?:biggest|largest|highest|lowest|smallest|sharpest|steepest|fastest|greatest)\b"),
    # which brands were the top three by sales: the plural after which is what is listed, whatever follows
    ("list", r"^\s*which\s+[a-z]{2,}(?:ies|[^su\s'’]s)\s+(?:were|are|have|had|did|do|will)\b"),
    # "X rose by what percent", "grew to what percentage of": a percent asked inside the sentence, not at its start;
    # a measure word after the verb of "what <thing> is …" is said of the thing asked (what activity is the target of)
    ("quantity", r"\b(?:by|to|at)\s+(?:what|how much)\s+(?:percent(?:age)?|per cent)\b|\bwhat (?:percent|per cent)\b|\bhow (?:many|much|large|big|fast|high|long|far|old|powerful|heavy)\b|^\s*(?:(?:by|to|at|of|in|for)\s+)?(?:what|which)\b(?:\s+(?:is|was|are|were)\b)?(?:(?!\b(?:is|was|are|were)\b).)*\b(?:growth|rates?|percentage|share|value|amount|number|targets?|output|investment|revenue|income|totals?|size|capacity|population|area|budget|cost|price|gdp|gross (?:domestic|regional|national) product|volume|proportion|ratio|figure|scale|quota|profit|sales|horsepower|wheelbase|stake|earnings|returns|return (?:per|on)|(?<!-)(?:speeds?(?!\s+(?:up|skat\w*|sensors?)\b)|weight|length|height|width|depth|distance|temperature|mileage|bandwidth|altitude|elevation)(?!-))\b"),
    # the frame asks a figure whatever its noun: an average, a maximum or a peak of something (what is the average
    # waiting time, the maximum speed); the level a thing moves to or by (to what level will the share fall); a
    # person's time (what was Li's time in the final: a race's, 2分06秒)
    ("quantity", r"^\s*what(?:['’]s|\s+(?:is|was|are|were|will be|would be))\s+(?:the\s+|(?:[A-Z][\w.-]*\s+)*[\w.-]+['’]s\s+)?"
                 r"(?:[a-z-]+\s+){0,2}?(?:average|mean|maximum|minimum|peak)\s+[a-z]"
                 r"|^\s*(?:by|to)\s+what\s+[a-z]+\b.*\b" + MOVES_EN +
                 r"|^\s*what(?:['’]s|\s+(?:is|was))\s+(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+)?time\b(?!\s+(?:zone|frame|line|table))"),
    ("list", r"^\s*(?:which|what)\s+(?:[a-z]+\s+){0,2}(?!does\b|has\b|this\b|its\b)[a-z]{2,}(?:ies|[^su\s'’]s)\b|\bwhat are the\b|^\s*(?:list|name)\b"),
    ("yesno", r"^\s*(?:is|are|was|were|does|do|did|has|have|can)\b"),
]
# What a change question asks (增长多少, 涨了多少, 同比是多少); 增加值 and 增长点 are indicators, not
# changes, and 提高到多少 asks for the level reached. The figure checks read the same words.
# verbs that move a figure by an amount (上调0.23元, 下调5%): a change, unless 到/至 names the level reached
CHANGE_VERBS = r"上调|下调|调高|调低|调升|调降|上浮|下浮|涨价|降价|提价|便宜"
# spoken: 份额要往上提多少, 价格往下调了几个点 — 往上/往下 and a verb of moving a figure ask how far it moves
# (only right before the asking word: 往上提了多少 asks the rise, 往上提的目标 states no change asked)
SPOKEN_CHANGE = r"往[上下][提涨调拉升降压减加浮跌]?(?=了?(?:多少|几|百分之))"
# 多收百分之几, 多卖了多少辆, 再多建几所: 多 before the verb asks how much more than before, the comparison's
# reference left unsaid (not 多少 itself, 多久, 多大, nor 多个/多种/多年, which count kinds or times); the figure
# checks (answer/increments) take a change for it as they take one for 比…多
SPOKEN_MORE = re.compile(r"(?<![多少])多(?![少大高长宽深远重久快个项家位名年次种样])[\u4e00-\u9fff]了?(?=多少|几|百分之)")
# 下滑, 上升, 攀升, 回升, 缩水, 萎缩, 缩减, 变化, 变动 ask a change when 多少 follows them (利润下滑了多少: 45.2%, not
# the profit); 死亡人数攀升是多少, generated from 攀升至96人, asks the level reached (增速到底: 'after all', no 到)
CHANGE_ASKED = re.compile(r"(?:增长|增速|增幅|涨幅|降幅|提高|下降|降低|增加|减少|提升|涨(?!价[前后])|跌|回落|同比|环比|" + CHANGE_VERBS
                          + r")(?![值点至停后前]|到(?!底))|(?:下滑|上升|攀升|回升|缩水|萎缩|缩减|变化|变动)(?=了?(?:多少|几|百分之|幅度))"
                          + "|" + SPOKEN_CHANGE + r"|比[\u4e00-\u9fff]{1,6}?[多少高低][出了]*(?=多少|几|百分之)")
# 比前一年多了百分之几, 比去年少了多少: a comparison asks the change from its base, which names no measure
COMPARED_RE = re.compile(r"比[\u4e00-\u9fff]{1,6}?[多少高低][出了]*$")
UNIT_HINT_RE = re.compile(r"(?:多少|几)(.{0,4})")  # 几类管网…合计要铺设多长: a classifier counting kinds before
KINDS_RE = re.compile(r"[类种样项].*(?:多少|几|多[大高长宽深远重快])")  # a later asking word is no unit of the answer
SPLIT_RE = re.compile(r"[，,；;]")
QUESTION_WORD_RE = re.compile("|".join(p for _, p in PATTERNS_ZH[:6]))
# Asking phrases removed before topic words are cut, so 签约额是多少 gives 签约额, not 额是 (排第几 no 排第, 叫什么名字 no 叫/名/字).
ASKING_RE = re.compile(r"(?:是|为|有|达|在)?(?:(?:排名|排|位居|位列|名列|居)?第几[名位]?|叫(?:做)?什么(?:名字|名称)?|名[称字](?:是|为|叫)什么|百分之(?:几|多少)|多少|谁|哪些|哪几|哪(?:[两二三四五六七八九十]|\d{1,2})大?|哪一|哪个|哪位|什么|怎样|如何|" + ASKING_JI + r")|[吗呢呀？?。！!]")
# 三折屏有多大: jieba glues 有 to the word before it (屏有, 松有); a space keeps it apart (多高's 高 stays)
HAS_HOW_RE = re.compile(r"有(?=多[大高长宽深厚远重])")
# “六县建设”包括哪些内容: the verb and the generic noun around 哪些 frame the list; as topic
# words they outweighed the name asked about (包括, rare in an index, became the head)
LIST_FRAME_RE = re.compile(r"(?:包括|包含|涵盖)(?=哪|什么)|(?<=哪些)(?:内容|方面)|" + LIST_ASKING)


@dataclass
class Question:
    text: str
    kind: str
    english: bool
    terms: tuple[str, ...]  # topic words
    places: tuple[str, ...]
    years: frozenset[str]
    unit: str = ""  # unit the answer should carry ('' when unknown)
    unit_text: str = ""  # that unit as the question writes it (多少亿元 -> 亿元)
    change: bool = False  # asks for a change (增长多少) rather than a level
    count: int = 0  # 哪五大 -> 5
    parts: list["Question"] = field(default_factory=list)  # sub-questions joined by a comma
    groups: tuple[tuple[str, ...], ...] = ()  # topic words with alternatives (translations)
    figures: tuple[str, ...] = ()  # figures the question itself states (500万元以上项目)
    specificity: dict = field(default_factory=dict)  # translation -> how exactly it renders the English
    head: str = ""  # the thing asked about: the last topic word before the asking phrase
    head_group: tuple[str, ...] = ()  # the same for an English question: its translations
    counted: tuple[tuple[str, ...], ...] = ()  # an English how-many question's counted words, translated
    asked_head: tuple[str, ...] = ()  # an English which/what question's asked noun ('exchange' of stock exchange), translated
    # an English figure question's modifiers of the thing its figure is of (pure, electric of pure electric cars),
    # each as (the English word, every Chinese sense the dictionary gives it)
    modifiers: tuple[tuple[str, ...], ...] = ()
    # an English question's proper names no dictionary knows (Tiida), each with the Chinese
    # names its pinyin matches in the corpus (Longshan -> 龙山区), for the subject check
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # each of those names -> the articles (source, article) a retrieved passage of which names
    # it: a later passage of such an article speaks of it too (answer/english.py)
    name_articles: dict = field(default_factory=dict)
    # a Chinese question's names and places -> {(source, article): start of the first retrieved
    # passage of that article writing it}: a later passage speaks of it too (answer/subject.py)
    first_named: dict = field(default_factory=dict)


def _kind(text: str, english: bool) -> str:
    if english and not english_phrases.ASKS_ACT_EN.search(stripped := english_phrases.without_attribution(text)):
        text = stripped  # an act asked (what do they do when …) keeps its attribution: no kind of figure or list
    for kind, pattern in (PATTERNS_EN if english else PATTERNS_ZH):
        if re.search(pattern, text, re.IGNORECASE) and not (kind == "person" and not english and _thing_asked(text)):
            return kind
    return "generic"


# 提到一家牧业公司…，叫什么名字: the name asked is an organisation's, one of a kind the question writes (no person's:
# 一家公司的董事长，他叫什么名字 asks a person of it)
ONE_ORG_NAMED = re.compile(r"一[家所个][\u4e00-\u9fff]{0,6}(?:公司|企业|集团|银行|医院|学校|大学|合作社)[^谁他她的长者人员师官]*叫什么名")


# 工会要改善谁的什么待遇: a thing asked with its owner (职工住房待遇), no person
WHOSE_THING_RE = re.compile(r"谁的什么")


def _thing_asked(text: str) -> bool:
    """Does a question a person pattern matches ask a thing: an organisation's name, a thing's name
    (展馆叫什么名字: query/name_owner.py) or a thing of someone's (谁的什么待遇)?"""
    return bool(ONE_ORG_NAMED.search(text) or WHOSE_THING_RE.search(text) or name_owner.thing_name_asked(text))


# 屏幕有多大, 显示屏尺寸是多少: a screen's size is its diagonal, written in 英寸 (24.5英寸的面板), not its
# refresh rate or resolution
SCREEN_SIZE_ASKED = re.compile(r"(?:屏幕|显示屏|屏|面板|显示器|电视机?)(?:的)?(?:尺寸)?(?:有|是|为)?多大|(?:屏幕|显示屏|屏)尺寸(?:有|是|为)?多少")


def _unit_hint(text: str) -> tuple[str, str]:
    """(unit the answer should carry, as written): 多少亿元 -> ('元', '亿元')."""
    if not words.has_cjk(text):
        return next(((unit, "") for pattern, unit in UNITS_EN
                     if any(not after_number(text, m.start()) for m in re.finditer(pattern, text, re.IGNORECASE))),
                    ("", ""))
    if SCREEN_SIZE_ASKED.search(text):
        return "英寸", ""
    m = next((m for m in UNIT_HINT_RE.finditer(text) if not KINDS_RE.match(text, m.end() - len(m.group(1)))), None)
    if m:
        scale = re.match(r"[万亿千百]*", m.group(1)).group()
        after = m.group(1)[len(scale):]
        for unit in quantities.UNITS:
            if after.startswith(unit):
                base = unit[1:] if unit[0] in "万亿" and len(unit) > 1 else unit
                return ("人" if unit in ("万人", "余人") else base), scale + unit
    if re.search(r"比例|比重|占比|百分之|增速|增幅|percentage|\bshare\b|\brate\b|growth", asked_numbers.without_stated_shares(text), re.IGNORECASE):
        return "%", ""
    return "", ""


def validate(text: str, max_chars: int) -> str:
    text = (text or "").strip()
    if not text:
        raise QuestionError("the question is empty")
    if len(text) > max_chars:
        raise QuestionError(f"the question is {len(text)} characters long; the limit is {max_chars} (setting SUYUAN_MAX_QUESTION_CHARS)")
    if not re.search(r"[\w\u4e00-\u9fff]", text):
        raise QuestionError("the question has no words, only punctuation or symbols")
    return text


def asking_clauses(text: str) -> str:
    """The clauses of a question that hold its question word, joined; the whole text when
    none does. 为推动枢纽提升能级，出台了多少条措施: the purpose clause's 提升 is not what the
    question asks for (a count of measures), so a change is asked only where it is asked."""
    asking = [p for p in SPLIT_RE.split(text) if QUESTION_WORD_RE.search(p)]
    if framing.disputed(text):  # 甲的产量目标，稿里列的是哪两个数: it asks in its frame what the clauses before name
        asking = [text]
    # 增幅前后不一致: the text's earlier and later figures, no 增幅前 (the level before a rise)
    return framing.without_around("，".join(asking) or text, text)


def topic_groups(q: Question) -> tuple[tuple[str, ...], ...]:
    return q.groups or tuple((t,) for t in q.terms)


def _head(text: str, q: Question) -> str:
    """What is asked about: 有多少运动员 -> 运动员 (the noun after 多少 or 多大), else the last topic
    word before the asking phrase (东丰县梅花鹿产值是多少 -> 产值)."""
    # (多大的规模, 多大体量: a size noun after 多大 is what is asked, as after 多少; 多大容量的硬盘 asks of 硬盘)
    m = re.search(r"(?:多少|" + ASKING_JI + r")(?:[个项台辆人户家只头吨亩倍次名位座所条类种样]|[万亿千百]*元|万|亿)?|多大的?(?=规模|体量)", text)
    if m:
        after = [t for t in head_words(past_relative(text[m.end():]), text) if t not in q.places and t != q.unit_text]
        if after:
            return after[0]
    asking = ASKING_RE.search(text)
    before = text[: asking.start()] if asking and asking.start() > 0 else text
    heads = [t for t in head_words(COMPARED_RE.sub("", before), text) if t not in q.places and t != q.unit_text]
    # 产值做到了多少 (做到 a stopword), 要冲到多少: the word before the verb is asked, past its adverbs (价格最低可以做到多少)
    reached = re.search(r"[到至]了?$", before) is not None
    if len(heads) > 1 and reaching(heads[-1], text):
        heads.pop()
        reached = True
    if reached:
        while len(heads) > 1 and all(flag in ("a", "d", "ad") for _, flag in words.tagged(heads[-1])):
            heads.pop()
    return heads[-1] if heads else ""


def _scale_words(term: str, text: str) -> list[str]:
    """A quantity question's 投资规模 is the 投资 asked, at its scale (总投资64亿元); 有多大规模 is cut 多/大规模."""
    if term == "大规模" and "多大规模" in text:
        return ["规模"]
    return [term[:-2], "规模"] if term.endswith("规模") and len(term) > 3 else [term]


def analyse(text: str) -> Question:
    # a traditional-Chinese question is read, and matched, in simplified characters; 固投 as 固定资产投资
    text = abbreviations.spelled_out(to_simplified(text))
    english = not words.has_cjk(text)
    # 倾听诉求的几种载体里，有一个…叫什么: a lead clause asking too (几种, 谁) says where to look when the last asks 什么
    asked = asked_part(text)
    asking = [p for p in SPLIT_RE.split(asked) if QUESTION_WORD_RE.search(p) or "什么" in p]
    kind = _kind(asking[-1] if len(asking) > 1 and "什么" in asking[-1] else asked, english)
    if kind == "list" and not english and framing.figures_counted(text):
        kind = "quantity"  # 两处写法不同，是哪两个数: each version's figure, no list of things
    unit, unit_text = _unit_hint(few_masked(text))
    count_m = re.search(r"哪([两二三四五六七八九十]|\d{1,2}(?!\d|月|日|号|年))", text)  # 哪五大, 哪6类
    found = count_m.group(1) if count_m else ""
    count = int(found) if found.isdigit() else int(quantities.chinese_to_number(found) or 0) if found else 0
    topic = LIST_FRAME_RE.sub(" ", text) if kind == "list" else HAS_HOW_RE.sub(" 有", text)
    q = Question(
        text=text, kind=kind, english=english,
        terms=() if english else mended(words.content_words(ASKING_RE.sub(" ", WHICH_RE.sub(" ", topic))), text),
        places=() if english else tuple(p for p in places.places(text) if (p != "东西" or not THINGS_RE.search(text))
                                        and not place_words.no_place(p, text)),
        years=frozenset(quantities.years(text)) | frozenset(re.findall(r"\b(?:19|20)\d\d\b", text) if english else ()),
        unit=unit, unit_text=unit_text, change=bool(CHANGE_ASKED.search(asking_clauses(text))), count=count,
        figures=english_figures(text) if english else
        tuple(quantities.without_qualifier(f.text)
              for f in quantities.find_quantities(framing.without_dispute_counts(WHICH_RE.sub(" ", text)))),
    )
    if not english:
        if kind == "quantity":
            q.terms = tuple(dict.fromkeys(w for t in q.terms for w in _scale_words(t, text)))
        q.head = _head(few_masked(topic), q)
        q.head = _scale_words(q.head, text)[0] if kind == "quantity" else q.head
    if not english:
        pieces = [p for p in SPLIT_RE.split(sources_asked_apart(change_asked_apart(text))) if p.strip()]
        pieces = asked_pieces(pieces, lambda p: QUESTION_WORD_RE.search(LISTED_KINDS_RE.sub(r"\1", p)),
                              lambda p: analyse(p).head, ASKING_RE)
        inherit = True
        if not pieces:
            pieces, inherit = each_parts(text, QUESTION_WORD_RE) if kind == "quantity" else ([], True)
        # 高新区实施多少个重点项目，总投资多少: each part inherits the first part's setting (unless each
        # part holds it and names its own: 乙县长说的销量 is not the place of 甲厂说的产量)
        for piece in pieces:
            sub = analyse(piece)
            if not inherit:
                q.parts.append(sub)
                continue
            sub.places = sub.places or q.places
            sub.years = sub.years or q.years
            # 投资过亿的有几个，合计投资多少: a later clause asks of what the first part names, not of its measure
            # (a part made from a list, 饲养量、年产量和产值各是多少, writes the setting itself and asks its own)
            first = q.parts[0] if q.parts and sub.kind == q.parts[0].kind and piece.rstrip("？?") in text else None
            earlier = tuple(t for t in first.terms if t != first.head) if first else ()
            sub.terms = tuple(dict.fromkeys(sub.terms + q.places + earlier))
            q.parts.append(sub)
    return q
