"""What a sentence that points back (参与其中, 这一轮的投资, 此次) points to: the text before it.

磁星资本和黑石集团领衔了这一轮的投资，贝莱德集团…等也都参与其中 says who took part in the
financing an earlier sentence of its article names (CoreWeave…以H100作抵押…获得了23亿美元的债务融资);
a claim joining the two (贝莱德集团也参与了CoreWeave此次以H100作抵押的融资) finds its names and things
there. Only its names and things: what the sentence's own subject did must be in the sentence.
"""

from __future__ import annotations

import re

from assistant.text import words

# 其中 closing a clause (参与其中, 位列其中), 这一轮, 此次, 上述: the thing spoken of was named before
REFERS_BACK_RE = re.compile(r"其中(?=[，,。；;]|$)|这一轮|此轮|本轮|此次|这次|本次|上述")


def before(s, sentences, terms: tuple[str, ...], context: str) -> str:
    """The text before a sentence that points back, in its chunk and the nearest earlier chunk of its
    article among the retrieved ones; '' when the sentence does not point back, or the claim's words
    (`terms`) are all in it or its `context` already."""
    if not REFERS_BACK_RE.search(s.text) or all(t in s.text or t in context for t in terms):
        return ""
    chunk = s.chunk
    earlier = [x.chunk for x in sentences if x.chunk.source == chunk.source and x.chunk.article == chunk.article
               and x.chunk.start < chunk.start]
    nearest = max(earlier, key=lambda c: c.start).text if earlier else ""
    return f"{nearest} {chunk.text[: s.a]}"


SUBJECT_FLAGS = ("n", "nr", "ns", "nt", "nz", "j", "eng")


def acts_with_subject(body: str, verbs: list[str], text: str, has_action) -> bool:
    """Does the sentence write the claim's actions in the clause naming its subject (the names before its
    first action)? 远山基金、北辰资本等也都参与其中 has 远山基金 参与, not 领衔, which is 白鹭资本's: read with
    the text before it, the sentence says who took part in what, and no more."""
    subject = []
    for w, flag in words.tagged(body):
        if w in verbs:
            break
        if flag.startswith(SUBJECT_FLAGS) and len(w) >= 2:
            subject.append(w)
    clauses = [c for c in re.split(r"[，,；;。]", text) if subject and all(w in c for w in subject)]
    return any(all(has_action(v, c) for v in verbs) for c in clauses)
