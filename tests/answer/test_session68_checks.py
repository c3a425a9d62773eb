"""Session 68's answer-side checks, on made-up sentences and questions (no model): a model's variant written after
it and a series word (RX820系列SSD) is the variant asked (english_subject.variant_disagreement); an expiry
is an end written (english_acts.unended); "the report on X" names a story's topic, no document
(named_source.piece_asked); an app, a tool or a format asked is filled by its noun in Latin letters or a Latin name
the question does not write (english_slot.filled); a count's listing modifier (…、…等的) is read on to the noun it
counts (english_counts.through_listed_modifier, english_clauses.disagreement); a figure of one item of an enumeration counts that
item's thing (figure_kind.listed_item_disagreement)."""

from dataclasses import replace

from support import made_chunk

from assistant.answer import (asked_names, english_acts, english_clauses, english_counts, english_dimensions, english_slot, english_subject,
                              figure_kind, named_source)
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text.quantities import find_quantities


# 1. english_subject.variant_disagreement

def test_a_variant_written_after_its_model_and_a_series_word_is_the_one_asked():
    q = "How fast is the RX820 SSD from Lanbo?"
    assert english_subject.variant_disagreement(q, "蓝博RX820系列SSD读取速度达7000MB/s。") is None
    ultra = "What is the price of the Halo K9 Ultra?"
    assert english_subject.variant_disagreement(ultra, "青峰推出K9系列Ultra固态硬盘，售价899元。") is None
    assert english_subject.variant_disagreement(ultra, "青峰推出K9型 Ultra，售价899元。") is None
    # a comparison is no variant's name: 比 stands between two models
    assert english_subject.variant_disagreement(ultra, "青峰K9比Ultra X3轻200克。") is not None


def test_another_variant_or_the_plain_model_still_disagrees():
    # guards against over-reach: K9 Mini, K9主机 and RX820 alone are not the variant asked
    ultra = "What is the price of the Halo K9 Ultra?"
    found = english_subject.variant_disagreement(ultra, "青峰推出K9 Mini，售价599元。")
    assert found is not None and found.found == "K9"
    assert english_subject.variant_disagreement(ultra, "青峰K9主机售价699元。") is not None
    assert english_subject.variant_disagreement(ultra, "青峰K9系列Ultrabook售价4999元。") is not None  # another word
    assert english_subject.variant_disagreement("How fast is the RX820 SSD from Lanbo?", "蓝博RX820读取速度达5000MB/s。") is not None
    assert english_subject.variant_disagreement(ultra, "青峰K9 Ultra售价899元。") is None  # written as asked


# 2. english_acts.unended

def test_an_expiry_asked_is_answered_by_a_sentence_writing_it():
    q = analyse("When does the Pinewood parking permit expire?")
    assert q.english and q.kind == "time"
    assert not english_acts.unended(q, ["松林停车许可证将于2025年6月30日过期。"])
    assert not english_acts.unended(q, ["许可证有效期满日为2025年6月30日。"])


def test_a_date_of_something_else_is_still_no_expiry():
    # guards against over-reach: a day the permit was issued, or another thing opened, ends nothing
    q = analyse("When does the Pinewood parking permit expire?")
    assert english_acts.unended(q, ["松林停车许可证于2023年3月1日起发放。"])
    assert english_acts.unended(q, ["2025年6月30日，松林新停车场开放。"])
    assert english_acts.unended(q, ["松林停车场闸机失效后可人工放行。"])  # 失效 is also a failure, no end
    assert not english_acts.unended(q, ["该许可证2025年6月30日到期。"])  # an end word read before


# 4. named_source.piece_asked

def test_the_report_on_a_topic_names_no_document():
    assert named_source.piece_asked(analyse("According to the report on new versions of the Lanbo RX820, when will it ship?")) is None
    assert named_source.piece_asked(analyse("What does the report about the Redcliff dam say about its cost?")) is None
    assert not named_source.REPORT_EN_RE.search("According to the report on Pinewood's farms, how many cows are there?")


