"""The learned answer selector: which candidate sentence answers, with what probability.

The rules scorer proposes the candidates; a logistic regression trained on DRCD (see `assistant/learn/train.py`)
reads their features and gives each the probability that it holds the answer. The weights live in
`selector_weights.json` (coefficients, feature means and scales, the abstention threshold): plain JSON, no pickle.
A weight file may use any subset of `features.NAMES` (the file lists its own); a feature missing at run time
(NaN: no embedder was given) reads as its training mean.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from assistant.answer import each_asked, english, english_answers, english_clauses, english_frames, english_slot, evidence, excepted, features, frame_runs, list_support, members_asked, named_source, people, person_answers, place_answers, referred, speaker_lines, unchanged_asked, unknown_cause, worded_items
from assistant.answer.ranked_drafts import continued, draft_from, stand_in, unfinished
from assistant.answer.weights import SELECTOR_WEIGHTS as WEIGHTS, Selector  # noqa: F401  (callers reach them here)
from assistant.answer.similarity import cosines  # noqa: F401  (callers reach it as selector.cosines)
from assistant.query.question import Question
from assistant.records import Hit

_loaded: dict[str, Selector] = {}


def default_selector(path: Path | str = WEIGHTS) -> Selector:
    key = str(path)
    if key not in _loaded:
        _loaded[key] = Selector.load(path)
    return _loaded[key]


@dataclass
class Candidates:
    scored: list[evidence.Scored]  # the rules' best, in their order
    sentences: list[evidence.Sentence]  # every sentence of the passages (for neighbours)
    rows: list[list[float]]


def scored_sentences(q: Question, hits: list[Hit], idf) -> tuple[list, list[evidence.Scored]]:
    """(the passages' sentences, all scored by the rules, best first): `candidates`' pool."""
    sentences = evidence.sentences_of(hits)
    return sentences, (evidence.score_sentences(q, sentences, idf) if sentences else [])


def candidates(q: Question, hits: list[Hit], idf, k: int = features.CANDIDATES, similarity=None,
               pool=None) -> Candidates:
    """The rules' best k sentences of `pool` (else `scored_sentences`) with their features;
    `similarity` (texts -> e5 cosines with the question, `cosines`) fills the dense columns."""
    sentences, scored = pool or scored_sentences(q, hits, idf)
    scored = scored[:k]
    sims = similarity([s.sentence.text for s in scored]) if similarity is not None and scored else None
    return Candidates(scored, sentences, features.featurize(q, scored, idf, sentences, sims))


def rank(selector: Selector, found: Candidates) -> list[evidence.Scored]:
    """The candidates best first by probability; each keeps its rules score in factors and
    carries the probability as its score (what the figure and clause pickers multiply)."""
    if not found.scored:
        return []
    probs = selector.probabilities(found.rows)
    out = []
    for sc, p in zip(found.scored, probs):
        factors = {**sc.factors, "rules": sc.score, "probability": float(p)}
        out.append(replace(sc, score=float(p), factors=factors))
    out.sort(key=lambda s: -s.score)
    return out


def probability_of(sentence: evidence.Sentence, ranked: list[evidence.Scored]) -> float:
    for sc in ranked:
        if sc.sentence is sentence:
            return sc.factors.get("probability", sc.score)
    return 0.0


def draft(q: Question, hits: list[Hit], idf, chosen: Selector, similarity=None):
    """(the answer draft for one question or sub-question, its probability), or (None, 0)
    when no sentence is a candidate. The draft's parts are cut as the rules cut them (the
    figure's clause, the name with its role, the list's sentences), from the sentences in
    the selector's order."""
    found, ranked = ranked_candidates(q, hits, idf, chosen, similarity)
    return draft_of(q, found, ranked, idf)


def ranked_candidates(q: Question, hits: list[Hit], idf, chosen: Selector, similarity=None, pool=None):
    """(the candidates, those agreeing with the question's subject best first by probability). What each
    article names is read in all its passages, as the rules read it: the one naming 卡努 may be no candidate."""
    from assistant.answer import subject

    pool = pool or scored_sentences(q, hits, idf)
    found = candidates(q, hits, idf, similarity=similarity if chosen.dense else None, pool=pool)
    agree = {id(sc.sentence) for sc in subject.agreeing(q, pool[1])}
    return found, [sc for sc in rank(chosen, found) if id(sc.sentence) in agree]


def draft_of(q: Question, found: Candidates, ranked: list[evidence.Scored], idf):
    """`draft` from candidates already ranked."""
    if not ranked:
        return None, 0.0
    made = draft_from(q, ranked, found.sentences, idf)
    if made is None or not made.parts:
        return None, 0.0
    return made, probability_of(made.parts[0].sentence, ranked)


