"""How long (answer/durations.py): a 多久 question is not answered by a sentence writing no
span of time; its hook in subject.disagreement."""

from __future__ import annotations

from assistant.answer import durations, subject
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def test_spans_of_time_are_read_and_dates_are_not():
    for text in ("第一个原型可能在18个月内亮相", "历时两小时", "在这46亿年当中", "从前1500年就在此居住", "2500年前",
                 "花期1-3月", "十多天后", "至今仍在使用"):
        assert durations.writes_span(text), text
    for text in ("8月1日，工程师们开发出新型混凝土", "星河于2023年发布新车", "明年8月上市"):
        assert not durations.writes_span(text), text


def test_a_sentence_writing_no_span_does_not_answer_how_long():
    q = analyse("星河电容器的第一个原型预计多久内亮相？")
    dated = "8月1日，星河的工程师们开发出一种新型电容器。"
    found = durations.span_disagreement(q, _chunk(dated), 0, len(dated))
    assert found is not None and found.kind == "span"
    assert subject.disagreement(q, _chunk(dated), 0, len(dated)) is not None  # the hook
    span = "星河说，第一个原型可能在18个月内亮相。"
    assert durations.span_disagreement(q, _chunk(span), 0, len(span)) is None


def test_how_often_and_other_questions_are_not_read():
    text = "比赛规定每9局比赛需换一批新球。"
    assert durations.span_disagreement(analyse("比赛时多久一次更换球？"), _chunk(text), 0, len(text)) is None
    assert durations.span_disagreement(analyse("比赛时多少局更换球？"), _chunk(text), 0, len(text)) is None


def test_a_sentence_writing_no_year_or_no_day_does_not_answer_which():
    undated = "青川湖论坛签约项目34个，签约额255.4亿元。"
    for question in ("青川湖论坛是哪一年举办的？", "青川湖论坛是哪一天开幕的？"):
        found = durations.span_disagreement(analyse(question), _chunk(undated), 0, len(undated))
        assert found is not None and found.kind == "date", question
        assert subject.disagreement(analyse(question), _chunk(undated), 0, len(undated)) is not None  # the hook
    # a year or a day as the old books and the lunar calendar write them answers too
    for text in ("民国元年，青川设县。", "庚申年三月，青川设县。", "承久3年，青川设县。", "同年，青川设县。"):
        assert durations.span_disagreement(analyse("青川在哪一年设县？"), _chunk(text), 0, len(text)) is None, text
    for text in ("十月廿一，大军入青川关。", "8月2日，大军入青川关。", "次日，大军入青川关。", "国庆节当天，大军入青川关。"):
        assert durations.span_disagreement(analyse("大军在哪一天入青川关？"), _chunk(text), 0, len(text)) is None, text


def test_an_english_question_asking_a_span_a_year_or_a_day_needs_one_written():
    """durations.english_disagreement: a result's time or a period is a span, a time may be a clock time too."""
    def why(question: str, text: str):
        return subject.disagreement(analyse(question), _chunk(text), 0, len(text))

    for question in ("What was Wang Wu's time in the Dongshan relay?", "What was the finishing time of the Dongshan relay?",
                     "What is the period of the comet's orbit?", "How many hours did the Dongshan hearing last?"):
        found = durations.english_disagreement(question, "王五在小组赛中排名第三，顺利进入决赛。")
        assert found is not None and found.kind == "span", question
        assert why(question, "王五在小组赛中排名第三，顺利进入决赛。") is not None  # the hook
    assert durations.english_disagreement("What was Wang Wu's time in the Dongshan relay?", "王五最终以9秒98的成绩夺冠。") is None
    assert durations.english_disagreement("What is the period of the comet's orbit?", "其轨道周期约为76年。") is None
    assert durations.english_disagreement("What is the response time of the sensor?", "响应时间仅3毫秒。") is None
    assert durations.english_disagreement("What is the start time of the Dongshan gala?", "晚会于晚上8时开始。") is None
    assert durations.english_disagreement("What is the period of the comet's orbit?", "晚会于晚上8时开始。") is not None
    # a day is no year, a month no day
    assert durations.english_disagreement("In what year was Dongshan School founded?", "东山学校成立于8月。").kind == "date"
    assert durations.english_disagreement("In what year was Dongshan School founded?", "东山学校成立于1968年。") is None
    assert durations.english_disagreement("On what date did the Dongshan fair open?", "东山集市于今年开幕。").kind == "date"
    assert durations.english_disagreement("On what date did the Dongshan fair open?", "东山集市于5月20日开幕。") is None
    # other questions ask no span: during the period, what time as a clock time, a count of things
    for question in ("What did Dongshan build during the period?", "How many teams entered the Dongshan chess cup?",
                     "Which team won the Dongshan relay?"):
        assert durations.english_disagreement(question, "王五在小组赛中排名第三，顺利进入决赛。") is None, question


def test_an_english_when_question_needs_a_sentence_dating_something():
    """asked_slot.slot_disagreement for an English time question (until when, since when ask one too)."""
    assert analyse("Until when will the Dongshan bridge stay closed?").kind == "time"
    assert analyse("Since when has the Dongshan ferry stopped running?").kind == "time"
    undated = "东山大桥正在进行维修加固，车辆需绕行。"
    dated = "东山大桥的封闭施工将持续到9月3日。"
    for question in ("Until when will the Dongshan bridge stay closed?", "When will the Dongshan bridge reopen?"):
        assert subject.disagreement(analyse(question), _chunk(undated), 0, len(undated)) is not None, question
        assert subject.disagreement(analyse(question), _chunk(dated), 0, len(dated)) is None, question


def test_english_span_of_another_things_time():
    """A span led by a time measure of a thing the question does not name (采样时间) answers no period asked."""
    question = "What is the period of the made-up comet's orbit?"
    terms = ("周期", "时期", "时", "彗星", "轨道")
    assert durations.english_disagreement(question, "观测团队的采样时间高达50微秒。", terms).kind == "span"
    assert durations.english_disagreement(question, "其轨道周期约为76年。", terms) is None
    # a span led by no measure, or beside one of the thing asked, may answer
    assert durations.english_disagreement(question, "观测历时3年，其采样时间为5秒，轨道周期约为76年。", terms) is None
    assert durations.other_time("该彗星约76年回归一次。", terms) == ""


def test_a_round_age_before_a_noun_is_no_span():
    """千年古镇 describes a town (a thousand years old): no span of the wait or work asked."""
    question = "How many years did the made-up town wait for its new bridge?"
    assert durations.english_disagreement(question, "千年古镇再添新桥——甲镇新桥昨日通车。").kind == "span"
    assert durations.english_disagreement(question, "千年古镇的新桥足足等了12年。") is None
    assert durations.english_disagreement(question, "这座桥百年来几经修缮。") is None
