"""The note closing a signed commentary that says who wrote it ((作者系甲省乙县县长), 作者为…).

A question asking the author's post (谈甲的那篇评论，写它的人是什么身份) is answered by that note, which writes none of
the words asking it (担任, 职务): the note holds them, as a speaker's attribution holds 介绍 for his words
(evidence.score_sentences reads both into what a sentence is given). Only the note of an article the question
points at does: the note alone says nothing of its article's subject, so the article's retrieved passages must
write most of the words the question names the piece by (甲), or another commentary's author would answer.
"""

from __future__ import annotations

import re

from assistant.answer.article_names import naming_groups
from assistant.query.question import Question

POST_ASKED_RE = re.compile(r"(?:什么|何|哪个|哪种)(?:职务|职位|身份|岗位|头衔)|(?:职务|职位|身份|岗位|头衔)(?:是|为)(?:什么|何)")
NOTE_RE = re.compile(r"作者(?:系|为|是)")
POST_WORDS = ("担任", "职务", "职位", "身份", "岗位", "头衔")  # the words a question asks a post with, held by the note
POINTED = 2 / 3  # share of the piece's naming words its article's retrieved passages write


def held_by_notes(q: Question, sentences: list) -> dict[int, str]:
    """id(sentence) -> the words asking a post it holds, for each author's note among `sentences` (evidence.Sentence)
    whose article the question points at; {} when the question asks no author's post."""
    if q.english or "作者" not in q.text or not POST_ASKED_RE.search(q.text):
        return {}
    groups = [g for g in naming_groups(q) if not any(t in POST_WORDS or t == "作者" for t in g)]
    passages: dict[tuple, dict] = {}
    for s in sentences:
        passages.setdefault((s.chunk.source, s.chunk.article), {})[s.chunk.id] = f"{s.chunk.title} {s.chunk.text}"
    out = {}
    for s in sentences:
        if NOTE_RE.search(s.text):
            article = " ".join(passages[(s.chunk.source, s.chunk.article)].values())
            if sum(any(len(t) > 1 and t in article for t in g) for g in groups) >= POINTED * len(groups):
                out[id(s)] = "，" + "，".join(POST_WORDS)
    return out
