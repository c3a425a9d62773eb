"""What an English figure question's cut clause is of (answer/english_scope.py): an economy's growth is
its output's (地区生产总值), not another measure's; a sum one clause gives one industry is not another
clause's industry's. Made-up sentences."""

from __future__ import annotations

from assistant.answer import english_clauses
from assistant.query.question import _kind, analyse


def _why(question: str, sentence: str, clause: str, groups=()) -> str:
    q = analyse(question)
    q.groups = groups or q.groups
    q.terms = tuple(t for g in q.groups for t in g)
    a = sentence.index(clause)
    return english_clauses.disagreement(q, sentence, a, a + len(clause))


REPORT = "去年，甲镇工业增加值完成5亿元，增长9%；甲镇地区生产总值完成30亿元，增长6.1%；经济增长6.1%。"


def test_an_economys_growth_is_its_outputs_not_another_measures():
    for q in ("What was the made-up town's economic growth rate last year?", "By how much did the town's economy grow?",
              "What was the made-up town's GDP growth?"):
        assert "增加值" in _why(q, REPORT, "甲镇工业增加值完成5亿元，增长9%"), q
        assert not _why(q, REPORT, "甲镇地区生产总值完成30亿元，增长6.1%"), q
        assert not _why(q, REPORT, "经济增长6.1%"), q
    # a question asking the other measure is not held to the economy's
    assert not _why("What was the made-up town's industrial value added growth?", REPORT, "甲镇工业增加值完成5亿元，增长9%")


FUNDS = "乙县设立发展基金，拨付资金3亿元扶持引导造纸产业转型，设立山羊产业发展基金。"
GROUPS = (("资金", "拨付"), ("发展",), ("基金",), ("山羊",), ("产业", "工业"))


def test_a_sum_belongs_to_the_industry_its_own_clause_names():
    q = "How much money went into the made-up county's fund for the goat industry?"
    assert "造纸产业" in _why(q, FUNDS, "拨付资金3亿元扶持引导造纸产业转型", GROUPS)
    own = "乙县拨付资金3亿元扶持山羊产业转型，设立造纸产业发展基金。"
    assert not _why(q, own, "乙县拨付资金3亿元扶持山羊产业转型", GROUPS)
    # the clause's word before the shared one is the question's own (山羊产业 itself): nothing else is named
    assert not _why(q, "山羊产业基金拨付资金3亿元，设立山羊产业园。", "山羊产业基金拨付资金3亿元", GROUPS)



def test_a_figures_own_measure_word_a_determiner_or_a_compared_figure_names_no_sibling():
    q = "How much money did the made-up county put toward its goat industry fund?"
    # the same industry named by the figure's own measure word, by "the whole", or compared with after the figure
    counted = "乙县设立山羊产业基金，拨付资金3亿元扶持5万头产业转型。"
    assert not _why(q, counted, "拨付资金3亿元扶持5万头产业转型", GROUPS)
    whole = "乙县设立山羊产业基金，拨付资金3亿元扶持整个产业转型。"
    assert not _why(q, whole, "拨付资金3亿元扶持整个产业转型", GROUPS)
    compared = "乙县设立山羊产业基金，拨付资金3亿元，高于造纸产业1亿元。"
    assert not _why(q, compared, "拨付资金3亿元，高于造纸产业1亿元", GROUPS)
    # a sibling named before the figure still gives another industry's sum
    assert "造纸产业" in _why(q, "乙县设立山羊产业基金，拨付资金3亿元帮助造纸产业转型。", "拨付资金3亿元帮助造纸产业转型", GROUPS)


def test_a_percent_asked_inside_an_english_question_asks_a_quantity():
    assert _kind("The made-up town's exports rose by what percent compared with a year earlier?", True) == "quantity"
    assert _kind("Its sales grew by what percentage last year?", True) == "quantity"
    assert _kind("Why did the sales rise by 5 percent?", True) == "reason"


class _Bridge:
    """A bridge giving fixed groups: 'economic' as 经济 among other senses, 'growth' as 增长."""

    def groups(self, text):
        found = [g for w, g in (("economic", ("经济", "社会")), ("growth", ("增长", "增速"))) if w in text.lower()]
        return found, (), {}

    def proper_names(self, text):
        return ()

    def zone(self, text):
        return ""


