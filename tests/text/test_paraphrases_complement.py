"""A verb with a directional complement (添上) is said by the bare verb with the same object (添活力)."""
from assistant.text import paraphrases


def test_a_dropped_complement_is_read_with_the_object_the_question_writes():
    question = "又给青溪添上活力的是什么？"
    assert paraphrases.without_complement("添上", question) == ("添活力",)
    # the asking word is no object, nor is a word the question does not write after the verb
    assert paraphrases.without_complement("带来", "给青溪带来什么？") == ()
    assert paraphrases.without_complement("记下", "他记下了什么？") == ()
    assert paraphrases.without_complement("添上", "青溪有活力吗？") == ()
