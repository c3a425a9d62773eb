"""Claims reworded as a reader rewords a sentence, for the generated claims of claim_questions.

A claim that copies its sentence's words is already judged right; a hand-written one is not.
What a reader changes, each a step of its own (so a miss can be counted by the step that made it):
- figure: the same value written another way: 34134辆 -> 3.4万余辆, 23000 -> 2.3万, 12000万 -> 1.2亿,
  1125.9万 -> 超过1100万, 23个 -> 二十三个, 19.48% -> 近两成 / 近20%, 50% -> 一半, 超过 -> 逾;
- verb: a measure or verb said with a word of the same meaning (增长 -> 增加, 营业收入 -> 营收);
- order: a leading period (今年上半年，) moved after the subject (我国今年上半年…);
- drop: words a reader leaves out (累计, 共计, 已经, 我国).
No synonym resource is installed here (none offline); the word pairs are the common news
wordings that the checks' own lists (answer/values.SYNONYMS, check/statements.SYNONYMS) hold
or that a Chinese reader takes for the same.
"""

from __future__ import annotations

import math
import random
import re

from assistant.text import quantities, words

NUMERALS = "零一二三四五六七八九"
COUNTERS = frozenset("个 家 项 人 名 位 座 条 次 辆 台 所 只 件 款 种 户 起 支 批 场 部 架 艘 头 棵 套".split())
# (a wording, another a reader takes for the same); each used once a claim, left to right
WORDINGS = (("同比增长", "比上年同期增长"), ("同比下降", "比上年同期下降"), ("营业收入", "营收"), ("净利润", "净利"),
            ("增长", "增加"), ("下降", "减少"), ("达到", "达"), ("实现", "取得"), ("超过", "逾"), ("销售了", "卖出了"),
            ("接待", "迎来"), ("提高", "提升"), ("举办", "举行"), ("新增", "新添"), ("投资", "投入"),
            ("约为", "大约是"), ("共有", "一共有"), ("位居", "排在"), ("建成", "建好"))
NOT_A_NOUN = r"(?![率速点值额量会])"  # 增长率, 增长速度, 提高值 name a measure: left as they are
DROPPED = ("累计", "共计", "总计", "合计", "已经", "我国", "全国")
PERIOD_LEAD = re.compile(r"^((?:今年|去年|20\d\d年)?(?:前?[一二三四五六七八九十\d]+(?:个)?月(?:份)?|上半年|下半年|"
                         r"前?[一二三四1-4]季度|全年)?(?:以来)?)[，,]")


def numeral(n: int) -> str:
    """23 -> 二十三, 105 -> 一百零五."""
    return quantities.numeral(n)


def _short(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def figure_otherwise(f: quantities.Quantity, rng: random.Random, exact: bool = False) -> str | None:
    """The figure's value written another way a reader would (None when no way applies)."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(万亿|亿|万)?(.*)", f.text)
    if m is None or f.upper is not None or f.qualifier or (f.change and f.unit != "%"):
        return None
    number, scale, unit = float(m.group(1)), m.group(2) or "", m.group(3)
    options = []
    if unit == "%" and not scale:
        if number == 50:
            options.append("一半")
        tenths = round(number / 10)
        if 1 <= tenths <= 9 and abs(number - 10 * tenths) <= 2:
            word = "两" if tenths == 2 else NUMERALS[tenths]
            options.append(("近" if number < 10 * tenths else "超" if number > 10 * tenths else "") + word + "成")
        if number != int(number) and number > 1:
            options.append(f"近{math.ceil(number)}%")
            options.append(f"超过{math.floor(number)}%")
    elif not scale and number == int(number) and number >= 10000:
        wan = number / 1e4
        if wan == round(wan, 1):
            options.append(f"{_short(wan)}万{unit}")
        else:
            options.append(f"{_short(math.floor(wan * 10) / 10)}万余{unit}")
            options.append(f"近{_short(math.ceil(wan * 10) / 10)}万{unit}")
    elif scale == "万" and number >= 10000:
        options.append(f"{_short(number / 1e4) if number / 1e4 == round(number / 1e4, 1) else f'约{number / 1e4:.1f}'}亿{unit}")
    elif scale and number >= 100 and number != int(number):
        options.append(f"超过{int(number)}{scale}{unit}")
        options.append(f"约{round(number)}{scale}{unit}")
    elif not scale and number == int(number) and 2 <= number <= 99 and unit in COUNTERS:
        options.append(("两" if number == 2 else numeral(int(number))) + unit)
    if exact:  # a hedged figure (超一成 for 16%) may be true of another value: no refutation
        options = [o for o in options if not re.match("[近超约逾]", o) and "余" not in o]
    return rng.choice(options) if options else None


def reworded_figure(claim: str, f: quantities.Quantity, rng: random.Random, exact: bool = False) -> str | None:
    """The claim with figure `f` (found in it) written another way."""
    at = claim.rfind(f.text)
    new = figure_otherwise(f, rng, exact)
    if at < 0 or new is None:
        return None
    before = claim[:at]
    if new[0] in "近超约逾" and before.endswith(("超过", "约", "近", "逾", "超", "达到", "达", "为")):
        before = re.sub(r"(?:超过|约|近|逾|超|达到|达|为)$", "", before)
    return before + new + claim[at + len(f.text):]


def other_wording(claim: str, rng: random.Random) -> str:
    """One or two measures or verbs said with another word of the same meaning."""
    found = [(a, b) for a, b in WORDINGS if re.search(a + NOT_A_NOUN, claim)]
    for a, b in rng.sample(found, min(2, len(found))):
        claim = re.sub(a + NOT_A_NOUN, b, claim, count=1)
    return claim


def dropped(claim: str) -> str:
    for w in DROPPED:
        claim = claim.replace(w, "", 1)
    return claim


def reordered(claim: str) -> str:
    """今年上半年，我国乘用车零售… -> 我国今年上半年乘用车零售…: the period after the subject."""
    m = PERIOD_LEAD.match(claim)
    if m is None or not m.group(1):
        return claim
    rest = claim[m.end():]
    subject = ""
    for w, flag in words.tagged(rest):
        if flag not in ("ns", "nt", "nz", "nr", "j", "eng") and not (flag == "n" and not subject):
            break
        subject += w
    if not subject or subject == rest:
        return claim
    return subject + m.group(1) + rest[len(subject):]


def harder(claim: str, figure: quantities.Quantity, rng: random.Random, exact: bool = False
           ) -> tuple[str, list[str]] | None:
    """The claim reworded by every step that applies (at least one), with the steps' names."""
    steps, out = [], claim
    new = reworded_figure(out, figure, rng, exact)
    if new:
        out, steps = new, ["figure"]
    for name, step in (("verb", lambda c: other_wording(c, rng)), ("drop", dropped), ("order", reordered)):
        new = step(out)
        if new != out and quantities.find_quantities(new):
            out, steps = new, steps + [name]
    return (out, steps) if steps else None
