"""English questions over Chinese passages: what the question's words reach in the passages
themselves rather than in the index's vocabulary.

A proper name written in pinyin (Gongjia village) is matched at query time against the
index's words (`query.crosslingual.Bridge`); jieba often cuts a small place or a person's
name into pieces no word of the index holds (宫|家村), so the name reaches nothing and the
subject check refuses every passage. Here the name is looked for in the candidate
passages' text: a run of Chinese characters whose toneless pinyin is the name, letter for
letter, one English word to one run (joining two English words into one name turned a
refusal into a wrong answer in session 22). The match stays a hard requirement: the
answer's passage must contain that run (`subject_names.name_disagreement`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.query.question import Question
from assistant.records import Hit

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
LONGEST = 4  # characters: a Chinese name of a person, village or company is 2-4 characters
SHORTEST_NAME = 4  # letters: shorter pinyin (Li, Wu) matches too many characters by chance


@lru_cache(maxsize=4096)
def _syllables(run: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    out = lazy_pinyin(run)
    # lazy_pinyin gives one syllable per Han character; anything else is no name
    return tuple(s.lower() for s in out) if len(out) == len(run) else ()


def pinyin_runs(name: str, texts: list[str]) -> tuple[str, ...]:
    """The runs of 2-4 Chinese characters in `texts` whose toneless pinyin spells `name`
    (case and spaces aside): Gongjia -> 宫家 in 宫家村村民委员会."""
    key = name.lower()
    if len(key) < SHORTEST_NAME or not key.isalpha():
        return ()
    found: dict[str, None] = {}
    for text in texts:
        for run in HAN_RUN.findall(text):
            syllables = _syllables(run)
            for i in range(len(syllables)):
                spelled = ""
                for j in range(i, min(i + LONGEST, len(syllables))):
                    spelled += syllables[j]
                    if not key.startswith(spelled):
                        break
                    if spelled == key and j > i:
                        found[run[i : j + 1]] = None
    return tuple(found)


def names_in_passages(q: Question, hits: list[Hit]) -> Question:
    """`q` with each proper name the index's words did not reach matched in the passages'
    text by its pinyin (`pinyin_runs`), and the run counted as a topic word; `q` itself
    when there is nothing to add."""
    if not q.english or not q.names:
        return q
    texts = list(dict.fromkeys(f"{h.chunk.title} {h.chunk.subject} {h.chunk.text}" for h in hits))
    names, groups = [], list(q.groups)
    for name, chinese in q.names:
        in_text = [c for c in chinese if any(c in t for t in texts)]
        if not in_text and not any(name.lower() in t.lower() for t in texts):
            runs = pinyin_runs(name, texts)
            if runs:
                chinese = tuple(dict.fromkeys(chinese + runs))
                groups.append(runs)
        names.append((name, chinese))
    if names == list(q.names):
        return q
    specificity = {**q.specificity, **{c: 1.0 for g in groups[len(q.groups):] for c in g}}
    return replace(q, names=tuple(names), groups=tuple(groups), specificity=specificity,
                   terms=tuple(dict.fromkeys(q.terms + tuple(c for g in groups[len(q.groups):] for c in g))))


# An English figure question's support comes from dictionary translations and understates a
# sentence that says what was asked in other words (上季度的销售额…达到 for "sell last quarter").
# When three scorers that look at different things pick the same sentence (the rules on
# translated words and units, the learned selector on its features, the e5 encoder on
# meaning across languages), the answer is taken at this support, on the rules' scale.
AGREED_SUPPORT = 0.5
SELECTOR_AGREES = 0.02  # the selector's probability for an English figure answer it agrees with


def agreed_support(q: Question, support: float, sentence, figure_text: str, ranked, similarity) -> float:
    """The support of the rules' answer to an English figure question: `support` itself,
    or AGREED_SUPPORT when its `sentence` is also the learned selector's first choice
    (`ranked`: its subject-agreeing candidates, best first, probability as score) with at
    least SELECTOR_AGREES, and the encoder's closest in meaning (`similarity`: texts ->
    cosines). The figure the rules cut (`figure_text`) must carry the unit asked for: the
    rules' unit check stays a veto."""
    from assistant.text import quantities

    if support >= AGREED_SUPPORT or q.kind != "quantity" or not ranked or similarity is None:
        return support
    top = ranked[0]
    if top.sentence.text != sentence.text or top.score < SELECTOR_AGREES:
        return support
    found = quantities.find_quantities(figure_text)
    if not found or (q.unit and not any(quantities.same_unit(f.unit, q.unit) for f in found)):
        return support
    from assistant.answer.evidence import DENSE_CONFIRMS, DENSE_TOP  # one meaning of "closest"

    cos = similarity([s.sentence.text for s in ranked[:DENSE_TOP]])
    if max(cos) - cos[0] > DENSE_CONFIRMS:
        return support
    return AGREED_SUPPORT
