"""A person question's draft names the people it asks for (answer/person_answers.py): a quotation whose
speaker is not attached answers no 哪位, one person no 哪几位; an interviewee asked (哪位受访区长评价…) is
the speaker of the quotation, named in the article after it or in its heading (answer/speakers.py)."""

import pytest
from support import flat_idf, made_chunk

from assistant.answer import evidence, extractive, person_answers, roles, speakers
from assistant.query.question import analyse
from assistant.records import Hit

TITLE = "稳中求进 开创新局 ——访市人大代表、南湖区区长 郑文涛"
QUOTE = "“报告思路清晰、重点突出，为全市发展描绘了清晰蓝图。南湖区将在产业升级上取得更大突破。”"
ATTRIBUTION = "市人代会期间，市人大代表、南湖区区长郑文涛在接受记者采访时表示。"


def _draft(*texts: str, kind: str = "person"):
    chunk = made_chunk("".join(texts))
    parts, at = [], 0
    for t in texts:
        s = evidence.Sentence(0, chunk, at, at + len(t))
        parts.append(extractive.Part(s, at, at + len(t), 1.0))
        at += len(t)
    return extractive.Draft(parts, 1.0, kind=kind)


@pytest.mark.parametrize("question,asks", [
    ("哪位受访区长评价这份报告为全市发展描绘了蓝图？", True),  # a verb of judging quotes words said
    ("哪位专家评价这项政策切实可行？", True),
    ("受访的是哪位局长？", True),  # an interviewee's part is what he said
    ("哪位小说家写了这部书？", False),
])
def test_questions_asking_who_said_with_judging_or_an_interviewee(question, asks):
    assert roles.asks_speaker(analyse(question)) is asks


def test_the_role_after_the_interviewee_participle_is_asked():
    assert roles.asked_roles(analyse("哪位受访区长评价这份报告为全市发展描绘了蓝图？")) == ("区长",)


def test_a_quotation_without_its_speaker_answers_no_who_question():
    q = analyse("哪位受访区长评价这份报告为全市发展描绘了蓝图？")
    assert person_answers.names_nobody(q, _draft(QUOTE))
    assert not person_answers.names_nobody(q, _draft(QUOTE, ATTRIBUTION))
    assert not person_answers.names_nobody(q, _draft(QUOTE, "访市人大代表、南湖区区长 郑文涛"))


def test_a_sentence_naming_no_speaker_answers_no_who_said_question():
    q = analyse("谁说要加快滨江酒店等重点项目？")
    assert person_answers.names_nobody(q, _draft("南湖区将加快滨江酒店、翠屏商业街等重点项目。"))  # 翠屏 is no speaker
    assert not person_answers.names_nobody(q, _draft("郑文涛说，南湖区将加快滨江酒店、翠屏商业街等重点项目。"))
    assert not person_answers.names_nobody(q, _draft("南湖区区长郑文涛主持会议。"))
    # another person question is the scorers': its answer is often named without a role, or no person
    assert not person_answers.names_nobody(analyse("南湖区区长是谁？"), _draft("南湖区将加快城市更新步伐。"))


def test_several_people_asked_and_one_named():
    q = analyse("记者张明在市人代会期间采访了哪几位县长？")
    one = _draft("市人大代表、北山县县长郑文涛在接受记者采访时说。", kind="list")
    two = _draft("市人大代表、北山县县长郑文涛在接受记者采访时说。", "市人大代表、西河县县长林志远在接受记者采访时说。", kind="list")
    assert person_answers.too_few_people(q, one)
    assert not person_answers.too_few_people(q, two)
    assert not person_answers.too_few_people(analyse("南湖区今年要推进哪几项工作？"), one)  # no people asked


def test_people_of_another_post_are_not_the_people_asked():
    q = analyse("审议预算报告的那篇报道里，有哪几位政协委员发了言？")
    byline = _draft("本报讯(记者 林青 赵远 周文)3月2日，出席会议的委员分组审议预算报告。", kind="list")
    assert person_answers.too_few_people(q, byline)  # who wrote the report, not who spoke in it
    said = _draft("政协委员林青说，报告很好。", "政协委员赵远说，要抓落实。", kind="list")
    assert not person_answers.too_few_people(q, said)
    posts = _draft("市政协委员、北山县县长郑文涛说。", "市政协委员、西河区区长林志远说。", kind="list")
    assert not person_answers.too_few_people(q, posts)  # the post asked among their other posts
    heads = _draft("北山县委书记郑文涛说。", "西河县委书记林志远说。", kind="list")
    assert person_answers.too_few_people(analyse("哪几位县长接受了采访？"), heads)
    experts = _draft("星河大学教授郑文涛说。", "研究员林志远表示。", kind="list")
    assert not person_answers.too_few_people(analyse("哪几位专家参加了论证？"), experts)
    bosses = _draft("董事长郑文涛说。", "总经理林志远表示。", kind="list")
    assert not person_answers.too_few_people(analyse("哪几位企业家发了言？"), bosses)  # a kind of person, not a post
    assert person_answers.too_few_people(analyse("哪几位企业家发了言？"), byline)


