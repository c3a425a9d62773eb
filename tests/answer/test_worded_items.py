"""Lists asked by the form of their items, 哪几个四字词 (answer/worded_items.py)."""

from types import SimpleNamespace

from assistant.answer import worded_items


def _draft(text: str, support: float = 0.3):
    sentence = SimpleNamespace(chunk=SimpleNamespace(text=text))
    return SimpleNamespace(parts=[SimpleNamespace(sentence=sentence, a=0, b=len(text))], support=support)


def test_the_length_asked():
    assert worded_items.length_asked("文章用了哪几个四字词形容干部？") == 4
    assert worded_items.length_asked("标题里有哪两个三字短语？") == 3
    assert worded_items.length_asked("会议提出了哪几项要求？") == 0


def test_a_run_of_four_character_words_after_a_lead():
    text = "会议强调，今年要凝心聚力、真抓实干，攻坚克难、久久为功，推动各项工作落地。"
    assert worded_items.worded_run(text, 4) == ["凝心聚力", "真抓实干", "攻坚克难", "久久为功"]


def test_short_clauses_not_joined_by_the_enumeration_comma_are_no_run():
    assert worded_items.worded_run("会议强调，今年要做好工作，加强领导，服务群众。", 4) == []


def test_the_list_in_the_form_asked_is_lifted_and_others_are_not():
    question = "会议说今年要有怎样的干劲，用了哪几个四字词？"
    assert worded_items.lifted(question, _draft("会议强调，今年要凝心聚力、真抓实干，攻坚克难、久久为功。")) > 0.43
    assert worded_items.lifted(question, _draft("会议强调，今年要凝心聚力、真抓实干。")) == 0.3
    assert worded_items.lifted("会议提出了哪几项要求？", _draft("今年要凝心聚力、真抓实干，攻坚克难、久久为功。")) == 0.3
