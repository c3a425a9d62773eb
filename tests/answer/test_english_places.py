"""An English question's place read by the subject check (answer/subject.py), on made-up passages: a county or
district of the asked city named in the sentence, and the place an earlier passage of the article names."""

from dataclasses import replace

from support import made_chunk

from assistant.answer import subject
from assistant.query.question import analyse

LEAD = "赤峰举办首届乡村读书节。"
LATER = "承办方红山区文化旅游局表示，明年将继续举办。"


def _asked(kind: str):
    return replace(analyse("x"), english=True, kind=kind, places=("赤峰市",), text="Which office ran the reading fair in Chifeng?")


def test_an_office_of_a_district_the_asked_city_holds_answers_for_the_city():
    chunk = made_chunk(LATER, subject="内蒙古")
    assert subject.place_disagreement(_asked("generic"), chunk, 0, len(LATER)) is None


def test_a_figure_of_the_district_is_still_not_the_citys():
    text = "红山区共有读者1200名。"
    chunk = made_chunk(text, subject="内蒙古")
    assert subject.place_disagreement(_asked("quantity"), chunk, 0, len(text)) is not None


def test_a_place_the_articles_earlier_passage_names_is_in_force_for_an_english_question():
    first = made_chunk(LEAD, subject="韩国", cid="c1", start=0)
    later_text = "组委会邀请了12名主播到现场。"
    later = made_chunk(later_text, subject="韩国", cid="c2", start=200)

    class S:  # a candidate sentence's chunk, as with_articles reads it
        def __init__(self, chunk):
            self.chunk = chunk

    q = subject.with_articles(_asked("quantity"), [S(first), S(later)])
    assert subject.place_disagreement(q, later, 0, len(later_text)) is None
    assert subject.place_disagreement(_asked("quantity"), later, 0, len(later_text)) is not None


def test_an_earlier_passage_naming_the_county_beside_its_siblings_does_not_make_the_citys_passage_its():
    first = made_chunk("建好宁城县林果园、林西县草原牧场等园区。", subject="赤峰", cid="c1", start=0)
    later_text = "全年新建公路80公里。"
    later = made_chunk(later_text, subject="赤峰", cid="c2", start=200)

    class S:
        def __init__(self, chunk):
            self.chunk = chunk

    asked = replace(_asked("quantity"), places=("宁城县",), text="How many kilometres of road will Ningcheng County build?")
    assert subject.with_articles(asked, [S(first), S(later)]).first_named == {}


def test_a_region_asked_beside_an_unknown_firm_vouches_for_no_article():
    from assistant.answer.asked_names import vouched_articles
    from assistant.records import Hit

    # Zentrova is a made-up firm no dictionary knows; 香港 is named by articles on any firm of the region
    other = Hit(made_chunk("香港某平台的订阅价格上调。", cid="c1", source="made/a.txt"), 1.0)
    q = replace(analyse("x"), english=True, places=(), text="When did Zentrova's Hong Kong shares stop trading?")
    names = (("Zentrova", ()), ("Hong Kong", ("香港",)))
    assert vouched_articles(q, names, [other])["Zentrova"] == frozenset()
    town = (("Zentrova", ()), ("Nanhu", ("南湖镇",)))
    assert vouched_articles(q, town, [Hit(made_chunk("南湖镇某厂扩产。", cid="c2"), 1.0)])["Zentrova"]
