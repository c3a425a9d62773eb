"""The kind of named thing a 什么/哪种 question asks one of (哪项技术 -> 技术, 主题是什么 -> 主题), and where a
sentence writes the name: before the kind or after it. Read by asked_kind (which candidate names one),
subject_names (a Latin name before the kind is the answer, not what the sentence is about) and evidence (a name
written by the kind's short form, 惯性约束法 for 哪种方法, holds the question's word 方法). The members a 哪几条/哪些
question asks, which a sentence only counting them (`only_counted`) or only counting again the thing the question
asks them of (`premise_count_only`) does not name, are read by asked_names."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.question import Question
from assistant.text import words

# 哪种方法, 什么省级基地, 哪项技术: one thing of the kind asked is written with its name before its kind (惯性约束法,
# 吉林省化药创新基地, 堆肥化利用技术体系); 主题是什么, 主题定的是什么: after the kind, as what it is (主题为“…”).
# A lead that shares the question's other words but writes no such kind (推动医药健康产业精细化发展) cannot say
# which one, as with a programme (asked_kind.py).
KIND_AFTER_RE = re.compile(r"(?:什么|哪一?[个项种类家所座款部])([\u4e00-\u9fff]{2,8})")
KIND_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{2})(?:定的|的|就|则|又)?[是为]什么")
# words that ask a time, a place, a person or an office, not a kind of named thing (什么时候, 什么地方, 担任什么职务),
# and kinds whose one is named without the kind (哪个部门: 产业通商资源部; 哪家企业: 华纺科技; 哪个国家: 法国)
PLACEHOLDERS = frozenset({"时候", "时期", "时间", "时代", "地方", "地区", "原因", "问题", "事情", "东西", "职务", "职位",
                          "身份", "人物", "意思", "部门", "机构", "单位", "组织", "企业", "公司", "政府", "媒体",
                          "国家", "城市", "省份"})


def asked_thing(q: Question) -> tuple[str, str]:
    """(the kind a 什么/哪种 question asks one of, 'after' or 'before': where the sentence writes
    the name), or ('', '') when it asks none: 哪项技术 -> (技术, after), 主题是什么 -> (主题, before)."""
    if m := KIND_AFTER_RE.search(q.text):
        run = []
        for word, flag in words.tagged(m.group(1)):
            if flag[:1] not in ("n", "j", "b"):
                break
            run.append((word, flag))
        nouns = [w for w, f in run if f[:1] == "n" and len(w) >= 2]
        return (nouns[-1], "after") if nouns and nouns[-1] not in PLACEHOLDERS else ("", "")
    if m := KIND_BEFORE_RE.search(q.text):
        tagged = words.tagged(m.group(1))
        if len(tagged) == 1 and tagged[0][1][:1] == "n" and m.group(1) not in PLACEHOLDERS:
            return m.group(1), "before"
    return "", ""


WRITTEN_SHORT = {"方法": "法", "办法": "法"}  # a method is named X法 (惯性约束法, 排除法)
NOUNISH = ("n", "vn", "j", "eng")  # tags of the words a name is made of (吉林省化药, 惯性约束, 堆肥化利用)
QUOTE_CLOSE = "”」』》\""


def named_before(question: str, text: str, kind: str) -> bool:
    """Does `text` write `kind` with a name before it the question does not write: a noun among the two words
    right before it (化药创新基地, 惯性约束法, “464”格局), not a verb alone (提升企业) or a measure (哪种方法)?"""
    tagged = list(words.tagged(text))
    for i, (word, _) in enumerate(tagged):
        if not word.endswith(kind) or word in WRITTEN_SHORT:  # 方法 itself names no method
            continue
        before = [w for w, _ in tagged[max(0, i - 2) : i]]
        flags = [f for _, f in tagged[max(0, i - 2) : i]]
        if before and (before[-1][-1] in "，,。；;：:、" or before[-1] == "等"):  # 甲、乙等指标: a list, not one named
            continue
        name = "".join(before) + word
        if name in question:
            continue
        if (len(word) > len(kind) and word not in question) or (before and before[-1][-1:] in QUOTE_CLOSE) \
                or any(f.startswith(NOUNISH) for f in flags):
            return True
    return False


def kind_named(kind: str, question: str, text: str) -> str:
    """`kind` (`asked_thing`'s, read after the asking word) when `text` names one by its short form (惯性约束法 for
    哪种方法), else '': the question's topic word 方法 is held by the name, which writes no 方法."""
    short = WRITTEN_SHORT.get(kind)
    return kind if short and named_before(question, text, short) else ""


