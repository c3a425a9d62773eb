from assistant.query.name_owner import owner, thing_name_asked


def test_the_owner_of_the_name_asked_is_the_noun_before_or_after():
    assert owner("甲县正在推进的文旅产业园叫什么名字？") == "产业园"
    assert owner("报告准备组织一项叫什么名字的活动？") == "活动"
    assert owner("叫什么名字？") == ""


def test_a_thing_named_is_no_person_a_role_kin_word_or_pronoun_is():
    assert thing_name_asked("甲县正在推进的文旅产业园叫什么名字？")
    assert thing_name_asked("某基金会管理的慈善基金叫什么名字？")
    assert thing_name_asked("报告准备组织一项叫什么名字的活动？")
    for text in ("乙镇的党支部书记叫什么名字？", "某公司的首席执行官叫什么名字？", "他的女儿叫什么名字？",
                 "他叫什么名字？", "那位创业青年叫什么名字？", "谁负责的项目叫什么名字？"):
        assert not thing_name_asked(text), text
