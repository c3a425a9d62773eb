"""谁 questions: names of any length, any role word the text uses, in either order."""

import pytest

from assistant.answer import people, roles
from assistant.query.question import analyse


def names(text, asked=()):
    return [(p.name, p.role) for p in people.persons(text, asked)]


@pytest.mark.parametrize("text,name,role_end", [
    ("据介绍，馆长张三主持了开幕式。", "张三", "馆长"),  # two characters
    ("村党支部书记王大伟带领村民修路。", "王大伟", "书记"),  # jieba splits 王|大伟
    ("据介绍，站长欧阳明远表示，客流明显增长。", "欧阳明远", "站长"),  # four characters
    ("总工程师司马相如介绍，工程进展顺利。", "司马相如", "总工程师"),
    ("对此，记者采访了某市第四人民医院急诊科副主任李景栋。", "李景栋", "副主任"),  # a role outside any list
    ("展览策展人王婷将于20日带领观众参观。", "王婷", "策展人"),
    ("公司创始人阿不都热依木·买买提说，订单翻了一番。", "阿不都热依木·买买提", "创始人"),
])
def test_role_before_name(text, name, role_end):
    found = names(text)
    assert any(n == name and r.endswith(role_end) for n, r in found), found


def test_role_after_name_and_shared_role():
    assert names("李向前院长说，医院将加强管理。")[0] == ("李向前", "院长")
    assert names("茹梁艳医生为患者针灸。")[0] == ("茹梁艳", "医生")
    # one role for a run of names: 记者 张明 刘洋
    assert [r for _, r in names("本报讯(记者 张明 刘洋)近日，全市召开会议。")] == ["记者", "记者"]


def test_no_person_in_ordinary_words():
    assert names("站长介绍说，今年客流增长明显。") == []
    assert names("全市经济持续增长，民生福祉不断增进。") == []


@pytest.mark.parametrize("question,role", [
    ("某县县长是谁？", "县长"),
    ("谁是本次展览的策展人？", "策展人"),
    ("某医院急诊科副主任是谁？", "副主任"),  # jieba cuts 副|主任; the deputy is asked
    ("博物馆的馆长叫什么名字？", "馆长"),
])
def test_role_taken_from_the_question(question, role):
    assert roles.asked_roles(analyse(question)) == (role,)


def test_who_after_a_preposition_asks_no_role():
    assert roles.asked_roles(analyse("该片由谁执导？")) == ()
    text = "这部电影由星河影业出品，由导演张小明执导。"
    assert [p.name for p in people.wanted_persons(analyse("该片由谁执导？"), text)] == ["张小明"]


def test_wanted_persons_hold_the_asked_role():
    text = "会上，副县长刘强主持，县长赵德明讲话，记者孙悦报道。"
    assert [p.name for p in people.wanted_persons(analyse("该县县长是谁？"), text)] == ["赵德明"]
    assert [p.name for p in people.wanted_persons(analyse("谁是记者？"), text)] == ["孙悦"]
    text = "急诊科副主任李景栋介绍了病情，急诊科主任王明说。"
    assert [p.name for p in people.wanted_persons(analyse("急诊科副主任是谁？"), text)] == ["李景栋"]
    assert [p.name for p in people.wanted_persons(analyse("急诊科主任是谁？"), text)] == ["王明"]
    # the question's own role word finds a name jieba cuts apart (区长|孙琥峰 -> 长孙 as a surname)
    found = people.wanted_persons(analyse("西安区区长是谁？"), "市人大代表、西安安区区长孙琥峰在接受记者采访时说。")
    assert [p.name for p in found] == ["孙琥峰"]
    # a name the question already gives is not the answer
    assert people.wanted_persons(analyse("赵德明是什么职务？谁是县长"), text) == []


@pytest.mark.parametrize("text,name,role_end", [
    # a transliterated name, its parts joined by ·, however jieba cuts each part
    ("该国内政部长阿米特·沙尔马表示，救援仍在进行。", "阿米特·沙尔马", "内政部长"),
    ("维护机构负责人安东尼奥·马埃斯特罗9日表示，工程完工。", "安东尼奥·马埃斯特罗", "负责人"),
    # the dot lost to an encoding as a ?, which no longer ends the sentence either
    ("法国天文学家查尔斯?梅西耶于1764年发现了它。", "查尔斯?梅西耶", "天文学家"),
    ("犯罪嫌疑人李某某已被刑事拘留。", "李某某", "嫌疑人"),  # a surname and 某 stand for the name
    ("节目主持人欧阳小雨介绍了嘉宾。", "欧阳小雨", "主持人"),  # a compound surname after a role
    ("星河科技CTO赵明远，月亮公司总经理钱进出席活动。", "赵明远", "CTO"),  # a title in Latin letters
])
def test_names_of_any_form(text, name, role_end):
    found = names(text)
    assert any(n == name and r.endswith(role_end) for n, r in found), found


