"""A sentence writing the words around a question's asking phrase with a new phrase in its place."""

from assistant.answer import evidence, slot
from assistant.query.question import analyse
from assistant.records import Chunk


def test_governing_word_and_head_around_a_new_phrase():
    q = "在改善环境那部分，报告要求推进哪一类治理？"
    assert slot.fills(q, "推进河湖水系综合治理。")
    assert not slot.fills(q, "改善环境。")  # the setting restated, no slot filled
    assert not slot.fills(q, "推进治理。")  # nothing where the asking phrase stands


def test_a_verb_of_the_same_second_character():
    assert slot.fills("最终想要清除的是哪一类障碍？", "加快改革，消除阻碍企业成长的制度障碍。")
    # 自 of 自由 is no verb ending in 自 (来自 asked)
    assert not slot.fills("这种观念来自哪一家的思想？", "这部法律受到本国自由主义思想影响。")


def test_two_words_after_the_asking_phrase():
    q = "发言人回顾去年时，提到哪个物流园在加快建设？"
    assert slot.fills(q, "青山物流园加快建设，新增三条专线。")
    assert not slot.fills(q, "物流园建设取得进展。")


def test_an_asking_phrase_ending_its_clause_is_not_read():
    assert not slot.fills("这个部件的作用是什么？", "齿轮之间的作用力决定转速。")


def _scored(question: str, passage: str) -> dict[str, float]:
    chunk = Chunk(id="c1", source="s", title="", subject="", article=0, start=0, end=len(passage),
                  text=passage, segments=((0, 0, len(passage)),), raw=passage)
    q = analyse(question)
    sentences = [evidence.Sentence(0, chunk, a, b) for a, b in evidence.split_sentences(passage)]
    return {s.sentence.text: s.coverage for s in evidence.score_sentences(q, sentences, lambda t: 3.0)}


def test_a_filled_slot_takes_its_passage_setting(monkeypatch):
    q = "在改善水环境那部分，报告要求推进哪一类治理？"
    passage = "改善水环境。推进河湖水系综合治理。"
    monkeypatch.setattr(evidence, "lead_in_force", lambda text, at: "")  # the heading line's own reading aside
    filled = _scored(q, passage)["推进河湖水系综合治理。"]
    monkeypatch.setattr(slot, "fills", lambda question, sentence: False)
    assert filled > _scored(q, passage)["推进河湖水系综合治理。"]
    monkeypatch.undo()
    monkeypatch.setattr(slot, "fills", lambda question, sentence: False)
    assert _scored(q, passage)["推进河湖水系综合治理。"] == filled  # under its heading line, it holds the part's words


def test_a_list_question_is_not_lifted_by_its_passage(monkeypatch):
    q = "在改善水环境那部分，报告要求推进哪些治理？"
    passage = "改善水环境。推进河湖水系综合治理。"
    lifted = _scored(q, passage)["推进河湖水系综合治理。"]
    monkeypatch.setattr(slot, "fills", lambda question, sentence: False)
    assert lifted == _scored(q, passage)["推进河湖水系综合治理。"]
