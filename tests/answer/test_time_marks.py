"""A time question's candidate sentence dates something when it names any year, a century,
a decade, a dynasty or period, a season or a festival, not only a year of 1800-2099."""

from assistant.answer.evidence import type_factor
from assistant.query.question import analyse

WHEN = analyse("这座桥是在哪一年建成的？")


def test_years_before_1800_and_in_numerals_date_a_sentence():
    assert type_factor(WHEN, "845年，桥在河上建成。") == 1.0
    assert type_factor(WHEN, "民国十九年，桥在河上建成。") == 1.0


def test_centuries_decades_dynasties_and_seasons_date_a_sentence():
    for text in ("到12世纪后期，桥已建成。", "九十年代初桥已建成。", "桥于宋代建成。", "秋天桥上游人最多。",
                 "元宵节前后桥上挂满灯笼。"):
        assert type_factor(WHEN, text) == 1.0, text


def test_a_sentence_naming_no_time_still_counts_little():
    assert type_factor(WHEN, "这座桥横跨大河，连接两岸村庄。") < 0.5
    assert type_factor(WHEN, "桥边的小学有三年级学生参观。") < 0.5  # a school grade is no date



def test_dates_written_with_spaces_date_a_sentence():
    assert type_factor(WHEN, "桥于 2021 年 12 月 25 日建成通车。") == 1.0
    assert type_factor(WHEN, "桥于 12 月建成。") == 1.0


def test_a_quarter_dates_a_sentence():
    quarter = analyse("这家公司计划在哪个季度推出新款硬盘？")
    assert type_factor(quarter, "新款硬盘将在三季度推出。") == 1.0
    assert type_factor(quarter, "新款硬盘将于第4季度推出。") == 1.0
    assert type_factor(quarter, "该公司此前推出的最大容量硬盘为26TB。") < 0.5