def test_places_and_landmarks_are_no_people():
    assert names("苏州·中国刺绣艺术馆位于古城区。") == []
    assert names("比萨斜塔管理机构负责人是谁？") == []  # so the question names no person to agree with


def test_roles_joined_by_a_pause_mark_are_one_persons():
    text = "法院判处仓库的房东、实际经营者孙某及现场管理者钱某有期徒刑。"
    assert [p.name for p in people.wanted_persons(analyse("仓库的房东是谁？"), text)] == ["孙某"]
    # the second person's role starts after the first one's name
    assert [p.name for p in people.wanted_persons(analyse("谁是现场管理者？"), text)] == ["钱某"]
    assert roles.asked_roles(analyse("星河科技的CTO是谁？")) == ("CTO",)
    # a role before the first of two roles is both roles' (项目负责人、研究员张某某)
    found = people.wanted_persons(analyse("该项目负责人是谁？"), "项目负责人、研究员张某某介绍，样品已送检。")
    assert [p.name for p in found] == ["张某某"]


@pytest.mark.parametrize("word,is_role", [
    ("县长", True), ("策展人", True), ("作者", True), ("皇帝", True), ("CEO", True),
    ("配合", False), ("击杀了", False), ("以及", False), ("王法慧", False),
])
def test_asked_words_that_read_as_roles(word, is_role):
    assert roles.reads_as_role(word) is is_role


def test_an_asked_word_that_is_no_role_does_not_filter():
    # 谁 after a verb (配合谁, 刘某让谁): the word is read from the question but names no
    # role, so a person without that word beside him still answers
    text = "在任内，他积极配合总经理张德明开展禁烟运动。"
    q = analyse("在任内，他配合谁开展禁烟运动？")
    assert [p.name for p in people.wanted_persons(q, text)] == ["张德明"]
    # a real role still filters: the governor is not the reporter asked about
    assert people.wanted_persons(analyse("该报道的记者是谁？"), text) == []


def test_the_asked_role_right_after_the_name():
    # 王德明总统: the role asked follows the name, even one jieba's role endings miss
    text = "2009年3月17日，王德明总统宣布解散政府。"
    assert [p.name for p in people.wanted_persons(analyse("当时的总统是谁？"), text)] == ["王德明"]
    assert people.wanted_persons(analyse("当时的总理是谁？"), text) == []


def test_a_role_the_person_became():
    text = "1960年8月3日独立，张德明成为首任总统。"
    assert [p.name for p in people.wanted_persons(analyse("该国首任总统是谁？"), text)] == ["张德明"]


def test_who_did_the_meeting_act_asked():
    # 由谁主持: the one the sentence says chaired, not who attended and spoke
    q = analyse("年中工作会议由谁主持？")
    spoke = "市委副书记、代理市长张明华出席会议并讲话。"
    chaired = "会议由市委秘书长李建国主持，市长张明华出席并讲话。"
    assert people.wanted_persons(q, spoke) == []
    assert [p.name for p in people.wanted_persons(q, chaired)] == ["李建国"]
    assert [p.name for p in people.wanted_persons(q, "办公室主任王立新主持会议并讲话。")] == ["王立新"]
    # a sentence that writes no chairing names nobody who chaired
    assert people.wanted_persons(q, "区长赵永刚强调，要抓好年中各项工作。") == []
    # a reporter who signs the article answers who interviewed, without writing the act
    asked = analyse("赵永刚接受的是哪位记者的采访？")
    assert [p.name for p in people.wanted_persons(asked, "本报记者 陈晓东")] == ["陈晓东"]


def test_the_act_asked_is_the_asked_persons_own():
    assert roles.asked_act(analyse("年中工作会议由谁主持？")) == ("主持",)
    assert "讲话" in roles.asked_act(analyse("哪位领导在会上致辞？"))
    # the reporter's act, not the act of the people asked about
    assert roles.asked_act(analyse("记者采访了哪几位县长？")) == ()