# 甲地文旅能火，先天条件是什么: the clauses before the asking one set the premise. A sentence with a clause that
# writes the premise again (甲地文旅“火”了，让人们…) and no word of the asking clause (先天, 条件) answers what
# the question already says, not what it asks; a word of cause (得益于, 因为) gives what made the premise so, which a
# question asking its condition, cause or key (条件, 原因, 关键是什么) asks in other words
ASKING_CLAUSE_RE = re.compile(r"[，,]([^，,]+?)(?:是|为|有|指)(?:什么|啥)[？?。]?$")
CAUSE_RE = re.compile(r"因为|由于|得益于|源于|在于|归功于|归因于|原因|缘于|所以|因此|离不开|靠")
SPLIT_RE = re.compile(r"[，,；;。！!？?：:]")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
RESTATED = 0.6  # share of a clause's characters inside the premise's words that makes it the premise again
QUOTED = re.compile(r"[“「『《]([^“”「」『』《》]{2,16})[”」』》]")  # a name or term the text sets in quotes
NAME_ASKED_RE = re.compile(r"称|缩写|名字|叫法|提法")  # an asking clause asking what a thing is called (简称, 名称)


def restates_premise(q: Question, text: str) -> str:
    """The asking clause's words when `text` restates a 什么 question's premise and writes none of them, else ''."""
    m = ASKING_CLAUSE_RE.search(q.text) if not q.english else None
    if not m:
        return ""
    asked = [w for w, f in words.tagged(m.group(1)) if len(w) >= 2 and words.chinese_word(w)]
    premise = [w for w, _ in words.tagged(q.text[: m.start()]) if len(w) >= 2 and words.chinese_word(w)]
    # 今年要建20个的是什么: a text writing the asking clause's figure (建设甲类设施20个) answers it, whatever its verb
    figures = re.findall(r"\d+(?:\.\d+)?", m.group(1))
    # a name asked (简称为什么) and a term quoted that the question does not write (力争“四率”保持前列): the name
    named = NAME_ASKED_RE.search(m.group(1)) and any(n.group(1) not in q.text for n in QUOTED.finditer(text))
    if not asked or not premise or named or any(w in text for w in asked) or CAUSE_RE.search(text) \
            or any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d.])", text) for f in figures):
        return ""
    for clause in SPLIT_RE.split(text):
        han = HAN_RE.findall(clause)
        covered = [False] * len(clause)
        for w in premise:
            for found in re.finditer(re.escape(w), clause):
                covered[found.start() : found.end()] = [True] * len(w)
        if len(han) >= 4 and sum(covered) >= RESTATED * len(han):
            return "".join(asked)
    return ""


# 定位成什么年, 发展方向是什么化: a one-character noun closing the clause after 什么 asks a word ending in it
# (攻坚年, 轻量化), which a sentence not writing that character cannot give (什么样, 什么的, 什么人 ask no such word)
SUFFIX_ASKED_RE = re.compile(r"什么([\u4e00-\u9fff])(?=[？?，,。！!；;]|$)")
NOT_SUFFIX = "的样呢吗了啊呀吧人是名"  # 那支球队起的是什么名: a name asked, any name, not a word ending in 名


def suffix_asked(q: Question) -> str:
    m = SUFFIX_ASKED_RE.search(q.text) if not q.english else None
    return m.group(1) if m and m.group(1) not in NOT_SUFFIX else ""


