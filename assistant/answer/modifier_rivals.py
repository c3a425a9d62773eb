"""A sibling modifier: the figure's clause writes the words the question asks about, read on
either side of the figure, after another name of the same kind than the question's.

梅花鹿产业绿色发展专项基金 asks the fund of one industry; 拨付资金2.6亿元扶持引导钢铁产业绿色发展
gives money for another (钢铁 where the question writes 梅花鹿). 几个大豆新品种 is not answered by
争取2个玉米新品种通过认定, even when the question names 玉米新品种 itself as the contrast.

The counterpart of answer/rival_words.py's rival_disagreement, which reads the clause before
the figure word by word: here the words shared may stand after the figure (a purpose, what is
counted), and the word boundary may fall inside one of jieba's words (钢铁产业 is one word, 梅花鹿
and 产业 two), so the words shared are matched by characters and the two modifiers are the
words written right before them. The question's modifier may stand in another clause of the
sentence (设立梅花鹿产业绿色发展专项基金 with no figure after 钢铁产业's money): the figure is the
clause's. A modifier is a name of something (a noun, a distinguishing
word; jieba tags some plain nouns as person names: 玉米, 梅花鹿), never a place (the place
checks'), a time, a count, a reporting word nor a verb (扶持引导钢铁产业: 钢铁 is the modifier).

A sentence may also name its own field before its figures (在新能源汽车领域，7月销量达到64.7万辆): a
field the question shares no two characters with is another group than the one asked (7月乘用车
销量), however well the measure and the period agree: domain_disagreement.

A currency may be such a modifier too: 人民币存款 asks deposits held in one currency (not a sum asked
in it, answer/siblings.py's currency check); a sentence whose sums are stated in another (储蓄总额达
3502亿欧元（约27665亿元人民币）, the bracket converting) speaks of other deposits, its changes too.
"""

from __future__ import annotations

import re

from assistant.answer.asked_names import proper_names
from assistant.answer.lead_names import opening_actor
from assistant.answer.organisations import organisations
from assistant.answer.qualifiers import two_bodies
from assistant.answer.rival_words import FUNCTION_CHARS, NOT_RIVAL_END, REPORTING
from assistant.query.question import Question, asking_clauses
from assistant.text import quantities, words
from assistant.text.sentences import clause_start

CLAUSE_RE = re.compile(r"[，,；;：:。！？!?]")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# jieba's tags of a word that names which one of a kind; nr: jieba reads some nouns as names (玉米)
NAMING = ("n", "nr", "nz", "b")
NUMERAL_RE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]")
SHARED_MIN = 3  # the words shared: at least a word and a half (新品种, 产业绿色发展), not one word (发展)


def _modifier(prefix: str) -> str:
    """The last word of `prefix` when it can name which one of a kind, else ''."""
    tagged = words.tagged(prefix)
    if not tagged:
        return ""
    w, flag = tagged[-1]
    if not words.chinese_word(w) or len(w) < 2 or flag not in NAMING or set(w) & FUNCTION_CHARS \
            or w[-1] in NOT_RIVAL_END or w in REPORTING or NUMERAL_RE.search(w):
        return ""
    return w


def _clause(text: str, f: quantities.Quantity) -> str:
    start = clause_start(text, f.start)
    end = CLAUSE_RE.search(text, f.end)
    return text[start : end.start() if end else len(text)]


def disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    return sibling_disagreement(q, text, f) or inserted_disagreement(q, text, f) or named_beside(q, text, f) \
        or domain_disagreement(q, text, f) or held_currency_disagreement(q, text) or narrower_kind(q, text, f)


def sibling_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure's clause writes words the question writes after its modifier, after another
    modifier the question does not ask about: the figure is that sibling's."""
    if q.english:
        return ""
    clause, asking = _clause(text, f), asking_clauses(q.text)
    at, tagged = 0, words.tagged(q.text)
    for i, (w, _) in enumerate(tagged):
        at += len(w)
        mine = _modifier(q.text[:at])
        if not mine or mine != w or mine in clause or mine in q.places:
            continue
        run = HAN_RUN.match(q.text, at)
        if not run:
            continue
        # one whole word shared is enough when a word follows it in the question (梅花鹿产业设的…基金 and
        # 钢铁产业绿色发展): the modifier names which one of that kind is asked
        # (not two kinds of body side by side: 高校院所 is 高校 and 院所, of which 科研院所 is one)
        word = tagged[i + 1][0] if i + 2 < len(tagged) and len(tagged[i + 1][0]) == 2 and not two_bodies(mine, tagged[i + 1][0]) else ""
        shared = next((run.group(0)[:n] for n in range(len(run.group(0)), SHARED_MIN - 1, -1)
                       if run.group(0)[:n] in clause), "") or (word if word and word in clause else "")
        if not shared:
            continue
        j = clause.find(shared)
        theirs = _modifier(clause[:j])
        if not theirs or set(theirs) & set(mine):
            continue
        if shared == word and any(len(t) > 1 and t in theirs for t in q.terms):
            continue  # one word shared is too little beside a modifier holding the question's own (招商引资 of 东丰招商)
        # a sibling the question names is its contrast only when the question asks its own modifier
        # where it asks (玉米新品种…，几个大豆新品种)
        if theirs in q.text and (theirs + shared not in q.text or theirs in asking or mine + shared not in asking):
            continue
        return f"it is of {theirs}{shared}, not {mine}{shared}"
    return ""


