"""Whose figure is it: the body (person, organisation, model) a figure's clause names.

A question asking one company's figure (or one person's, one model's) is not answered by a
sentence whose figures are all another one's: 苹果公司的新款iPhone起售价上涨100-200美元 is
苹果's even when the sentence opens 据英国巴克莱银行分析师…; 腾势N7's range is not D9's. The
owner of a figure is the body its clause names, else the one the last earlier clause of its
sentence names (上汽集团是出口冠军，上半年海外销量53.3万辆 is 上汽's). A company news writes
bare (三星, 美光) is a body by the names learned from news (learn/body_names.py). A sibling
of the asked body (one of the same kind, neither a part nor a short form of it, not named by
the question) owning every figure of the sentence makes the sentence not the answer: the
caller tries the next, else refuses. A figure no body is named before in its sentence is left
alone (its owner is its article's; the name checks of subject_names.py and organisations.py
read that).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from assistant.answer import addressed
from assistant.answer.asked_names import writer_names
from assistant.answer.organisations import ASKED_RE, abbreviates, organisations
from assistant.answer.subject_names import Disagreement, model_codes
from assistant.query.question import Question
from assistant.records import Chunk


NAMES = Path(__file__).with_name("body_names.json")


@lru_cache(maxsize=1)
def _known_names() -> re.Pattern | None:
    """The company names news writes bare (三星, 美光, Intel), learned by learn/body_names.py;
    a Latin one as a whole word (Meta, not Metaverse)."""
    names = json.loads(NAMES.read_text(encoding="utf-8"))["names"] if NAMES.exists() else []
    alternatives = (rf"(?<![A-Za-z0-9]){re.escape(n)}(?![A-Za-z0-9])" if n.isascii() else re.escape(n)
                    for n in sorted(names, key=len, reverse=True))
    return re.compile("|".join(alternatives)) if names else None


def known_companies(text: str) -> list[str]:
    """The learned company names `text` writes."""
    found = _known_names()
    return [m.group(0) for m in found.finditer(text)] if found else []


def bodies(text: str) -> dict[str, str]:
    """{name: kind} of the people, organisations and model codes (N7, i5) `text` names."""
    from assistant.answer.values import slots

    out = {s.text: "person" for s in slots(text) if s.kind == "name"}
    out.update({o: "org" for o in organisations(text) if o not in out})
    out.update({c: "org" for c in known_companies(text) if not any(c in n for n in out)})
    out.update({m: "model" for m in model_codes(text)})
    return out


def related(x: str, y: str) -> bool:
    """One name holds the other or is its short form (华为, 华为公司; 建行 of 建设银行)."""
    x, y = x.lower(), y.lower()
    return x in y or y in x or abbreviates(x, y)


def owners(text: str) -> list[dict[str, str]]:
    """For each figure of `text`, the bodies its clause names, else those of the last earlier
    clause of the sentence naming any (上汽集团是出口冠军，上半年海外销量53.3万辆 is 上汽's);
    {} for a figure no clause before it names a body for."""
    from assistant.answer.values import clause_of, slots
    from assistant.text.sentences import split_clauses

    out = []
    for s in slots(text):
        if s.kind == "figure":
            x, y = clause_of(text, s)
            named = bodies(text[x:y])
            for u, v in reversed(split_clauses(text[:x]) if not named else []):
                named = bodies(text[u:v])
                if named:
                    break
            out.append(named)
    return out


# 模组SG530C-CN，该模组搭载了展锐P7885…NPU算力达到8 TOPS: a part the asked body carries (its chip, its
# engine) is no sibling of it; the part's figures are the body's
CARRIED = r"(?:搭载|采用|配备|配置|内置|集成|装配)了?[^，,。；;]{0,12}?"


def carried(text: str, name: str, asked: dict[str, str]) -> bool:
    """Does `text` say that a body asked, written before, carries `name`?"""
    m = re.search(CARRIED + re.escape(name), text)
    return m is not None and any(x.lower() in text[: m.start()].lower() for x in asked)


def _may_address(asked: str, name: str, kind: str) -> bool:
    """李区长 asked, 李红 named: a person addressed by surname and post may be the one of that
    surname the sentence names (whether he holds the post is named_source's to read), no sibling."""
    found = addressed.address(asked) if kind == "person" else None
    return found is not None and addressed.answers_to(name, found[0])


def body_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A quantity question naming a body is not answered by a sentence each of whose
    figures belongs to a sibling of it (a body of its kind the question does not name)."""
    if q.kind != "quantity" or q.english:
        return None
    # 多少个研究院 holds what is asked for, it names no body
    # 甲的稿子: the writer named is whose piece is read, not the body whose figure is asked
    asked = {n: k for n, k in bodies(q.text).items() if not ASKED_RE.search(n) and n not in writer_names(q.text)}
    if not asked:
        return None
    text = chunk.text[a:b]
    found = owners(text)
    sibling = ""
    for named in found:
        mine = [n for n in named if any(related(n, x) or _may_address(x, n, kind) for x, kind in asked.items())]
        others = [n for n, kind in named.items() if n not in mine and n not in q.text
                  and any(k == kind and not related(n, x) for x, k in asked.items()) and not carried(text, n, asked)]
        if mine or not others:
            return None  # a figure of the asked body, or of no body the clause names
        sibling = sibling or others[0]
    return Disagreement("body", next(iter(asked)), sibling) if sibling else None
