"""Words of a question that say where the answer was read or who wrote it (报告强调, 记者提到的,
作者回忆, 文章最后, 新华社评论看来, 付晓娟采写的访谈开头, 生态修复那段), not what it is about.

A reader asks about a document in its writer's frame; the sentence that answers rarely writes
the frame (the report does not write 报告强调 before each line), so such a word counts for a
sentence that writes it and is not held against one that does not. A frame word right after
the asking phrase (哪位记者, 什么报告) is what is asked about, and counts as any other word.

An item asked by its place in a numbered list (第十项工作, 打头那一项) is the sentence the
document marks with that numeral ((十)…, 一是…), which writes neither 第十 nor 项 (`item_reference`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# a question saying its sources disagree (query/disputes.py): its frame words are read here (frame_word)
from assistant.query.disputes import AROUND_DISPUTE_RE, DISPUTE_RE, DISPUTE_WORDS, around, disputed, dispute_word, figures_counted, without_around, without_dispute_counts  # noqa: F401
from assistant.ingest.sections import heading_level
from assistant.query.sections import heads_part, in_section, section_span
from assistant.text import words

# the writer and the piece (报告, 文章, 记者, 访谈, 稿), its parts (开头, 那段), and the verbs that report what they say
WRITERS = frozenset({"报告", "报道", "文章", "文中", "原文", "作者", "记者", "评论", "稿件", "通报", "公报"})
FRAME_WORDS = WRITERS | frozenset({
    "说", "讲", "谈", "时说", "提到", "讲到", "谈到", "说到", "提及", "写道", "强调", "指出", "表示", "认为",
    "看来", "回顾", "回忆", "点名", "介绍", "形容", "描述", "表达", "概括",
    "访谈", "专访", "稿", "稿子", "采写", "撰写", "执笔", "开头", "结尾", "末尾", "那段", "这段", "该段", "段落",
    "采访", "讲话", "笔下", "给出", "报出",
})


class Weights(dict):
    """A question's topic-word groups -> weight (answer/topic_coverage.term_weights), with the groups
    only a sentence writing them counts: its frame words."""
    optional: frozenset = frozenset()
    item: tuple = ()  # the markers of an item asked by its place (`mark`)
    passage: bool = False  # read over a whole passage, where the item's marker holds no sentence


def item_held(weights, group: tuple, text: str) -> float | None:
    """How far `text` holds `group` when it is the markers of the item asked (a sentence opening
    with one); None for any other group."""
    if group != getattr(weights, "item", None):
        return None
    return 0.0 if weights.passage else float(text.lstrip().startswith(group))


def in_passage(weights: Weights) -> Weights:
    """`weights` as read over a sentence's whole passage (`item_held`)."""
    if not isinstance(weights, Weights) or not weights.item:
        return weights
    whole = Weights(weights)
    whole.optional, whole.item, whole.passage = weights.optional, weights.item, True
    return whole


ASKED_BEFORE = r"(?:哪|什么)[^，,；;？?\s]{0,2}$"
# spans of a question that are frame as a whole: the writer named before the piece (付晓娟采写的,
# 李及甫的东丰稿: a byline writes the name, the sentence that answers does not); 谈到…时 (where in
# the piece); 点了…的名 (点名 split around what is named)
# (在甲笔下, 甲写某事时, 甲给出的数据: a byline or the speaker's line names him, the figure's sentence does not)
WRITER_RE = re.compile(r"(?:采写|撰写|执笔|写|给出|报出?)的|的[^，,；;？?的]{0,6}?(?:稿|访谈|专访|报道|文章)|笔下|写[^，,；;？?]{1,12}时[，,]")
# the passage named by what it is about (生态修复那段: its heading says so, not its every sentence);
# the generic noun of what a list holds (整治的对象有哪些)
FRAME_SPAN_RES = (re.compile(r"(?<=[谈讲说提])(?:到|起|及)?[^，,；;？?]{1,12}(时)(?=[，,])|(写)[^，,；;？?]{1,12}(时)(?=[，,])"),
                  # where in the piece (收尾部分, 开篇处): the piece does not write its own place in it
                  re.compile(r"(?<!什么)(?<!哪)((?:开头|开篇|结尾|末尾|收尾|结语)(?:部分|处|段)?)(?![\u4e00-\u9fff]{0,2}[是为](?:什么|哪))"),
                  re.compile(r"(点)了?[^，,；;？?]{1,8}的(名)"),
                  re.compile(r"(?:^|(?<=[，,；;]))([^，,；;？?]{1,12})(?=(?:那|这|该)(?:段|部分)[，,])"),
                  re.compile(r"(对象|内容|方面|事项)(?=(?:有|是|包括)?(?:哪些|哪几|什么))"),
                  # the asker's own estimate before asking the exact figure (销量几乎翻倍，具体增幅是多少):
                  # the sentence states the figure, not the estimate
                  re.compile(r"((?:几乎|将近|接近|差不多|近乎|超过|大约|足足)?(?:翻了?[一两三]?(?:倍|番)|过半|减半|腰斩))"
                             r"(?=[，,][^，,？?]{0,4}(?:具体|确切|到底|实际|究竟|准确))"))


