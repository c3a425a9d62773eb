"""A question asking several items' figures (分别…多少) answered by one sentence enumerating them."""

from types import SimpleNamespace

from assistant.answer.steps import _one_enumeration

TEXT = "该县今年力争新增苹果树2万株、梨树500株、桃树8000株。"


def _draft(quote: str, text: str = TEXT, source: str = "a.txt"):
    a = text.index(quote)
    sentence = SimpleNamespace(text=text, chunk=SimpleNamespace(text=text, source=source))
    return SimpleNamespace(kind="quantity", support=0.5, parts=[SimpleNamespace(sentence=sentence, a=a, b=a + len(quote))])


def _question(*items: str):
    return SimpleNamespace(parts=[SimpleNamespace(terms=("该县", item, "新增")) for item in items])


def test_one_sentence_giving_each_item_its_figure_answers_them_all():
    q = _question("苹果树", "梨树", "桃树")
    assert _one_enumeration(q, [_draft("新增苹果树2万株"), _draft("梨树500株"), _draft("桃树8000株")])


def test_a_quote_without_its_item_or_another_sentence_or_one_figure_twice_is_no_enumeration():
    q = _question("苹果树", "梨树", "桃树")
    assert not _one_enumeration(q, [_draft("新增苹果树2万株"), _draft("梨树500株"), _draft("梨树500株")])
    other = "该县新增桃树8000株。"
    assert not _one_enumeration(q, [_draft("新增苹果树2万株"), _draft("梨树500株"), _draft("桃树8000株", other)])
    assert not _one_enumeration(q, [_draft("新增苹果树2万株"), _draft("梨树500株"), None])


def test_a_quote_may_write_one_of_its_own_words_but_none_of_another_parts():
    # 年产牛肉 for 牛肉年产量: the measure written as a verb before the thing
    text = "全县肉牛存栏量达到12万头,年产牛肉3000吨,牛肉产值20亿元。"
    q = SimpleNamespace(parts=[SimpleNamespace(terms=("全县", "存栏量")), SimpleNamespace(terms=("全县", "牛肉", "年产量")),
                               SimpleNamespace(terms=("全县", "牛肉", "产值"))])
    quotes = ["肉牛存栏量达到12万头", "年产牛肉3000吨", "牛肉产值20亿元"]
    assert _one_enumeration(q, [_draft(x, text) for x in quotes])
    # a quote writing a word only another part has (产值) is that part's figure, not its own
    quotes[1], quotes[2] = quotes[2], quotes[1]
    assert not _one_enumeration(q, [_draft(x, text) for x in quotes])
