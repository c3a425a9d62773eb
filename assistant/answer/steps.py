"""The configured answer step (SUYUAN_SELECTOR) run over one question's passages, with what
its abstention reads: the rules alone, the learned selector alone, or `combined` (the rules
for figures and English, the selector for the rest; the rules' support decides whether to
answer, or with SUYUAN_ABSTENTION=learned the calibrated probability for the answers its
model judges, answer/abstain.decision).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from assistant.answer import cited_places, datelines, headings, interviewed_by, interviewees, layout_parts, named_source, said_lists, shared_value
from assistant.answer.evidence import rerank
from assistant.answer.extractive import draft_answer
from assistant.query.each_parts import listed_count
from assistant.query.question import QUESTION_WORD_RE
from assistant.text import quantities

# the combined steps run while `recorded()` is open (learn/store_rows.py keeps their rows)
_recording: ContextVar[list | None] = ContextVar("combined_steps", default=None)


@contextmanager
def recorded():
    """Collect every `selector.Combined` step answered inside the block, in order: what an
    answer's abstention read, which the Answer itself does not carry."""
    seen: list = []
    token = _recording.set(seen)
    try:
        yield seen
    finally:
        _recording.reset(token)


def run(which: str, q, hits, idf, embed_documents, vector, settings):
    """(drafts, support, threshold, confidence or None, extra) of answer step `which`;
    `confidence` is what the threshold cuts when it is not the support."""
    reorder = (lambda question, scored: rerank(question, scored, embed_documents, vector)) if vector else None
    extra = {"kind": q.kind, "selector": "rules"}
    hits = layout_parts.part_passages(q, hits)  # 第三项工作里…: the part's passages, though their words differ
    # a headline, a dateline or an interview heading asked is the document's own line, which no step weighs
    # 从哪里发的稿: the piece's dateline; 接受采访的是哪位, 记者甲采访了哪几位县长: the interviews' ——访… lines;
    # 哪几位负责人谈到了“…”: each speaker's attribution of the words; 第三部分的标题: the document's numbered parts
    heading = layout_parts.draft(q, hits) or headings.draft(q, hits) or datelines.draft(q, hits) \
        or interviewees.draft(q, hits) or interviewed_by.draft(q, hits) or said_lists.draft(q, hits)
    if heading is not None:
        extra.update(kind=heading.kind, selector=heading.kind)
        return [heading], heading.support, settings.abstain_threshold, None, extra
    if (gathered := shared_value.draft(q, hits, idf)) is not None:  # 增长6%左右的是哪两项: every clause holding it
        extra.update(selector="shared_value")
        return [gathered], gathered.support, settings.abstain_threshold, None, extra
    confidence = None  # what the threshold cuts when it is not the support: the combined step's calibrated probability
    if which == "learned" and not q.english:
        from assistant.answer import selector as selectors  # trained on Chinese questions only

        similarity = selectors.cosines(embed_documents, vector) if vector else None
        drafts, support, threshold = selectors.decide(q, hits, idf, settings.selector_threshold, similarity)
        extra.update(selector="learned", probability=round(support, 4))
    elif which == "combined":
        from assistant.answer import abstain
        from assistant.answer.selector import combined  # the rules for figures, the selector for the rest
        step = combined(q, hits, idf, embed_documents, vector, settings.figure_picker)
        if (seen := _recording.get()) is not None:
            seen.append(step)
        drafts, support, right = step.drafts, step.support, step.right()
        threshold = settings.abstain_threshold
        if settings.abstention == "learned":  # one decision: the probability of what it judges, the support of the rest
            model = abstain.default_model()
            threshold = model.threshold if settings.answer_threshold is None else settings.answer_threshold
            drafted = bool(step.drafts) and all(d is not None for d in step.drafts)
            confidence = abstain.decision(step.rows, settings.abstain_threshold, model) if drafted else 0.0
        # the JSON's confidence is what the cut reads: with `learned`, -1 when a support falls short
        extra.update(selector="combined", confidence=round(right if confidence is None else confidence, 4),
                     **({} if step.probability is None else {"probability": round(step.probability, 4)}))
    else:
        drafts = [draft_answer(part, hits, idf, reorder, settings.figure_picker) for part in (q.parts or [q])]
        support = min((d.support if d else 0.0) for d in drafts)
        threshold = settings.abstain_threshold
    if q.parts and _one_enumeration(q, drafts):  # 甲、乙、丙分别新增多少: the sentence giving each its figure
        support = max(d.support for d in drafts)
    if apart := next(filter(None, map(cited_places.apart_subjects, drafts)), None):  # a veto: after the support is set, so nothing raises it again
        support, confidence = 0.0, None if confidence is None else 0.0
        extra["cited_apart"] = "/".join(apart)
    if named_source.off_piece(q, drafts, hits):  # 报告中…: a news story's sentence, the report not named in it, is no answer
        support, confidence = 0.0, None if confidence is None else 0.0
        extra["cited_other_piece"] = True
    if not q.english and not q.parts and q.kind == "quantity" and len(figures_quoted(drafts)) < listed_count(q.text, QUESTION_WORD_RE):
        # 甲和乙分别拨付多少, read as one question: one figure answers one of them, not the question
        support, confidence = 0.0, None if confidence is None else 0.0
        extra["fewer_figures_than_asked"] = True
    if q.parts and _one_figure_twice(drafts):
        support, confidence = 0.0, None if confidence is None else 0.0
        extra["one_figure_twice"] = True
    return drafts, support, threshold, confidence, extra


