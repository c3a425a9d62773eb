"""Whose stance or words a question asks (answer/stance.py `stance_speaker`, `stance_disagreement`), on
made-up sentences: a sentence that does not write that speaker while a clause of it opens with another
named one speaking gives the other's view, not the one asked."""

from __future__ import annotations

from assistant.answer.stance import speaking, stance_disagreement, stance_speaker
from assistant.query.question import analyse
from assistant.records import Chunk


def _verdict(question: str, text: str):
    chunk = Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return stance_disagreement(analyse(question), chunk, 0, len(text))


def test_the_speaker_a_stance_or_words_question_names():
    assert stance_speaker(analyse("星河市商务局对青梅科技收购白鹭软件持什么态度？")) == "星河市商务局"
    assert stance_speaker(analyse("青梅委员会如何评价这项协议？")) == "青梅委员会"
    assert stance_speaker(analyse("王明说青梅科技明年的研发投入是多少？")) == "王明"
    # naming no one: a pronoun, a kind, what is asked
    for question in ("对此有何看法？", "专家对这项协议持什么态度？", "哪个部门对这项协议持反对态度？", "青梅科技明年的研发投入是多少？"):
        assert stance_speaker(analyse(question)) == "", question


def test_a_named_speaker_opens_a_clause_not_a_name_called_so():
    assert speaking("欧盟还指出") == "欧盟"
    assert speaking("星河市商务局认为该交易有利于竞争") == "星河市商务局"
    for clause in ("他还指出", "该部门认为", "专家表示", "这座城市又被称为花城", "其自称是古国的后裔"):
        assert speaking(clause) == "", clause


def test_another_speakers_view_is_not_the_stance_asked():
    question = "星河市商务局对青梅科技收购白鹭软件持什么态度？"
    found = _verdict(question, "欧盟还指出，这笔收购可能会阻止白鹭软件独立发展。")
    assert found is not None and found.found == "欧盟"
    # the speaker asked, written whole or without its place, or unnamed (他, 该局), may speak
    assert _verdict(question, "星河市商务局表示，将继续审查这笔交易。") is None
    assert _verdict(question, "商务局表示，将继续审查这笔交易。") is None
    assert _verdict(question, "该局还指出，这笔交易有利于竞争。") is None
    # a sentence naming no speaker is not read here
    assert _verdict(question, "这笔收购金额达200亿美元。") is None


def test_a_speaker_named_inside_a_longer_phrase_or_a_heading_is_no_stance_asked():
    question = "星河市商务局对青梅科技收购白鹭软件持什么态度？"
    found = _verdict(question, "欧盟竞争事务专员玛格丽特·维斯特格表示，调查仍在进行。")
    assert found is not None and found.found == "欧盟"
    assert speaking("他在电视演说中鼓励国民") == ""  # 说 inside a word
    # a compilation's numbered heading of keywords states no one's view
    assert _verdict(question, "六、白鹭软件 欧盟 青梅科技 竞争对手") is not None
