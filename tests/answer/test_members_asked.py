from assistant.answer.members_asked import asked_group, counted_kind, counted_wholes, unnamed


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


def test_the_kind_a_which_question_asks_several_of():
    assert counted_kind("全市建成的4个产业园区分别是哪些？") == "园区"
    assert counted_kind("这4所学校叫什么名字？") == "学校"
    assert counted_kind("哪几个县获评先进？") == "县"
    assert counted_kind("甲乙高铁途经的城市，丙市以外还剩哪几个？") == "城市"
    assert counted_kind("这次融资由哪两家机构领投？") == "机构"
    assert counted_kind("建设12个重点项目时，甲区采取了哪些办法？") == ""  # asks 办法; the 12 projects are context
    assert counted_kind("理事会推选哪些人为甲省顾问？") == ""  # 省 is where, not what is asked
    assert counted_kind("哪个园区产值最高？") == ""  # one asked: one sentence names it
    assert counted_kind("这所学校叫什么名字？") == ""
    assert counted_kind("三所学校里，办学最早的那所学校叫什么？") == ""


def test_counts_of_a_kind():
    assert counted_wholes("园区", "全市已建成4个产业园区，总产值60亿元") == ["4个产业园区"]
    assert counted_wholes("县", "加强三县联动，各县区要落实") == ["三县", "各县"]
    assert counted_wholes("城市", "加强甲乙丙丁四市协作") == ["四市"]
    assert counted_wholes("企业", "推动多家企业上市，一家企业落户") == ["多家企业"]


def test_a_count_alone_does_not_name_the_members():
    q = "全市建成的4个产业园区分别是哪些？"
    assert unnamed(q, ["全市已建成4个产业园区，总产值60亿元"])
    assert unnamed("哪几个县获评先进？", ["三县获评先进，各县区要学习"])
    assert unnamed("这次融资由哪两家机构领投？", ["本轮融资由两家机构领投，金额10亿元"])
    assert not unnamed("这次融资由哪两家机构领投？", ["本轮融资由甲资本和乙基金两家机构领投"])
    assert unnamed(q, ["建成甲园区等4个产业园区"])  # one of four


def test_members_written_with_the_count_answer():
    q = "全市建成的4个产业园区分别是哪些？"
    assert not unnamed(q, ["全市已建成甲园区、乙园区和丙园区等4个产业园区"])
    assert not unnamed(q, ["全市已建成4个产业园区，即甲园区、乙园区、丙园区和丁园区"])
    assert not unnamed(q, ["全市已建成4个产业园区，甲园区、乙园区、丙园区、丁园区产值均超10亿元"])
    assert not unnamed(q, ["建成甲园区和乙园区2个产业园区"])
    assert not unnamed("哪个园区产值最高？", ["全市已建成4个产业园区，总产值60亿元"])
    assert not unnamed(q, ["全市已建成4个产业园区", "甲园区和乙园区产值最高"])  # another sentence may list them


def test_members_in_the_clause_after_the_count():
    q = "哪些企业参与了甲项目？"
    assert not unnamed(q, ["甲项目吸引多家企业参与，包括乙厂、丙厂和丁厂等"])
    assert unnamed("哪几个城市联动发展？", ["推动四市联动发展，办好甲节、乙节等活动"])  # the enumeration is of another kind
    assert unnamed(q, ["甲项目吸引多家企业参与，投资10亿元"])


def test_a_name_that_is_only_a_count():
    q = "“8项”举措中包括哪些做法？"
    assert asked_group(q) == (["8项”举措"], 2)
    assert asked_group("“十四五”规划里有哪些项目？") == ([], 0)
    assert unnamed(q, ["全面落实“8项”举措，力争企业突破1万户", "深化服务机制"])
    assert not unnamed(q, ["落实“8项”举措，即减税、降费、稳岗等"])
    assert not unnamed(q, ["落实减税、降费、稳岗等“8项”举措"])