def _one_figure_twice(drafts) -> bool:
    """Do two parts of a question (甲的产量和乙的销量分别是多少; 实施多少个项目，总投资多少) quote the same
    figure of the same sentence? One figure answers one of them: the other has no answer of its own,
    and showing it twice would give it one. A quote holding several figures (累计亏损及股东亏损分别为
    989亿元和686亿元) answers each part with its own."""
    seen = set()
    for d in drafts:
        if d is None or d.kind != "quantity" or not d.parts:
            continue
        p = d.parts[0]
        quoted = p.sentence.chunk.text[p.a : p.b]
        key = (p.sentence.chunk.source, quoted)
        if key in seen and len(quantities.find_quantities(quoted)) < 2:
            return True
        seen.add(key)
    return False


def _one_enumeration(q, drafts) -> bool:
    """Do a question's parts (甲、乙、丙分别新增多少, split by query/question.py) quote one sentence, each
    a different figure, each quote writing the words only its part has (新增甲1万头、乙300万只、丙3万头)?
    Then the sentence answers the whole question as well as it answers its best part: the later items
    stand far from the verb and words they share with the first, which lowers their own support.
    A quote need not write all its part's own words (年产茶叶 for 茶叶年产量), but one of them and
    none of another part's."""
    if len(drafts) < 2 or any(d is None or d.kind != "quantity" or len(d.parts) != 1 for d in drafts):
        return False
    shared = set.intersection(*(set(part.terms) for part in q.parts))
    quotes = [d.parts[0].sentence.chunk.text[d.parts[0].a : d.parts[0].b] for d in drafts]
    same = len({(d.parts[0].sentence.chunk.source, d.parts[0].sentence.text) for d in drafts}) == 1
    own = [set(part.terms) - shared for part in q.parts]
    # each quote names its own item and no other's: 年产茶叶300吨 is the part 茶叶年产量's (its 茶叶, none of
    # 种植面积 or 涉茶产值), though it writes the measure as a verb before the thing
    return (same and len(figures_quoted(drafts)) >= len(drafts) and all(mine for mine in own)
            and all(any(w in x for w in mine) and not any(w in x for o in own if o is not mine for w in o - mine)
                    for mine, x in zip(own, quotes)))


def figures_quoted(drafts) -> set[str]:
    """The figures the drafts' parts quote (a question saying its sources disagree needs two)."""
    return {quantities.without_qualifier(f.text) for d in drafts if d for p in d.parts
            for f in quantities.find_quantities(p.sentence.chunk.text[p.a : p.b])}
