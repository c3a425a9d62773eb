"""Versions of a model: a question naming one (中国特供版MI300X, Ace 2 Pro的24GB版本), a sentence writing the model
without it. The sentence speaks of the plain model or of any of its versions, so its date or price is not the
version's: `siblings.variant_disagreement` asks this after the Latin variant words (Mate 60 Pro's Pro)."""

from __future__ import annotations

import re

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text.sentences import split_sentences

# 增程版 and 纯电版, 四驱版, 再生季 and 头季: a version or a crop season named by a word (not 出版,
# 再版, 赛季, 四季, 本季, 季度, 季节, 季军; 夏季 is the period check's); its value is the word,
# named wherever it is written (not a particle's: 截至7月30日的财季; 第一财季's is 一财)
WORD_RE = re.compile(r"(?![的之在和与及或])([\u4e00-\u9fff]{2})(?<![出排改再盗翻初原正首头绝赛四换当本上下同应每该此这春夏秋冬])"
                     r"(版|季)(?![度节军后风本权面式画税型图])")


# A Latin model (MI300X, Ace 2 Pro) and a version the question writes right before it (特供版MI300X) or after it
# (Ace 2 Pro的24GB版本): a word's two characters before 版, or a capacity (24GB, 1TB)
MODEL_NAME = r"[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z0-9][A-Za-z0-9\-]*)*"
VERSION_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{2}|[0-9]+[GT]B?)版(" + MODEL_NAME + ")")
VERSION_AFTER_RE = re.compile("(" + MODEL_NAME + r")的?([\u4e00-\u9fff]{2}|[0-9]+[GT]B?)版(?!权|面)")


RELEASE_WORDS = ("正式", "最新", "全新", "完整", "官方")  # 正式版, 最新版: the release itself, often not written so


def _versions_asked(question: str) -> list[tuple[str, str]]:
    """(model, version) pairs the question writes: (MI300X, 特供), (Ace 2 Pro, 24GB); not 出版, 改版 (WORD_RE's)."""
    found = [(m.group(2), m.group(1)) for m in VERSION_BEFORE_RE.finditer(question)]
    found += [(m.group(1), m.group(2)) for m in VERSION_AFTER_RE.finditer(question)]
    return [(model, v) for model, v in found if v not in RELEASE_WORDS and not (v[0] >= "\u4e00" and not WORD_RE.fullmatch(v + "版"))]


def _writes_version(version: str, text: str) -> bool:
    if version[0].isdigit():  # 24GB is written 24GB, 24G or 24 GB
        return re.search(r"(?<![0-9.])" + re.escape(re.match(r"[0-9]+", version).group()) + r"\s?" + version[-2 if version.endswith("B") else -1],
                         text, re.IGNORECASE) is not None
    return version in text


def version_dropped(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A version of a model asked (中国特供版MI300X, Ace 2 Pro的24GB版本), a sentence writing the model without it: the
    plain model or any of its versions. A capacity's figure must be written in the sentence itself; otherwise the
    version must be written with the model in some sentence of its passage (its lead may name it once)."""
    if q.english:
        return None
    text = chunk.text[a:b]
    for model, version in _versions_asked(q.text):
        if model.lower() not in text.lower():
            continue
        # the version written with this model (特供版的A800 is another model's)
        # (a capacity's figure in the sentence itself: 1元预约 of the plain model is no 24GB version's price)
        where = [text] if version[0].isdigit() and q.kind == "quantity" else [chunk.title] + [chunk.text[x:y] for x, y in split_sentences(chunk.text)]
        if not any(_writes_version(version, w) and model.lower() in w.lower() for w in where):
            return Disagreement("sibling", version + "版" + model, model)
    return None


# A model in Latin words and numbers, one space apart (S Pro 100, Ace 2 Pro, 6 Pro, 8S Pro); its words of letters
# (not the units a spec writes: 5000 mAh, 12 GB)
RUN_RE = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z0-9][A-Za-z0-9.\-]*(?: [A-Za-z0-9][A-Za-z0-9.\-]*)+")
UNITS = frozenset({"gb", "tb", "mb", "mm", "cm", "nm", "hz", "khz", "mhz", "ghz", "mah", "kw", "kwh", "wh", "fps", "ppi"})


def _letter_words(run: str) -> set[str]:
    return set(re.findall(r"[a-z]{2,}", run.lower())) - UNITS


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text).lower()


def _written(asked: str, text: str) -> bool:
    """Is the model asked written in `text`, whole or without its first words (RX 7800 of AMD RX 7800, MX-30 EV of SUV
    MX-30 EV): what is left holds its number and a word?"""
    tokens = asked.split(" ")
    return any(re.search(r"[0-9]", " ".join(tokens[i:])) and _letter_words(" ".join(tokens[i:]))
               and _flat(" ".join(tokens[i:])) in _flat(text) for i in range(len(tokens)))


def other_model(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A model the question names in Latin words with a number (小米电视S Pro 100), a sentence naming another model
    of a word of it and a number (小米平板6 Pro), its passage never the one asked: another product, whose processor
    or price is not the asked one's."""
    if q.english:
        return None
    text = chunk.text[a:b]
    for m in RUN_RE.finditer(q.text):
        asked, words = m.group(0), _letter_words(m.group(0))
        # a passage naming the asked model too speaks of both (RX 7900、RX 7800和RX 7700的售价分别…): as with
        # `siblings.designator_disagreement`, which sentence gives whose is left to the ranking
        if not re.search(r"[0-9]", asked) or not words or _written(asked, f"{chunk.title} {chunk.text}"):
            continue
        for o in RUN_RE.finditer(text):
            if re.search(r"[0-9]", o.group(0)) and words & _letter_words(o.group(0)) and _flat(o.group(0)) not in _flat(asked):
                return Disagreement("sibling", asked, o.group(0))
    return None
