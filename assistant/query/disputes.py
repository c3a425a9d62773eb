"""A question saying its sources give different figures (两篇稿子写法不同, 文中出现了两个数, 前后不一致):
what says so, and the words of that frame, which no answering sentence writes."""

from __future__ import annotations

import re

# A question that says its sources disagree (两篇稿子写法不同, 说法对不上, 分别写了多少, 该用哪个数) asks
# for each source's figure; the words that check the copy, name the pieces and say how they differ
# are its frame, as 报告 is (the answer's sentences write none of them). Such a question is answered
# only with two sources' figures (service: the versions or its parts), never with one.
DISPUTE_RE = re.compile(r"(?:写法|说法|口径|数字|数据)(?:不同|不一|打架)|不一致|对不上|有出入|矛盾|哪个数|两个数|两处|两篇|两份|各(?:报|给|写)|分别(?:写|报|给)了"
                        # 报告和县长嘴里的数字分别是多少: two sources named, each one's figure asked
                        r"|和[^，,；;？?]{1,12}的(?:数字|说法|口径)分别(?:是|为)(?:多少|几)"
                        # 给的不是一个数, 并非同一个数字: the reader says two figures differ
                        r"|(?:不是|并非|不为)(?:同)?一个(?:数|数字|数据|说法|口径)"
                        # 看到两个不一样的投资数: the reader says two figures differ
                        r"|(?:两个|两种|两处)(?:不一样|不同)的[^，,；;？?]{0,6}(?:数|数字|数据|说法)"
                        # 报告和县长的采访给出的投资额分别是多少: two pieces of writing named, each one's figure asked
                        r"|和[^，,；;？?]{1,12}(?:报告|采访|访谈|报道|文章|稿子?|讲话)(?:里|中)?[^，,；;？?]{0,4}的"
                        r"[^，,；;？?]{0,6}分别(?:是|为)(?:多少|几)"
                        # 报告与县长说的不一样, 两处写得不同: what two sources say differs (not 提的不同意见;
                        # 说的不一致 is read by 不一致 alone)
                        r"|(?:说|写|讲|报|给|提|称)(?:的|得)(?:不一样|不相同|不同(?=[，,。？?；;]|$))"
                        # 不一样，各是多少 / 有差异，哪个对: a difference, then each one's figure or the right one asked
                        r"|(?:不一样|不相同|有差别|有差异)[，,]?[^？?。；;]{0,6}(?:各(?:是|为|自)|分别|哪个(?:对|准|正确)|以哪个为准)"
                        # 把增加值写了两遍: the reader saw the figure written twice in the text
                        r"|写了?两(?:遍|回|次)"
                        # 两边的数字: the reader's two sides (two pieces, two places of one) each give one
                        r"|两边(?:的|给的|写的|报的|说的)?(?:数字|数据|数|说法|口径)")
DISPUTE_WORDS = frozenset({
    "核稿", "核对", "核实", "核查", "发现", "稿子", "稿件", "稿", "篇", "两篇", "两份", "访谈", "写法", "说法", "口径",
    "不同", "不一", "打架", "不一致", "对不上", "出入", "有出入", "矛盾", "写", "报", "给", "用", "该用", "采用",
    "各报", "各给", "各写", "各说", "数字", "数", "两个", "两处", "两种",
    "出现",  # 文中出现了两个数: the text holds two figures
    "两遍", "两回",  # 写了两遍: how often the reader saw it written
    "两边",  # 两边的数字: the two pieces the reader compared
})
# 前后不一致, 前后矛盾: earlier and later in the text, where the reader saw the two figures (not 调价前后, a
# before and after the sentence must write)
AROUND_DISPUTE_RE = re.compile(r"前后(?=(?:说法|写法|数字)?(?:不一致|不一|矛盾|对不上|有出入|打架))")
# 利润目标前后给了两个数: in a question saying its sources differ, 前后 before a verb of writing is where in the
# text the reader saw the figures (not 调价前后的价格, a before and after a sentence must write)
AROUND_WRITTEN_RE = re.compile(r"前后(?=(?:共|一共|分别|各)?(?:写|给|出现|报|提|列|用)(?:了|出|过)?)")
# 稿里列的是哪两个数: which figures, asked of a question saying its sources differ (a figure asked, no list of things)
# (写了两个数，是哪两个: the noun left out after 哪两个 is the figures the question named before it)
FIGURES_COUNTED_RE = re.compile(r"哪(?:两|二|几)个?(?:数字|数据|数值|数)(?![\u4e00-\u9fff])"
                                r"|(?:两|二|几)个(?:数字|数据|数值|数)(?![\u4e00-\u9fff])[^？?]*哪(?:两|二|几)个(?![\u4e00-\u9fff])")


def disputed(question: str) -> bool:
    """Does the question say that its sources give different figures?"""
    return DISPUTE_RE.search(question) is not None


def dispute_word(term: str, question: str) -> bool:
    """Is `term` a word of the frame of a question saying its sources differ (两个数, 前后 of 前后不一致)?"""
    return (term in DISPUTE_WORDS and disputed(question)) or (term == "前后" and around(question))


def around(question: str) -> bool:
    """Does 前后 say where in the text the reader saw two figures (前后不一致; 前后给了两个数 when it says they differ)?"""
    return AROUND_DISPUTE_RE.search(question) is not None or (disputed(question) and AROUND_WRITTEN_RE.search(question) is not None)


def without_around(text: str, question: str) -> str:
    """`text` (clauses of `question`) without the 前后 that says where the reader saw the figures (涨幅前后对不上:
    no 涨幅前, the level before a rise)."""
    text = AROUND_DISPUTE_RE.sub("", text)
    return AROUND_WRITTEN_RE.sub("", text) if disputed(question) else text


def figures_counted(question: str) -> bool:
    """Does a question saying its sources differ ask which figures they are (稿里列的是哪两个数)? It asks figures."""
    return disputed(question) and FIGURES_COUNTED_RE.search(question) is not None


def without_dispute_counts(question: str) -> str:
    """The question with its count of sources or figures blanked (出现了两个数, 两篇稿子, 两处写法不同):
    how many versions the reader saw is no figure of the thing asked, which a sentence must state."""
    return DISPUTE_RE.sub(lambda m: " " * len(m.group()) if m.group()[0] in "两二三几" else m.group(), question)
