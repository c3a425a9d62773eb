"""A question about taking a post (出任董事长) asks that post only: a sentence naming other posts (任副总经理) answers for none.
One about what someone did before taking a post (上任之前在哪家单位) asks his past: a sentence writing no past answers for none."""

from __future__ import annotations

import re

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.text import words


# A question about taking a post (哪一年出任董事长, 谁担任县长) asks about that post only.
OFFICE_ASKED_RE = re.compile(r"出任|担任|就任|升任|接任|当选|上任|任命|任职")
POST_ENDINGS = ("长", "经理", "书记", "主任", "主席", "总裁", "总监", "董事", "师", "官", "委员")


def _posts(text: str) -> list[str]:
    tagged = words.tagged(text)  # jieba cuts 副|主席: the deputy's post is 副主席
    return [("副" if i and tagged[i - 1][0] == "副" else "") + w for i, (w, flag) in enumerate(tagged)
            if flag[:1] == "n" and flag[:2] not in ("nr", "ns") and len(w) > 1 and w.endswith(POST_ENDINGS)]


def _holds(text: str, post: str) -> bool:
    """Does `text` name `post` itself: 副董事长 is another post than 董事长."""
    return any(post.startswith("副") or at == 0 or text[at - 1] != "副"
               for at in (m.start() for m in re.finditer(re.escape(post), text)))


def post_disagreement(q: Question, text: str) -> Disagreement | None:
    """A question about when or who took a post (出任董事长) is not answered by a sentence
    naming other posts only (任副总经理、总工程师): a career line is not the post asked."""
    if (earlier := earlier_disagreement(q, text)) is not None:
        return earlier
    asked_at = OFFICE_ASKED_RE.search(q.text)
    asked = _posts(q.text[asked_at.end() :]) if asked_at else []
    if not asked or any(_holds(text, p) for p in asked):
        return None
    others = _posts(text)
    return Disagreement("post", asked[0], others[0]) if others else None


# 到新区任职之前在哪里, 上任前是做什么的, 此前担任什么职务, 原来在哪里工作: what someone was before a post
EARLIER_ASKED_RE = re.compile(r"(?:任职|上任|就任|到任|调任|履新|任命|当选|加入|入职)(?:之前|以前|前)"
                              r"|(?:之前|此前|以前|原来|原先|早年)(?:在|是|担任|任|从事|就职|供职)[^，,？?。]{0,8}?(?:哪|什么|何)")
# how a sentence speaks of someone's past (曾任, 此前, 原为, 历任, 先后在, 调任, 毕业于, 从…调来)
PAST_RE = re.compile(r"曾|此前|之前|以前|原任|原为|原是|原系|历任|先后|调任|调入|调至|毕业|早年|过去|当年|前身|从[^，,。；]{1,12}(?:调|转|来)")


def earlier_disagreement(q: Question, text: str) -> Disagreement | None:
    """A question about someone's past before a post (上任前在哪家单位工作) is not answered by a sentence
    writing no past (——访某区区长 甲): his present post or words are not what he was before."""
    if q.english or not EARLIER_ASKED_RE.search(q.text) or PAST_RE.search(text):
        return None
    return Disagreement("post", "之前", "")
