"""Subject agreement for what a question names besides a place and a year: a proper name (a
person's too: no check of its own, bench.check_worth found it stopped nothing), and the part of the year (a month, a quarter, a half); an organisation is
`organisations.py`'s.

`subject.disagreement` runs these after its place and year checks. Each returns a
`Disagreement` when the candidate sentence (`chunk.text[a:b]`) is about something else than
what the question names, so the caller tries the next candidate or abstains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answer import named_things
from assistant.answer.roles import INTRODUCING_ROLE
from assistant.answer.thing_asked import asked_thing
from assistant.query.english_periods import period_text
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import periods, places, quantities, words
from assistant.text.script import to_simplified
from assistant.text.sentences import split_sentences

# jieba's tags for a person (nr, nrfg, nrt) and another proper name (nz): an organisation
# (nt) is left to the organisation check, since a long article may name it (亚洲开发银行)
# only in its first passage and abbreviate it (亚行) in the one that answers
NAME_FLAGS = frozenset({"nr", "nrfg", "nrt", "nz"})


@dataclass(frozen=True)
class Disagreement:
    """What the question names (`asked`) and what the sentence or its article speaks of
    instead (`found`, '' when nothing ties the sentence to what was asked)."""

    kind: str  # place, year, period, person, organisation, name
    asked: str
    found: str

    def __str__(self) -> str:
        instead = f" but of {self.found}" if self.found else ""
        return f"the question asks about {self.asked} ({self.kind}); the sentence is not about it{instead}"


def article_before(chunk: Chunk, a: int) -> str:
    return f"{chunk.title} {chunk.subject} {chunk.text[:a]}"


# A product or brand written in Latin letters with mixed case (iPad, Chromebook, Tiida);
# all capitals (GDP, CPI, CLTC) name indicators and standards, not subjects
LATIN_NAME_RE = re.compile(r"(?<![A-Za-z])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z][A-Za-z0-9]{2,}")
# A model code: letters then digits (x265, N7, P60, Tencent266); not a quarter or half (Q2,
# H1, not H6) and not a measure written with a decimal (PM2.5)
MODEL_RE = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z]{1,10}\d{1,4}[A-Za-z]{0,3}(?![A-Za-z0-9]|\.\d)")
PERIOD_CODE_RE = re.compile(r"[Qq][1-4]|[Hh][12]")
# A model in capitals written right after its maker's name (雷克萨斯UX, 理想L): the maker's
# last two characters and the model
MAKER_MODEL_RE = re.compile(r"([\u4e00-\u9fff]{2})([A-Z]{1,5}\d{0,4})(?![A-Za-z0-9])")


# 全新一代|MPV, 新款|LM: a generation or a vintage written before a model, no maker
NOT_MAKER_FLAGS = ("m", "q", "d", "a", "b", "r", "t")
VINTAGE_RE = re.compile(r"[新老旧改]款|全新")
# 新款揽境的: what a vintage word opens and 的 closes is a model's name, cut into characters when jieba does not know it
VINTAGE_NAME_RE = re.compile(r"(?:[新老旧改]款|全新)(?:一代)?([\u4e00-\u9fff]{2,4}?)的")


def _maker_models(text: str) -> list[tuple[str, str]]:
    """MAKER_MODEL_RE's (maker, model) pairs whose maker is written as a name (雷克萨斯UX)."""
    out = []
    for m in MAKER_MODEL_RE.finditer(text):
        tagged = words.tagged(text[: m.end(1)])
        if tagged and not tagged[-1][1].startswith(NOT_MAKER_FLAGS) and not VINTAGE_RE.search(tagged[-1][0]):
            out.append((m.group(1), m.group(2)))
    return out


ACRONYM_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,}[\u4e00-\u9fff]{2}")  # AMD处理器; not GPT-4, nor GUI alone


def latin_names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(LATIN_NAME_RE.findall(text)))


def model_codes(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m for m in MODEL_RE.findall(text) if not PERIOD_CODE_RE.fullmatch(m)))


def _given_at(q: Question, text: str) -> int:
    """Where the sentence starts giving what the question asks for (最畅销的型号是|微星MPG
    B550…, asked 主板型号有哪些): the names after it are the answer, not what it is about;
    the sentence's end when it gives nothing so."""
    m = re.search(re.escape(q.head) + r"(?:是|为|包括|有|：|:)", text) if len(q.head) >= 2 else None
    return m.end() if m else len(text)


def _kind_named_at(q: Question, text: str) -> int:
    """Where the sentence writes a Latin name right before the kind a 什么X question asks (基于Intel 7工艺, asked
    什么制程工艺): that name is the answer, not what the sentence is about; the sentence's end when it writes none."""
    kind, where = asked_thing(q)
    named = latin_named(text, kind) if where == "after" else None
    return named.start() if named else len(text)


def latin_named(text: str, kind: str):
    """Where `text` writes a Latin name (and an aside) right before `kind`: Intel 7（又名10nm++）工艺 names a 工艺."""
    return re.search(r"[A-Za-z][A-Za-z0-9 .+\-]*(?:[（(][^（）()]{0,16}[）)])?" + re.escape(kind), text) if kind else None


