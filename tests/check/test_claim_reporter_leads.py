"""A claim opening on what a reporter's piece wrote (周晓帆的稿子写到，/ 周晓帆的文章里提到，/ 本报记者周晓帆的
稿件中写道：) names its reporter like 据周晓帆报道: the lead is set apart (check/reported.lead) and the claim is
decided only by the article the reporter's byline credits. Another's words (镇长的讲话里提到) are no lead.
A dateline claim may name the agency before the place (电头是新华社兰州电: check/dateline_claims.filed).
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.dateline_claims import filed
from assistant.check.reported import Reporter, lead

REST = "白沙镇今年新建茶园500亩。"
ARTICLE = "白沙镇茶产业见闻\n本报记者 周晓帆\n今年以来，白沙镇新建生态茶园500亩，茶叶产值增长12.4%。"
OTHER = "白沙镇茶产业见闻\n本报记者 郑一鸣\n今年以来，白沙镇新建生态茶园500亩，茶叶产值增长12.4%。"


def verdict(claim: str, text: str) -> str:
    return check(claim, made_hits(text), flat_idf, 0.43).verdict


def test_a_pieces_words_name_its_reporter():
    for opening in ["周晓帆的稿子写到，", "周晓帆的文章里提到，", "本报记者周晓帆的稿件中写道：", "周晓帆的报道里提到，"]:
        assert lead(opening + REST) == (Reporter(("周晓帆",)), REST), opening


def test_an_outlets_article():
    assert lead("新华社的文章里提到，" + REST) == (Reporter((), "新华社"), REST)


def test_other_words_are_no_lead():
    # guards against over-reach: a speech, a plan, a mention
    for claim in ["镇长的讲话里提到，" + REST, "规划的文章里提到，" + REST, "周晓帆提到了白沙镇的茶园。", "周晓帆提到，" + REST]:
        assert lead(claim) == (None, claim)
    assert lead("周晓帆写道，" + REST) == (Reporter(("周晓帆",)), REST)  # held before


def test_the_reporters_article_decides():
    assert verdict("周晓帆的稿子写到，白沙镇新建生态茶园500亩。", ARTICLE) == "supported"
    assert verdict("周晓帆的文章里提到，白沙镇茶叶产值增长12.4%。", ARTICLE) == "supported"


def test_anothers_article_leaves_it_open():
    assert verdict("周晓帆的稿子写到，白沙镇新建生态茶园500亩。", OTHER) == "not_enough_info"
    assert verdict("周晓帆的文章里提到，白沙镇茶叶产值增长9.6%。", OTHER) == "not_enough_info"
    assert verdict("周晓帆的文章里提到，白沙镇茶叶产值增长9.6%。", ARTICLE) == "refuted"


def test_an_agency_before_the_dateline_place():
    assert filed("那篇谈冰雪项目的评论，电头是新华社兰州电。") == ("兰州", "", "那篇谈冰雪项目的评论，。")
    assert filed("那篇谈冰雪项目的评论，电头是兰州。")[0] == "兰州"  # held before
    assert filed("那篇谈冰雪项目的评论，电头是新华社电。") is None  # no place left to check
