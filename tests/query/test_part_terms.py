"""A question split in parts (…中投资过千万的有几个，合计投资多少？): a later part of the first part's kind asks
of what the first part names, so it takes the first part's terms (query/question.analyse); a part of
another kind (牵头单位是谁) keeps its own. Made-up questions."""

from assistant.query.question import analyse


def test_a_later_part_takes_the_first_parts_terms():
    q = analyse("白沙区今年28个民生项目中投资过千万的有几个，合计投资多少？")
    assert [p.kind for p in q.parts] == ["quantity", "quantity"]
    assert {"民生", "项目"} <= set(q.parts[0].terms)
    assert {"投资", "民生", "项目"} <= set(q.parts[1].terms)
    q = analyse("青溪县28家规上企业中营收过亿的有几家，总营收多少？")
    assert {"规上", "企业"} <= set(q.parts[1].terms)
    q = analyse("白沙区今年28个民生项目中投资过千万的有几个，合计投资多少钱？")
    assert q.parts[1].terms[:2] == ("投资", "钱") and "民生" in q.parts[1].terms  # its own terms first


def test_a_part_of_another_kind_keeps_its_own():
    # guards against over-reach: held before the change
    q = analyse("白沙区今年新开工多少个民生项目，牵头单位是谁？")
    assert [p.kind for p in q.parts] == ["quantity", "person"]
    assert q.parts[1].terms == ("牵头", "单位")
    q = analyse("白沙区新开工民生项目多少个，什么时候完工？")
    assert q.parts[1].kind == "time" and "项目" not in q.parts[1].terms


def test_listed_measures_keep_their_own():
    # 饲养量、年产量和产值各是多少: the first part's measure is no word of the others
    q = analyse("青溪县黄牛产业有多大：存栏量、牛肉年产量和涉牛产值各是多少？")
    assert len(q.parts) == 3
    assert all("存栏" not in p.terms for p in q.parts[1:])
