"""Answers the rules found but refused (issue 12), on made-up sentences: a change word in a
clause that does not ask (为推动…提升能级，出台了多少条) asks for no change; a measure written
another way (市占率 for 市场份额) and a head that names no measure (总数) keep the figure's
support; a question about an office's 负责人 or an 专家 is answered by the post the text
names, and a role given after the name (选举某某为书记) is that person's."""

from __future__ import annotations

from support import made_chunk

from assistant.answer import extractive, figure_kind, measure_words, people
from assistant.query.question import analyse
from assistant.records import Chunk, Hit


def _chunk(text: str, cid: str = "c1") -> Chunk:
    return made_chunk(text, "青溪新闻", cid=cid, source=f"made/{cid}.txt")


def _draft(question: str, *texts: str):
    hits = [Hit(_chunk(t, f"c{i}"), 1.0 - i / 10, i + 1, i + 1, 0.9) for i, t in enumerate(texts)]
    made = extractive.draft_answer(analyse(question), hits, lambda t: 2.0)
    if made is None:
        return None, 0.0
    part = made.parts[0]
    return part.sentence.chunk.text[part.a : part.b], made.support


def test_a_change_word_outside_the_asking_clause_asks_for_no_change():
    q = analyse("为推动青溪开发区提升能级，省里一共出台了多少条措施？")
    assert not q.change and figure_kind.wanted(q) == "level"
    asked = analyse("为推动青溪开发区发展，开发区产值同比提升了多少？")
    assert asked.change and figure_kind.wanted(asked) == "change"
    text, _ = _draft("为推动青溪开发区提升能级，省里一共出台了多少条措施？", "青溪开发区的政策共提出了18条措施，涵盖产业和人才。")
    assert text is not None and "18条" in text


def test_a_measure_written_another_way_is_the_one_asked():
    assert {"市占率", "市场占有率"} <= measure_words.spellings("市场份额")
    text = "今年上半年，青溪电池公司国内市占率为31.5%，而去年的数据为35.2%。"
    assert figure_kind.disagreement(analyse("今年上半年青溪电池公司在国内的市场份额是多少？"), text,
                                    next(f for f in __import__("assistant.text.quantities", fromlist=["x"]).find_quantities(text)
                                         if f.text == "31.5%")) == ""
    answer, support = _draft("今年上半年青溪电池公司在国内的市场份额是多少？", text)
    _, bare = _draft("今年上半年青溪电池公司在国内的市场份额是多少？", "今年上半年，青溪电池公司国内为31.5%，而去年的数据为35.2%。")
    assert "31.5%" in answer and support > bare  # the other spelling counts as naming what was asked


def test_a_head_that_names_no_measure_costs_no_support():
    text = "至此，青溪开通直达航线的城市增至46个。"
    _, total = _draft("青溪开通直达航线的城市总数达到多少？", text)
    _, named = _draft("青溪开通直达航线的城市班次达到多少？", text)
    assert total > named  # 总数 is seldom beside its figure; 班次 missing says another figure


def test_an_office_head_and_an_expert_are_the_posts_the_text_names():
    head = analyse("青溪住建部门负责人是谁？")
    assert [p.name for p in people.wanted_persons(head, "青溪区住建局局长王建国表示，修缮已经启动。")] == ["王建国"]
    expert = analyse("研究江豚的水生所专家是谁？")
    assert [p.name for p in people.wanted_persons(expert, "水生生物研究所副研究员郝玉泉说，江豚数量回升。")] == ["郝玉泉"]
    # a kind of role covers posts, not every role: a reporter is no office's head
    assert people.wanted_persons(head, "青溪日报记者王建国报道，修缮已经启动。") == []


def test_a_role_given_after_the_name_is_that_persons():
    q = analyse("青溪集团新一届党委选出的党委书记是谁？")
    text = "青溪集团新一届委员会召开第一次会议，选举丁雄杰为党委书记，王莉莉为党委副书记。"
    assert [(p.name, p.role) for p in people.wanted_persons(q, text)] == [("丁雄杰", "党委书记")]
    answer, _ = _draft("青溪集团新一届党委选出的党委书记是谁？", text)
    assert answer is not None and "丁雄杰" in answer and "王莉莉" not in answer
    # a deputy is not the role asked, and a post someone leaves is not one they hold
    assert people.wanted_persons(q, "会议选举王莉莉为党委副书记。") == []
    assert all(p.name != "李静安" for p in people.wanted_persons(q, "建议李静安不再担任党委书记职务。"))
