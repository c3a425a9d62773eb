"""The same measure in other words: a question's measure word and the word right before a
figure that CC-CEDICT glosses by the same English head (某公司将投资10亿元 for 要投入多少钱: both
"invest"; 需要支付50元 for 付了多少钱: both "pay"; 耗资 for 花了多少: both "spend").

A sense's head is its verb ("to invest in" -> invest) or, for a noun phrase, its last word
("sales volume" -> volume), with a plural or -ment dropped (investment -> invest). Heads that say
how much of something but not of what (volume, amount, total) pair nothing; nor do two words one
of whose heads is the other's opposite (import / export, buy / sell). Only common words (lower-case
pinyin) are read; the dictionary is read once, when first asked.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from assistant.answer.fillers import word_before
from assistant.text.cedict_file import entries

_lock = threading.Lock()
HAN = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
SKIPPED = ("CL:", "see ", "variant of", "old variant", "surname ", "abbr.", "classifier", "used in ", "also pr.")
# heads that size a quantity without naming it, and verbs too light to say what is measured
UNNAMING = frozenset("volume amount quantity number total value figure sum level rate degree scale size "
                     "be have do make get give take put go come hand one thing something".split())
# opposite measures: words glossed by either side of a pair never stand for each other
OPPOSITES = (("import", "export"), ("buy", "sell"), ("purchase", "sell"), ("income", "expense"), ("revenue", "expense"),
             ("input", "output"), ("borrow", "lend"), ("receive", "pay"), ("earn", "spend"), ("rise", "fall"),
             ("increase", "decrease"), ("gain", "loss"), ("profit", "loss"), ("inflow", "outflow"), ("deposit", "withdraw"))


def _stem(token: str) -> str:
    token = re.sub(r"ments?$", "", token) if len(token) > 7 else token
    return token[:-1] if len(token) > 4 and token.endswith("s") and not token.endswith("ss") else token


def _head(sense: str) -> str:
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", sense.lower())
    tokens = re.findall(r"[a-z]+", text)
    if not tokens:
        return ""
    if tokens[0] == "to" and len(tokens) > 1:  # a verb's sense: its verb
        return _stem(tokens[1])
    return _stem(tokens[-1]) if len(tokens) <= 3 else ""  # a noun phrase's last word; a description has no head


@lru_cache(maxsize=1)
def _glosses() -> dict[str, frozenset[str]]:
    heads: dict[str, set[str]] = {}
    for simplified, pinyin, definitions in entries():
        if not HAN.match(simplified) or pinyin[:1].isupper():
            continue
        for definition in definitions.split("/"):
            if definition.startswith(SKIPPED):
                continue
            for piece in definition.split(";"):
                if head := _head(piece):
                    heads.setdefault(simplified, set()).add(head)
    return {w: frozenset(h) for w, h in heads.items()}


def heads(word: str) -> frozenset[str]:
    """The English heads CC-CEDICT glosses a common word by; empty for a word it does not give."""
    if not HAN.match(word):
        return frozenset()
    with _lock:
        return _glosses().get(word, frozenset())


def _opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    return any((x in a and y in b) or (y in a and x in b) for x, y in OPPOSITES)


@lru_cache(maxsize=4096)
def same_measure(asked: str, written: str) -> bool:
    """Does `written` (a sentence's word before its figure) name the measure `asked` (a question's
    word) in other words? Never for one word inside the other (the spellings' own business)."""
    if asked == written or asked in written or written in asked:
        return False
    a, b = heads(asked), heads(written)
    return bool((a & b) - UNNAMING) and not _opposed(a, b)


ASKING = re.compile(r"多少|几")
PASSED = frozenset("了 共 一共 总共 总计 共计 要 需要 将 大概 大约 约 能 可 可以 还 又 再 到 达 达到 是 为 有".split())


@lru_cache(maxsize=1024)
def asked_measures(question: str) -> tuple[str, ...]:
    """The question's words that say what its figure measures: the word right before its asking word
    (要投入多少钱, 付了多少, 上调了几次: 投入, 付, 上调) and the verb of the clause that names the thing
    asked (某公司定下的目标是多少: 定下). A purpose or setting phrase (为推动…提升, 在…期间) is none."""
    from assistant.text.words import tagged

    m = ASKING.search(question)
    if not m:
        return ()
    clause = re.split(r"[，,；;：:]", question[: m.start()])[-1]
    found = []
    # 造成多少人伤亡: a verb after the thing counted is what is measured, the one before only brings it about
    after = re.split(r"[，,；;：:？?。]", question[m.end() :])[0]
    verbs_after = [w for w, f in [t for t in tagged(after) if t[0].strip()][1:]  # the first word is the thing counted (多少收入)
                   if f.startswith("v") and w not in PASSED and HAN.match(w)]
    if verbs_after:
        return tuple(dict.fromkeys(verbs_after))
    before = [w for w, _ in tagged(clause) if w.strip()]
    while before and before[-1] in PASSED:
        before.pop()
    if before and HAN.match(before[-1]):
        found.append(before[-1])
    at = clause.rfind("的")
    if at > 0 and re.fullmatch(r"[^的]*(?:是|为|有)", clause[at + 1 :]):
        tagged_before = [(w, f) for w, f in tagged(clause[:at]) if w.strip()]
        if tagged_before and tagged_before[-1][1].startswith("v") and HAN.match(tagged_before[-1][0]):
            found.append(tagged_before[-1][0])
    return tuple(dict.fromkeys(found))


def written_as(question: str, terms, text: str, figures) -> list[str]:
    """The question's measure words (`terms` among `asked_measures`, of a quantity question) a sentence
    writes in other words right before one of its figures (`figures`, fillers passed):
    要投入多少钱 and 将投资10亿元 give 投入. A word the question writes itself is not another's."""
    asked = set(asked_measures(question))
    terms = [t for t in terms if t in asked]
    found = []
    for f in figures:
        written = word_before(text[max(0, f.start - 12) : f.start])
        if not written or written in question:
            continue
        found += [t for t in terms if t not in text and t not in found and same_measure(t, written)]
    return found