INSERTED_RE = r"([\u4e00-\u9fff]{2,4}?)"  # a modifier written inside the question's two words


def inserted_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Two words the question writes together, a verb and what it acts on (新增就业, 销售汽车), stand in the figure's clause only
    with a name between them the question does not write (新增残疾人就业, 销售新能源汽车): the figure
    counts that narrower group, not the whole asked. A name sharing a character with them spells them out
    (新增社会保险参保 for 新增参保, 污水管网管线 for 污水管线). A clause opening with 其中 counts a part of the
    one before it (新增残疾人就业1.2万人，其中城镇新增2000人): that one's words are its own."""
    if q.english:
        return ""
    clause = _clause(text, f)
    if clause.lstrip().startswith("其中"):
        at = clause_start(text, f.start) - 1
        clause = text[clause_start(text, at) if at > 0 else 0 : at + 1] + clause
    tagged = words.tagged(q.text)
    for (first, flag), (second, _) in zip(tagged, tagged[1:]):
        if not flag.startswith("v") or not (words.chinese_word(first) and words.chinese_word(second)) \
                or min(len(first), len(second)) < 2 \
                or first + second in clause or NUMERAL_RE.search(first + second):
            continue
        m = re.search(re.escape(first) + INSERTED_RE + re.escape(second), clause)
        between = m and words.tagged(m.group(1))
        if between and len(between) == 1 and between[0][1] in NAMING and between[0][0] not in q.text \
                and not set(between[0][0]) & (FUNCTION_CHARS | set(first + second)):
            return f"it is of {first}{m.group(1)}{second}, not {first}{second}"
    return ""


NAMED_MIN = 4  # characters of the question a neighbour's measure must write: a word and a half and more (合同引资额)
LEAD_VERBS = "为达到是共约计完成实现"  # written between a measure and its figure (合同引资额为, 签约额达)
TAIL_RE = re.compile(r"以上|左右|以内|以下|多|余")  # written after a figure that ends its clause


def named_beside(q: Question, text: str, f: quantities.Quantity) -> str:
    """Another figure of the sentence, of the same kind, is written right after the question's own measure
    (合同引资额312.285亿元，招商引资到位额57.828亿元 for 合同引资额多少): that one is the figure asked, and
    this one's measure writes a word the question does not (到位): another stage or part of the same thing.
    A measure is Chinese words (not a model's code before its figure, 酷睿i9-14900K)."""
    if q.english:
        return ""
    lead = text[clause_start(text, f.start) : f.start]
    if not any(len(w) >= 2 and words.chinese_word(w) and w not in q.text and flag[:1] in "nvba"
               for w, flag in words.tagged(lead)):
        return ""
    for g in quantities.find_quantities(text):
        end = CLAUSE_RE.search(text, g.end)
        if g.start == f.start or g.kind != f.kind or HAN_RUN.search(TAIL_RE.sub("", text[g.end : end.start() if end else len(text)])) \
                or g.text in q.text:
            continue  # 培育三年计划: a figure inside a name; 能见度小于200米时…: the question's own condition
        other = text[clause_start(text, g.start) : g.start].rstrip(LEAD_VERBS)
        named = next((other[-n:] for n in range(len(other), NAMED_MIN - 1, -1)
                      if words.chinese_word(other[-n:]) and other[-n:] in q.text), "")
        if named and named not in _clause(text, f):  # …则是80组CU单元: the measure may follow the figure
            return f"the sentence gives {named} its own figure"
    return ""


# a field a sentence puts its figures under: 在新能源汽车领域, 在存储芯片行业
# (not 方面: 在尺寸方面, 在货币供应量方面 name an aspect of the thing asked, not another group)
DOMAIN_RE = re.compile(r"在([\u4e00-\u9fff]{2,10}?)(?:领域|行业|板块)(?:中|内|上|里)?[，,]")


