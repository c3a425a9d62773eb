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


def test_which_agency_filed_a_piece_is_its_dateline():
    # 哪家通讯社 before the filing (发的稿) or after it (电头是哪家通讯社): the agency the dateline names first
    text = "柳岸古镇游客量创新高\n(中新社柳岸5月18日电)\n今年一季度,柳岸古镇接待游客86万人次。"
    hits = [_hit(text, "柳岸古镇游客量创新高", n=3)]
    assert datelines.asks_filing("讲柳岸古镇游客量的那篇报道是哪家通讯社发的稿？")
    assert _answer("讲柳岸古镇游客量的那篇报道是哪家通讯社发的稿？", hits) == "中新社柳岸5月18日电"
    assert _answer("柳岸古镇那篇报道的电头是哪家通讯社？", hits) == "中新社柳岸5月18日电"


def test_an_agency_asked_of_no_filing_is_left_to_the_other_steps():
    # 哪家通讯社 with no filing asked (最早报道了) is the agency of an event the text reports; 哪家企业 no agency
    hits = [_hit("柳岸古镇游客量创新高\n(中新社柳岸5月18日电)\n今年一季度,柳岸古镇接待游客86万人次。", "柳岸古镇游客量创新高")]
    assert not datelines.asks_filing("哪家通讯社最早报道了柳岸古镇的游客量？")
    assert _answer("哪家通讯社最早报道了柳岸古镇的游客量？", hits) is None
    assert not datelines.asks_filing("柳岸古镇的游客中心是哪家企业投资的？")