def test_an_english_economys_growth_is_held_by_the_output_a_report_writes():
    from assistant.query.english_question import with_translation
    q = with_translation(analyse("What was the made-up town's economic growth rate last year?"), _Bridge())
    assert "地区生产总值" in q.groups[0] and "地区生产总值" in q.terms
    plain = with_translation(analyse("What was the made-up town's social growth rate last year?"), _Bridge())
    assert not any("地区生产总值" in g for g in plain.groups)


RANKED = "上升幅度前两位城市依次是：甲城市（4.2%）、乙城市（2.7%）。"


def test_a_figure_beside_another_place_is_not_the_place_askeds():
    q = analyse("By how much did the made-up Yicheng's index rise?")
    q.places = ["乙城市"]
    a = RANKED.index("甲城市（4.2%）")
    assert "乙城" in english_clauses.disagreement(q, RANKED, a, a + len("甲城市（4.2%）"))
    b = RANKED.index("乙城市（2.7%）")
    assert not english_clauses.disagreement(q, RANKED, b, b + len("乙城市（2.7%）"))
    # no item of the sentence gives the place asked a figure: nothing tells the clause is another's
    alone = "上升幅度最大的是甲城市（4.2%）。"
    assert not english_clauses.disagreement(q, alone, alone.index("甲城市"), len(alone) - 1)


def test_a_count_named_by_another_noun_is_not_the_things_counted():
    q = "How many stray goats has the made-up county rehomed?"
    counted = (("山羊", "羊"),)
    sentence = "今年以来，丙县发生山火3起，为流浪牲畜找到新家80只。"

    def why(clause, groups=counted + (("新家", "安置"),)):
        question = analyse(q)
        question.groups, question.counted = groups, counted
        question.terms = tuple(t for g in groups for t in g)
        a = sentence.index(clause)
        return english_clauses.disagreement(question, sentence, a, a + len(clause))

    assert "山火" in why("丙县发生山火3起")
    # a count after a verb counts the thing named before: not read
    assert not why("为流浪牲畜找到新家80只", counted + (("找到",),))


def test_a_whole_is_no_answer_to_a_part_of_it():
    q = "How many of Ruritania's old bridges need strengthening?"
    sentence = "据丁国交通部门统计，丁国现存老桥共计300座，其中45座需要加固。"
    groups = (("桥", "桥梁"), ("加固",))
    assert "part" in _why(q, sentence, "丁国现存老桥共计300座", groups)
    assert not _why(q, sentence, "其中45座需要加固", groups)


def test_a_world_figure_is_not_one_places():
    q = "How many tickets did the made-up film sell in Ruritania?"
    sentence = "该片全球售出门票800万张，丁国售出120万张。"
    groups = (("门票", "票"), ("售出", "销售"))
    assert "world" in _why(q, sentence, "该片全球售出门票800万张", groups)
    assert not _why(q, "该片在丁国售出门票120万张。", "该片在丁国售出门票120万张", groups)
    # asked worldwide, the world's figure answers
    assert not _why("How many tickets did the made-up film sell worldwide?", sentence, "该片全球售出门票800万张", groups)

def test_a_dimension_asked_is_stated_in_its_units():
    q = "How far can the made-up scooter go on one charge?"
    groups = (("滑板车",), ("充电",))
    assert "dimension" in _why(q, "该滑板车配有一块2K屏幕。", "该滑板车配有一块2K屏幕", groups)
    assert not _why(q, "该滑板车续航里程达45公里。", "该滑板车续航里程达45公里", groups)


def test_a_designation_is_no_count():
    q = "How many lamps light the made-up hall?"
    groups = (("灯具", "灯"), ("展厅",))
    assert "designation" in _why(q, "展厅选用Nova 12K系列灯具。", "展厅选用Nova 12K系列灯具", groups)
    assert not _why(q, "展厅共安装灯具30盏。", "展厅共安装灯具30盏", groups)
    # a unit a dimension is stated in is no designation
    assert not _why("How many gigabytes of memory does the made-up card have?", "该卡显存为24GB。", "该卡显存为24GB",
                    (("显存", "内存"),))