def test_the_interviewees_quotation_is_answered_with_his_name():
    text = f"{QUOTE}{ATTRIBUTION}郑文涛说，南湖区要打造发展新格局。"
    hits = [Hit(made_chunk(text, title=TITLE, source="made/a.txt"), 1.0)]
    sentences = evidence.sentences_of(hits)
    q = analyse("哪位受访区长评价这份报告为全市发展描绘了清晰蓝图？")
    quote = next(s for s in sentences if "蓝图" in s.text)
    draft = extractive._person(q, [evidence.Scored(quote, 1.0, 1.0)], sentences)
    shown = "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts)
    assert "郑文涛" in shown and "蓝图" in shown
    assert not person_answers.names_nobody(q, draft)
    assert speakers.named_people(shown, q.text) == ["郑文涛"]


def test_a_name_read_after_the_role_asked_is_a_name():
    q = analyse("北河区区长是谁？")  # jieba cuts 区区|长孙|建华; the role asked introduces the name
    assert not person_answers.names_nobody(q, _draft("北河区区长孙建华表示"))


@pytest.mark.parametrize("question,role", [
    ("星河日报那篇时评的作者叫什么？", "作者"),  # 叫什么 without 名字: read as no person question, a person asked all the same
    ("这篇报道的记者是谁？", "记者"),
    ("回应质疑的星河集团高管是谁？", "高管"),
    ("那道菜叫什么名字？", ""),  # a thing's name
    ("这款游戏的开发者是谁？", ""),  # a firm develops games too
    ("新厂的投资人是谁？", ""),
])
def test_the_role_whose_holder_is_asked_by_name(question, role):
    assert person_answers.asked_person_role(analyse(question)) == role


def test_a_role_asked_by_name_and_a_draft_naming_nobody():
    q = analyse("星河日报那篇时评的作者叫什么？")
    assert person_answers.unnamed(q, _draft("这个冬天，北方多地冰雪旅游持续升温。"))  # what the piece argues, no author
    assert not person_answers.unnamed(q, _draft("本报记者 刘晓燕"))
    assert not person_answers.unnamed(q, _draft("评论员王建华认为，冰雪经济要量力而行。"))
    q = analyse("接受采访的星河工作室CEO叫什么名字？")
    assert person_answers.unnamed(q, _draft("星河工作室将推出两款新游戏。"))
    assert not person_answers.unnamed(q, _draft("星河工作室的CEO Anna Berg近日在接受采访时谈到了未来规划。"))
    # no role asked, or a thing's name asked: the scorers' (谁的殖民地: 西班牙; 那道菜: “玉如意”)
    assert not person_answers.unnamed(analyse("那道菜叫什么名字？"), _draft("每年都能吃到这道“玉如意”。"))
    # a Latin-letter name the role is not written beside names a person all the same
    assert not person_answers.unnamed(q, _draft("当被问及新作时，Berg表示，团队需要休息。"))


def test_people_asked_as_a_group_are_not_a_post():
    """哪些人员 asks groups named by what they do; people with other roles are not ruled out as with 哪几位县长."""
    workers = _draft("党员干部郑文涛说。", "网格员林志远表示。", kind="list")
    assert not person_answers.too_few_people(analyse("坚守在防汛一线的有哪些人员？"), workers)
    assert person_answers.too_few_people(analyse("哪几位县长坚守在防汛一线？"), workers)


def test_kinds_of_people_asked_are_not_people_named():
    """哪些人群 asks kinds of people (留守儿童、空巢老人); a sentence naming them and no one answers it."""
    kinds = _draft("北山县今年要加大对留守儿童、空巢老人的帮扶力度。", kind="list")
    assert not person_answers.too_few_people(analyse("北山县今年要加大对哪些人群的帮扶力度？"), kinds)
    assert not person_answers.too_few_people(analyse("哪些人口被纳入了保障范围？"), kinds)
    assert person_answers.too_few_people(analyse("哪些人在会上发了言？"), kinds)  # people, each by name


def test_a_post_of_two_levels_written_with_a_bracket_is_either_post():
    """哪几位县（区）长: a county head and a district head are both the people asked; a leader a speaker
    quotes (主席) is not one of them."""
    q = analyse("记者张明在人代会期间采访了哪几位县（区）长？")
    one_and_quoted = _draft("市人大代表、西河区区长郑文涛在接受记者采访时说。", "“要落实好赵文华主席的重要讲话精神。”", kind="list")
    assert person_answers.too_few_people(q, one_and_quoted)
    two = _draft("市人大代表、北山县县长郑文涛在接受记者采访时说。", "市人大代表、西河区区长赵文华在接受记者采访时说。", kind="list")
    assert not person_answers.too_few_people(q, two)


def test_a_post_asked_as_a_list_asks_its_holders_by_name():
    # 发言的政协委员有哪些: several people, as 哪几位 asks them; a byline's 记者 are not among them
    q = analyse("分组讨论中发言的政协委员有哪些？")
    assert person_answers.people_listed(q)
    byline = _draft("本报讯(记者 林青 赵远 周文)3月2日，出席会议的委员分组审议预算报告。", kind="list")
    assert person_answers.too_few_people(q, byline)
    said = _draft("政协委员林青说，报告很好。", "政协委员赵远说，要抓落实。", kind="list")
    assert not person_answers.too_few_people(q, said)
    # a kind a firm or a body may be (会员, 投资人) is no post asked by name
    assert not person_answers.people_listed(analyse("协会的会员有哪些？"))
    assert not person_answers.people_listed(analyse("南湖区今年要推进哪些工作？"))
    assert not person_answers.people_listed(analyse("本版图片由哪些记者拍摄？"))  # a credit's