def decide(q: Question, hits: list[Hit], idf, threshold: float | None = None, similarity=None):
    """(drafts of the question and its sub-questions, the lowest of their probabilities, the
    threshold to answer at: `threshold`, else the weight file's). `similarity` (`cosines`)
    gives the e5 features when the weights read them."""
    chosen = default_selector()
    made = [draft(part, hits, idf, chosen, similarity) for part in (q.parts or [q])]
    return [d for d, _ in made], min(p for _, p in made), chosen.threshold if threshold is None else threshold


RULES_KINDS = ("quantity",)  # the rules' figure picker, with its figure-kind check, answers these


def combined(q: Question, hits: list[Hit], idf, embed_documents=None, query_vector=None,
             picker: str = "rules") -> Combined:
    """The default answer step: the rules' draft for figure questions (where their unit and figure-kind checks are
    what make them right), the learned English scorer's sentence cut as the rules cut it for English ones
    (`english_draft`), the learned selector's choice for every other question (open factoid questions, where the
    rules' hand-set weights are weakest); a question the rules find no agreeing sentence for is not answered, nor
    one asking a cause its article says is not known (`unknown_cause.cause_unknown`). Whether to answer is the
    abstention's (answer/abstain.py, steps.py)."""
    from assistant.answer import abstain, counted, extractive as ex
    dense = embed_documents is not None and query_vector is not None
    # one cache for the re-ranking and the selector: a sentence's vector never depends on its batch (onnx_encoder.py)
    embed = cached(embed_documents) if dense else None
    reorder = (lambda question, scored: evidence.rerank(question, scored, embed, query_vector)) if dense else None
    similarity = cosines(embed, query_vector) if dense else None
    chosen = default_selector()
    drafts, probs, rows = [], [], []
    for part in q.parts or [q]:
        part = english.names_in_passages(part, hits)  # Gongjia -> 宫家 in the passages' own text
        ruled = ex.draft_answer(part, hits, idf, reorder, picker)
        if ruled is None:
            drafts.append(None)
            continue
        pool = scored_sentences(part, hits, idf)  # once: the selector reads 8, the English scorer 15
        found, ranked = ranked_candidates(part, hits, idf, chosen, similarity if dense else None, pool)
        if q.english and dense and (learned_en := english_draft(part, hits, idf, similarity, pool)) is not None:
            ruled = english_answers.same_cut(part, learned_en, ruled, ranked, similarity)  # the English scorer picks the sentence and its support
        elif q.english and dense and ruled.support < english.AGREED_SUPPORT:
            first = ruled.parts[0]
            ruled.support = english.agreed_support(part, ruled.support, first.sentence,
                                                   first.sentence.chunk.text[first.a : first.b], ranked, similarity)
        shown = english_clauses.checked(part, ruled) if q.english else ruled  # a plan's figure, a total, a level: vetoed
        # no figure picked: the selector's best sentence stands in, not the rules' (their support decides)
        if not q.english and (part.kind not in RULES_KINDS or ruled.stand_in):
            learned, p = stand_in(ranked) if ruled.stand_in else draft_of(part, found, ranked, idf)
            if learned is not None:
                denied = people.denies(part, learned.parts[0].sentence.text)  # 由谁主持: who spoke; 主编: an 编辑
                learned.support = abstain.vouched("" if denied else part.kind, ruled.support, p, chosen.threshold)
                if part.kind == "list":  # a list the rules did not choose stands on its own sentence
                    learned.support = list_support.shown_support(part, ruled, learned, ranked, p, chosen.threshold)
                if (cut := named_source.cut_support(learned, ranked)) is not None:  # said elsewhere than the source asked
                    learned.support = min(learned.support, cut)
                shown = learned
                probs.append(p)
        if shown is not ruled and person_answers.unnamed(part, shown) and not person_answers.unnamed(part, ruled):
            shown = ruled  # the people asked are named in the rules' draft only (人大代表有哪些: a byline's 记者 is none)
        if shown is not ruled and person_answers.other_speaker(ruled, shown):
            shown.support = 0.0  # 谁说要…: the rules gave the words to one speaker, the sentence shown to another
        shown = speaker_lines.with_place(part, excepted.answered(part, shown, ranked), pool[0])  # 除了甲和乙，还…谁; 哪个县提出: his post's line
        shown = frame_runs.gathered(part, shown, pool[0])  # 强化甲建设。…强化乙建设。…: every framed item, not two
        # 哪位: a quotation, no name; 哪几位: one; 哪五个方面: 甲说。 and his praise of a report; 哪个地方: 在少数地区;
        # 哪款…没有变化: a price cut; 甲、乙和丙各…: one part each; “三最”具体是哪些: the name alone; 哪几个版本: no sentence writing 版
        shown.support = 0.0 if person_answers.unnamed(part, shown) or counted.unmet_list(part, shown) or place_answers.unplaced(part, shown) \
            or unchanged_asked.unmet(part, shown) or each_asked.too_few(part.text, [p.sentence.text for p in shown.parts]) \
            or members_asked.unnamed(part.text, [p.sentence.text for p in shown.parts]) \
            or list_support.unversioned(part.text, [p.sentence.chunk.text[p.a : p.b] for p in shown.parts]) \
            or (part.kind == "list" and unfinished(shown, pool[0], part.terms)) else shown.support  # a list cut by the chunking, its rest not retrieved
        if part.kind == "list" and not q.english:  # 哪几个四字词: a sentence enumerating four-character words
            shown.support = worded_items.lifted(part.text, shown)
        if unknown_cause.cause_unknown(part, shown, pool[0]) or unknown_cause.time_unknown(part, pool[1]):
            drafts.append(None)
            continue
        drafts.append(referred.with_referents(part, shown, pool[0]))  # “…。”X表示。: the words asked are the quotation
        rows.append(abstain.signals(part, q.english, ruled, shown, found, ranked, idf))
        if part.kind not in RULES_KINDS:  # a sentence the chunking cut reads on (after the abstention's row: its length is a signal)
            drafts[-1] = continued(drafts[-1], pool[0])
    support = min((d.support if d else 0.0) for d in drafts)
    return Combined(drafts, support, min(probs) if probs else None, rows)


