"""The place factor of a sentence's support (evidence.place_check) reads a place as the subject check does:
an article about a wider place that names the one asked, a bare province's level, a pair of countries.
Made-up sentences."""

from assistant.answer.evidence import Sentence, place_check, score_sentences
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str, cid: str, start: int = 0, subject_place: str = "", title: str = "") -> Chunk:
    return Chunk(id=cid, source="made/a.txt", title=title, subject=subject_place, article=0, start=start,
                 end=start + len(text), text=text, segments=((0, start, len(text)),), raw=text)


def _factor(question: str, *chunks: Chunk, first: int = 0) -> float:
    """The place factor of the last chunk's first `first` characters (all of it when 0)."""
    sentences = [Sentence(i, c, 0, len(c.text)) for i, c in enumerate(chunks[:-1])]
    sentences.append(Sentence(len(chunks) - 1, chunks[-1], 0, first or len(chunks[-1].text)))
    scored = score_sentences(analyse(question), sentences, lambda t: 3.0)
    return next(s.factors["place"] for s in scored if s.sentence is sentences[-1])


QUESTION = "晋中支援医生理疗后病人手臂力量恢复到几级？"
SENTENCE = "经过两个月的理疗，病人的手臂力量恢复到3级。"


def test_an_article_about_a_wider_place_whose_passage_names_the_one_asked_speaks_of_it():
    lead = _chunk("晋中市人民医院派出三名医生赴外支援。", "c1", 0, "山西")
    body = _chunk(SENTENCE + "晋中的医生还在当地开展义诊。", "c2", 200, "山西")
    assert _factor(QUESTION, lead, body, first=len(SENTENCE)) == 1.0


def test_a_passage_that_does_not_name_the_place_asked_or_names_a_sibling_is_still_another_place():
    lead = _chunk("晋中市人民医院派出三名医生赴外支援。", "c1", 0, "山西")
    # a city's report names the county asked in another passage: its sentences speak for the wider place
    assert _factor(QUESTION, lead, _chunk(SENTENCE, "c2", 200, "山西")) < 0.5
    # the passage names a sibling of the place asked too (长治, another city of 山西): it speaks of several
    body = _chunk(SENTENCE + "晋中和长治的医生还在当地开展义诊。", "c2", 200, "山西")
    assert _factor(QUESTION, lead, body, first=len(SENTENCE)) < 0.5
    # the article never names it
    assert _factor(QUESTION, _chunk(SENTENCE, "c2", 200, "山西")) < 0.5


def test_a_province_asked_bare_is_not_contradicted_by_its_own_cities():
    text = "今年广东将组织大学生下乡服务。800名大学生前往韶关市、梅州市等地乡村。"
    chunk = _chunk(text, "c1", 0, "广东")
    s = Sentence(0, chunk, text.index("800"), len(text))
    factor, verdicts = place_check(analyse("今年广东有多少名大学生下乡服务？"), s)
    assert factor == 1.0 and verdicts["广东"]


def test_a_province_asked_bare_is_still_contradicted_by_another_province():
    text = "今年浙江省将组织800名大学生下乡服务。"
    chunk = _chunk(text, "c1", 0, "浙江")
    factor, _ = place_check(analyse("今年广东有多少名大学生下乡服务？"), Sentence(0, chunk, 0, len(text)))
    assert factor < 0.5


def test_a_pair_of_countries_is_no_place_an_article_about_one_of_them_contradicts():
    text = "中国与俄罗斯于1999年签署了联合考察协议。"
    chunk = _chunk(text, "c1", 0, "俄罗斯")
    factor, _ = place_check(analyse("中俄两国是哪一年签署联合考察协议的？"), Sentence(0, chunk, 0, len(text)))
    assert factor == 1.0


def test_another_place_asked_outside_the_article_keeps_the_wider_reading_off():
    # the question also asks of 河北省, which 山西's article is not about: the sentence naming 河北 in passing
    # (its patients came from there) is not read as 晋中's
    lead = _chunk("晋中市人民医院派出三名医生赴外支援。", "c1", 0, "山西")
    sentence = "经过两个月的理疗，来自河北的病人手臂力量恢复到3级。"
    body = _chunk(sentence + "晋中的医生还在当地开展义诊。", "c2", 200, "山西")
    assert _factor("晋中支援医生理疗后，河北省病人的手臂力量恢复到几级？", lead, body, first=len(sentence)) < 0.5


def test_a_bare_name_asked_of_its_countys_article_is_that_county():
    # a county's article writes 全县, not its own name: 青溪 asked is 青溪县, not a city
    text = "全县今年新增就业3000人。"
    chunk = _chunk(text, "c1", 0, "青溪县")
    factor, verdicts = place_check(analyse("青溪今年新增就业多少人？"), Sentence(0, chunk, 0, len(text)))
    assert factor == 1.0 and verdicts["青溪"]
    # another county's article is another place
    factor, _ = place_check(analyse("青溪今年新增就业多少人？"), Sentence(0, _chunk(text, "c2", 0, "白沙县"), 0, len(text)))
    assert factor < 1.0


def test_a_countys_rank_in_its_province_is_read_from_its_own_article():
    # a county's article ranks it 位列全省第五: the province asked (the gazetteer holds the county in it) is that 全省
    text = "全年旅游收入增速领跑全市，文旅融合考核位列全省第五名。"
    chunk = _chunk(text, "c1", 0, "婺源县")
    factor, verdicts = place_check(analyse("婺源县在江西省文旅融合考核中位列第几？"), Sentence(0, chunk, 0, len(text)))
    assert factor == 1.0 and verdicts["江西省"]
    # a province the county is not in is not its 全省
    factor, _ = place_check(analyse("婺源县在浙江省文旅融合考核中位列第几？"), Sentence(0, chunk, 0, len(text)))
    assert factor < 1.0
    # nor is a figure the province's own when the question asks no rank
    factor, _ = place_check(analyse("江西省旅游收入增长多少？"), Sentence(0, chunk, 0, len(text)))
    assert factor < 1.0


def test_a_province_asked_bare_is_its_articles_whole_province():
    # 四川 as the gazetteer knows it, a province: its article's 全省 speaks of it; 全市 does not
    text = "全省12个市(州)共提前转移群众3000人。"
    q = analyse("今年汛期四川全省共提前转移群众多少人？")
    factor, verdicts = place_check(q, Sentence(0, _chunk(text, "c1", 0, "四川省"), 0, len(text)))
    assert factor == 1.0 and verdicts["四川"]
    city = "全市共提前转移群众3000人。"
    factor, _ = place_check(q, Sentence(0, _chunk(city, "c1", 0, "浙江省"), 0, len(city)))
    assert factor < 0.5
