"""Layout reads traditional-Chinese pages as it reads simplified ones: 本報記者 is a byline,
臺中市 a place; the text and its offsets stay as written."""

from assistant.ingest import layout

PAGE = ("臺中市擴大公共托育服務\n本報記者 陳志明／臺中報導\n臺中市政府昨日公布，今年全市新設公共托育中心12個。\n"
        "高雄市增設運動中心\n本報記者 林小華\n高雄市今年增設國民運動中心3座。\n")


def test_a_traditional_page_is_split_at_each_headline_and_byline():
    articles = layout.segment(PAGE)
    assert [(a.title, a.byline) for a in articles] == [("臺中市擴大公共托育服務", "本報記者 陳志明／臺中報導"),
                                                       ("高雄市增設運動中心", "本報記者 林小華")]
    assert [a.subject for a in articles] == ["台中市", "高雄市"]  # matched against simplified questions
    last = articles[1].paragraphs[-1][0]
    assert PAGE[last.start : last.end] == "高雄市今年增設國民運動中心3座。"
