"""Questions about where or when a news piece was filed (answer/datelines.py) on made-up
articles: the piece's dateline answers; an event's place or day is left to the other steps."""

from __future__ import annotations

from assistant.answer import datelines
from assistant.query.question import analyse
from assistant.records import Hit
from support import drafted_text, made_chunk

TITLE = "发展湿地旅游要量力而行"
OPENING = "发展湿地旅游要量力而行\n(新华社西宁3月5日电)\n近年来,一些地方纷纷上马湿地公园项目,投入不小。"
OTHER = "春耕备耕正当时\n中新社成都4月2日电 眼下正值春耕时节,各地农民忙着育秧。"


def _hit(text: str, title: str, article: int = 0, n: int = 0) -> Hit:
    return Hit(made_chunk(text, title, cid=f"c{n}", source=f"made/{n}.txt", article=article), 1.0)


def _answer(question: str, hits: list[Hit]) -> str | None:
    draft = datelines.draft(analyse(question), hits)
    return drafted_text(draft)


def test_where_a_piece_was_filed_is_its_dateline():
    hits = [_hit(OTHER, "春耕备耕正当时", n=1), _hit(OPENING, TITLE, n=2)]
    assert _answer("新华社那篇谈湿地旅游的评论是从哪里发的稿？", hits) == "新华社西宁3月5日电"
    assert _answer("讲湿地公园项目的那篇评论是哪天发出的电稿？", hits) == "新华社西宁3月5日电"
    assert _answer("春耕那篇报道的电头是哪里？", hits) == "中新社成都4月2日电"


def test_an_event_asked_is_left_to_the_other_steps():
    hits = [_hit(OPENING, TITLE)]
    assert _answer("湿地公园项目是在哪里上马的？", hits) is None
    assert _answer("湿地旅游论坛哪天开幕？", hits) is None


def test_a_piece_without_a_dateline_is_left_to_the_other_steps():
    hits = [_hit("发展湿地旅游要量力而行\n本报讯 近年来,一些地方纷纷上马湿地公园项目。", TITLE)]
    assert _answer("那篇谈湿地旅游的评论是从哪里发的稿？", hits) is None


def test_from_where_a_piece_was_sent_is_its_dateline():
    hits = [_hit(OPENING, TITLE)]
    assert _answer("那篇湿地旅游评论是新华社从哪座城市发出的？", hits) == "新华社西宁3月5日电"
    assert _answer("这批湿地物资是从哪里发出的货？", hits) is None
    assert _answer("湿地公园的游客是从哪里来的？", hits) is None
