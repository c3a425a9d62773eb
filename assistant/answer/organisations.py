"""Subject agreement for an organisation a question names (华为公司, 长城汽车, 西贡商信银行):
the sentence must be about that one, not another of its kind (`subject.disagreement` runs
`org_disagreement` after its place, year, period and person checks)."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from assistant.answer.subject_names import Disagreement, article_before, in_force, named_in_article
from assistant.query.question import Question
from assistant.query.sections import heads_part
from assistant.records import Chunk
from assistant.text import places, words
from assistant.text.words import char_pairs

ORG_SUFFIX = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "银行", "大学", "学院", "医院", "研究院",
              "研究所", "协会", "学会", "委员会", "基金会", "交易所", "电视台", "报社")
ORG_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}?(?:" + "|".join(ORG_SUFFIX) + "))")

# 是一所著名的私立研究型大学: an organisation of some kind, not a named one
INDEFINITE_RE = re.compile(r"一[所家个座间](?:[^，。；、]{0,8}$|.?$)")

# 那份日军医院原始资料: a demonstrative and its classifier point back to a thing, they name nothing
DEICTIC = r"[这那][份次个家所位项座条种类批篇]"
DEICTIC_RE = re.compile("^" + DEICTIC)


@lru_cache(maxsize=4096)
def organisations(text: str) -> tuple[str, ...]:
    """Names ending like an organisation (星河科技公司), cut after the last function word
    before them (记者从|星河科技公司), then the names jieba tags as organisations
    (长城汽车) that none of those contains."""
    out = []
    for m in ORG_RE.finditer(text):
        name = re.split(r"[的在从向对和与及是为据请问将把被由了]|时候|时间", m.group(1))[-1]
        if text[m.start() - 1 : m.start()].isdigit():  # 1996年首钢总公司: a date's 年 is no part of it
            name = name.lstrip("年月日号")
        name = DEICTIC_RE.sub("", _after_verb(re.split(DEICTIC, name)[-1]))  # 苏州那个研究院: it names none
        if INDEFINITE_RE.search(text[max(0, m.start() - 4) : m.end() - len(name)] + name[:2]):
            continue
        stem = _org_key(name)[0]
        if len(stem) >= 2 and not stem.endswith("等"):  # 日产等公司: companies such as 日产, no one name
            out.append(name)
    tagged = [w for w, flag in words.tagged(text) if flag == "nt" and len(w) >= 2]
    out += [w for w in tagged if not any(w in o or o in w for o in out)]
    return tuple(dict.fromkeys(out))


def _after_verb(name: str) -> str:
    """雷诺估计Ampere新公司 -> Ampere新公司: a name does not hold a verb; what a verb before
    it says is about the name, not part of it."""
    tagged = words.tagged(name)
    # a name may open with a verb-like word (远航物流公司, 联想集团): only a verb after it cuts
    cut = max((i for i, (w, flag) in enumerate(tagged) if flag.startswith("v") and 0 < i < len(tagged) - 1),
              default=-1)
    rest = "".join(w for w, _ in tagged[cut + 1 :])
    return rest if cut >= 0 and len(_org_key(rest)[0]) >= 2 else name


def _org_key(name: str) -> tuple[str, str]:
    """(stem, suffix): 星河科技公司 -> (星河科技, 公司); a tagged name without a suffix is its own stem."""
    suffix = next((s for s in ORG_SUFFIX if name.endswith(s)), "")
    return name[: len(name) - len(suffix)], suffix


def abbreviates(a: str, b: str) -> bool:
    """A Chinese short name keeps its full name's characters in order (奥运会 of 奥林匹克运动会)."""
    short, full = sorted((a, b), key=len)
    rest = iter(full)
    return len(short) >= 2 and all(ch in rest for ch in short)


def _short_name_of(short: str, full: str) -> bool:
    """西贡商信银行 of 西贡商业信用银行: an abbreviation that keeps some of the full name's own
    middle (商信 of 商业信用); 中国银行 keeps none of 中国工商银行's and is another bank."""
    n = len(os.path.commonprefix([short, full]))
    m = len(os.path.commonprefix([short[n:][::-1], full[n:][::-1]]))
    rest = iter(full[n : len(full) - m])
    return len(full) > len(short) > n + m and all(ch in rest for ch in short[n : len(short) - m])


