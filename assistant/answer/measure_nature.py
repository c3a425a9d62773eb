"""What kind of quantity the asked measure is by its own name, and what a change is measured
against: checks of a figure that the question's unit alone does not make.

- 环比 (against the period before) and 同比 (against the same period a year before) are two
  changes: a figure whose clause says one does not answer a question asking the other.
- A measure named 率 (利率, 税率, 覆盖率) is a ratio: a sum of money or a count does not answer
  it. Over the generated figure questions of news part a, the 11 whose asked word ends in 率
  with no unit stated have 9 percentages for gold and 2 counts, of 速率 (Hz) and 功率 (W),
  which are no ratios; DRCD and CMRC: 1 percentage, 2 bare figures (收视率7.07).
- A measure named as a sum of money (电费, 售价, 投资, 营收) asks a level of money: a
  percentage does not answer it, unless a change or a share is asked (the kind check's).
  Over the same questions 39 of 41 such golds are money and 2 counts (990日元, 5GB), none a
  percentage; DRCD and CMRC: 3 money, 1 multiple (16倍), 1 no figure.
- A question asking a target or a forecast (目标, 力争, 预计, 要达到) is not answered by a
  figure its sentence says was reached (截至目前, 已, 同比) and names no aim. Over the
  generated figure questions of news part a, all 39 asking a target have a forward word
  (将, 预计, 预估, 目标) in their gold sentence; over the spent sets' 60 target questions
  with a gold sentence, the work reports' plans often name no aim (社会消费品零售总额增长6%以上)
  but none says the figure was reached.
- A question about last year (去年) is not answered by a sentence about this year (今年, 目前)
  that does not name last year, nor the other way round; 比去年, 去年同期 compare and are no
  period. Over the generated figure questions of news part a, 27 questions name one: their
  gold sentences name the same (24 and 3) or none (2); none names only the other.
- A figure the question itself states (这次预拨的10亿元中，分给吉林省的有多少) is not its
  answer: of 159 figure questions stating a figure (DRCD 71, CMRC 3, news part a 85), one
  gold agrees with it (DRCD, a day numbered 0). An English question's too, and the numbers it
  writes in words (stated_disagreement).
- A figure right after 连续 counts how long a run lasted (连续三个季度下降, 连续六年入选), and
  N位数 is a number of digits (下降两位数): neither is an amount, unless the question asks
  the run (连续多少年) or counts in the figure's unit (几个季度, 多少年). Over DRCD's 492,
  CMRC trial's 98 and news part a's 1,005 figure questions, no gold is either; in their gold
  sentences 2 other figures are (连续两届 for 几次, 连续六年 for 森林覆盖率).
The percentage and money checks read the question's head word (the thing asked, before the
asking phrase), so 以利率招标方式开展了多少 (head 开展) is not read as asking a rate.
"""

from __future__ import annotations

import re

from assistant.answer import standing
from assistant.answer.dimensions import PHYSICAL_UNITS
from assistant.query.english_periods import period_text
from assistant.query.question import CHANGE_ASKED, Question, asking_clauses
from assistant.text import quantities
from assistant.text.asked_numbers import RANK_ASKED_EN
from assistant.text.sentences import split_clauses

BASES = ("同比", "环比")
# 功率 is power (kW), 速率 a speed (Hz); the others are no share of a whole either
NOT_RATIOS = ("功率", "速率", "频率", "概率", "效率", "汇率", "帧率", "码率", "分辨率", "刷新率")
MONEY_HEAD = re.compile(r"(?:费|价|价格|售价|金额|资金|投资|收入|营收|利润|成本|支出|工资|薪酬|奖金|补贴|罚款|产值)$")
RATIO = ("percent", "points")
# the head is what is asked only when the asking phrase follows it (多少电费, 电费是多少), not
# when it is the first word of what is asked (多少投资税收抵免: a tax credit, head 投资)
ASKED_AFTER = re.compile(r"[？?]|$|(?:是|为|有|约|共|大约|会|能|将|要)?(?:达到|达)?(?:多少|几)")
# 打算, 想在今年…, 想把…: an everyday asker's word for a plan (not 思想, 理想, 设想, 想法)
TARGET_ASKED = re.compile(r"目标|力争|计划|预计|将达到|预期|规划|争取|拟|打算|(?<![思理梦感设构联回])想(?:要|在|把|让|将)"
                          r"|(?<![主需重只想])要(?:增长|达到|实现|完成|新增|提高|提升|降低|下降|控制|建设|新建|改造|培育|引进"
                          r"|突破|增加|减少|保持|稳定|实施|创建|打造|盘活)")  # 今年…要增长多少: what the plan sets