# 多大规模, 多大的体量: a size asked by no measure of its own; the figure states it, the sentence need not write the noun
SIZE_ASKED_RE = re.compile(r"多大的?(规模|体量)")


# The asker's own level of government (市里, 县里, 我市, 本县): the document writes its place (全市,
# 我市) or nothing, never 市里; a sentence writing one of those holds it, one writing none is not
# held against (the place check, on the question's named places, is what keeps another city out).
LEVEL_WORD_RE = re.compile(r"[省市县区镇乡村]里|(?:我|本|该|全)[省市县区镇乡村]")
# Where a figure stands in the asker's words, not what it is of: a preposition or conjunction before
# a noun (企业跟高校), not a comparison's 比; a demonstrative (这块, 那边, 其中), a postposition (问题上, 报道里, 之间) and the
# topic marker 方面 / 这块 after a noun (设施农业方面，…). Read by jieba's tag in the question.
FILLER_TAGS = ("p", "c")
COMPARATIVES = frozenset({"比", "较", "比起", "相比", "对比"})  # 比全国: what a change is measured against
QUOTES = frozenset("“”‘’\"'《》「」")
POSTPOSITIONS = frozenset({"上", "里", "中", "内", "间", "之间", "之中", "当中", "之内", "境内", "其中"})
TOPIC_MARKERS = frozenset({"方面", "这块", "那块", "这边", "那边", "这方面", "一块"})
ASKERS = frozenset({"我们", "咱们", "咱", "我"})  # the asker (咱们县): the document writes its place, not them


def _nominal(flag: str) -> bool:
    return flag[:1] == "n" or flag in ("vn", "j", "l")  # 投资跟消费: a verbal noun is a noun here


# a topic marker right after a numeral or an asking word (几个方面) is what is counted
COUNTED_BEFORE_RE = re.compile(r"(?:哪|几|多少|什么|各|[\d一二三四五六七八九十两])[个项类]?$")


@lru_cache(maxsize=1024)
def _tokens(question: str) -> tuple[tuple[int, str, str], ...]:
    """(start, word, flag) of the question's words, read once per question (`filler` asks for each of its terms)."""
    at, tokens = 0, []
    for word, flag in words.tagged(question):
        tokens.append((at, word, flag))
        at += len(word)
    return tuple(tokens)


def filler(term: str, question: str) -> bool:
    """Is `term` a function word of `question`'s phrasing (see FILLER_TAGS): neither held nor
    missed by a sentence. A topic marker right after a numeral or an asking word is what is
    counted (几个方面), not filler."""
    tokens = _tokens(question)
    for i, (start, word, flag) in enumerate(tokens):
        if word != term:
            continue
        before = tokens[i - 1][2] if i else "x"
        after = next((f for _, w, f in tokens[i + 1 :] if w not in QUOTES), "x")
        if flag in FILLER_TAGS and _nominal(after) and word not in COMPARATIVES:  # 企业跟高校, 跟“新能源”; not 比上年, 用了
            return True
        if flag in ("f", "s", "r") and word in POSTPOSITIONS or word in ASKERS:
            return True
        if flag == "q" and i and tokens[i - 1][1] in ("这", "那", "该"):  # 那份报告: the classifier of a demonstrative
            return True
        if i and (word in TOPIC_MARKERS or (flag == "r" and word[:1] in "这那")):  # after a noun (这块地 opens a noun)
            return not COUNTED_BEFORE_RE.search(question[:start])
    return False


def level_group(term: str) -> tuple[str, ...]:
    """市里 -> the ways a document writes its own level (全市, 我市, 本市); () for any other word."""
    if not LEVEL_WORD_RE.fullmatch(term):
        return ()
    level = term[1] if term[0] in "我本该全" else term[0]
    return (term,) + tuple(f"{w}{level}" for w in "全我本该" if f"{w}{level}" != term)


