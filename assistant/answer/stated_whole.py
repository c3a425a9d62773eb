"""The whole a question states before asking a part of it (今年34个重点项目，其中亿元以上的占几个), and whether a
sentence is read with that whole: written before the part's clause, or in the sentence before one opening with
其中. Apart from answer/count_scope.py so the sentence scorer (answer/evidence.py) reads it too."""

from __future__ import annotations

import re

from assistant.query.question import Question

# 今年34个重点项目，其中亿元以上的占几个: a question stating a whole's count and asking a part of it
# (34个重点项目当中, …之中, …中，: the partitive written after the whole)
WHOLE_STATED_RE = re.compile(r"(\d+(?:\.\d+)?|[两二三四五六七八九十百千]+)([个项家所座条台辆户名])([\u4e00-\u9fff]{2,8}?)"
                             r"(?:[，,、]?其中|当中|之中|中(?=[，,]))")
PART_VERBS = ("占", "有", "占有", "包括", "含")  # 其中…的占几个: the verb of the part, not what is counted


def whole_stated(q: Question) -> tuple[str, str]:
    """(the count, the noun) of the whole a question asks a part of (34个, 重点项目); ('', '') for none."""
    m = None if q.english else WHOLE_STATED_RE.search(q.text)
    return (m.group(1) + m.group(2), m.group(3)) if m else ("", "")


def whole_read(q: Question, sentence: str, before_sentence: str, clause_start: int = 0) -> str:
    """The whole stated (34个重点项目) when a clause of `sentence` starting at `clause_start` is read with it: written
    before the clause, or in `before_sentence` (the text before the sentence) when the sentence opens with 其中."""
    count, noun = whole_stated(q)
    if not count:
        return ""
    before = sentence[:clause_start]
    if sentence.lstrip().startswith("其中"):
        before = before_sentence + before
    read = re.search(re.escape(count) + r"[\u4e00-\u9fff]{0,6}" + re.escape(noun[-2:]), before) is not None
    return count + noun if read else ""