def _other_orgs(org: str, text: str, asked_text: str, kind: bool = False) -> list[str] | None:
    """None when `text` names `org`; else the organisations of its kind it names instead
    (another 公司; any other for a name without a suffix). `org` the `kind` asked (哪家医药企业集团): one
    sharing a pair of its stem's characters (四环医药控股集团) is one of that kind, not another."""
    stem, suffix = _org_key(org)
    if stem in text:
        return None
    return [o for o in organisations(text)
            if stem not in o and o not in asked_text and (not suffix or _org_key(o)[1] == suffix)
            and not (suffix and _short_name_of(org, o)) and not (kind and char_pairs(stem) & char_pairs(o))]


# an interrogative inside what reads as an organisation (雷耶斯哪家漫画公司, 毕业于哪所大学,
# 拥有多少个研究院): only what follows it is named (漫画公司), and often nothing is
ASKED_RE = re.compile(r"哪[一几]?[个家所些种位]?|什么|何时|何|多少|几[个家所种位]?|谁")
LIST_ASKED_RE = re.compile(r"哪(?:些|几|[两二三四五六七八九十\d]+)")
NAMED_FLAGS = ("nr", "ns", "nt", "nz")


def _kind_asked(org: str) -> bool:
    """哪些企业或其基金会, 哪两家机构: the kind of the items a list question asks for, each
    another organisation; not 哪几家丰田公司, which names whose they are."""
    m = LIST_ASKED_RE.search(org)
    return m is not None and not any(flag.startswith(NAMED_FLAGS) for _, flag in words.tagged(org[m.end():]))


def _points_back(org: str, text: str, chunk: Chunk, a: int) -> bool:
    """该银行创立于1957年，初名为越南建设银行: a sentence calling its subject 该/此/本 + the
    asked organisation's kind, in an article that names the asked one, is about that one; the
    others it names are its former names or its peers."""
    stem, suffix = _org_key(org)
    return bool(suffix) and re.search(f"(?:该|此|本|这家|这所|这个){suffix}", text) is not None \
        and stem in article_before(chunk, a)


def _unwritten_by_place(org: str, q: Question, chunk: Chunk) -> bool:
    """宁夏大学, 北京银行: an organisation named by its place and its kind. The place written alone (在宁夏举办, 宁夏农科院) does
    not name it, so an article writing neither its name nor its short form (宁大: the first characters of place and kind) nor
    naming it in an earlier passage is about another body."""
    stem, suffix = _org_key(org)
    if not suffix or not places.known_level(stem):
        return False
    article = f"{chunk.title} {chunk.subject} {chunk.text}"
    return org not in article and stem[0] + suffix[0] not in article and not named_in_article(q, org, chunk)


def org_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """An organisation the question names (华为公司, 长城汽车) must be the one the sentence
    names: a sentence about another organisation of the same kind does not answer for it,
    even in an article that names both. A sentence naming none speaks for the one its
    paragraph last named (星河公司营收…。另一家公司月亮公司…。其净利润… is 月亮公司's)."""
    text = chunk.text[a:b]
    for org in organisations(q.text):
        if _kind_asked(org):
            continue
        pieces = ASKED_RE.split(org)
        org = pieces[-1]  # 哪所大学 asks for an organisation, it names none
        if len(_org_key(org)[0]) < 2:
            continue
        if not _org_key(org)[1] and heads_part(org, q.text):  # 民族团结工作方面: a part of the document, no body
            continue
        if len(pieces) == 1 and _unwritten_by_place(org, q, chunk):
            return Disagreement("organisation", org, "")
        others = _other_orgs(org, text, q.text, kind=len(pieces) > 1)
        if others and _points_back(org, text, chunk, a):
            continue
        if others:
            return Disagreement("organisation", org, others[0])
        if others is not None and not organisations(text):
            before = in_force(chunk, a, organisations)
            others = _other_orgs(org, before, q.text, kind=len(pieces) > 1) if before else None
            if others:
                return Disagreement("organisation", org, others[0])
    return None
