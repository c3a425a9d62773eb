"""A brand an English question names that no dictionary, pinyin or sound reaches, read off the model written
with it: the Chinese text writes the model as the question does (a code: Zeekr 001 -> 极氪001) or in the
dictionary's words for it (Ora Good Cat -> 欧拉好猫), and the Chinese characters right before it are the brand.

Such a name (Zeekr, Ora) had no Chinese form at all, so no passage could name it and every one disagreed
(`asked_names.name_disagreement`): the question was refused although its article was retrieved. The form
read here stays a hard requirement like any other: a passage that never writes it (another carmaker's
article) still disagrees, and a model the text never writes (Zeekr 009) gives no form.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product

from assistant.query.english_senses import senses
from assistant.text import words

# the words right after the name that name its model: capitalised words or codes with a digit (001, X5, GT)
MODEL_WORD = r"(?:[A-Z][A-Za-z]*|[A-Za-z]*\d[A-Za-z\d-]*)"
FUNCTION_TAGS = ("u", "p", "c", "m", "q", "r", "w", "x")  # jieba's particles, prepositions, numerals, pronouns…
LONGEST_BRAND = 4  # characters
SPELLINGS = 200  # ways of writing a model of translated words, at most


def model_words(question: str, name: str) -> list[str]:
    """The model written right after `name` in `question`: up to three capitalised words or codes."""
    m = re.search(r"\b" + re.escape(name) + r"(?!['’]s)\s+(" + MODEL_WORD + r"(?:\s+" + MODEL_WORD + r"){0,2})\b", question)
    return m.group(1).split() if m else []


def _spellings(model: list[str]) -> list[str]:
    """The ways a Chinese text writes the model: a code as it is, a word by any of the dictionary's senses of it."""
    options = [(w,) if re.search(r"\d", w) else senses(w) for w in model]
    if not all(options):
        return []
    return [s for s in ("".join(p) for p in islice(product(*options), SPELLINGS)) if len(s) >= 2]


def _brand_before(run: str) -> str:
    """The brand at the end of a run of Chinese characters: its last word of two characters or more, or the
    single characters jieba left of a name it does not know (极|氪 of 的极氪), up to a particle or numeral."""
    brand = ""
    for word, flag in reversed(words.tagged(run)):
        # nor a verb of its own (来自好猫: 'comes from', no brand); a single character is a piece of a name jieba does
        # not know, whatever its tag (蔚|来 of 蔚来EC6)
        verb = len(word) > 1 and flag.startswith("v") and flag != "vn"
        if flag.startswith(FUNCTION_TAGS) or verb or len(brand) + len(word) > LONGEST_BRAND:
            break
        if len(word) > 1:  # a word of its own: the brand when nothing was gathered, else before it
            if not brand:
                return word
            break
        brand = word + brand
    return brand if len(brand) >= 2 else ""


@lru_cache(maxsize=1024)
def _written_after(spelled: str) -> re.Pattern:
    """The Chinese characters before a model's spelling, compiled once per spelling rather than on every call
    (a call builds up to SPELLINGS of them, which would crowd re's own small cache)."""
    return re.compile(r"([\u4e00-\u9fff]+)" + re.escape(spelled) + r"(?![A-Za-z\d])", re.IGNORECASE)


def model_brands(name: str, question: str, texts: list[str]) -> tuple[str, ...]:
    """The Chinese of `name` the texts write right before its model (`model_words`), as code or translated
    words: one or two forms, else none (more is a model too plain to tell)."""
    model = model_words(question, name)
    if not model:
        return ()
    found: dict[str, None] = {}
    for spelled in _spellings(model):
        pattern = _written_after(spelled)
        for text in texts:
            for m in pattern.finditer(text):
                if brand := _brand_before(m.group(1)):
                    found[brand] = None
    # the shortest of nested ones: 极氪 of 国产版极氪001 and 的极氪001
    found = [b for b in found if not any(o != b and b.endswith(o) for o in found)]
    return tuple(sorted(found)) if 0 < len(found) <= 2 else ()