def frame_word(term: str, question: str, asks_person: bool = False, asks_figure: bool = False) -> bool:
    """Is `term` of `question` only its frame (see the module's doc)? Who said it is what a person
    question asks (哪位负责人说要…): there a verb of saying is a topic word the sentence must write.
    The words of a disputed question asking a figure (`disputed`) are its frame wherever they stand
    (哪个数); a list of sentences (文中给出了哪两个数) is still chosen by all its words."""
    if asks_figure and dispute_word(term, question):
        return True
    if asks_figure and term in SIZE_ASKED_RE.findall(question):  # 多大体量: the figure states the size (300亿级)
        return True
    if filler(term, question) or level_group(term) or _glued_frame(term, question, asks_person):
        return True
    at = question.find(term)
    if not asks_person and at >= 0 and any(a <= at and at + len(term) <= b for a, b in _frame_spans(question)):
        return True
    if _section_only(term, question):
        return True
    if term not in (WRITERS if asks_person else FRAME_WORDS):
        return False
    return at < 0 or not re.search(ASKED_BEFORE, question[:at])


def _glued_frame(term: str, question: str, asks_person: bool) -> bool:
    """A topic word jieba glued from frame pieces (采访中说 -> 中说, 那篇文章 -> 篇文章): each piece
    frame, filler or a classifier, one at least a frame word."""
    pieces = words.tagged(term)
    if len(pieces) == 1 and len(term) > 2 and term[0] in "篇份则" and term[1:] in FRAME_WORDS:
        pieces = ((term[0], "q"), (term[1:], "n"))  # (那)篇文章: jieba keeps the classifier on the piece
    if len(pieces) < 2 or term not in question:
        return False
    frame = [w in (WRITERS if asks_person else FRAME_WORDS) or filler(w, question) for w, _ in pieces]
    return any(frame) and all(f or flag in ("q", "m") for f, (_, flag) in zip(frame, pieces))


# the words a document's name is made of (政府工作报告, 新华社评论, 年度统计公报): nouns glued before the piece
NAME_TAGS = ("n", "vn", "nt", "nz", "j", "l")


@lru_cache(maxsize=1024)
def _frame_spans(question: str) -> tuple[tuple[int, int], ...]:
    """The question's frame spans, read once per question (`frame_word` asks for each of its terms)."""
    spans, tokens = [], _tokens(question)
    for i, (at, word, flag) in enumerate(tokens):  # a person's name right before 采写的 / 的…稿
        if flag == "nr" and WRITER_RE.match(question, at + len(word)):
            spans.append((at, at + len(word)))
        # the document named by its full name: 政府工作报告 is cut 政府/工作/报告, the words before the
        # piece are its name, not the topic (not after an asking word: 什么工作报告)
        if word in WRITERS and not re.search(ASKED_BEFORE, question[:at]):
            j = i
            while j > 0 and tokens[j - 1][2] in NAME_TAGS and not re.search(ASKED_BEFORE, question[: tokens[j - 1][0]]):
                j -= 1
            if tokens[j][0] < at:
                spans.append((tokens[j][0], at))
    for pattern in FRAME_SPAN_RES:
        for m in pattern.finditer(question):
            spans += [m.span(g) for g in range(1, pattern.groups + 1) if m.group(g)]
    if item := item_reference(question):
        spans += item[2]
    return tuple(spans)


def _section_only(term: str, question: str) -> bool:
    """畜牧养殖方面，…梅花鹿多养多少头: a word written only in the section named before asking (query/sections.py) is
    frame, the document heading that part in its own words, when the asking clause names what is counted; with no
    noun of its own (养鹅方面，…新增多少只) the section's words are what is counted, and a word it writes again
    (就业方面，…新增多少就业) is asked."""
    section = section_span(question)
    if section is not None and in_section(term, question):
        return _names_own_thing(question[section[1] :])
    # 体育这块有什么调整？…哪门课…: a word before a topic marker heads the part in the asker's words
    return heads_part(term, question) and _names_own_thing(question[question.find(term) + len(term) :])


