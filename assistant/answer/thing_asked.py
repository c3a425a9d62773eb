"""The kind of named thing a 什么/哪种 question asks one of (哪项技术 -> 技术, 主题是什么 -> 主题), and where a
sentence writes the name: before the kind or after it. Read by asked_kind (which candidate names one),
subject_names (a Latin name before the kind is the answer, not what the sentence is about) and evidence (a name
written by the kind's short form, 惯性约束法 for 哪种方法, holds the question's word 方法)."""

from __future__ import annotations

import re

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


def restates_premise(q: Question, text: str) -> str:
    """The asking clause's words when `text` restates a 什么 question's premise and writes none of them, else ''."""
    m = ASKING_CLAUSE_RE.search(q.text) if not q.english else None
    if not m:
        return ""
    asked = [w for w, f in words.tagged(m.group(1)) if len(w) >= 2 and words.chinese_word(w)]
    premise = [w for w, _ in words.tagged(q.text[: m.start()]) if len(w) >= 2 and words.chinese_word(w)]
    # 今年要建20个的是什么: a text writing the asking clause's figure (建设甲类设施20个) answers it, whatever its verb
    figures = re.findall(r"\d+(?:\.\d+)?", m.group(1))
    if not asked or not premise or any(w in text for w in asked) or CAUSE_RE.search(text) \
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