FORWARD = re.compile(r"目标|力争|计划|预计|预估|估计|预测|将|要|预期|规划|争取|拟|有望|确保|可望|力求")
PAST = re.compile(r"(?<![比较与])(?:去年|上年|上一年|前年)(?!同期)")
NOW = re.compile(r"今年|本年|目前|当前")
THIS_YEAR = re.compile(r"今年|本年")  # 目前, 当前 are the writer's now, which an account of a named year dates
REACHED = re.compile(r"截至|截止|已|同比|[比较](?:上年|去年)|去年|上年")
# a result said with no aim: a result where it stands in no plan (目前…饲养量达到28.2万只)
RESULT = re.compile(r"完成|达到|实现|突破")
# a plan's own words, which a figure of last year's does not say (去年 asked)
AIM = re.compile(r"目标|力争|计划|预期|规划|争取|确保")
# a share of a sum or its change may be asked as a percentage (电费涨了百分之几, 成本占比)
RELATIVE = re.compile(r"占|比重|份额|比例|百分之|涨|跌|幅|同比|环比|倍")


# 与上月相比, 比上个月, 较去年同期: the basis asked in words; 与6月相比 for 7月 compares with the month
# before, as 环比 does
MONTH_BEFORE = re.compile(r"(?:与|和|同|跟|比|较|相较于|相比于?)(?:上个?月|前一个?月|上一个?月)")
YEAR_BEFORE = re.compile(r"(?:与|和|同|跟|比|较|相较于|相比于?)(?:去年|上年|上一年)同期")
NAMED_MONTH = re.compile(r"(?:与|和|同|跟|相较于|相比于?)(\d{1,2})月(?:份)?(?:相比|比较|相较|对比)")


def asked_bases(text: str) -> list[str]:
    """The bases of a change a question asks: 同比 and 环比 as written, or said in words (与上月相比;
    与6月相比 where the question asks of 7月)."""
    asked = [b for b in BASES if b in text]
    month = NAMED_MONTH.search(text)
    later = month is not None and re.search(rf"(?<!\d){int(month.group(1)) % 12 + 1}月", text) is not None
    if "环比" not in asked and (MONTH_BEFORE.search(text) or later):
        asked.append("环比")
    if "同比" not in asked and YEAR_BEFORE.search(text):
        asked.append("同比")
    return asked


# 变化了多少, 变动了多少: a change asked by its generic word, which a sentence writes by its direction (环比下降8%)
GENERIC_CHANGES = ("变化", "变动")
DIRECTIONS = ("增长", "下降", "增加", "减少", "上升", "下滑", "上涨", "下跌", "提高", "降低", "回落", "提升", "攀升", "回升")
# 与6月相比 asked, 环比 written: the comparing word is said by the basis it names
COMPARING = ("相比", "相较", "对比", "比较")
BASIS_SPELLINGS = {"环比": ("环比", "比上月", "较上月", "比上个月", "较上个月"),
                   "同比": ("同比", "比上年", "比去年", "较上年", "较去年")}


def change_spellings(term: str, q: Question) -> tuple[str, ...]:
    """What a sentence writes for a change question's generic word `term`: 变化 by the direction
    of the change (下降, 增长), 相比 by the basis the question names in words (与上月相比: 环比);
    () for any other word or question."""
    if q.english or not q.change:
        return ()
    if term in GENERIC_CHANGES:
        return DIRECTIONS
    bases = asked_bases(q.text)
    return BASIS_SPELLINGS[bases[0]] if term in COMPARING and len(bases) == 1 else ()


