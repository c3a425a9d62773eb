"""A list the selector shows is not answered for by the rules' support of another list (answer/list_support.py)."""

from support import made_chunk

from assistant.answer import evidence, extractive, list_support

TEXT = "星河区成功打造甲、乙、丙等特色民宿。报告主题鲜明、措施有力、振奋人心。星河区要加快实施丁酒店、戊广场等项目。"


def _draft(*texts: str):
    chunk = made_chunk(TEXT)
    parts = []
    for t in texts:
        at = TEXT.index(t)
        parts.append(extractive.Part(evidence.Sentence(0, chunk, at, at + len(t)), at, at + len(t), 1.0))
    return extractive.Draft(parts, 0.8, kind="list")


def test_a_doubted_list_of_other_sentences_than_the_rules_is_not_vouched_for():
    ruled = _draft("星河区成功打造甲、乙、丙等特色民宿。")
    shown = _draft("报告主题鲜明、措施有力、振奋人心。")
    assert list_support.unvouched(ruled, shown, 0.1, 0.6)
    assert not list_support.unvouched(ruled, shown, 0.7, 0.6)  # the selector vouches for its own
    both = _draft("报告主题鲜明、措施有力、振奋人心。", "星河区成功打造甲、乙、丙等特色民宿。")
    assert not list_support.unvouched(ruled, both, 0.1, 0.6)  # it quotes the rules' list too


def test_an_unvouched_list_stands_on_what_the_rules_scored_its_own_sentence():
    from assistant.query.question import analyse

    q = analyse("星河区要加快实施哪几个项目？")
    ruled = _draft("星河区成功打造甲、乙、丙等特色民宿。")
    doubted, listed = _draft("报告主题鲜明、措施有力、振奋人心。"), _draft("星河区要加快实施丁酒店、戊广场等项目。")
    ranked = [evidence.Scored(p.sentence, 0.1, 0.5, {"rules": rules})
              for p, rules in ((doubted.parts[0], 0.2), (listed.parts[0], 0.7))]
    assert list_support.shown_support(q, ruled, doubted, ranked, 0.1, 0.6) < 0.43  # the rules scored it low
    assert list_support.shown_support(q, ruled, listed, ranked, 0.1, 0.6) >= 0.7 * 0.99  # its own sentence's score
    assert list_support.shown_support(q, ruled, _draft("星河区成功打造甲、乙、丙等特色民宿。"), ranked, 0.1, 0.6) == 0.8


def test_a_list_of_named_things_asked_must_name_some():
    from assistant.query.question import analyse

    from assistant.answer import list_asked

    q = analyse("星河区要加快实施哪几个项目？")
    assert list_asked.named_kind(q.text) == "项目"
    assert list_asked.named_kind("报告提出要坚持哪几条原则？") == ""  # principles are often written as acts
    assert list_support.unlisted(q, _draft("报告主题鲜明、措施有力、振奋人心。"))  # praise, no project
    assert not list_support.unlisted(q, _draft("星河区要加快实施丁酒店、戊广场等项目。"))
    assert not list_support.unlisted(q, _draft("报告主题鲜明、措施有力、振奋人心。", "星河区要加快实施丁酒店、戊广场等项目。"))
    assert not list_support.unlisted(analyse("报告提出要坚持哪几条原则？"), _draft("报告主题鲜明、措施有力、振奋人心。"))
    ranked = [evidence.Scored(_draft("报告主题鲜明、措施有力、振奋人心。").parts[0].sentence, 0.1, 0.5, {"rules": 0.9})]
    assert list_support.shown_support(q, None, _draft("报告主题鲜明、措施有力、振奋人心。"), ranked, 0.1, 0.6) == 0.0


def test_a_sentence_gives_named_items_in_many_ways():
    def gives(text: str) -> bool:
        return list_support.names_items("星河区要加快实施哪几个项目？", text, "项目")

    assert gives("加快建设甲大桥、乙隧道。")  # nouns enumerated
    assert gives("重点项目包括：")  # a list announced
    assert gives("一是推进甲园建设。")  # a numbered item
    assert gives("青河区开工建设甲馆。")  # a subject of a run of them
    assert gives("启动“乙计划”。")  # a quoted name
    assert gives("全力推进星河文旅综合体项目。")  # the kind with its name
    assert not gives("区长说，今年要抓好四项重点工作。")  # a count, no item
    assert not gives("目标明确、路径清晰。")  # praise
    assert gives("该站主要为Alpha半挂卡车和Beta皮卡提供充电服务。")  # two joined by 和
    assert not gives("报告具有极强的指导性和操作性。")  # qualities joined
    assert gives("目前，Gamma已经签署代工协议。")  # a Latin name, one item a sentence


def test_a_list_of_versions_shows_a_sentence_writing_a_version():
    asked = "甲车分为哪几个版本？"
    assert list_support.unversioned(asked, ["甲车正式交付。", "上市首周订单超过两千辆。"])
    assert not list_support.unversioned(asked, ["共有四款车型，分别是旗舰版、长续航版和先锋版。"])
    assert not list_support.unversioned("乙车将推出哪些续航版本？", ["新车将推出500公里、600公里等多种版本。"])
    assert not list_support.unversioned("甲车有哪些配色？", ["甲车正式交付。"])  # no versions asked
