"""The rules' answer cutting on candidates the selector ranked: the figure, name or list of its likeliest sentences."""

from __future__ import annotations

from assistant.answer import asked_kind, asked_terms, evidence, neighbours, people, speaker_words
from assistant.answer.parallel_runs import answers_count
from assistant.query.question import Question
from assistant.text.sentences import ends_inside, split_clauses


def draft_from(q: Question, ranked: list[evidence.Scored], sentences: list[evidence.Sentence], idf):
    """The rules' answer cutting, applied to candidates already in order (`draft_answer`
    without its own scoring)."""
    from assistant.answer import credits, extractive as ex

    top = ranked[0]
    # the figure and the name are picked among the sentences the selector finds nearly as likely as its best: the
    # pickers' own unit and role factors would otherwise prefer a less likely sentence whose figure has a unit they know (两个校区 over 藏书81.6万册)
    near = [sc for sc in ranked if sc.score >= NEAR_SHARE * top.score]
    if q.kind == "quantity":
        return ex._quantity(q, near, idf) or ex.Draft([ex._whole(top)], top.score * 0.5, kind="quantity")
    if q.kind == "person":  # the best naming a rival of the role asked (编辑:Y for 主编): its holder is sought as far as the rules seek
        made = ex._person(q, credits.first(q, ranked)[:1] + (ranked[: people.LOOK] if people.denies(q, top.sentence.text) else near), sentences) or ex._sentence_answer(q, top, sentences, support=top.score * 0.5)
    elif q.kind == "list":
        made = ex._list(q, ranked, sentences)
        if len(made.parts) == 1 and answers_count(q.text, made.parts[0].sentence.text):
            return made  # all the items counted in one sentence: a near candidate adds none
    elif q.kind == "reason":
        made = ex._reason(top, sentences)
    else:
        made = with_lead(q, sentence_answer(speaker_words.content_first(q, asked_kind.programme_first(q, ranked)), sentences), sentences)
    return with_runner_up(made, ranked)


def with_lead(q: Question, made, sentences: list[evidence.Sentence]):
    """`made` with the lead naming the industry asked before its first sentence, when that sentence names none
    (培育壮大新材料产业。 before 推动甲、乙等企业发展: the items are told under their lead)."""
    from assistant.answer import extractive as ex

    first = made.parts[0].sentence if made is not None and made.parts else None
    lead = first and asked_terms.industry_lead(q, first.chunk.text, first.a, first.b)
    if not lead or any(p.sentence.chunk.id == first.chunk.id and p.a <= lead[0] < p.b for p in made.parts):
        return made
    own = next((s for s in sentences if s.chunk.id == first.chunk.id and s.a <= lead[0] < s.b), None)
    made.parts.insert(0, ex.make_part(own or first, *lead, made.parts[0].score))
    return made


def with_runner_up(made, ranked: list[evidence.Scored]):
    """Two sentences the selector cannot tell apart are both shown, each with its own citation: on CMRC questions
    0-299 the answer was the second candidate for one question in twenty (17 of 300), 10 of them within 0.8 of the
    best, and picking one of a near tie is a coin toss. Figures never take this path (one figure is the answer)."""
    from assistant.answer import extractive as ex

    if len(ranked) < 2 or ranked[1].score < CLOSE_SHARE * ranked[0].score:
        return made
    runner = ranked[1].sentence
    if any(p.sentence.text == runner.text or (p.sentence.chunk.id == runner.chunk.id and p.a < runner.b and runner.a < p.b)
           for p in made.parts):
        return made
    made.parts.append(ex._whole(ranked[1]))
    return made


NEAR_SHARE = 0.5  # a figure or name is taken from a sentence at least this probable (relative to the best)
ALONE = 20  # characters: a chosen sentence shorter than this is read with the next one
NEIGHBOUR_SHARE = 0.5  # a neighbour this probable (relative to the best) joins the answer
CLOSE_SHARE = 0.7  # any other candidate this probable (relative to the best) joins it too (chosen on CMRC questions 0-299)


def sentence_answer(ranked: list[evidence.Scored], sentences: list[evidence.Sentence]):
    """The chosen sentence; its neighbour too when the selector finds it nearly as likely to hold the answer,
    or when the chosen one is a stub (otherwise a neighbour only makes the answer longer)."""
    from assistant.answer import extractive as ex

    top = ranked[0]
    s = top.sentence
    chosen = [top]
    for other in ranked[1:3]:
        o = other.sentence
        adjacent = o.chunk.id == s.chunk.id and (0 <= o.a - s.b <= 2 or 0 <= s.a - o.b <= 2)
        if adjacent and other.score >= NEIGHBOUR_SHARE * top.score:
            chosen.append(other)
            break
    parts = [ex._whole(c) for c in sorted(chosen, key=lambda c: c.sentence.a)]
    follow = neighbours.next_sentence(s, sentences)
    if len(chosen) == 1 and follow is not None and len(s.text) < ALONE:
        parts.append(ex.make_part(follow, follow.a, follow.b, top.score))
    return ex.Draft(parts, top.score, kind="sentence", joiner="")


def stand_in(ranked: list[evidence.Scored]):
    """(a figure question's draft when no figure was picked: the selector's best sentence, its probability)."""
    from assistant.answer import extractive as ex

    return (ex.Draft([ex._whole(ranked[0])], ranked[0].score, kind="quantity", stand_in=True), ranked[0].score) if ranked else (None, 0.0)


def _cut(s: evidence.Sentence) -> bool:
    """Is `s` the first part of a sentence the chunking cut: last in its chunk and ending on a clause mark?"""
    return s.b >= len(s.chunk.text.rstrip()) and ends_inside(s.text)


def _rest(s: evidence.Sentence, sentences: list[evidence.Sentence]) -> evidence.Sentence | None:
    """The sentence opening the next retrieved chunk of `s`'s article right after it (`run_of`), or None."""
    after = neighbours.after_in_run(s, sentences)
    return after if after is not None and after.chunk.id != s.chunk.id else None


def unfinished(draft, sentences: list[evidence.Sentence], terms=()) -> bool:
    """Does `draft` show a sentence the chunking cut whose rest is in no retrieved chunk, with the question's words
    (`terms`) in its last clause before the cut? The items asked run on past the cut (推进甲, | 推进乙,推进丙。 with the
    second chunk not retrieved): the list shown is its first part, given as the whole. Items all before the cut
    (坚持甲、乙的方针,推进丙, | …) are whole."""
    for p in draft.parts if draft is not None else []:
        s = p.sentence
        if _cut(s) and _rest(s, sentences) is None:
            clauses = split_clauses(s.text)
            last = s.text[slice(*clauses[-1])] if clauses else s.text
            if any(len(t) > 1 and t in last for t in terms):
                return True
    return False


def continued(draft, sentences: list[evidence.Sentence]):
    """`draft` with the rest of each of its sentences that the chunk boundary cut (要求是:…,推进甲和乙, | 推进丙和丁,…。
    in the next chunk): the sentence that follows it in the next retrieved chunk is read as its own part."""
    from assistant.answer import extractive as ex

    if draft is None or not draft.parts:
        return draft
    shown = {(p.sentence.chunk.id, p.sentence.a) for p in draft.parts}
    for i, p in reversed(list(enumerate(draft.parts))):
        s = p.sentence
        if not _cut(s):
            continue
        after = _rest(s, sentences)
        if after is not None and (after.chunk.id, after.a) not in shown:
            draft.parts.insert(i + 1, ex.make_part(after, after.a, after.b, p.score))
            shown.add((after.chunk.id, after.a))
    return draft