def ends_a_word(suffix: str, text: str) -> bool:
    """Does `text` write a word ending in the character asked (攻坚年, 改革深化年, 轻量化), or a two-character noun
    it opens closing a phrase (保障网络: a 网络 is a 网 as a 交通网 is), not only the character inside another word
    (未成年人, 网点布局) or closing a date or a count (2024年, 今年, 两年)?"""
    tagged = list(words.tagged(text)) if suffix in text else []
    for i, (w, f) in enumerate(tagged):
        before = tagged[i - 1] if i else ("", "x")
        modified = bool(re.fullmatch(r"[\u4e00-\u9fff]+", before[0])) and before[1][:1] not in DATED_TAGS
        if w == suffix:
            if modified:
                return True
        elif w.endswith(suffix) and f[:1] not in DATED_TAGS:
            return True
        elif w.startswith(suffix) and modified and opens_a_head(tagged, i):
            return True
    return False


def opens_a_head(tagged: list, i: int) -> bool:
    """Is the word at i a two-character noun ending its phrase (民生保障网络，), so the noun the phrase names? One a
    noun follows (网点布局, 年度计划) only modifies that noun; a longer word (年产值, 网格化) names a kind of its own."""
    w, f = tagged[i]
    after = tagged[i + 1] if i + 1 < len(tagged) else ("", "x")
    return len(w) == 2 and f == "n" and not after[1].startswith(("n", "v"))


DATED_TAGS = "tm"  # jieba's time words (今年, 近三年) and numerals (两年, 2024年)


# 哪项工艺, 哪几条绿道, 哪些企业: which members of a kind are asked, by their names. A sentence writing
# the measure asked only in a count (新修通5条绿道, 展出的16项工艺) tells how many, not which; shown, it
# answers a question it does not. Not an ordinal (第3条: one named by its number), nor a count whose members are
# written too: listed (甲、乙等3家), set out after it (分别是, 其中, 包括, 即, a colon) or in a quoted name, or the
# kind written with a name of its own (甲技术); nor a sentence with another clause writing the question's
# predicate (5家入选，甲厂居首), or the count's clause its superlative: that may name the one asked.
# (not 哪三个方面: a question writing how many follows a lead counting them, 在三个方面用力：…, whose lines name them)
MEMBER_ASKED_RE = re.compile(r"哪[一几]?([项条家个所位款种类批座件部支名间门])|哪些")
# measures that count anything (3个方面, 两类问题): such a count holds the asked kind only written right after it
LOOSE_MEASURES = "个种类"
NUMERAL = "一两二三四五六七八九十百千"
COUNT_RE = rf"(?<![第前\d.{NUMERAL}])(?:\d+|[{NUMERAL[1:]}几][{NUMERAL}]*)(?:余|多)?"
MEASURES = "个种类项条家所位款批座件部支名间门届次场只台辆处"
# the members written beside the count: listed, set out after it, or one of them named (甲是5家…之一)
SET_OUT_RE = re.compile(r"[、：:]|等|分别|其中|包括|包含|即|如下|涵盖|依次|为首|为代表|之一")
JOINED_RE = re.compile(r"[与和及同跟]")  # 甲与乙是最大的两家: the members joined before the count
CLAUSE_RE = re.compile(r"[，,。；;！!？?]")
QUOTE_RE = re.compile(r"[“「『《\"]([^“”「」『』《》\"]{2,20})[”」』》\"]")
COUNTED_REACH = 10  # characters between a count and the kind it counts (5条绿道, 16项传统手工工艺)


def member_asked(q: Question) -> tuple[str, str]:
    """(measure, kind) of a 哪+measure / 哪些 question asking which members of a kind: 哪项工艺 -> (项, 工艺),
    哪些企业 -> ('', 企业); ('', '') when it asks none."""
    return ("", "") if q.english else _member_asked(q.text)


@lru_cache(maxsize=256)  # read for every candidate sentence of one question: tag its asking words once
def _member_asked(question: str) -> tuple[str, str]:
    m = MEMBER_ASKED_RE.search(question)
    if not m:
        return "", ""
    run = []
    for word, flag in words.tagged(question[m.end() : m.end() + 12]):
        if flag[:1] not in ("n", "j") or not words.has_cjk(word):
            break
        run.append(word)
    kind = run[-1] if run and len(run[-1]) >= 2 else ""
    return m.group(1) or "", kind