def _measure(question: str, clause: str) -> str:
    from assistant.answer.english_scope import other_measure_word
    return other_measure_word(analyse(question), clause, 0, len(clause))


def test_a_figure_named_by_another_measure_is_refused_when_the_measure_asked_is_unwritten():
    # killed counted for injured: 遇难 glosses perish, which the question never writes, and no word for injured is here
    assert "遇难" in _measure("How many people were injured in the made-up quarry collapse?", "矿难遇难人数升至9人")
    assert not _measure("How many people were injured in the made-up quarry collapse?", "矿难受伤人数升至9人")
    # a count of trees for a ticket's price; the ticket written beside its price is the one asked
    assert "树木" in _measure("How much is a ticket to the made-up Lake Garden?", "湖园栽有树木3000余棵")
    assert not _measure("How much is a ticket to the made-up Lake Garden?", "湖园门票价格为80元")


def test_a_participle_after_an_adverb_and_a_possessive_subject_are_no_verb_asked():
    # widely downloaded apps: the apps are counted (not "widely"); Made-up City's audit office test: the verb is test,
    # not the possessed noun's first word
    clause = "共有58款下载使用量较大的App进行了技术检测"
    assert not _measure("How many widely downloaded apps did Made-up City's audit office test in the first round?", clause)


def test_a_paraphrase_the_dictionary_misses_on_one_side_is_held_by_the_other():
    # 游客 glosses tourist, not visitor; the question's verb (receive) is written as 接待: no contradiction
    assert not _measure("How many visitors did Made-up Park receive over the holiday?", "公园共接待游客12万人次")
    # the things counted written after the count, and the verb after them the question's own
    assert not _measure("How many workers were hurt at the made-up plant?", "3名工人受伤")
    assert "烧伤" in _measure("How many workers were evacuated at the made-up plant?", "3名工人严重烧伤")


def test_a_progressive_with_its_subject_between_asks_the_verb_not_the_name():
    # how many people is Pinevale sending: the verb is sending, after the name the progressive puts between
    # (a capitalised name is never the verb asked, however many words it runs to)
    from assistant.answer.english_scope import question_verbs
    assert question_verbs("How many teams is Pinevale sending to the made-up games?") == ["sending"]
    assert question_verbs("How many athletes is the Pinevale County sending?") == ["sending"]
    assert question_verbs("How many flats is Oakford Homes building this year?") == ["building"]


def test_a_progressive_verb_asked_is_read_against_the_clauses_verb():
    # 选派 is a translation of sending: not contradicted (read as the name Pinevale, nothing translated it)
    assert not _measure("How many people is Pinevale sending to the made-up games?", "松谷今年选派500人")
    # another verb is refused as the verb asked, not as the name
    assert "building" in _measure("How many flats is Oakford Homes building this year?", "今年共栽植2万棵")


def test_a_passive_with_no_name_between_still_asks_its_participle():
    # guard: the auxiliary's own participle (were evacuated) is read as before
    assert "evacuated" in _measure("How many workers were evacuated from the made-up plant?", "共有300名工人受伤")
    assert not _measure("How many workers were evacuated from the made-up plant?", "共有300名工人撤离")


def test_a_verb_of_saying_a_figure_is_no_measure_asked():
    # how many people does Oakford expect to hire asks the hiring; expect only says whose figure it is
    assert not _measure("How many people does Oakford expect to hire?", "预计招聘500人")
    from assistant.answer.english_scope import question_verbs
    assert question_verbs("How much does Brightline forecast spending will reach in 2031?") == []
    assert question_verbs("How many homes does Oakford estimate were flooded?") == ["flooded"]
    assert question_verbs("How many people does Oakford say were hurt in the made-up crash?") == ["hurt"]


def test_a_verb_of_doing_is_still_the_measure_asked():
    # guard: hire is no verb of saying: a clause counting the people laid off is still refused
    assert "裁员" in _measure("How many people did Oakford hire this year?", "橡树镇今年裁员500人")
    assert not _measure("How many people did Oakford hire this year?", "橡树镇今年招聘500人")