def _names_own_thing(rest: str) -> bool:
    """Does the asking clause after a section hold a noun of two characters or more (梅花鹿, 路灯; jieba tags 梅花鹿
    a name) other than a plan's word (计划, 目标: how the figure is set, not what it counts)?"""
    clause = re.split(r"[，,]", rest, maxsplit=1)[-1]
    return any(len(w) > 1 and flag in ("n", "nz", "nr", "vn") and w not in FRAME_WORDS and w not in PLAN_NOUNS
               for w, flag in words.tagged(clause))


PLAN_NOUNS = frozenset({"计划", "目标", "任务", "规划", "打算", "要求"})


# 第十项(工作), 打头那一项, 头一项, 第一项: the item's numeral; a head word names the first
# (第三部分 of a report numbered (一)…(十) or 一、…: the part, held by its sentences through its heading, evidence.py)
ITEM_RE = re.compile(r"(?:第([一二三四五六七八九十]{1,3})(?:的(?=那))?|(?:打头|开头|排头|头)(?:的|那)?(?=一?项))(?:那)?(?:一?项|部分)")
# the clause naming the list the item is one of (报告列的十项重点工作中，…): its words are the
# list's introduction, which the item's own sentence does not repeat
AMONG_RE = re.compile(r"[^，,；;？?]{2,30}(?:中|里|当中|之中)(?=[，,])")


def item_reference(question: str) -> tuple[str, tuple[int, int], list[tuple[int, int]]] | None:
    """(the numeral, the span of the ordinal phrase, the frame spans around it: the noun it counts
    (第十项工作's 工作) and the clause naming the list) of an item asked by its place in a list;
    None when none is asked."""
    m = ITEM_RE.search(question)
    if not m:
        return None
    numeral = m.group(1) or "一"
    frame = []
    if noun := re.match(r"(?:重点|主要)?(?:工作|任务|举措|措施|内容)|重点", question[m.end():]):
        frame.append((m.end(), m.end() + noun.end()))
    if among := AMONG_RE.search(question[: m.start()]):
        frame.append(among.span())
    return numeral, m.span(), frame


def item_markers(numeral: str) -> tuple[str, ...]:
    """How a document marks its item `numeral` ((十)…, （十）…, 十是…, 第十项)."""
    return (f"({numeral})", f"（{numeral}）", f"{numeral}是", f"第{numeral}项", f"第{numeral}部分")


def mark(weights: Weights, q) -> Weights:
    """`weights` with the frame groups optional and an item asked by its place (`item_reference`)
    read as the markers of that item in place of the ordinal's own words."""
    if q.english:
        return weights
    if item := item_reference(q.text):
        numeral, (a, b), _ = item
        inside = [g for g in weights if all(a <= q.text.find(t) and q.text.find(t) + len(t) <= b for t in g)]
        if inside:
            weights.item = item_markers(numeral)
            weights[weights.item] = max(weights.pop(g) for g in inside)
    # filler is dropped (neither held nor missed, nor counted when written: 上, 里 are in every sentence);
    # the asker's level (市里) is held by the document's own spelling of it (全市, 我市)
    for g in [g for g in weights if (own := [t for t in g if t in q.text]) and all(filler(t, q.text) for t in own)
              and q.head not in g]:
        if len(weights) > 1:
            del weights[g]
    for g in [g for g in weights if len(g) == 1 and level_group(g[0])]:
        weights[level_group(g[0])] = weights.pop(g)
    # decided by the words the question writes: a sentence's spelling of one (text/paraphrases) is no frame word
    weights.optional = frozenset(g for g in weights if (own := [t for t in g if t in q.text])
                                 and all(frame_word(t, q.text, q.kind == "person", q.kind == "quantity") for t in own))
    return weights


def item_first(q, ranked: list) -> list:
    """`ranked` (candidates, best first, each with its rules score in factors['rules']) with the
    sentence opening with the marker of the item asked (`item_reference`) moved first, when the
    rules support it best of all: the learned selector favours a sentence of the item's
    elaboration, which writes the question's words as often and says less of what is asked."""
    item = None if q.english else item_reference(q.text)
    part = not q.english and section_span(q.text) is not None  # 某某那节，…: a numbered heading line names its part too
    if (item is None and not part) or len(ranked) < 2:
        return ranked
    rules = [sc.factors.get("rules", sc.score) for sc in ranked]
    at = max(range(len(ranked)), key=rules.__getitem__)
    text = ranked[at].sentence.text.lstrip()
    if at == 0 or not (text.startswith(item_markers(item[0])) if item else heading_level(text)):
        return ranked
    return [ranked[at]] + ranked[:at] + ranked[at + 1 :]