def only_counted(q: Question, text: str) -> str:
    """The count by which `text` writes the members a 哪项/哪几/哪些 question asks (5条绿道), when it names none of
    them; '' otherwise."""
    measure, kind = member_asked(q)
    if not kind or SET_OUT_RE.search(text):
        return ""
    if measure and measure not in LOOSE_MEASURES:
        counted = re.compile(COUNT_RE + re.escape(measure))
    else:
        counted = re.compile(COUNT_RE + rf"[{MEASURES}](?:[^，,。；;]{{0,{COUNTED_REACH}}}?){re.escape(kind)}")
    found = counted.search(text)
    # the kind written with a name of its own, the counts taken out (5条绿道 writes no name of one)
    if not found or named_before(q.text, counted.sub("，", text), kind) or _quoted_name(text, kind):
        return ""
    lo = max((c.end() for c in CLAUSE_RE.finditer(text, 0, found.start())), default=0)
    asking = MEMBER_ASKED_RE.search(q.text).start()
    # 上级哪一条守则: a count where the question asks (省里三条守则) is a numbered name, the one asked
    named_count = asking >= 2 and text[found.start() - 2 : found.start()] == q.text[asking - 2 : asking]
    if JOINED_RE.search(text, lo, found.start()) or named_count:
        return ""
    predicate = [w for w, f in words.tagged(q.text[q.text.find(kind) + len(kind) :]) if len(w) >= 2 and f[:1] in "nva"]
    hi = next((c.start() for c in CLAUSE_RE.finditer(text, found.end())), len(text))
    others = text[:lo] + text[hi:]
    # a superlative picks one out of the group counted (11个城市中人口最多的): its clause may name that one
    picked = re.findall(r"最[\u4e00-\u9fff]", q.text[q.text.find(kind) + len(kind) :])
    return "" if any(w in others for w in predicate) or any(w in text[lo:hi] for w in picked) else found.group()


def _quoted_name(text: str, kind: str) -> bool:
    """Does `text` quote a name (a phrase not only of verbs: “甲乙”, not “牵手”) holding the kind or right before it?"""
    for m in QUOTE_RE.finditer(text):
        nominal = any(f[:1] in ("n", "j", "e") or f == "eng" for _, f in words.tagged(m.group(1)))
        if nominal and (kind in m.group(1) or kind in text[m.end() : m.end() + 4 + len(kind)] or kind not in text):
            return True
    return False


# 镇里新添的20辆环卫车，会分到哪几个社区: which members of a kind are asked about a thing the clauses before
# the asking one count. A sentence writing that count again (添置环卫车20辆) and nothing of the asking clause (分到,
# 社区, not even the kind's last character: 东坪区 writes one), nor a name, a list or a quote, says what the
# question already has, not which.
WHICH_CLAUSE_RE = re.compile(r"[，,]([^，,]*?哪(?:[一几些两二三四五六七八九十])?[^，,？?。]*)[？?。]?$")
PROPER_FLAGS = ("nr", "ns", "nt", "nz", "eng", "j")


def premise_count_only(q: Question, text: str) -> str:
    """The count of a 哪几/哪些 question's premise (20辆) `text` writes with nothing of what it asks, else ''."""
    kind = member_asked(q)[1]
    m = WHICH_CLAUSE_RE.search(q.text) if kind else None
    own = [f for f in q.figures if m and f in q.text[: m.start()] and re.search(rf"(?<![\d.]){re.escape(f)}", text)]
    if not own or kind[-1] in text or SET_OUT_RE.search(text) or any(t.group(1) not in q.text for t in QUOTE_RE.finditer(text)):
        return ""
    asked = [w for w, _ in words.tagged(m.group(1)) if len(w) >= 2 and words.chinese_word(w) and "哪" not in w]
    named = any(f.startswith(PROPER_FLAGS) and len(w) >= 2 and w not in q.text for w, f in words.tagged(text))
    return own[0] if asked and not named and not any(w in text for w in asked) else ""
