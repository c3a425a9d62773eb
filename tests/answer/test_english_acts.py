"""The act an English count question asks (how many people were missing), written right after a Chinese figure
(answer/english_acts.py): a report counting its people by what befell them (12人死亡、65人受伤，55人失踪) answers
with the count the asked verb's translation follows. Made-up sentences; the dictionary gives the translations."""

from __future__ import annotations

from assistant.answer import figures
from assistant.answer.evidence import Scored, Sentence
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import quantities

SLIDE = "梧桐县山体滑坡已造成至少12人死亡、65人受伤，另有约55人失踪。"
MISSING = "How many people were missing after the made-up landslide in Wutong County?"


def _acts(question: str, text: str) -> dict[str, int]:
    from assistant.answer.english_acts import act_after
    q = analyse(question)
    return {f.text: act_after(q, text, f) for f in quantities.find_quantities(text)}


def _scores(question: str, text: str) -> dict[str, float]:
    chunk = Chunk(id="c1", source="made/c1.txt", title="梧桐", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    scored = Scored(Sentence(1, chunk, 0, len(text)), 1.0, 1.0, {})
    return {p.figure.text: p.score for p in figures.pick_figures(analyse(question), scored, lambda t: 2.0)}


def test_the_count_the_asked_act_follows_is_the_one_asked():
    # 55人失踪 for "were missing"; 12人死亡 and 65人受伤 are followed by other verbs while 失踪 is written later
    assert _acts(MISSING, SLIDE) == {"12人": -1, "65人": -1, "55人": 1}
    assert _acts(MISSING, "滑坡发生后，12人失踪。") == {"12人": 1}


def test_another_verb_is_not_read_against_an_act_the_text_never_writes():
    # 12人死亡 with no 失踪 anywhere: nothing says which count is asked; a Chinese question is not read here
    assert _acts(MISSING, "滑坡造成12人死亡。") == {"12人": 0}
    assert _acts("梧桐县山体滑坡造成多少人失踪？", SLIDE) == {"12人": 0, "65人": 0, "55人": 0}


def test_the_figure_picker_prefers_the_count_the_asked_act_follows():
    scores = _scores(MISSING, SLIDE)
    assert scores["55人"] > scores["12人"] and scores["55人"] > scores["65人"]


def test_a_question_whose_act_follows_no_count_leaves_the_picks_alone():
    # guard: were evacuated, whose translation follows none of the counts: all three stay alike
    scores = _scores("How many people were evacuated after the made-up landslide in Wutong County?", SLIDE)
    assert scores["12人"] == scores["65人"] == scores["55人"] > 0


def test_an_act_a_word_after_the_count_is_still_its_act():
    # 12人不幸失踪: an adverb may stand between the count and its act; the next item's act is not read (、 ends it)
    assert _acts(MISSING, "梧桐县山体滑坡造成至少12人不幸失踪、3人死亡。") == {"12人": 1, "3人": 0}


def test_a_noun_run_on_after_the_count_is_no_other_act():
    # 9家快递服务品牌: 快递 (a verb to jieba) opens a noun phrase that runs on, not an act of its own
    assert _acts("How many courier brands did the made-up Wutong post office survey?",
                 "调查对象包括9家快递服务品牌，调查范围覆盖50个城市。") == {"9家": 0, "50个": 0}
