

def test_a_figure_s_clause_opens_after_a_comma_or_stop_not_after_a_listing_mark():
    from assistant.text.sentences import clause_start

    text = "全年产值增长5%。其中甲、乙产业投资12亿元，丙产业3亿元"
    assert text[clause_start(text, text.index("12亿")) :].startswith("其中甲、乙产业")
    assert text[clause_start(text, text.index("3亿")) :].startswith("丙产业")
    assert clause_start(text, text.index("5%")) == 0


def test_the_paragraph_before_a_sentence_stops_at_the_line_break():
    from assistant.text.sentences import paragraph_before
    text = "上一段。\n东丰县讯。本周开幕。"
    assert paragraph_before(text, text.index("本周")) == "东丰县讯。"
    assert paragraph_before(text, 2) == "上一"  # the first paragraph opens the text


def test_a_text_stopping_on_a_clause_mark_ends_inside_its_sentence():
    from assistant.text.sentences import ends_inside

    assert ends_inside("主要做好五方面工作：") and ends_inside("推进甲和乙，  ")
    assert not ends_inside("推进甲和乙。") and not ends_inside("") and not ends_inside("推进甲；")
