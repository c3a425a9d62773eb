"""A question asking what someone said (说了什么, 哪句话, What saying does X quote) is answered by the
words, never by a line that only names who speaks: an interview's heading (——访市人大代表、乙县县长 丙),
an attribution with nothing after it (丙在接受记者采访时说。) or the line announcing the interview
(记者采访了市人大代表、乙县县长丙。). Such a line holds the speaker's name and roles, so it shares the
question's rarest words and may outscore the quotation itself; shown, it is a confidently wrong answer.
"""

from __future__ import annotations

import re

from assistant.answer.people import persons
from assistant.answer.said import speaker_line
from assistant.answer.subject_names import Disagreement

# 说了什么, 讲了哪些话, 用哪句话, 引用了什么诗句, 表示了什么 (not 说明了什么问题: a 说 inside 说明)
WORDS_ASKED_ZH_RE = re.compile(r"(?:什么|哪[一几]?句|哪些)(?:话|说法|诗句|名言|句子|俗语|口号|金句)"
                               r"|(?<![解听传小])(?:说|讲|谈)了?(?:些)?(?:什么|啥|哪些)(?![问])|引用了?(?:什么|哪)")
WORDS_ASKED_EN_RE = re.compile(r"\b(?:saying|sayings|quote|quoted|quotes|quotation|motto|slogan|remark|remarks)\b"
                               r"|\bwhat (?:did|does|do) [^?]{1,60}\b(?:say|tell|state)\b", re.I)
# 记者采访了市人大代表、乙县县长丙。: an interview announced; the tail names the interviewee and nothing else
INTERVIEWED_RE = re.compile(r"(?:采访|专访)了?([^，,。；;：:！!？?]{2,40})[。！!]?$")


def words_asked(q) -> bool:
    return bool((WORDS_ASKED_EN_RE if q.english else WORDS_ASKED_ZH_RE).search(q.text))


def announces_interview(text: str) -> bool:
    """Does the sentence end by naming whom a reporter interviewed, with no words of his?"""
    m = INTERVIEWED_RE.search(text.strip())
    return m is not None and any(len(p.name) >= 2 for p in persons(m.group(1)))


def speaker_only(q, chunk, a: int, b: int) -> Disagreement | None:
    """A words-asking question and a sentence that only names who speaks (`speaker_line`, `announces_interview`)."""
    if not words_asked(q):
        return None
    text = chunk.text[a:b]
    if speaker_line(text) or announces_interview(text):
        return Disagreement("asked kind", "words said", "a line naming only the speaker")
    return None