def test_the_report_alone_still_names_a_document():
    # guards against over-reach: "according to the report, ..." and "the report says" still name one
    document = ("document", named_source.REPORT_WORDS_EN)
    assert named_source.piece_asked(analyse("According to the report, how many jobs will the Pinewood plant add?")) == document
    assert named_source.piece_asked(analyse("According to the report, on what date will the Pinewood bridge open?")) == document
    assert named_source.piece_asked(analyse("What does the report say about the Redcliff dam?")) == document
    assert named_source.REPORT_EN_RE.search("According to the report, on what date will it open?")


# 5. english_slot.filled

def _slot(question: str, head: tuple[str, ...]):
    q = analyse(question)
    q.asked_head = head  # as the bridge would translate the asked noun
    return q


def test_an_app_asked_is_filled_by_the_noun_in_latin_letters():
    q = _slot("Through which app can users of Lanbo phones book repairs?", ("应用", "程序"))
    assert english_slot.asked_noun(q) == "app"
    assert english_slot.filled(q, "蓝博手机用户可通过智修App预约维修服务。")
    assert english_slot.filled(q, "蓝博手机用户可通过智修APP预约维修服务。")


def test_a_tool_or_format_asked_is_filled_by_a_latin_name_the_question_does_not_write():
    tool = _slot("Which tool does the Hillmoor platform support for deploying services?", ("工具",))
    assert english_slot.asked_noun(tool) == "tool"
    assert english_slot.filled(tool, "山岭平台支持用Docker Compose部署服务。")
    fmt = _slot("Which format does the Qingfeng archiver support for large files?", ("格式",))
    assert english_slot.asked_noun(fmt) == "format"
    assert english_slot.filled(fmt, "青峰压缩软件支持ZIP64处理大文件。")


def test_the_questions_own_latin_names_and_a_place_kind_are_not_filled_so():
    # guards against over-reach: a sentence naming no tool, or only the question's own Latin name, fills nothing
    app = _slot("Through which app can users of Lanbo phones book repairs?", ("应用", "程序"))
    assert not english_slot.filled(app, "蓝博手机用户可以在线预约维修服务。")
    tool = _slot("Which tool does the Hillmoor platform support for deploying services?", ("工具",))
    assert not english_slot.filled(tool, "山岭平台支持一键部署服务。")
    assert not english_slot.filled(tool, "Hillmoor平台支持一键部署服务。")
    assert english_slot.filled(tool, "山岭平台提供了自动部署工具。")  # the translation, as before
    fmt = _slot("Which format does the Qingfeng archiver support for large files?", ("格式",))
    assert not english_slot.filled(fmt, "Qingfeng压缩软件能处理大文件。")
    # a place kind is filled by a place, not by a Latin name
    city = _slot("Which city will host the Lanbo developer conference?", ("城市", "市"))
    assert english_slot.asked_noun(city) == "city"
    assert not english_slot.filled(city, "蓝博开发者大会将在Austin举行。")
    assert not english_slot.filled(city, "蓝博开发者大会将在X7展馆举行。")
    assert english_slot.filled(city, "蓝博开发者大会将在杭州举行。")
    # a version or a day is no kind of technology: another Latin name (iPhone) fills neither
    version = _slot("Which version of Lanbo Studio is bundled with the RX820 SDK?", ("版本",))
    assert not english_slot.filled(version, "RX820 SDK支持为iPhone开发应用。")


# 6. english_counts.through_listed_modifier and english_clauses.disagreement

TEMPLATES = "青峰平台提供了600多个用于短视频封面、电商详情页、展板等的可编辑设计模板。"
CUT = "青峰平台提供了600多个用于短视频封面"  # the cut stops at the first 、
CENTRES = "松林县今年新增2个社区中心、3处老年食堂。"


def _clause_why(question: str, sentence: str, clause: str, counted=(), modifiers=()) -> str:
    q = analyse(question)
    q.counted, q.modifiers = counted, modifiers
    a = sentence.index(clause)
    return english_clauses.disagreement(q, sentence, a, a + len(clause))