def basis_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A 同比 change for a 环比 question, or the other way round ('' when not)."""
    asked = asked_bases(q.text)
    if len(asked) != 1:
        return ""
    clauses = split_clauses(text) or [(0, len(text))]
    a, b = next(((x, y) for x, y in clauses if x <= f.start < y), (0, len(text)))
    said = [w for w in BASES if w in text[a:b]]
    if said and asked[0] not in said:
        return f"a {said[0]} change for a {asked[0]} one"
    return ""


RUN_BEFORE = re.compile(r"连续了?$")


def run_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The length of a run (连续|三个季度) or a number of digits (两位|数) for a question asking
    neither ('' when the figure may be an amount)."""
    if RUN_BEFORE.search(text[: f.start]) and "连续" not in q.text \
            and not (q.unit and quantities.same_unit(f.unit, q.unit)):
        return f"连续{f.text} is how long a run lasted"
    if f.unit == "位" and text.startswith("数", f.end) and "位数" not in q.text:
        return f"{f.text}数 is a number of digits"
    return ""


def nature_disagreement(q: Question, text: str, f: quantities.Quantity, where: str = "", year_named: bool = False) -> str:
    """A sum of money for a rate, a percentage for a sum of money, the other basis of a
    change, or a figure of the other standing or year ('' when none of these); `where` is
    where the sentence stands (answer/standing: a plan, a review or '' when unknown); `year_named`
    when its article dates its account by a named year (2023年，…截至目前: 目前 is that year's now)."""
    if q.english:  # its year read as a Chinese one writes it (last year: 去年); its words are not Chinese
        return _year_disagreement(period_text(q.text), text, year_named) or standing_disagreement(q, text, where)
    if found := run_disagreement(q, text, f) or basis_disagreement(q, text, f) or _year_disagreement(q.text, text, year_named):
        return found
    if found := same_period_disagreement(q, text) or before_last_disagreement(q, text) or standing_disagreement(q, text, where) \
            or done_disagreement(q, text, f):
        return found
    head = q.head or ""
    if q.unit or not head or not ASKED_AFTER.match(q.text, q.text.rfind(head) + len(head)):
        return ""
    if head.endswith("率") and not head.endswith(NOT_RATIOS) and f.kind in ("money", "count") \
            and f.unit not in ("倍", "成", "个"):  # 税率13个点
        return f"a {f.kind} figure for {head}"
    if MONEY_HEAD.search(head) and f.kind in RATIO and not f.change and not q.change \
            and not RELATIVE.search(asking_clauses(q.text)):
        return f"a {f.kind} figure for {head}"
    if MONEY_HEAD.search(head) and f.unit in PHYSICAL_UNITS:  # 3160亩 for 多少产值: the land, not what it earns
        return f"a figure in {f.unit} for {head}"
    return ""


# 去年同一季度的营收是多少 asks last year's figure of the period spoken of, not a comparison with it
# (比去年同期, 与去年同期相比 compare: the change check's)
SAME_PERIOD_PAST = re.compile(r"(?<![比较与和跟同])(?:去年|上年|上一年)(?:同期|同一(?:季度|时期|月份?|期间|年度)|同季度?|同月)")
PAST_SAID = re.compile(r"去年|上年|上一年|前一年|同期|(?<!\d)(?:19|20)\d\d")


# 前年的财政收入: the year before last, which a report or an interview gives only by name (前年, 2022年); a
# figure of a sentence naming neither is of the year it speaks of (过去一年, this year's plan)
BEFORE_LAST_ASKED = re.compile(r"(?<![比较与和跟同大])前年(?!同期)")
BEFORE_LAST_SAID = re.compile(r"前年|(?<!\d)(?:19|20)\d\d")


def before_last_disagreement(q: Question, text: str) -> str:
    """The year before last asked as a figure's year, a sentence that names no such year."""
    if BEFORE_LAST_ASKED.search(q.text) and not BEFORE_LAST_SAID.search(text):
        return "no year before last named"
    return ""


def same_period_disagreement(q: Question, text: str) -> str:
    """Last year's same period asked as the period of a level (世嘉去年同一季度的营收), a sentence that
    names no earlier year nor 同期 gives the period's own figure ('' when not)."""
    if SAME_PERIOD_PAST.search(q.text) and not CHANGE_ASKED.search(asking_clauses(q.text)) and not PAST_SAID.search(text):
        return "the period's own figure for last year's same period"
    return ""


