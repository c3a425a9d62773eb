"""The words a question names a piece of writing by (邢树纲, 龙山区, 营商环境 in 那篇写龙山区营商环境的
报道), not those saying it is one (访谈, 那篇) or asking its heading (主标题): read by the heading
and interviewee steps (headings.article_asked) and by bylines (credits.titled)."""

from __future__ import annotations

import re

from assistant.query.question import Question, topic_groups
from assistant.text.script import to_simplified

# a piece of writing, or a part of one, whose heading a question may ask
# (一节, 第三节, 那一部分, 本章: a part of the text; 春节, 节目 are none)
PART = r"(?:[一这那本该此]|第[一二三四五六七八九十\d]+)[节章]|章节|小节|部分"
PIECE = rf"访谈|专访|采访|文章|报道|稿|篇|通讯|新闻|消息|评论|社论|{PART}"
_NAMES_NO_DOCUMENT = re.compile(rf"{PIECE}|标题|题目|那|这")  # 访谈, 那篇, 主标题: say what is asked, not which


def naming_groups(q: Question) -> list[tuple[str, ...]]:
    """The topic words that name the document asked (邢树纲, 龙山区, 营商环境), not those
    that say it is a piece of writing or ask its heading (访谈, 那篇, 主标题)."""
    return [g for g in topic_groups(q)
            if any(len(t) > 1 for t in g) and not any(_NAMES_NO_DOCUMENT.search(to_simplified(t)) for t in g)]
