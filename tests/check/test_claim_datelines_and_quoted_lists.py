"""Claims the documents decide though no sentence writes them as the claim does: where a piece was
filed (its dateline, check/dateline_claims.py); a plan's figure put in another year by the person
whose interview states it (said_whole, the article's speaker and place); a list of places the claim
says the document writes (other_place.listed, quoted); the world scope a paragraph opens on
(claim_words.world_in_force). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk, made_hits

from assistant.check.claims import check
from assistant.check.dateline_claims import filed
from assistant.query.framing import disputed
from assistant.records import Hit

COMMENT = ("青山论坛 冷门运动别硬上\n新华社青州3月2日电 题：冷门运动别硬上\n"
           "近年来，一些地方上马滑翔伞项目，没有风就造风，场地闲置严重。")
REPORT = "本报讯 青山县今年将新建体育公园3个，滑翔伞项目也在规划之中。"


def _verdict(claim: str, hits) -> tuple[str, tuple]:
    found = check(claim, hits, flat_idf, 0.43)
    return found.verdict, found.sources_say


def test_a_claim_of_where_a_piece_was_filed_is_decided_by_its_dateline():
    hits = made_hits(COMMENT, REPORT)
    assert _verdict("新华社关于滑翔伞项目的那篇评论是海州电。", hits) == ("refuted", ("青州",))
    assert _verdict("新华社关于滑翔伞项目的那篇评论是青州电。", hits)[0] == "supported"
    assert _verdict("关于滑翔伞项目的那篇评论是从海州发出的。", hits) == ("refuted", ("青州",))
    assert _verdict("新华社那篇滑翔伞评论发自海州。", hits) == ("refuted", ("青州",))
    assert _verdict("那篇谈滑翔伞项目的新华社评论，电头是海州。", hits) == ("refuted", ("青州",))
    assert _verdict("新华社关于滑翔伞项目的评论是青州3月5日电。", hits) == ("refuted", ("3月2日",))
    # another agency's piece, or a piece no article with a dateline fits, is not this one
    assert _verdict("中新社关于滑翔伞项目的那篇评论是海州电。", hits)[0] == "not_enough_info"
    assert _verdict("那篇关于体育公园的报道是海州电。", made_hits(REPORT))[0] == "not_enough_info"


def test_only_a_claim_naming_a_piece_and_a_place_reads_as_a_dateline():
    assert filed("那篇评论是海州电。")[:2] == ("海州", "")
    assert filed("这篇报道是从海州3月2日发出的。")[:2] == ("海州", "3月2日")
    assert filed("那篇评论的电头是3月2日海州。")[:2] == ("海州", "3月2日")
    assert filed("海州是青州的友好城市。") is None  # no piece named
    assert filed("那篇评论是一次冷门运动的反思。") is None


def test_a_plan_put_in_another_year_by_the_interviewee_is_refuted():
    title = "——访县长 王海涛"
    text = "王海涛说，江口县要扩大开放。2024年力争引进亿元以上项目12个。"
    hits = [Hit(made_chunk(text, title=title, subject="江口县"), 1.0)]
    found = _verdict("王海涛给江口县定的“引进亿元以上项目12个”是2025年的目标。", hits)
    assert found == ("refuted", ("2024年",))
    assert _verdict("王海涛给江口县定的“引进亿元以上项目12个”是2024年的目标。", hits)[0] == "supported"
    # another place than the article's: not this article's word on it
    assert _verdict("王海涛给白山市定的“引进亿元以上项目12个”是2025年的目标。", hits)[0] == "not_enough_info"
    # set as a target: a figure done is no target set
    done = [Hit(made_chunk("王海涛说，2024年江口县引进了亿元以上项目12个。", title=title, subject="江口县"), 1.0)]
    assert _verdict("王海涛给江口县定的“引进亿元以上项目12个”是2025年的目标。", done)[0] == "not_enough_info"


def test_a_list_the_document_is_said_to_write_is_refuted_by_its_own_list():
    hits = made_hits("要深化同苏州、绍兴的友好合作，扩大开放。")
    assert _verdict("报告提出，要深化同苏州、温州的友好合作。", hits) == ("refuted", ("绍兴",))
    assert _verdict("报告提出，要深化同苏州、绍兴的友好合作。", hits)[0] == "supported"
    # whose report: the level or place before it, 市里 said so
    assert _verdict("市政府工作报告提出，深化同苏州、温州的友好合作。", hits)[0] == "refuted"
    assert _verdict("市里的报告说，要深化同苏州、温州的友好合作。", hits)[0] == "refuted"
    # the same list said of the world, not of the document: the city may have other partners
    assert _verdict("江口县将深化同苏州、温州的友好合作。", hits)[0] == "not_enough_info"


def test_the_world_a_paragraph_opens_on_holds_for_its_sentences_naming_no_place():
    text = ("上半年全球电动船销量达到95万艘。其中混动船22万艘。受补贴退出影响，"
            "上半年电动游艇销量达到60万艘，同比增长41%。")
    hits = [Hit(made_chunk(text), 1.0)]
    assert _verdict("上半年全球电动游艇销量同比增长41%。", hits)[0] == "supported"
    assert _verdict("上半年全球电动游艇销量同比增长30%。", hits)[0] == "refuted"
    for narrower in ("其中国内", "我国", "欧洲"):  # a sentence naming its own scope
        named = [Hit(made_chunk(f"上半年全球电动船销量达到95万艘。其中混动船22万艘。受补贴退出影响，"
                                f"{narrower}电动游艇销量达到60万艘，同比增长41%。"), 1.0)]
        assert _verdict("上半年全球电动游艇销量同比增长41%。", named)[0] == "not_enough_info"
    # a paragraph that does not open on the world leaves the claim's world scope unsaid
    other = [Hit(made_chunk("海外电动船销量达到95万艘。\n受补贴退出影响，上半年电动游艇销量达到60万艘，同比增长41%。"
                            "全球市场仍在扩大。"), 1.0)]
    assert _verdict("上半年全球电动游艇销量同比增长41%。", other)[0] == "not_enough_info"


def test_a_question_saying_its_sources_differ_however_worded():
    assert disputed("发现市里报告与县长说的不一样，各是多少钱？")
    assert disputed("两篇稿子写得不同，哪个对？")
    assert disputed("这个数报告和采访不一样，分别是多少？")
    assert not disputed("东丰和东辽的地区生产总值各是多少？")
    assert not disputed("这两个项目有什么不一样？")
    assert not disputed("代表们提的不同意见有多少条？")