def _year_disagreement(asked: str, text: str, year_named: bool) -> str:
    """A figure of this year's for last year's asked, or the other way round."""
    asked_past, asked_now = PAST.search(asked), NOW.search(asked)
    if bool(asked_past) != bool(asked_now):
        said_past, said_now = PAST.search(text), (THIS_YEAR if year_named and asked_past else NOW).search(text)
        if (said_now and not said_past) if asked_past else (said_past and not said_now):
            return f"{(said_now or said_past).group()}'s figure for {(asked_past or asked_now).group()}"
    return ""


def standing_disagreement(q: Question, text: str, where: str = "") -> str:
    """A figure reached for a target asked, or a plan's for last year's ('' when not). The
    sentence's own words first (截至, 同比 / 力争, 预计), then where it stands: 完成, 达到 are
    a plan's words in a plan (二、2024年工作安排 · 完成造林3.5万亩) and a result's elsewhere;
    a review's figure (过去一年…) is a result however it is said."""
    target = TARGET_ASKED.search(asking_clauses(q.text))
    if target and not FORWARD.search(text):
        if REACHED.search(text) or where == standing.REVIEW or (where != standing.PLAN and RESULT.search(text)):
            return "a figure reached for a target"
    when = period_text(q.text)  # an English question's last year is 去年
    asked_past = PAST.search(when) and not NOW.search(when)
    if asked_past and not target and not PAST.search(text) and (where == standing.PLAN or AIM.search(text)):
        return "a plan's figure for last year's"
    if NOW.search(when) and not PAST.search(when) and where == standing.REVIEW \
            and not (NOW.search(text) or quantities.years(text)):
        return "a review's figure for this year's"
    return ""


# what was done, asked (新签约了多少, 已…多少个): read with no target word in the question
DONE_ASKED = re.compile(r"了(?:约|近|大约)?(?:多少|几|百分之)|已经?[^，,。？?]{0,10}?(?:多少|几)")


def done_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A target's figure (…力争新签约亿元以上项目不低于5个，10亿元以上项目不低于2个) for a question
    asking what was done (2023年新签约了多少个): an aim word in the figure's clause or the one
    before it, unless a result is said after it (not 针对项目规划…，…，先后收集解决…难题200余个;
    '' when not). Over DRCD and CMRC's 32 questions asking so with a gold figure, none is
    rejected; over the open sets' 120 answerable ones' evidence, none either."""
    asking = asking_clauses(q.text)
    if not DONE_ASKED.search(asking) or TARGET_ASKED.search(asking):
        return ""
    clauses = split_clauses(text) or [(0, len(text))]
    at = next((i for i, (x, y) in enumerate(clauses) if x <= f.start < y), 0)
    end = clauses[at][1]
    aims = list(AIM.finditer(text, clauses[max(at - 1, 0)][0], end))  # its clause and the one before
    if aims and not (REACHED.search(text, aims[-1].end(), end) or RESULT.search(text, aims[-1].end(), end)):
        return "a target's figure for what was done"
    return ""


def stated_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure the question itself states, so part of what it names, not its answer ('' when
    not): 这次预拨的10亿元中…; the 400h of an English question's NX 400h+, its 75 of people aged
    75, the 四批 of "the first four teams"; for an English question also an ordinal of the text
    (第三次, 第七人民医院), which its figure questions ask for only when they ask where a thing ranks."""
    if not q.english:
        # 第七人民医院 states no 七人
        stated = any(f.agrees(g) for g in quantities.find_quantities(q.text) if q.text[g.start - 1 : g.start] != "第")
        return "the question's own figure" if stated else ""
    # "Where did X rank": 位列全省第十名's 第十名 is the rank asked (the kind check holds it to one)
    if text[max(f.start - 1, 0) : f.start] == "第" and not RANK_ASKED_EN.search(q.text):
        return f"第{f.text} is an ordinal"
    number = _number(f.text)
    if number and number in {_number(x) for x in q.figures}:
        return f"the question itself states {f.text}"
    words = {NUMBER_WORDS.index(w) for w in re.findall(r"[a-z]+", q.text.lower()) if w in NUMBER_WORDS}
    if not number and f.value in words:  # 四批 for "four": a Chinese numeral's value
        return f"the question itself states {f.text}"
    return ""


NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _number(written: str) -> str:
    return re.match(r"[\d.]*", written.replace(",", "")).group().rstrip(".")
