from assistant.answer.members_asked import asked_group, unnamed


def test_a_quoted_slogan_asked_for_its_members():
    assert asked_group("文件里的“三清”具体是哪些内容？") == (["三清"], 2)
    assert asked_group("“两个确保”分别指什么？")[0] == ["两个确保"]
    assert asked_group("三大工程里另外两个叫什么？") == (["三大工程"], 2)
    assert asked_group("除了甲港，四大港口里另外三个港口叫什么？") == (["四大港口"], 3)


def test_other_questions_are_not_read():
    assert asked_group("“三清”行动什么时候开始？") == ([], 0)
    assert asked_group("今年新建了多少个“口袋公园”？") == ([], 0)
    assert not unnamed("“三清”行动什么时候开始？", ["深入开展“三清”行动"])


def test_the_name_alone_does_not_answer():
    assert unnamed("文件里的“三清”具体是哪些内容？", ["全面推进“三清”整治，改善人居环境"])
    assert unnamed("“沿江四县”具体是哪四个县？", ["加强沿江四县产业协作，共建园区"])
    assert unnamed("报告里“双优”建设的两个“优”分别指什么？", ["以“双优”建设为抓手，推动转型"])


def test_members_written_next_to_the_name_answer():
    assert not unnamed("文件里的“三清”具体是哪些内容？", ["“三清”即清垃圾、清杂物、清沟渠"])
    assert not unnamed("三大工程分别是什么？", ["实施三大工程（安居工程、水利工程、交通工程）"])
    assert not unnamed("三大工程分别是什么？", ["推进安居、水利、交通等三大工程建设"])
    assert not unnamed("三大工程分别是什么？", ["打造“安居+保障”“水利+生态”“交通+物流”三大工程"])
    assert not unnamed("三大工程分别是什么？", ["着力打造三大工程：安居工程、水利工程和交通工程"])


def test_members_in_another_sentence_are_left_to_the_rest():
    assert not unnamed("两大集群具体指哪两个？", ["打造两大集群", "推动纺织和汽车配套分别向百亿级迈进"])


def test_others_must_be_as_many_as_asked_beyond_the_question():
    q = "除了甲港、乙港之外，四大港口里另外两个叫什么？"
    assert unnamed(q, ["建设甲港、乙港等四大港口"])
    assert not unnamed(q, ["建设甲港、乙港、丙港、丁港四大港口"])


def test_which_two_of_a_quoted_phrase():
    q = "两个“坚定不移”指的是哪两个？"
    assert asked_group(q) == (["坚定不移"], 2)
    assert unnamed(q, ["始终坚持两个“坚定不移”，推动发展"])
