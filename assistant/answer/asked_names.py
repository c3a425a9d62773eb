"""The proper names a question asks about (轩逸, 京东方) and the check that a sentence's passage writes them."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import named_things
from assistant.answer.lead_names import KIND_ONLY_RE
from assistant.answer.organisations import DEICTIC_RE
from assistant.answer.roles import INTRODUCING_ROLE
from assistant.answer.subject_names import Disagreement, model_codes, named_in_article
from assistant.answer.thing_asked import member_asked, only_counted, premise_count_only
from assistant.query import framing
from assistant.query.cedict import common_words
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import places, words
from assistant.text.script import to_simplified


# jieba's tags for a person (nr, nrfg, nrt) and another proper name (nz): an organisation
# (nt) is left to the organisation check, since a long article may name it (亚洲开发银行)
# only in its first passage and abbreviate it (亚行) in the one that answers
NAME_FLAGS = frozenset({"nr", "nrfg", "nrt", "nz"})

# 新款揽境的, 2023款福特领睿的, 新款领睿1.5T: what a vintage word opens and 的 or a written spec (1.5T, 2.0L) closes is a
# model's name, cut into characters when jieba does not know it
VINTAGE_NAME_RE = re.compile(r"(?:[新老旧改]款|全新|(?:19|20)\d\d款)(?:一代)?([\u4e00-\u9fff]{2,4}?)(?:的|(?=\d(?:\.\d)?[A-Za-z]))")


@lru_cache(maxsize=1024)
def proper_names(question: str) -> tuple[str, ...]:
    """Proper names of a Chinese question that are not places (the place check has those):
    words jieba tags as a person or another proper name (轩逸, 京东方)."""
    tagged = words.tagged(question)
    names = (_unglued(w) for i, (w, flag) in enumerate(tagged)
             if flag in NAME_FLAGS and not asked_for(tagged, i) and not ASKING_WORD_RE.match(w) and not _common_noun(w, flag)
             and not (flag == "nz" and len(w) >= 3 and INTRODUCING_ROLE.search(w)) and not _said_of(tagged, i))  # 人大代表: a title, whoever holds it
    return tuple(w for w in names if len(w) >= 2 and w not in words.STOPWORDS
                 and not places.known_level(w) and not places.level_of(w)) + tuple(
        name for name in map(_model, VINTAGE_NAME_RE.finditer(question)) if not words.in_dictionary(name)) + _post_of(question)


# 谁是世嘉的社长, 星河银行的行长是谁: whose head is asked; jieba cuts a name it does not know (世|嘉), so it is read here
POST_OF_RE = re.compile(r"^(?:请问)?(?:谁是)?([\u4e00-\u9fffA-Za-z]{2,10}?)的(?:现任|首任|新任)?(?:社长|董事长|总经理|总裁|行长|校长|院长|首席执行官|CEO)"
                        r"(?:是谁|叫什么名字?|是哪位)?[？?]?$")


def _post_of(question: str) -> tuple[str, ...]:
    m = POST_OF_RE.match(question)
    name = _unglued(m.group(1)) if m else ""
    generic = KIND_ONLY_RE.fullmatch(name) or DEICTIC_RE.match(name) or name[:1] in "该本此其"  # 该公司, 这家银行, 该校: the article's own
    return (name,) if len(name) >= 2 and not generic and not places.named(name) and not places.places(name) else ()


def _model(m: re.Match) -> str:
    """福特领睿 -> 领睿: a maker the dictionary knows written before the model; an article may write the model alone."""
    name = m.group(1)
    first = words.tagged(name)[0][0]
    return name[len(first):] if len(first) >= 2 and len(name) - len(first) >= 2 and words.in_dictionary(first) else name


def _common_noun(word: str, flag: str) -> bool:
    """幼儿园 (nr in jieba's dictionary): a person's name opening with no family name that the
    dictionary (CC-CEDICT) knows only as a common word is a noun; 特朗普 is a proper noun there,
    and a name opening with a family name (高峰) is read as a name, whatever else it means.
    Another proper noun (nz) CC-CEDICT knows only as a common word (丙烷, 丰碑 nz) is a noun too,
    whatever its first character: the tagger's entry, not a name a passage must write."""
    if flag == "nz":
        return word in common_words()
    return flag.startswith("nr") and word[:1] not in words.SURNAMES and word in common_words()


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
                    and (chunk.source, chunk.article) not in q.name_articles.get(name, ()) \
                    and not article_writes(chunk, name, chinese):
                return Disagreement("name", name, "")
        return None
    names = proper_names(q.text)
    unwritten = [n for n in names if not _written(n, article) and not _written(n, to_simplified(article))
                 and not named_in_article(q, n, chunk) and not (n in writer_names(q.text) and article_writes(chunk, n, (n,)))]
    # 甲的稿子和乙的专访写法不同: a question saying its sources differ names the pieces; each version stands in one
    if unwritten and not (framing.disputed(q.text) and len(unwritten) < len(names)):
        return Disagreement("name", unwritten[0], "")
    for code in model_codes(q.text):  # 哈弗H6: a passage that never names the model is about another
        if code.lower() not in article.lower():
            return Disagreement("name", code, "")
    if vague := named_things.only_indefinite(q, chunk.text[a:b]):  # 哪一家实验室: 一家实验室 names none
        return Disagreement("name", named_things.kind_asked(q)[2], vague)
    if counted := only_counted(q, chunk.text[a:b]):  # 哪几条绿道: 新修通5条绿道 says how many, not which
        return Disagreement("name", member_asked(q)[1], counted)
    if own := premise_count_only(q, chunk.text[a:b]):  # 20辆环卫车分到哪几个社区: 添置环卫车20辆 names none
        return Disagreement("name", member_asked(q)[1], own)
    return None


def writer_names(question: str) -> frozenset[str]:
    """The people a question names as who wrote the piece it reads (甲的稿子, 甲采写的): a byline of the article names
    them, a line of it seldom does, so the article's passage not retrieved (`article_writes`) may be where they stand."""
    tagged, at, out = words.tagged(question), 0, set()
    for word, flag in tagged:
        at += len(word)
        if flag == "nr" and framing.WRITER_RE.match(question, at):
            out.add(word)
    return frozenset(out)


def article_writes(chunk: Chunk, name: str, chinese: tuple[str, ...]) -> bool:
    """Does a passage of the chunk's article that was not retrieved write `name` (as a word of Latin letters) or one
    of its Chinese forms? A news piece names its firm or person in its lead (卡尔·贝托莱克, or Acme written
    verbatim) and says 该公司 or 他 in the passage that answers; the retrieved passages alone would refuse it."""
    from assistant.answer.article_store import article_chunks

    latin = re.compile(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", re.IGNORECASE)
    return any(latin.search(c.text) or any(h in c.text for h in chinese)
               for c in article_chunks(chunk.source, chunk.article) if c.id != chunk.id)


def vouched_articles(q: Question, names, hits) -> dict:
    """Each of an English question's `names` (name, its Chinese forms) -> the articles (source,
    article) of `hits` one passage of which names it, as written or in a Chinese form. A name no
    passage writes and that has no Chinese form at all (a brand with no dictionary entry, pinyin,
    sound or pair: Kioxia, NIO, JD) tells no article from another, so it is no evidence against one:
    the articles naming the question's other names (not a province or a region) answer for it, else those writing its place below
    a country (a country is every article's). With neither, every passage disagrees, as before; so
    does one for a name with a Chinese form no passage writes (梅河口 for Meihekou: another city's)."""
    articles = {name: _naming_articles(name, chinese, hits) for name, chinese in names}
    # a province or a region (Hong Kong: 香港) is named by articles on any firm of it, as a country is
    # a model code vouches only for a figure, which the unit and figure-kind checks still read: the article's
    # sentence shown whole for a detail it does not give (its colours, for its price) has no check of its own
    coded = _code_articles(q.text, hits) if q.kind == "quantity" else frozenset()
    others = frozenset().union(*(articles[n] for n, chinese in names if not _region(chinese)), coded)
    towns = [p for p in q.places if places.known_level(p) != places.COUNTRY]
    if not others and towns:
        others = frozenset((h.chunk.source, h.chunk.article) for h in hits
                           if any(p in f"{h.chunk.title} {h.chunk.subject} {h.chunk.text}" for p in towns))
    return {name: articles[name] or (frozenset() if chinese else others) for name, chinese in names}


# a model code written with a hyphen (X-90, AB-120): no name of its own, since an article may write it in Han
# characters (歼-20), but an article writing it as the question does names what the question's other names belong to
HYPHEN_CODE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3})-(\d{2,4})(?![A-Za-z0-9])")


def _code_articles(question: str, hits) -> frozenset:
    """The articles (source, article) of `hits` one passage of which writes a hyphened model code of `question`
    (X-90), with or without its hyphen or a space (X90, X 90)."""
    codes = [re.compile(rf"(?<![A-Za-z0-9]){m.group(1)}[- ]?{m.group(2)}(?!\d)") for m in HYPHEN_CODE_RE.finditer(question)]
    return frozenset((h.chunk.source, h.chunk.article) for h in hits
                     if any(c.search(f"{h.chunk.title} {h.chunk.subject} {h.chunk.text}") for c in codes))


def _region(chinese: tuple[str, ...]) -> bool:
    return any(places.known_level(c) in (places.COUNTRY, "省") for c in chinese)


def _naming_articles(name: str, chinese: tuple[str, ...], hits) -> frozenset:
    """The articles (source, article) of `hits` one passage of which names `name`, as
    written or in one of its Chinese forms."""
    out = set()
    for h in hits:
        text = f"{h.chunk.title} {h.chunk.subject} {h.chunk.text}"
        if name.lower() in text.lower() or any(c in text for c in chinese):
            out.add((h.chunk.source, h.chunk.article))
    return frozenset(out)
