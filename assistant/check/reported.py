"""据本报记者李及甫报道，… / 记者王飞报道：… / 据新华社报道，…: a claim citing the report of a named
reporter or outlet.

The lead is no word of its source's sentences (they are the reporter's own words), so the claim is
read without it; and it decides only when the article of each sentence deciding it credits that
reporter (its byline, 本报记者 李及甫 or （记者 王飞）) or writes that outlet's name (新华社北京3月5日电).
A claim citing someone the article does not credit is left open, never refuted for it: the byline
may be in a passage not retrieved (but a work report's section credits no one: cited_report.py). A lead naming no one (据报道: claims.DOCUMENT_LEAD_RE; 据媒体报道)
is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import credits
from assistant.answer.organisations import organisations
from assistant.check import slots
from assistant.text import words

# 据本报记者李及甫报道，/ 李及甫报道称：/ 据新华社的报道，: who reported, then what was reported
# (周远航写道，/ 周远航在稿中写到：/ 周远航的稿子里提到，: a reporter's own words as he wrote them)
LEAD_RE = re.compile(r"^(?:据|根据)?(?P<who>[^，,。；;：:“”\s]{2,16}?)(?:的?报道(?:称|说|指出|显示)?"
                     r"|(?:在[^，,。；;：:“”\s]{1,6}(?:里|中))?写(?:道|到)|的(?:稿子|稿件|文章|报道)(?:里|中)?(?:写|提)(?:道|到))[，,：:]")
# 本报记者, 新华社记者, 本台通讯员: the role before a reporter's name
ROLE_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:记者|通讯员)")
ORG_FLAGS = ("nt", "j")  # jieba's organisation names and abbreviations (新华社)


@dataclass(frozen=True)
class Reporter:
    names: tuple[str, ...]  # the people credited (李及甫), or ()
    outlet: str = ""  # the organisation reporting (新华社), when no one is named


def lead(claim: str) -> tuple[Reporter | None, str]:
    """(who the claim says reported it, the claim without that lead), or (None, claim)."""
    m = LEAD_RE.match(claim)
    if not m:
        return None, claim
    who = m.group("who")
    role = ROLE_RE.match(who)
    named = who[role.end() :] if role else who
    people = [n for n in named.split("、") if n]  # (和, 及 are in names: 李及甫)
    if people and all(_person(n, who, bool(role)) for n in people):
        return Reporter(tuple(people)), claim[m.end() :]
    tagged = words.tagged(who)
    if not role and (organisations(who + "表示") == (who,) or (len(tagged) == 1 and tagged[0][1] in ORG_FLAGS)):
        return Reporter((), who), claim[m.end() :]
    return None, claim


def _person(name: str, lead_text: str, after_role: bool) -> bool:
    """Is it a person's name: one the speaker reader takes for a name in the lead (李及甫, 王立新 that
    jieba cuts 王|立新), or two to four characters after 记者?"""
    return name in slots.named_people(lead_text) or (after_role and 2 <= len(name) <= 4)


def credited(reporter: Reporter, article: str) -> bool:
    """Does the article (its title and retrieved passages, in_force.article_of) credit each reporter
    the claim names, or write the outlet it names?"""
    if reporter.outlet:
        return reporter.outlet in article
    found = {p.name for line in article.splitlines() for p, _ in credits.credits_in(line)}
    return all(n in found for n in reporter.names)
