"""A question asking one thing for each of three or more items it lists (answer/each_asked.py): an answer with
fewer pieces than items is refused; made-up sentences."""

from __future__ import annotations

from assistant.answer.each_asked import listed, too_few

Q = "碧水、净土和生态修复三段里，报告各要严格落实哪项制度？"


def test_the_items_listed_before_each_are_counted():
    assert len(listed(Q)) == 3
    assert len(listed("东城、西城、南城和北城分别有哪些新政策？")) == 4
    assert len(listed("甲和乙各是什么？")) == 0  # two: 和 may stand inside a name
    assert len(listed("东城、西城和南城各有多少人？")) == 0  # a figure asked: the figure readers'


def test_fewer_pieces_than_items_is_too_few():
    assert too_few(Q, ["严格落实“田长制”，加强治理。", "严格落实“河长制”，坚持“一河一策”“一断面一策”。"])
    assert not too_few(Q, ["严格落实“田长制”。", "严格落实“河长制”。", "严格落实“林长制”。"])
    assert not too_few(Q, ["三段分别落实河长制、田长制和林长制。"])  # one sentence giving all three
    assert not too_few(Q, ["落实“河长制”“田长制”，让天更蓝、山更绿。"])  # one sentence: the list readers judge it
    assert not too_few("甲和乙各是什么？", ["甲是星河。"])


def test_a_sentence_writing_every_item_answers_with_the_rest():
    question = "邢树纲说东丰县要体现、汇聚和展现的分别是什么？"
    assert too_few(question, ["体现东丰担当，汇聚东丰力量、展现东丰作为。", "报告主题鲜明。"]) is False
    assert too_few(question, ["体现东丰担当。", "汇聚东丰力量。"])
