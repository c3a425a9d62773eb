"""Words of a question that say where the answer was read or who wrote it (报告强调, 记者提到的,
作者回忆, 文章最后, 新华社评论看来), not what it is about.

A reader asks about a document in its writer's frame; the sentence that answers rarely writes
the frame (the report does not write 报告强调 before each line), so such a word counts for a
sentence that writes it and is not held against one that does not. A frame word right after
the asking phrase (哪位记者, 什么报告) is what is asked about, and counts as any other word.
"""

from __future__ import annotations

import re

# the writer and the piece (报告, 文章, 记者), and the verbs that report what they say
WRITERS = frozenset({"报告", "报道", "文章", "文中", "原文", "作者", "记者", "评论", "稿件", "通报"})
FRAME_WORDS = WRITERS | frozenset({
    "说", "讲", "时说", "提到", "讲到", "谈到", "说到", "提及", "写道", "强调", "指出", "表示", "认为",
    "看来", "回顾", "回忆", "点名", "介绍", "形容", "描述", "表达", "概括",
})


class Weights(dict):
    """A question's topic-word groups -> weight (answer/evidence.term_weights), with the groups
    only a sentence writing them counts: its frame words."""
    optional: frozenset = frozenset()


ASKED_BEFORE = r"(?:哪|什么)[^，,；;？?\s]{0,2}$"


def frame_word(term: str, question: str, asks_person: bool = False) -> bool:
    """Is `term` of `question` only its frame (see the module's doc)? Who said it is what a person
    question asks (哪位负责人说要…): there a verb of saying is a topic word the sentence must write."""
    if term not in (WRITERS if asks_person else FRAME_WORDS):
        return False
    at = question.find(term)
    return at < 0 or not re.search(ASKED_BEFORE, question[:at])
