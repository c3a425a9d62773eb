from assistant.check import parallel


def test_a_claim_joined_from_two_parallel_clauses_is_no_clause_of_the_source():
    text = "以新能源引领产业结构转型,以新业态引领传统工业转型,集中力量破解瓶颈问题"
    assert parallel.mixed("要以新能源引领传统工业转型", text, ("新能源", "引领", "传统工业", "转型"))
    assert not parallel.mixed("要以新业态引领传统工业转型", text, ("新业态", "引领", "传统工业", "转型"))


def test_words_of_clauses_that_share_no_frame_may_be_joined():
    text = "该公司成立于2015年，总部位于杭州"
    assert not parallel.mixed("该公司2015年在杭州成立", text, ("该公司", "2015年", "杭州", "成立"))
    # a claim of two clauses may be told by two clauses
    assert not parallel.mixed("以新能源引领产业结构转型，以新业态引领传统工业转型", "以新能源引领产业结构转型,以新业态引领传统工业转型",
                              ("新能源", "引领", "传统工业", "转型"))