def domain_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The last field named before the figure shares no two characters with the question."""
    if q.english:
        return ""
    fields = list(DOMAIN_RE.finditer(text, 0, f.start))
    if not fields or words.char_pairs(fields[-1].group(1)) & words.char_pairs(q.text):
        return ""
    return f"it is of the field {fields[-1].group(1)}"


CURRENCY = "(?:" + "|".join(sorted(quantities.CURRENCIES, key=len, reverse=True)) + ")"
# a currency naming what follows it (人民币存款, 美元债券); after 多少 it is the unit a sum is asked in
HELD_IN_RE = re.compile(rf"({CURRENCY})(?=[\u4e00-\u9fff])")
ASKED_IN_RE = re.compile(r"(?:多少|几)[十百千万亿]*$")
BRACKETS_RE = re.compile(r"[（(][^）)]*[）)]")
ONE_CURRENCY = {"人民币": "元", "港币": "港元", "台币": "新台币", "美金": "美元", "印度卢比": "卢比"}


def held_currency_disagreement(q: Question, text: str) -> str:
    """The question names the currency what it asks of is held in; the sentence states its sums in
    others only (a sum in brackets converts the one before it)."""
    held = None if q.english else next((m for m in HELD_IN_RE.finditer(q.text)
                                        if not ASKED_IN_RE.search(q.text[: m.start()]) and m.group(1) != "元"), None)
    if not held:
        return ""
    sums = {ONE_CURRENCY.get(g.unit, g.unit) for g in quantities.find_quantities(BRACKETS_RE.sub("", text)) if g.kind == "money"}
    if not sums or ONE_CURRENCY.get(held.group(1), held.group(1)) in sums:
        return ""
    return f"its sums are in {'/'.join(sorted(sums))}, not {held.group(1)}"


KIND_NAMING = ("n", "nz", "b")  # a question word naming the kind of what it measures (乘用车 of 乘用车销量)
COUNTED_BEFORE_RE = re.compile(r"[0-9０-９零〇一二两三四五六七八九十]$")  # 7月份, 3号: a date or count word, no kind
# 该集团负债总额, 其公司营收: a demonstrative points the name back at the one the text speaks of, no narrower kind
POINTING_BEFORE_RE = re.compile(r"[该此其这那本]$")
# 产业招商、以商招商、要素招商: the last of kinds listed together, each named; the sentence speaks of them all
LISTED_AFTER = ("、", "和", "及", "与")
# 社会消费品零售总额, 全社会用电量: a word for the whole of a society or market covers every kind, narrows none
WHOLE_WORDS = frozenset({"社会", "全社会", "全国", "全球", "全行业", "整体", "总体", "全体"})


def narrower_kind(q: Question, text: str, f: quantities.Quantity) -> str:
    """The kind the question measures (7月乘用车销量) is written nearest before the figure only after a name the
    question does not write (新能源乘用车…销量为75万辆): the figure is of that narrower kind, not the whole asked.
    A kind is a question word naming what the noun after it measures (not 估值有多高, 全系销量), outside the names it asks (芯原股份, 小米公益基金会:
    企业芯原 and 公司小米 are the name in apposition); a place, a time or 全国 names no narrower kind."""
    if q.english:
        return ""
    tagged, before = words.tagged(q.text), text[: f.start]
    named = " ".join([*proper_names(q.text), opening_actor(q.text), *organisations(q.text)])
    for (kind, flag), (_, after) in zip(tagged, tagged[1:]):
        if flag not in KIND_NAMING or len(kind) < 2 or not words.chinese_word(kind) or kind in REPORTING \
                or not after.startswith("n") or set(kind) & FUNCTION_CHARS or kind in named:
            continue
        counted = CLAUSE_RE.split(text[f.end :], maxsplit=1)[0]
        j = before.rfind(kind) if kind not in counted else -1  # 建设10个科技创新团队: the figure counts the kind asked
        theirs = _modifier(before[:j]) if j > 0 else ""
        # a name sharing a character with the kind spells it out (污水管网管线 for 污水管线)
        ahead = before[: j - len(theirs)]
        if theirs and theirs not in q.text and theirs not in q.places and not set(theirs) & set(kind) \
                and theirs not in WHOLE_WORDS and not POINTING_BEFORE_RE.search(ahead) \
                and not COUNTED_BEFORE_RE.search(ahead) and not _coordinated_verb(before[:j]) \
                and "等" not in before[j:] and not ahead.endswith(LISTED_AFTER):  # “…产业园”等八大产业园区: an item of the list the figure counts
            return f"it is of {theirs}{kind}, not all {kind}"
    return ""


def _coordinated_verb(prefix: str) -> bool:
    """Does `prefix` end with a verb, a conjunction and a word (捕捉和解码): that word acts on what follows as the
    verb does (解码键盘), whatever jieba tags it, and names no kind of it."""
    tagged = words.tagged(prefix)
    return len(tagged) >= 3 and tagged[-2][1] == "c" and tagged[-3][1].startswith("v")