def test_a_listing_modifier_is_read_on_to_the_noun_counted():
    a = TEMPLATES.index("600")
    b = TEMPLATES.index("、")
    assert english_counts.through_listed_modifier(TEMPLATES, a, b) == "600多个用于短视频封面、电商详情页、展板等的可编辑设计模板"
    # a plain cut, with no listing modifier running past it, is left as it is
    assert english_counts.through_listed_modifier(CENTRES, CENTRES.index("2个"), CENTRES.index("、")) == "2个社区中心"
    templates = (("设计", "策划"), ("模板", "模版"))
    assert _clause_why("How many design templates does the Qingfeng platform offer?", TEMPLATES, CUT, templates) == ""
    editable = (("editable", "可编辑", "编辑"),)
    assert _clause_why("How many editable templates does the Qingfeng platform offer?", TEMPLATES, CUT,
                       (("模板", "模版"),), editable) == ""


def test_a_plain_enumeration_is_not_read_on():
    # guards against over-reach: 2个社区中心 ends at its 、; the count of the listed templates is still no count of photos
    assert "counts" in _clause_why("How many stock photos does the Qingfeng platform offer?", TEMPLATES, CUT,
                                   (("图库", "库存"), ("照片", "图片")))
    canteens = (("食堂", "饭堂"),)
    assert _clause_why("How many canteens will Songlin county add?", CENTRES, "松林县今年新增2个社区中心", canteens)
    assert _clause_why("How many canteens will Songlin county add?", CENTRES, "3处老年食堂", canteens) == ""


# 8. asked_names.vouched_articles: a name with no Chinese form is vouched by the articles writing the town asked as
# the question reads it (a guard: the stem alone vouched for a firm the question names no other way)

def test_an_article_writing_no_town_vouches_for_nothing():
    # another town's article vouches for nothing; the town written in full does, as before
    q = replace(analyse("x"), english=True, places=("青溪市",), text="How many staff does Zentrova employ in Qingxi?")
    names = (("Zentrova", ()), ("Qingxi", ("青溪市",)))
    other = Hit(made_chunk("南湖某电子厂扩产，新招工人300名。", cid="c1", source="made/nh.txt"), 1.0)
    assert asked_names.vouched_articles(q, names, [other])["Zentrova"] == frozenset()
    full = Hit(made_chunk("青溪市某电子厂扩产，新招工人300名。", cid="c2", source="made/qx.txt"), 1.0)
    assert asked_names.vouched_articles(q, names, [other, full])["Zentrova"] == frozenset({("made/qx.txt", 0)})


# 10. figure_kind.listed_item_disagreement

TEA = "松川市新增省级示范茶园30个、标准化基地8个。"


def _kinds(question: str, text: str = TEA) -> dict[str, str]:
    q = analyse(question)
    return {f.text: figure_kind.disagreement(q, text, f) for f in find_quantities(text)}


def _listed(question: str, text: str = TEA) -> dict[str, str]:
    q = analyse(question)
    return {f.text: figure_kind.listed_item_disagreement(q, text, f) for f in find_quantities(text)}


def test_a_figure_of_one_item_counts_that_items_thing():
    found = _listed("规划给标准化基地定的新增数量是几个？")
    assert found["30个"] and found["8个"] == ""
    found = _listed("除了标准化基地，新增的示范茶园有多少个？")
    assert found["8个"] and found["30个"] == ""
    # it reads only a Chinese question, and an enumeration of two items or more, naming both items or neither
    assert _listed("示范茶园和标准化基地各新增多少个？") == {"30个": "", "8个": ""}
    assert _listed("松川市新增省级示范茶园多少个？", "松川市新增省级示范茶园30个。") == {"30个": ""}
    english = analyse("How many standard bases will Songchuan add?")
    assert figure_kind.listed_item_disagreement(english, TEA, find_quantities(TEA)[0]) == ""
    # through the figure check: the other item's figure no longer answers
    kinds = _kinds("除了标准化基地，新增的示范茶园有多少个？")
    assert "标准化基地" in kinds["8个"] and kinds["30个"] == ""
    kinds = _kinds("除了研学营地，新增的精品民宿有多少家？", "青溪县今年新增精品民宿38家、研学营地7家。")
    assert kinds["7家"]