def test_a_surname_jieba_does_not_tag_after_a_role():
    assert [p.name for p in people.persons("教育整顿领导小组副组长兼办公室主任孙新阳主持会议。")] == ["孙新阳"]
    # not a surname character inside a longer word after 长
    assert people.persons("航拍建设中的南京龙潭长江大桥。") == []
    assert people.persons("以吸引家长和学生报名。") == []


def test_a_four_character_word_tagged_as_a_name_is_no_person_alone():
    assert [p.name for p in people.persons("全国纪检监察干部队伍教育整顿推进会召开。")] == []


def test_a_sentence_naming_nobody_who_did_the_act_asked_is_denied():
    q = analyse("年中工作会议由谁主持？")
    assert people.denies(q, "市委副书记、代理市长张明华出席会议并讲话。")
    assert not people.denies(q, "会议由市委秘书长李建国主持。")
    # a question asking a role and no act: a sentence naming nobody in any role denies nothing
    assert not people.denies(analyse("东丰县县长是谁？"), "张明华出席会议并讲话。")


def test_a_sentence_naming_others_in_other_roles_only_is_denied():
    """主编是谁 and a sentence whose one person is an 编辑: its probability makes no 主编 of him."""
    q = analyse("这期专题的主编是谁？")
    assert people.denies(q, "（新闻客户端）【编辑:王建华】")
    assert not people.denies(q, "主编丨刘晓燕")
    assert people.denies(analyse("东丰县县长是谁？"), "市长张明华出席会议并讲话。")
    assert not people.denies(analyse("东丰县县长是谁？"), "县长张明华出席会议并讲话。")
    # a post the words do not compare (CEO for 高管) is no rival: the selector's probability may stand
    assert not people.denies(analyse("青溪汽车哪位高管透露了新车计划？"), "据青溪汽车CEO王建华透露，新车将于年内上市。")


@pytest.mark.parametrize("role, asked, is_rival", [
    ("编辑", "主编", True), ("市长", "县长", True), ("经理", "总经理", True), ("副县长", "县长", True),
    ("县长", "县长", False), ("CEO", "高管", False), ("小学四年级学生", "讲解员", False),
    ("首席经济学家兼研究院院长", "经济学家", False),  # 兼 joins two posts: he holds the one asked
])
def test_a_rival_post_is_of_the_family_asked_and_does_not_hold_it(role, asked, is_rival):
    assert roles.rival(role, (asked,)) is is_rival


def test_the_role_after_which_ends_at_a_role_word():
    # jieba tags the act after the role a noun too (教授|领衔, 画家|交情)
    assert roles.asked_roles(analyse("这个课题组由哪位教授领衔？")) == ("教授",)
    assert roles.asked_roles(analyse("他与哪位画家交情深厚？")) == ("画家",)
    text = "然而，星河大学化学学院教授李晓峰课题组近日提出了一种新的解决方案。"
    assert [p.name for p in people.wanted_persons(analyse("这个课题组由哪位教授领衔？"), text)] == ["李晓峰"]


def test_a_role_s_latin_letters_in_brackets_before_the_name():
    text = "星河汽车首席运营官（COO）赵明远在谈到市场时表示，技术积累远大于挑战。"
    assert names(text)[0] == ("赵明远", "星河汽车首席运营官")
    assert [p.name for p in people.wanted_persons(analyse("星河汽车的首席运营官是谁？"), text)] == ["赵明远"]


def test_a_credit_lines_role_is_read_before_its_mark():
    """主编丨X, 【编辑:Y】, 责编 | Z: a credit line writes the role, a mark, then the name."""
    q = analyse("这期专题的主编是谁？")
    assert roles.asked_role_nouns(q) == ("主编",)  # jieba tags 主编 b: it is a role all the same
    assert [(p.name, p.role) for p in people.persons("主编丨刘晓燕", ("主编",))] == [("刘晓燕", "主编")]
    assert [(p.name, p.role) for p in people.persons("（新闻客户端）【编辑:王建华】")] == [("王建华", "编辑")]
    assert [p.name for p in people.wanted_persons(q, "监制丨李海\n主编丨刘晓燕\n编辑丨王建华")] == ["刘晓燕"]
    # what a colon follows is a role only when it reads as one
    assert all(p.role == "" for p in people.persons("他回忆说：王建华当年就在这里。"))