def latin_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A product the question names in Latin letters (iPad) must be the one the sentence,
    or naming none, the last earlier sentence of its paragraph that names one, speaks of:
    iPhone's revenue is not iPad's. The same for a model code (x265 is not Tencent266) and
    for a model in capitals after its maker (雷克萨斯UX is not 雷克萨斯LBX)."""
    if q.english:
        return None
    text = chunk.text[a:b]
    given = _given_at(q, text)
    for find in (latin_names, model_codes):
        asked = [n.lower() for n in find(q.text)]
        if not asked:
            continue
        # naming nothing before the answer, the sentence speaks of what the one before it names
        own = find(text[:min(given, _kind_named_at(q, text))]) or (find(in_force(chunk, a, find)) if given == len(text) else ())
        # a name in capitals and the word after it the question writes too (MindFactory…AMD处理器; AMD处理器…而Intel处理器)
        shared = find is latin_names and any(m in text for m in ACRONYM_RE.findall(q.text))
        if own and not any(n.lower() in asked for n in own) and not shared:
            return Disagreement("name", find(q.text)[0], own[0])
    for maker, model in _maker_models(q.text):
        others = [m for mk, m in _maker_models(text) if mk == maker and m != model]
        if others and maker + model not in text:
            return Disagreement("name", maker + model, maker + others[0])
    return None


@lru_cache(maxsize=1024)
def proper_names(question: str) -> tuple[str, ...]:
    """Proper names of a Chinese question that are not places (the place check has those):
    words jieba tags as a person or another proper name (轩逸, 京东方)."""
    tagged = words.tagged(question)
    names = (_unglued(w) for i, (w, flag) in enumerate(tagged)
             if flag in NAME_FLAGS and not asked_for(tagged, i) and not ASKING_WORD_RE.match(w)
             and not (flag == "nz" and len(w) >= 3 and INTRODUCING_ROLE.search(w)) and not _said_of(tagged, i))  # 人大代表: a title, whoever holds it
    return tuple(w for w in names if len(w) >= 2 and w not in words.STOPWORDS
                 and not places.known_level(w) and not places.level_of(w)) + tuple(
        m.group(1) for m in VINTAGE_NAME_RE.finditer(question) if not words.in_dictionary(m.group(1)))


# 更明白了, 很清楚: a word after a degree adverb or before an aspect particle (了 着 过) is a verb or an
# adjective said of someone that jieba's dictionary also lists as a name (明白 nr); a name takes neither
DEGREE_WORDS = frozenset("更 很 最 太 越 挺 较 比较 非常 十分 更加 越发 越来越 特别".split())


def _said_of(tagged, i: int) -> bool:
    return (i > 0 and tagged[i - 1][0] in DEGREE_WORDS) or (i + 1 < len(tagged) and tagged[i + 1][1] in ("ul", "uz", "ug"))


# jieba's dictionary holds some asking phrases as one word tagged a proper noun (哪些项目 nz):
# a word that begins with an asking word asks for the thing, it names none
ASKING_WORD_RE = re.compile(r"哪|什么|多少")


# 哪位帝王, 公司的英文名是什么: a word the asking phrase asks for (哪位 before it, or 的 before
# it and 是什么 after) is the kind of thing the answer is, not a name the passage must write
# (京东方是什么 asks about 京东方)
ASKED_BEFORE_RE = re.compile(r"(?:哪[位个家所种部条只款]?|(?<!为)什么|何种)$")
ASKED_AFTER_RE = re.compile(r"^(?:是|为|叫)(?:什么|谁|何)")


def asked_for(tagged, i: int) -> bool:
    j = i
    while j > 0 and tagged[j - 1][1] == "ns":  # 哪位印度富豪: a place may stand between
        j -= 1
    before = "".join(w for w, _ in tagged[max(0, j - 2) : j])
    after = "".join(w for w, _ in tagged[i + 1 : i + 3])
    return bool(ASKED_BEFORE_RE.search(before) or (before.endswith("的") and ASKED_AFTER_RE.match(after)))


def _unglued(word: str) -> str:
    """jieba glues a function character onto a name it does not know (呋塞米会导致, 病死后康忠,
    巴利冈是, 上部叶有, 孙恩曾, 创业赛共决出): the name is what remains."""
    return word.lstrip("后在是被把将时").rstrip("是才会有的了也都就指曾共")


def _written(name: str, article: str) -> bool:
    """Is the name in the article, also without one character at either end, which jieba
    often glues on or a question adds (明崇祯 for 崇祯, 重庆版 for 重庆: 8 of DRCD train's first
    300 questions' names were so)."""
    return name in article or (len(name) >= 3 and (name[1:] in article or name[:-1] in article))


def named_in_article(q: Question, name: str, chunk: Chunk) -> bool:
    """Does an earlier retrieved passage of the chunk's article write `name` (for a Chinese
    question, `subject.with_articles` keeps where each article first does)? A news article
    names its typhoon or laboratory in its lead and says 台风 or 该实验室 after."""
    return q.first_named.get(name, {}).get((chunk.source, chunk.article), chunk.start) < chunk.start


def name_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A proper name the question asks about must occur in the sentence's passage (its
    text or header line): a passage that never names the product, company or person
    asked about (轩逸) gives some other one's figure. For an English question, a name the
    dictionary does not know (Tiida) must be in the passage as written or by its pinyin."""
    article = f"{chunk.title} {chunk.subject} {chunk.text}"
    if q.english:
        lower = article.lower()
        for name, chinese in q.names:
            if name.lower() not in lower and not any(c in article for c in chinese) \
                    and (chunk.source, chunk.article) not in q.name_articles.get(name, ()):
                return Disagreement("name", name, "")
        return None
    for name in proper_names(q.text):
        if not _written(name, article) and not _written(name, to_simplified(article)) \
                and not named_in_article(q, name, chunk):
            return Disagreement("name", name, "")
    for code in model_codes(q.text):  # 哈弗H6: a passage that never names the model is about another
        if code.lower() not in article.lower():
            return Disagreement("name", code, "")
    if vague := named_things.only_indefinite(q, chunk.text[a:b]):  # 哪一家实验室: 一家实验室 names none
        return Disagreement("name", named_things.kind_asked(q)[2], vague)
    return None


def vouched_articles(q: Question, names, hits) -> dict:
    """Each of an English question's `names` (name, its Chinese forms) -> the articles (source,
    article) of `hits` one passage of which names it, as written or in a Chinese form. A name no
    passage writes and that has no Chinese form at all (a brand with no dictionary entry, pinyin,
    sound or pair: Kioxia, NIO, JD) tells no article from another, so it is no evidence against one:
    the articles naming the question's other names answer for it, else those writing its place below
    a country (a country is every article's). With neither, every passage disagrees, as before; so
    does one for a name with a Chinese form no passage writes (梅河口 for Meihekou: another city's)."""
    articles = {name: _naming_articles(name, chinese, hits) for name, chinese in names}
    others = frozenset().union(*articles.values())
    towns = [p for p in q.places if places.known_level(p) != places.COUNTRY]
    if not others and towns:
        others = frozenset((h.chunk.source, h.chunk.article) for h in hits
                           if any(p in f"{h.chunk.title} {h.chunk.subject} {h.chunk.text}" for p in towns))
    return {name: articles[name] or (frozenset() if chinese else others) for name, chinese in names}


def _naming_articles(name: str, chinese: tuple[str, ...], hits) -> frozenset:
    """The articles (source, article) of `hits` one passage of which names `name`, as
    written or in one of its Chinese forms."""
    out = set()
    for h in hits:
        text = f"{h.chunk.title} {h.chunk.subject} {h.chunk.text}"
        if name.lower() in text.lower() or any(c in text for c in chinese):
            out.add((h.chunk.source, h.chunk.article))
    return frozenset(out)


# units of an amount or a share a question may state as a condition (90%以上的学校,
# 500万元以上项目); counts (四个), times (14时) and model years (2024款) are not conditions
CONDITION_UNITS = ("%", "元")


def figure_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A share or an amount the question states as a condition (就读于90%以上学生为…的学校)
    must be in the sentence: one stating another threshold (75%或更多) answers for that one."""
    text = words.normalise(chunk.text[a:b])
    for f in quantities.find_quantities(q.text):
        if f.unit in CONDITION_UNITS and words.normalise(quantities.without_qualifier(f.text)) not in text:
            return Disagreement("figure", f.text, "")
    return None


def _months(found: set[tuple[int, int]]) -> str:
    return "/".join(f"{x}-{y}月" if x != y else f"{x}月" for x, y in sorted(found))


def in_force(chunk: Chunk, a: int, find) -> str:
    """The last earlier sentence of the sentence's paragraph of which `find` finds anything:
    what a sentence naming none of a kind speaks of (美国7月CPI…。另外，核心CPI… is July's too).
    The one home of "read with the sentence before" for periods, organisations and names."""
    before = chunk.text[chunk.text.rfind("\n", 0, a) + 1 : a]
    for x, y in reversed(split_sentences(before)):
        if find(before[x:y]):
            return before[x:y]
    return ""


def period_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A month, quarter or half year the question names (6月, 二季度, 上半年) must be one the
    sentence speaks of (or the earlier sentences of its paragraph), when it names any:
    July's figure is not June's, nor the January-July total. A sentence saying 本季度 speaks
    of the last quarter named before it. An English question's period is read in Chinese
    (`period_text`: in July -> 7月)."""
    asked = periods.spans(period_text(q.text))
    if not asked:
        return None
    own = chunk.text[a:b]
    if periods.spans(own) or not periods.THIS_QUARTER_RE.search(own):
        found = periods.spans(own) or periods.spans(in_force(chunk, a, periods.spans))
    else:  # 联想本季度的出货量…: the quarter named before, not a half year a plan names between
        found = periods.quarters(in_force(chunk, a, periods.quarters))
    if found and not found & asked:
        return Disagreement("period", _months(asked), _months(found))
    return None
