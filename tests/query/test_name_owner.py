from assistant.query.name_owner import owner, thing_name_asked


def test_the_owner_of_the_name_asked_is_the_noun_before_or_after():
    assert owner("乙市刚落成的那座科技展馆叫什么名字？") == "展馆"
    assert owner("学校打算办一场叫什么名字的比赛？") == "比赛"
    assert owner("叫什么名字？") == ""


def test_a_thing_named_is_no_person_a_role_kin_word_or_pronoun_is():
    assert thing_name_asked("乙市刚落成的那座科技展馆叫什么名字？")
    assert thing_name_asked("某协会发起的公益计划叫什么名字？")
    assert thing_name_asked("学校打算办一场叫什么名字的比赛？")
    for text in ("乙镇的党委委员叫什么名字？", "某银行的董事叫什么名字？", "他的女儿叫什么名字？",
                 "他叫什么名字？", "那位支教老师叫什么名字？", "谁负责的项目叫什么名字？"):
        assert not thing_name_asked(text), text
