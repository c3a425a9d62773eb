"""The name a question opens with, before the period it asks about (苹果|第二季度的总净营收,
极氪|7月份交付了多少辆车, 理想汽车|7月): whose figure is asked. Over one store of many
articles, a sentence of another company's article shares the question's period and measure
words (理想汽车第二季度实现营收286.5亿元 for 苹果第二季度的总净营收); jieba tags many such
names as common words (苹果 n, 理想 n) or cuts them (极|氪), so the proper-name check never saw
them. The name must be written in the sentence's article (its header line, its passage, or an
earlier retrieved passage of it), and a sentence that names none of it and opens its clause
with another name (小鹏汽车在7月份共交付…) speaks of that one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.measure_words import measure
from assistant.answer.subject_names import Disagreement, named_in_article
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import periods, places, words
from assistant.text.script import to_simplified

# the period a question's figure is for: a year, a fiscal year, a quarter, a half, a month
# (a question's 7月 is read with the dates periods.MONTH_RE leaves out: 7月15日 still opens a period)
PERIOD_RE = re.compile(rf"(?:19|20)\d\d(?:财?年|财年)|今年|去年|上半年|下半年|{periods.QUARTER_RE.pattern}"
                       rf"|(?<![\d.]){periods.MONTH_NUMERAL}月份?")
# what opens a question without naming whose figure it is: 截至7月, 据…数据, 受台风影响, 文中…
# (报告里幼儿园普惠学位今年…, 文件中…: the document's own lines, as 文中; what follows describes the thing, no one's name)
NO_NAME_RE = re.compile(r"^(?:截至|截止|到|按|据|受|如果|在|从|自|是|同比|环比|相比|较上|较去|比上|比去|文中|请问|根据|对于|关于|目前|今年|去年|这|那|该|其|此|本|我|全|各|每"
                        r"|(?:报告|文件|文章|报道|讲话|通知|规划|方案)(?:里面|当中|里|中|内))")
# where the name ends: a preposition, a verb of saying or planning, a particle (比亚迪|在日本计划, 理想汽车|预计)
NAME_END_RE = re.compile(r"在|对|于|将|要|曾|早|已|由|以|等|还|也|又|则|仍|按|自|直到|截至|截止|期间|预计|预测|表示|介绍|指出|认为|透露|计划|宣布|公布|发布|称|说|的|是|从|到|与|和|及|为|把|被|旗下|此次|这次|本次|共|累计|全年|今年|去年")
# 国内运量最大, 五部门, 明崇祯十七年: a description, a count or a time, no name; 哪一个党: what is asked
NOT_NAME_RE = re.compile(r"^[一二两三四五六七八九十几多\d]|最|国内|国外|海外|全球|年|月")
ASKING_RE = re.compile(r"哪|多少|几|什么|如何|怎|谁|何")
# 公司第二季度营收, 车企7月销量: a kind, no name (the one the article is about); so is the kind of
# the document (报告提出今年…: the article itself), also with a locative or a preposition after it
# (报告里, 文件中, 报告给今年…定的: in or by the article); 市政府, 县政府: the article's own place's
KIND_ONLY_RE = re.compile(r"(?:[新老本该此这各][家款]?|[省市县区州镇乡])?(?:公司|集团|企业|车企|厂商|厂家|品牌|平台|政府|市场|行业|汽车|新车|车型|产品|业务"
                          r"|报告|文章|文件|通知|公告|评论|报道|消息|新闻|规划|方案|讲话|数据|统计|调查)(?:里|中|内|上|里面|当中|给|对)?")
SIZE_WORDS = frozenset("规模 体量 总量 总额 总数 数量 人数".split())  # measures measure_words leaves generic
CLAUSE_RE = re.compile(r"[，。；：,;:！？!?]")
SAYING_RE = re.compile(r"表示|指出|透露|介绍|认为|说|称")
# 星河市, 青溪县: a place the gazetteer does not know is still a place (the place check's); so is 市里, 省内
PLACE_END_RE = re.compile(r"[省市县区州盟旗镇乡村](?:里面?|内|上)?$")
# the words a company's name ends with (吉利汽车, 平安银行, 星河科技), the longer first where one
# begins another: what stands before one is a company's name, whatever jieba reads it as
# (吉利 a place, 平安 an adjective)
COMPANY_WORDS = ("股份有限公司", "有限公司", "公司", "集团", "控股", "股份", "科技", "汽车")
COMPANY_RE = re.compile("|".join(COMPANY_WORDS + ("银行", "证券", "保险", "电子", "电器", "医药", "制药", "航空", "地产",
                                                  "能源", "通信", "传媒", "实业")))
# an organisation's kind after its name: 理想汽车 is written 理想 too
KIND_RE = re.compile(f"(?:{'|'.join(COMPANY_WORDS + ('平台', '品牌', '俱乐部', '球队'))})$")


def company(name: str) -> bool:
    """吉利汽车, 平安银行: a name written before a company word, which no gazetteer knows as a
    country, province or city written bare (青岛银行 is the place check's too)."""
    m = COMPANY_RE.search(name)
    return m is not None and m.start() >= 2 and not places.named(name[: m.start()])


@lru_cache(maxsize=1024)
def company_places(text: str) -> frozenset[str]:
    """The words jieba reads as places in `text` that are companies' names (吉利 of 吉利汽车): no
    place the place check should look for."""
    out = set()
    for name in places.places(text):
        at = text.find(name) + len(name)
        m = COMPANY_RE.match(text, at)
        if m and company(name + m.group()):
            out.add(name)
    return frozenset(out)


def _word_start(text: str, at: int) -> int:
    """Where the word holding character `at` starts: a name ends before a word, not inside one
    (王飞|提到 cut at 到 is 王飞, not 王飞提)."""
    start = 0
    for word, _ in words.tagged(text):
        if start + len(word) > at:
            return start
        start += len(word)
    return at


def opening_name(text: str) -> str:
    """The name `text` opens with before its period ('' when it opens with none: a place, which
    the place check reads, a time, a pronoun, a clause)."""
    m = PERIOD_RE.search(text)
    if not m or m.start() == 0:
        return ""
    lead = text[: m.start()]
    if re.search(r"[\s，。、；：,;:？?！!“”\"（）()《》]", lead) or NO_NAME_RE.match(lead) or ASKING_RE.search(lead):
        return ""
    cut = NAME_END_RE.search(lead)
    name = lead[: _word_start(lead, cut.start())] if cut else lead
    at, tagged, firm = 0, words.tagged(name), company(name)
    if not firm and tagged and len(tagged[0][0]) >= 2 and tagged[0][1][:1] in ("v", "a", "d", "p", "c", "r"):
        return ""  # 始建|于1961年, 相比上|一季度: a verb or a preposition, no name
    for i, (word, flag) in enumerate(tagged):  # a verb of two characters ends it too (维珍银河|表示,
        if i and flag.startswith("v") and len(word) >= 2:  # 民主党|达到); jieba reads 零跑, 蔚来 as 零|跑, 蔚|来
            name = name[:at]
            break
        at += len(word)
    name = _before_measure(name)
    if len(name) < 2 or len(name) > 12 or NOT_NAME_RE.search(name) or name in words.STOPWORDS or KIND_ONLY_RE.fullmatch(name) \
            or places.named(name) or (places.places(name) and not firm) or PLACE_END_RE.search(name):
        return ""
    return name


def _before_measure(name: str) -> str:
    """粮食总产量|今年: a lead ending with a measure word names the measure asked; whose it is stands
    before it (粮食; '' for none). A locative jieba reads as one word (市里 s) names no one."""
    tagged = words.tagged(name) or (("", ""),)
    last, local = tagged[-1][0], len(tagged) == 1 and tagged[0][1] == "s"
    return name[: len(name) - len(last)] if local or measure(last) or last in SIZE_WORDS else name


def lead_name(q: Question) -> str:
    return "" if q.english else opening_name(q.text)


def stem(name: str) -> str:
    """理想汽车 -> 理想, 芯原股份 -> 芯原: the name without its kind, when two characters stay."""
    short = KIND_RE.sub("", name)
    return short if len(short) >= 2 else name


def written(name: str, text: str) -> bool:
    """The name or its stem is in `text`, also without two characters at its end that a question
    adds (卢安达境内 for 卢安达, 杜拜市区 for 杜拜), or, for a thing's description of common nouns, without
    one of its inner words (`shortened_descriptions`)."""
    keys = {stem(name)} | ({name[:-2]} if len(name) >= 4 else set()) | set(shortened_descriptions(name))
    return any(k.lower() in text.lower() or k in to_simplified(text) for k in keys)


@lru_cache(maxsize=1024)
def shortened_descriptions(name: str) -> tuple[str, ...]:
    """甲乙丙丁收集箱 written 甲乙丁收集箱: a lead of three or more common nouns (jieba's n) describes a kind of
    thing, no brand, and a sentence may leave out an inner modifier; its first and last words (the head) stay.
    () for any other lead."""
    tagged = words.tagged(name)
    if len(tagged) < 3 or any(flag != "n" or len(w) < 2 for w, flag in tagged):
        return ()
    return tuple("".join(w for j, (w, _) in enumerate(tagged) if j != i) for i in range(1, len(tagged) - 1))


# jieba's tags of a maker's name that opens a model's (奇瑞|瑞虎8系列, 小鹏|G9)
MAKER_FLAGS = ("nz", "nr", "nt", "j")


@lru_cache(maxsize=1024)  # asked of the question's one name for every retrieved passage
def model_of(name: str) -> str:
    """The model a name writes after its maker (奇瑞瑞虎8系列 -> 瑞虎8系列; '' for none): an
    article names the maker once and the model alone after, so the model is the name there."""
    tagged = words.tagged(name)
    rest = name[len(tagged[0][0]):] if tagged and tagged[0][1] in MAKER_FLAGS else ""
    return rest if len(rest) >= 3 and len(tagged[0][0]) >= 2 and not KIND_RE.fullmatch(rest) else ""


def _article(chunk: Chunk) -> str:
    """The passage and its header line, without the subject place the header adds (a compiled
    document's one place is no name of each of its articles)."""
    title = chunk.title.replace(f"（{chunk.subject}）", " ") if chunk.subject else chunk.title
    return f"{title} {chunk.text}"


def lead_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """The name the question opens with (苹果, 极氪) must be written in the sentence's passage,
    its header line or an earlier retrieved passage of its article: an article that never names
    it gives another one's figure, however many of the question's words it shares."""
    name = lead_name(q)
    if not name:
        return None
    article, model = _article(chunk), model_of(name)
    maker = name[: len(name) - len(model)]
    if not written(name, article) and not long_form_written(name, article) and not named_in_article(q, stem(name), chunk) \
            and not (model and written(model, article) and (written(maker, article) or named_in_article(q, maker, chunk))):
        return Disagreement("name", name, "")
    text = chunk.text[a:b]
    if written(name, text) or (model and written(model, text)):
        return None
    # in an article naming several (a compiled report, a market round-up), a sentence naming
    # another as the subject of its clause (小鹏汽车在7月份共交付…) gives that one's figure
    return other_subject(q, text, name, opening_name)


def long_form_written(name: str, article: str) -> bool:
    """Is `name` a shortened common word (医保, tagged an abbreviation or an unknown common noun) that `article`
    writes in full (医疗保险)? A brand or an organisation (tagged nt) keeps its own spelling."""
    tags = words.tagged(name)
    return len(tags) == 1 and tags[0][1] in ("j", "n") and words.writes(name, article)


def other_subject(q: Question, text: str, name: str, opening) -> Disagreement | None:
    """A clause of `text` (which does not write `name`) opening with another subject that `opening` reads,
    neither the question's nor a form of `name`, and not one saying something (特斯拉表示, which may speak
    of the one asked): the sentence is about that one."""
    for clause in CLAUSE_RE.split(text):
        other = opening(clause.lstrip())
        if other and not SAID_RE.search(clause) and other not in q.text and stem(other) not in q.text \
                and not written(other, name):
            return Disagreement("name", name, other)
    return None


# jieba's tags of a company's or a brand's name written bare (三星电子 nz, 特斯拉 nrt, 长城汽车 nt): not a
# person's (nr), who acts for a company (任正非在深圳创立该公司), nor a place's
ACTOR_FLAGS = ("nz", "nt", "nrt")
# a company speaking (特斯拉在会上表示，…) may speak of the one asked; one that 介绍了 a product presents its own
# 18项科技成果, 两家企业: a count of things, no name (三星 is one)
COUNT_RE = re.compile(r"\d|[一二两三四五六七八九十几多]+[项个家位名条次件种类批款台辆]")
SAID_RE = re.compile(f"(?:{SAYING_RE.pattern})(?!了)")


def opening_actor(text: str) -> str:
    """The company `text` opens with as the subject of its verb (三星电子|计划在哪一年推出, 特斯拉|在AI Day上
    介绍了): a name written with a company word (`company`) or one word jieba tags as a company's or brand's,
    before a preposition or a verb of planning (NAME_END_RE); '' for none."""
    cut = NAME_END_RE.search(text)
    name = text[: cut.start()] if cut else ""
    if not 2 <= len(name) <= 12 or NO_NAME_RE.match(name) or COUNT_RE.match(name) or ASKING_RE.search(name) \
            or re.search(r"[^\w·]", name):
        return ""
    tagged, firm = words.tagged(name), company(name)
    bare = len(tagged) == 1 and tagged[0][1] in ACTOR_FLAGS
    if not (firm or bare) or places.named(name) or places.places(name) and not firm:
        return ""
    return name


def actor_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A question opening with the company that acts (三星电子计划在哪一年推出…) and a sentence that does not
    write it while a clause of it opens with another company acting (特斯拉在AI Day活动上正式介绍了其首款…):
    an article on one company names its peers, and their sentences share the question's words but
    speak of the peer. (`lead_disagreement` reads a question whose name stands before a period.)"""
    name = "" if q.english or lead_name(q) else opening_actor(q.text)
    if not name or written(name, chunk.text[a:b]):
        return None
    return other_subject(q, chunk.text[a:b], name, opening_actor)


def unwritten_firm(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """An answer's stricter reading (`subject.agreeing`): the company a question opens with (深蓝汽车是哪家车企旗下的
    品牌) must be written in the sentence's passage, its header line or an earlier retrieved passage of its article;
    one that never names it is about another (大众集团旗下的捷达品牌…)."""
    firm = "" if q.english or lead_name(q) else firm_name(opening_actor(q.text))
    if firm and not written(firm, _article(chunk)) and not named_in_article(q, stem(firm), chunk):
        return Disagreement("name", firm, "")
    return None


def firm_name(name: str) -> str:
    """深蓝汽车 of 深蓝汽车, 星河汽车 of 星河汽车全球电动汽车: the company an opening actor writes, up to its first company
    word; '' for a bare name (特斯拉: the other-subject reading's), one opening with a place or one holding a verb (星河估计Nova新公司)."""
    m = COMPANY_RE.search(name)
    firm = name[: m.end()] if m and m.start() >= 2 else ""  # not one opening with a place (中国人民银行 is written 人民银行)
    return firm if firm and company(firm) and not any(flag.startswith("v") for _, flag in words.tagged(firm)) else ""
