"""The configured answer step (SUYUAN_SELECTOR) run over one question's passages, with what
its abstention reads: the rules alone, the learned selector alone, or `combined` (the rules
for figures and English, the selector for the rest; the rules' support, and with
SUYUAN_ABSTENTION=learned the calibrated probability, decide whether to answer).
"""

from __future__ import annotations

from assistant.answer.evidence import rerank
from assistant.answer.extractive import draft_answer


def run(which: str, q, hits, idf, embed_documents, vector, settings):
    """(drafts, support, threshold, confidence or None, extra) of answer step `which`;
    `confidence` is what the threshold cuts when it is not the support."""
    reorder = (lambda question, scored: rerank(question, scored, embed_documents, vector)) if vector else None
    extra = {"kind": q.kind, "selector": "rules"}
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
        drafts, support, right = step.drafts, step.support, step.right()
        threshold = settings.abstain_threshold
        if settings.abstention == "learned":  # the calibrated probability must clear its cut too
            threshold = abstain.default_model().threshold if settings.answer_threshold is None else settings.answer_threshold
            confidence = right if support >= settings.abstain_threshold else -1.0
        extra.update(selector="combined", confidence=round(right, 4),
                     **({} if step.probability is None else {"probability": round(step.probability, 4)}))
    else:
        drafts = [draft_answer(part, hits, idf, reorder, settings.figure_picker) for part in (q.parts or [q])]
        support = min((d.support if d else 0.0) for d in drafts)
        threshold = settings.abstain_threshold
    return drafts, support, threshold, confidence, extra
