"""谁 questions: names of any length, any role word the text uses, in either order."""

import pytest

from assistant.answer import people
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
    ("某医院急诊科副主任是谁？", "主任"),
    ("博物馆的馆长叫什么名字？", "馆长"),
])
def test_role_taken_from_the_question(question, role):
    assert people.asked_roles(analyse(question)) == (role,)


def test_wanted_persons_hold_the_asked_role():
    text = "会上，副县长刘强主持，县长赵德明讲话，记者孙悦报道。"
    assert [p.name for p in people.wanted_persons(analyse("该县县长是谁？"), text)] == ["赵德明"]
    assert [p.name for p in people.wanted_persons(analyse("谁是记者？"), text)] == ["孙悦"]
    # the question's own role word finds a name jieba cuts apart (区长|孙琥峰 -> 长孙 as a surname)
    found = people.wanted_persons(analyse("西安区区长是谁？"), "市人大代表、西安安区区长孙琥峰在接受记者采访时说。")
    assert [p.name for p in found] == ["孙琥峰"]
    # a name the question already gives is not the answer
    assert people.wanted_persons(analyse("赵德明是什么职务？谁是县长"), text) == []
