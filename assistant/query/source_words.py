"""Words of a Chinese question that name the piece it asks from, not what the piece says
(and two kinds of words the piece writes otherwise: the scope 全市, the bound 底线).

A reader names where his fact stands: 政府工作报告给某市今年GDP定的增幅, 报告怎么说, 写某县
乡村旅游那篇报道的记者. The piece itself seldom writes its own kind: a section of a work
report never says 报告 (its name stands on the first page, which may not even be indexed), a
story never calls itself 报道. An interview about the report, by contrast, writes 政府工作报告
in every other sentence. Counted as topic words, these names made a report's own sections look
less on topic than the interview about it, and retrieval dropped them (retrieve/articles.py).
Pure functions.
"""

from __future__ import annotations

import re

# a written document named as where the fact stands: 报告里, 政府工作报告给, 统计公报中 (the kind
# word with the genre words glued before it); not 什么报告 (asked), 作报告, 报告期, nor the verb
# (共报告了, 向…报告)
DOCUMENT_RE = re.compile(r"(?<![哪什么么作向])((?:政府)?(?:工作)?(?:统计)?(?:报告|公报|白皮书))"
                         r"(?=[\u4e00-\u9fff，,：:])(?!会|厅|期|了|过)")
# 那篇报道, 这篇文章, 该则消息: a piece pointed at by its kind
POINTED_RE = re.compile(r"[这那该此本][一]?[篇份则条]?(报道|文章|稿子|稿件|新闻|消息|通讯|报告|公报)")
# 报道称, 据报道, 文章认为, 按报道的统计: the kind of piece as the subject that says the fact
SAYING_RE = re.compile(r"(?:^|[，,；;])(?:据|按照?|根据)?(报道|文章|稿子|新闻|消息|通讯)"
                       r"(?=称|说|认为|指出|提到|显示|里|中|的|给出|列举|预计|所说|[，,])")
# 写…那篇报道的记者: the writing of the piece pointed at, asked for its writer
WRITING_RE = re.compile(r"(?:^|[，,；;])((?:撰)?写)(?=[^，,；;？?]{1,24}[这那该此本][一]?[篇份则条])")
# 全市, 全县: the whole of the place in force, which a report's section writes in its heading
# (（某市）), not as 全市; a story of one county writes 全市 when it compares itself with the city
SCOPE_RE = re.compile(r"(全[市县区省州盟旗镇乡])(?![长委])")
# 底线是多少个, 目标下限定在多少, 投资门槛是多少: the bound of a target asked, which the sentence writes
# as 不低于, 以上, 至少 (stop words), not as a word of its own
BOUND_RE = re.compile(r"((?:底线|下限|上限|门槛)(?:定在|定为|设在|定|是|为)?)(?=[，,]?(?:是|为|在)?(?:多少|几))")


def spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names the piece it asks from."""
    out = [m.span(1) for m in DOCUMENT_RE.finditer(text)]
    out += [m.span(1) for m in POINTED_RE.finditer(text)]
    out += [m.span(1) for m in SAYING_RE.finditer(text)]
    out += [m.span(1) for m in WRITING_RE.finditer(text)]
    out += [m.span(1) for m in SCOPE_RE.finditer(text)]
    out += [m.span(1) for m in BOUND_RE.finditer(text)]
    return out


def naming_words(text: str, terms) -> set[str]:
    """The terms that stand in `text` only where it names the piece asked from (政府工作报告给…:
    政府, 工作, 报告; 市政府的投资 keeps 政府, written outside the name too)."""
    found = spans(text)
    named = [text[a:b] for a, b in found]
    rest = text
    for a, b in sorted(found, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    return {t for t in terms if any(t in n for n in named) and t not in rest}
