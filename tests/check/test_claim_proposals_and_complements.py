"""A person's proposal quoted with 提出，… is what they said (the speaker slot); a result complement
jieba glues to the next word (打造成文旅商… cut 打造|成文|旅商) is no thing the source must write; going
out to do something (外出) is said by 前往 too. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.slots import split_speaker
from assistant.check.statements import _complement_cut


def test_a_proposal_quoted_with_ti_chu():
    assert split_speaker("王海峰提出，要把青溪湿地建成生态样板。") == ("王海峰", "要把青溪湿地建成生态样板。")
    # 提出 with its object is an act, not a quotation
    assert split_speaker("王海峰提出辞职。") == ("", "王海峰提出辞职。")


def test_a_result_complement_glued_to_the_next_word():
    body = "要把湿地打造成文旅商融合发展的示范区。"
    assert _complement_cut("成文", body, "打造文旅商融合发展的示范区")
    assert not _complement_cut("成文", body, "打造生态融合发展的示范区")


def test_a_proposal_checked_against_the_speakers_sentence():
    hits = made_hits("王海峰说，新的一年青溪区将重点抓好六方面工作。坚持把湿地作为核心，打造文旅商融合发展的“青溪样板”。")
    assert check("王海峰提出，要把湿地打造成文旅商融合发展的“青溪样板”。", hits, flat_idf, 0.43).verdict == "supported"
    found = check("王海峰提出，要把湿地打造成文旅商融合发展的“白鹭样板”。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("青溪样板",)


def test_going_out_is_said_by_going_to():
    hits = made_hits("青溪市择优选派懂业务的干部组成工作组，分别前往各地开展驻点招商。")
    assert check("青溪市择优选派懂业务的干部组成工作组，外出开展驻点招商。", hits, flat_idf, 0.43).verdict == "supported"
