"""The head of 多少个<adjective><noun>: the noun counted, not the adjective saying which."""

from assistant.query.question import analyse


def test_an_adjective_after_the_asking_word_is_not_the_head():
    assert analyse("青溪县今年要建多少个固定停车位？").head == "停车位"
    assert analyse("青溪县今年要建多少个停车位？").head == "停车位"
