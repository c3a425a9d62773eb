"""A claim written as a clause of the source writes it but for one noun's slot filled with another
thing (区域性风险 / 系统性风险, 城市公共卫生 / 基层公共卫生) is refuted; a paraphrase (an adverb or a
verb put another way, two nouns sharing a character) is not, and the rest of the claim must agree.
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.slot_fill import slot_fills


def test_a_noun_slot_filled_with_another_thing():
    text = "青溪县将坚决守住不发生系统性风险底线，全力维护社会稳定。"
    assert slot_fills("青溪县要坚决守住不发生区域性风险的底线。", text) == [
        ("区域性", "系统性", "青溪县要坚决守住不发生系统性风险的底线。")]
    # the filler a whole word (新能源 / 新业态): the frame's character they share goes with it
    assert slot_fills("要以新能源引领传统工业转型", "以新业态引领传统工业转型")[0][:2] == ("新能源", "新业态")
    # the slot closing both clauses
    assert slot_fills("青溪县将大力支持生物医药", "青溪县将大力支持电子信息，")[0][:2] == ("生物医药", "电子信息")


def test_no_slot_for_a_paraphrase_or_another_frame():
    text = "青溪县今年粮食产量大幅增长，农村居民收入稳步提高。"
    assert slot_fills("青溪县今年粮食产量显著增长。", text) == []  # an adverb put another way
    assert slot_fills("青溪县今年粮食产量大幅增加。", text) == []  # a verb
    assert slot_fills("乡村居民收入稳步提高。", text) == []  # 乡村 / 农村 share a character
    assert slot_fills("青溪县今年粮食产量大幅增长。", text) == []  # written alike
    assert slot_fills("星河市明年将建设三座水厂。", text) == []  # no frame in common
    # the clauses differ beyond the slot (智能化 too): no one slot filled otherwise
    assert slot_fills("青溪县将提升农业规模化经营水平。", "青溪县将提升农业生产经营智能化水平。") == []
    # a member of a list, or a place (other_place.py knows which lie inside another): no slot of this kind
    listed = "星河市将用好东方博览会、远山商会大会等平台。"
    assert slot_fills("星河市将用好东方博览会、白鹭商贸大会等平台。", listed) == []
    assert slot_fills("南京支持星光集团与浦口区合作共建产业园", "南京支持星光集团与江宁区合作共建产业园") == []


def test_the_filled_slot_refutes_and_the_written_one_supports():
    hits = made_hits("青溪县将进一步完善医疗布局，持续推进分级诊疗体系建设，提升基层公共卫生服务能力水平，推进城市医疗集团建设。")
    found = check("报告提出，要提升城市公共卫生服务能力水平。", hits, flat_idf, 0.43)
    # 城市 is in the sentence, but another clause's: never supported by it
    assert found.verdict == "refuted" and found.sources_say == ("基层",) and found.claimed == ("城市",)
    assert check("报告提出，要提升基层公共卫生服务能力水平。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_rest_of_the_claim_must_agree_for_a_slot():
    hits = made_hits("青溪县将坚决守住不发生系统性风险底线，全力维护社会稳定。")
    assert check("青溪县要坚决守住不发生区域性风险的底线。", hits, flat_idf, 0.43).verdict == "refuted"
    # another place: the claim with the source's filler is not supported either, so no refutation
    assert check("白鹭市要坚决守住不发生区域性风险的底线。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_parallel_clause_writing_the_claims_filler_is_no_fill():
    text = "推动松籽产业园由松籽加工向食品产业拓展升级，加快肉牛产业园建设进度，推动食用菌产业园年内投产达效。"
    # 推动松籽产业园… fills the frame 推动…产业园 otherwise, but another clause writes 推动食用菌产业园
    assert slot_fills("青溪县将推动食用菌产业园年内投产达效。", text) == []
    hits = made_hits("青溪县将" + text)
    assert check("青溪县将推动食用菌产业园年内投产达效。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_nearest_clause_fills_the_slot_and_the_check_ends():
    # both clauses fill the slot otherwise; the one sharing most of the claim's clause is read, and the claim
    # with its filler put in (itself filled otherwise by the other clause) is checked without fills: no loop
    hits = made_hits("青溪县今年要大力发展电子信息产业，要大力发展现代物流产业。")
    found = check("青溪县今年要大力发展生物医药产业。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.claimed == ("生物医药",)


def test_a_modifier_of_the_head_both_write():
    # jieba cuts 网络安全 as one name-like word: the slot is its modifier, the head 安全 both clauses'
    assert slot_fills("星河市要全力维护网络安全。", "星河市将全力维护意识形态安全。") == [
        ("网络安全", "意识形态安全", "星河市要全力维护意识形态安全。")]
    assert slot_fills("要深入贯彻星河法治思想", "深入贯彻星河经济思想")[0][:2] == ("法治", "经济")
    # a noun closed by a measure (消费级) fills the slot as a noun
    assert slot_fills("在促进投资上实现新突破", "在促进消费级上实现新突破")[0][:2] == ("投资", "消费级")


def test_an_act_named_after_its_thing():
    assert slot_fills("青溪县要加强市政道路建设", "青溪县将加强市政道路养护")[0][:2] == ("建设", "养护")
    # a level verb before a figure, a change of amount, one action's words: put either way
    assert slot_fills("如果今年票房突破20亿元", "如果今年票房达到20亿元") == []
    assert slot_fills("要推动城乡居民收入增长", "要推动城乡居民收入提高") == []
    assert slot_fills("青溪县今年要举办农民丰收节", "青溪县今年要举行农民丰收节") == []
    # a generic head (防汛工作 is 防汛 itself): no other thing
    assert slot_fills("青溪县要做好防汛防台风工作", "青溪县要做好防汛防台风准备") == []
    # the noun before the act its subject, not a verb's object: what the analysts did, put either way
    assert slot_fills("青溪县的一些分析师认为", "青溪县的一些分析师预测") == []


def test_a_modifier_is_one_word():
    # 低成本电动 (汽车) is two words where the claim writes 廉价: a thing put another way, no modifier's slot
    assert slot_fills("工厂将生产售价为两万元的廉价汽车", "工厂将生产售价为两万元的低成本电动汽车") == []


def test_the_layout_doubling_a_character():
    text = "加强市政路路养护,提升城区绿化水平,新增绿地4万平方米。"
    # 路路 for 道路 read across; the claim checked against the words as the layout wrote them
    assert slot_fills("青溪县要加强市政道路建设，提升城区绿化水平。", text) == [
        ("建设", "养护", "青溪县要加强市政路路养护，提升城区绿化水平。")]
    assert slot_fills("要坚定不移深入贯彻星河经济思想", "要坚定不移不移深入贯彻星河法治思想")[0][2] == \
        "要坚定不移深入贯彻星河法治思想"
    hits = made_hits("青溪县将" + text)
    found = check("报告提出，要加强市政道路建设，提升城区绿化水平。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.claimed == ("建设",)
    assert check("报告提出，要加强市政路路养护，提升城区绿化水平。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_part_of_the_report_is_a_cited_document():
    hits = made_hits("青溪县要坚定不移强化法治建设，深入贯彻星河法治思想，忠实履行宪法法律赋予的职责。")
    claim = "报告在法治建设部分提出，要深入贯彻星河经济思想，忠实履行宪法法律赋予的职责。"
    assert check(claim, hits, flat_idf, 0.43).verdict == "refuted"
    assert check(claim.replace("经济", "法治"), hits, flat_idf, 0.43).verdict == "supported"
