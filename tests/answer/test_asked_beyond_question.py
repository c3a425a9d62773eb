"""What the cited part must carry beyond the question, on made-up sentences: a site inside a place the question
names, a date and not a duration, a time the article says is unknown, the quotation before its attribution, and a
letter lost to an encoding that ends no sentence (session 41, h5)."""

from __future__ import annotations

from assistant.answer import asked_slot, referred, unknown_cause
from assistant.answer.evidence import Scored, Sentence
from assistant.answer.extractive import Draft, Part
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text.sentences import split_sentences


def _sentences(*texts: str):
    text = "".join(texts)
    chunk = Chunk(id="c0", source="made/c0.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    out, at = [], 0
    for t in texts:
        out.append(Sentence(0, chunk, at, at + len(t)))
        at += len(t)
    return out


def _slot(question: str, text: str):
    return asked_slot.slot_disagreement(analyse(question), _sentences(text)[0].chunk, 0, len(text))


def test_a_site_inside_a_place_the_question_names_must_be_named():
    q = "两国外长会谈具体在甲国的什么地方举行？"
    assert asked_slot.site_asked(analyse(q))
    found = _slot(q, "据报道，两国外长会谈将于明天在甲国举行。")
    assert found is not None and found.kind == "asked kind"
    assert _slot(q, "两国外长会谈将在甲国青河会展中心举行。") is None
    # 何处举行 is left loose: its answers may name a body, not a site (主要于郡政府举办, DRCD dev)
    assert not asked_slot.site_asked(analyse("庆祝活动还在何处举行？"))


def test_a_duration_dates_nothing():
    assert asked_slot.dates_nothing("他不希望再花费6年时间去开发一款新作品。")
    assert asked_slot.dates_nothing("这座桥历时3年建成，长达两年之久的争论结束。".replace("两年之久", "2年之久"))
    assert not asked_slot.dates_nothing("新作品将在2025年发售。")
    assert not asked_slot.dates_nothing("他6年前开始开发这款作品。")


def test_a_time_the_best_sentence_says_is_unknown_is_not_answered():
    q = analyse("某工作室的下一款作品什么时候发售？")
    unknown, other = _sentences("工作室负责人表示，对于下一款作品仍无明确计划。", "而8月3日发售的《旧作》销量很好。")
    assert unknown_cause.time_unknown(q, [Scored(unknown, 1.0, 1.0), Scored(other, 0.5, 0.5)])
    # the sentence dates the event beside what is not yet known: that date may be the one asked
    dated = _sentences("新车将于2025年率先在海外上市，国内上市时间尚未公布。")[0]
    assert not unknown_cause.time_unknown(analyse("新车什么时候在海外上市？"), [Scored(dated, 1.0, 1.0)])
    # not a time question
    assert not unknown_cause.time_unknown(analyse("工作室负责人对下一款作品怎么说？"), [Scored(unknown, 1.0, 1.0)])


def test_the_quotation_before_a_bare_attribution_is_shown_with_it():
    quote_a, quote_b, said, after = _sentences("“报告目标明确、措施有力。", "我们将在扩大内需上增强动力。”",
                                               "会议期间，区长张三在接受记者采访时表示。", "张三说，全区要抓好项目。")
    pool = [quote_a, quote_b, said, after]
    asked = analyse("张三在接受采访时说要在扩大内需上做到什么？")
    assert referred.quotation_before(asked, said, pool) == [quote_a, quote_b]
    # who spoke is what these ask: the attribution answers them
    for who in ("区长是谁？", "会议期间接受采访的区长有哪些？"):
        assert referred.quotation_before(analyse(who), said, pool) == []
    draft = referred.with_referents(analyse("张三在接受采访时说要做到什么？"), Draft([Part(said, said.a, said.b, 0.5)], 0.5), pool)
    assert [p.sentence for p in draft.parts] == [quote_a, quote_b, said]
    # an attribution with words of its own, or no quotation before it, is left alone
    assert referred.quotation_before(asked, after, pool) == []
    plain = _sentences("全区经济平稳增长。", "区长张三表示。")
    assert referred.quotation_before(asked, plain[1], plain) == []


def test_a_question_mark_between_latin_letters_is_a_lost_letter():
    text = "显示器已通过DisplayHDR 400、莱茵T?V低蓝光、AMD FreeSync Premium认证。扭矩为410N?m。真的吗?是的。"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "显示器已通过DisplayHDR 400、莱茵T?V低蓝光、AMD FreeSync Premium认证。", "扭矩为410N?m。", "真的吗?", "是的。"]


def test_a_list_pointed_back_at_and_a_thing_named_after_this_one():
    listed, pointing, after = _sentences("香菇和猪肉，干贝虾皮，剁碎。", "手工剁碎这些馅料是大姨的坚持。", "再用叶子卷好。")
    pool = [listed, pointing, after]
    q = analyse("大姨剁的馅料里有哪些食材？")
    draft = referred.with_referents(q, Draft([Part(pointing, pointing.a, pointing.b, 0.5)], 0.5, kind="list"), pool)
    assert [p.sentence for p in draft.parts] == [listed, pointing]
    # not a list question, or the noun pointed with is not the question's: nothing added
    assert referred.list_before(analyse("大姨剁的馅料是谁做的？"), pointing, pool) == []
    assert referred.list_before(analyse("大姨家有哪些菜？"), pointing, pool) == []
    lead, this, dish = _sentences("亲戚说不要做扣肉。", "然后父亲就端上这道。", "一层扣肉、一片芋头相间。")
    pool = [lead, this, dish]
    draft = referred.with_referents(analyse("扣肉和什么相间？"), Draft([Part(this, this.a, this.b, 0.5)], 0.5), pool)
    assert [p.sentence for p in draft.parts] == [this, dish]
    assert referred.named_after(lead, pool) == []


def test_a_question_asking_the_next_sentence_of_the_one_it_describes():
    described, following, other = _sentences("要营造尊重教师的良好风气。", "以更大力度推进课程改革。", "全年新建学校三所。")
    pool = [described, following, other]
    next_asked = analyse("讲完要营造尊重教师的良好风气，下一句说要以更大力度做什么？")
    draft = referred.with_referents(next_asked, Draft([Part(described, described.a, described.b, 0.5)], 0.5), pool)
    assert [p.sentence for p in draft.parts] == [described, following]
    before_asked = analyse("说以更大力度推进课程改革的上一句讲要营造什么风气？")
    draft = referred.with_referents(before_asked, Draft([Part(following, following.a, following.b, 0.5)], 0.5), pool)
    assert [p.sentence for p in draft.parts] == [described, following]
    # a question naming no neighbour is left alone
    plain = referred.with_referents(analyse("要营造什么风气？"), Draft([Part(described, described.a, described.b, 0.5)], 0.5), pool)
    assert [p.sentence for p in plain.parts] == [described]
    assert referred.neighbour(other, pool, 1) == []