def english_draft(q: Question, hits: list[Hit], idf, similarity, pool=None):
    """An English question's answer from the learned English scorer's best sentence, cut as
    the rules cut it, its support the scorer's probability on the rules' scale; None when
    no weight file is there, no candidate agrees with the question's subject, or a figure
    the scorer points to does not stand on the question's own words (`english.figure_stands`)."""
    from assistant.answer import english_model

    if not english_model.WEIGHTS.exists():
        return None
    found = candidates(q, hits, idf, k=english_model.CANDIDATES, similarity=similarity, pool=pool)
    order = english_frames.frame_first(q, english_model.rank(q, found))  # what must X do: a sentence saying X must
    made = draft_from(q, order, found.sentences, idf) if order else None
    if made is None or not made.parts:
        return None
    if (standing := english_answers.draft_standing(q, made, order)) is not True:
        return standing  # None: a figure vetoed or unnamed (the rules' draft stands); a who answer: its own support
    first = made.parts[0].sentence  # the answer's own sentence's probability (the figure picker may take a near one)
    made.support = english_slot.lifted(q, english.led_support(english_model.support(probability_of(first, order)), first, order), made, order)
    return english_frames.framed(q, made, order, english.AGREED_SUPPORT)


@dataclass
class Combined:
    """What `combined` found: a draft per (sub-)question (None: nothing agreeing), the rules'
    lowest support, the selector's lowest probability of its drafts (None when no draft was
    its) and the abstention model's rows, one per draft (answer/abstain.py)."""
    drafts: list
    support: float
    probability: float | None
    rows: list[list[float]]

    def right(self, model=None) -> float:
        """The abstention model's probability that the answer shown is right (0 when a part has no draft)."""
        from assistant.answer import abstain

        if not self.drafts or any(d is None for d in self.drafts):
            return 0.0
        return abstain.probability(self.rows, model)


_vectors: dict[tuple, list[float]] = {}  # (encoder, sentence) -> its passage vector
CACHED = 50_000  # sentences kept; a seed corpus has a few thousand


def cached(embed_documents):
    """`embed_documents` remembering the sentences it has embedded in this process (they come back question after
    question); the answer does not depend on what was asked before, as a vector does not depend on its batch."""
    owner = id(getattr(embed_documents, "__self__", embed_documents))

    def embed(texts: list[str]) -> list[list[float]]:
        # read into a local map first: another thread (the chat, the API) may clear the
        # shared cache between this question's lookups
        found = {t: _vectors.get((owner, t)) for t in texts}
        missing = [t for t, v in found.items() if v is None]
        if missing:
            if len(_vectors) + len(missing) > CACHED:
                _vectors.clear()
            for t, v in zip(missing, embed_documents(missing)):
                _vectors[(owner, t)] = found[t] = v
        return [found[t] for t in texts]

    return embed