def test_a_question_naming_both_items_rejects_neither():
    # guards against over-reach: both items asked (各), or the item's own figure
    assert _kinds("示范茶园和标准化基地各新增多少个？") == {"30个": "", "8个": ""}
    assert _kinds("规划给标准化基地定的新增数量是几个？")["8个"] == ""
    assert _kinds("除了标准化基地，新增的示范茶园有多少个？")["30个"] == ""


def test_an_enumeration_counting_after_its_figures_or_of_bare_figures_is_not_read_so():
    # guards against over-reach: the thing counted after each figure (4个抽屉、6层隔板), or items of figures alone
    assert _listed("蓝博书柜有几层隔板？", "蓝博书柜设有4个抽屉、6层隔板。") == {"4个": "", "6层": ""}
    assert _listed("青峰冰箱的变温区容积是多少？", "青峰冰箱有342L冷藏区、80L冷冻区、96L变温区。")["96L"] == ""
    found = _listed("青峰公司2023年的营业收入是多少？", "青峰公司2021年至2023年营业收入分别约为1.28亿元、1.50亿元、2.02亿元。")
    assert not any(found.values())


def test_the_report_on_a_governments_work_is_still_a_document():
    # guards against over-reach: the report on the work of a government, on a plan's implementation
    assert named_source.piece_asked(analyse("According to the report on the work of the Pinewood government, how many schools opened?"))
    assert named_source.piece_asked(analyse("What does the report on the implementation of the 2024 plan say about roads?"))


# 11. english_dimensions: a price asked as what a thing sells for; a memory's size is a measure

def test_what_a_thing_sells_for_is_a_price():
    q = analyse("How much does the 2TB version of the Lanbo RX820 drive sell for?")
    size, price = find_quantities("2TB版本售价为499元。")
    assert english_dimensions.unit_disagreement(q, size)  # 2TB is no price
    assert english_dimensions.unit_disagreement(q, price) == ""


def test_a_memory_size_still_answers_a_capacity():
    # guards: a capacity asked is stated in TB; a question naming no dimension reads no unit
    q = analyse("What is the maximum capacity of the Lanbo RX820 drive?")
    assert english_dimensions.unit_disagreement(q, find_quantities("最大容量为4TB。")[0]) == ""
    q = analyse("How many drives did Lanbo ship?")
    assert english_dimensions.unit_disagreement(q, find_quantities("出货量达4TB。")[0]) == ""


# 12. english_acts.without_announcements and english_slot.dates_asked: the day a plan was announced

def test_the_day_a_plan_was_announced_is_not_its_day():
    q = analyse("When will the Lanbo RX820 go on sale in Europe?")
    assert not english_slot.dates_asked(q, "蓝博于7月26日宣布，RX820将在欧洲上市。")
    assert not english_slot.dates_asked(q, "7月29日，蓝博在发布会上宣布，RX820将在欧洲上市。")
    assert english_slot.dates_asked(q, "蓝博7月26日宣布，RX820将于9月1日在欧洲上市。")
    assert english_acts.without_announcements("7月29日，蓝博在发布会上宣布，RX820将在欧洲上市") == "RX820将在欧洲上市"


def test_a_past_event_keeps_its_day():
    # guards: a question of what happened reads every date; a date to come still needs a word of the future
    q = analyse("When did the Lanbo RX820 go on sale?")
    assert english_slot.dates_asked(q, "蓝博于7月26日宣布，RX820当天上市。")
    q = analyse("When will the Lanbo RX820 go on sale in Europe?")
    assert not english_slot.dates_asked(q, "RX820于2022年5月在欧洲上市。")


def test_a_high_speed_railway_asks_no_speed():
    q = analyse("How long is the Pinewood-Redcliff high-speed railway?")
    length, speed = find_quantities("松红高铁全长约260公里，设计时速350公里。")
    assert english_dimensions.unit_disagreement(q, length) == ""
    q = analyse("What is the top speed of the Pinewood-Redcliff trains?")
    assert english_dimensions.unit_disagreement(q, length, "松红高铁全长约260公里")  # a length is no speed