@pytest.mark.parametrize("role, asked, holds", [
    ("公司总经理", "总经理", True), ("销售经理", "经理", True),
    ("总经理", "经理", False), ("副总经理", "总经理", False), ("编辑", "主编", False), ("主编", "编辑", False),
    ("总编辑", "编辑", False), ("经理", "总经理", False), ("常务副县长", "副县长", True), ("县长", "副县长", False),
    ("院长", "医院院长", True), ("主任", "办公室副主任", False),
])
def test_a_rank_before_a_role_makes_another_post(role, asked, holds):
    assert roles.role_matches(role, (asked,)) is holds


def test_an_english_questions_role_guesses_say_no_rank():
    """general manager's dictionary guesses (经理, 总经理) do not rule out the 副总经理 the text names:
    an English question's rank is in its own words (deputy), not in the guesses."""
    from assistant.answer.roles import role_matches

    assert not role_matches("青溪公司副总经理", ("总经理", "经理"))
    assert role_matches("青溪公司副总经理", ("总经理", "经理"), ranked=False)
    assert not role_matches("青溪公司副总经理", ("书记",), ranked=False)


@pytest.mark.parametrize("text,roles_asked", [
    ("Who is the deputy curator of the Lakeside Folk Art museum?", ["副院长", "副馆长"]),
    ("Who is the curator of the new library?", ["馆长"]),
    ("Who is the director of the hospital?", ["院长"]),
    ("Who is the principal of the school?", ["校长", "院长"]),
    ("Who is the head of the county?", []),  # no body whose head is written X长
    ("Who opened the museum?", []),
])
def test_the_head_of_an_institution_is_its_last_character_and_chang(text, roles_asked):
    assert roles.headed_roles(text) == roles_asked


def test_a_deputy_curator_asked_in_english_is_found_as_the_museums_fu_guanzhang():
    q = analyse("Who is the deputy curator of the Lakeside Folk Art museum?")
    found = people.wanted_persons(q, "湖畔民间艺术博物馆副馆长陈晓兰告诉记者，馆里新添了展品。")
    assert [p.name for p in found] == ["陈晓兰"]


@pytest.mark.parametrize("role, holds", [
    ("星河集团副总裁", True), ("公司总经理", True), ("董事长", True), ("首席财务官", True), ("星河科技CFO", True),
    ("技术总监", True), ("秘书长", False), ("工程师", False), ("销售员", False),
])
def test_an_executive_asked_is_whoever_holds_an_executive_post(role, holds):
    """高管 (高层) names a kind of post, as 负责人 does: the text names the post itself (副总裁, CFO)."""
    assert roles.holds(role, ("高管",)) is holds
    assert roles.rival(role, ("高管",)) is False


def test_a_firms_executive_asked_finds_the_vice_president_the_text_names():
    q = analyse("对新品定价作出回应的星河集团高管是谁？")
    assert roles.asked_role_nouns(q) == ("高管",)
    text = "对于定价的疑问，星河集团副总裁王建国表示，成本是主要因素。"
    assert [p.name for p in people.wanted_persons(q, text)] == ["王建国"]
    assert people.wanted_persons(q, "星河集团秘书长王建国表示，成本是主要因素。") == []


def test_a_name_after_the_role_asked_ends_before_a_preposition_of_his_act():
    """创始人张|兴海对…给予评价: jieba reads the surname as a measure word; 对, 就, 也 open what he does."""
    q = analyse("对合作给予高度评价的星河公司创始人是谁？")
    assert [p.name for p in people.wanted_persons(q, "星河公司的创始人张兴海对与华为的合作给予了高度评价。")] == ["张兴海"]
    assert people.wanted_persons(q, "星河公司创始人对此进行了回应。") == []


@pytest.mark.parametrize("question", [
    "Who wrote the newspaper interview with Pinevale's mayor Lin Qiao?",
    "Who wrote the front-page report on the made-up flood?",
    "Who wrote the long weekend feature about Oakford's tea farms?",
])
def test_the_writer_of_a_piece_described_before_its_noun_is_its_reporter(question):
    # newspaper interview, front-page report: words between the article and the piece still ask its byline
    assert roles.asked_roles(analyse(question)) == ("记者",)


def test_who_wrote_a_thing_that_is_no_news_piece_asks_no_reporter():
    # guard: a letter, a plan or a song has a writer, not a byline; the piece right after the article still asks one
    assert roles.asked_roles(analyse("Who wrote the interview with Pinevale's mayor?")) == ("记者",)
    assert roles.asked_roles(analyse("Who wrote the letter to the made-up county's mayor?")) == ()
    assert roles.asked_roles(analyse("Who wrote the made-up song about the river?")) == ()
