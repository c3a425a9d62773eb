"""What a source's figure measures: the words before it, read whole.

`text.indicators.indicator_of` keeps a lead's last ten characters, which may cut a word
(化妆品事业部在今年上半年销售额 -> 部在今年上半年销售额) and so drop the very word that tells a
sibling apart; here the lead is taken back to the start of the word it cuts. A level
reached (同比大增33.3%至256亿日元) measures what its 从…的 clause named before it, and a second
分别 run (同比分别增长42.4%和44.1%) the items of the first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.check.measures import FROM_TO_RE, LEVEL_REACHED_RE
from assistant.text import quantities, words
from assistant.text.indicators import COMPARISON_RE, indicator_of
from assistant.text.respectively import PAIRS, RESPECTIVELY, respective_items
from assistant.text.sentences import clause_at, split_clauses

# an aside in brackets before a figure: 全球电动汽车（包括纯电动和混合动力）的累计销量
ASIDE_RE = re.compile(r"（[^（）]{1,30}）|\([^()]{1,30}\)")
# 该品牌销售额从去年同期的192亿日元，同比大增33.3%至256亿日元: the 从 that opens the change
FROM_BEFORE_RE = re.compile(r"(?:由|从)[^，,；;。由从]*[，,][^；;。由从]*$")
# 净利润为新台币13.92亿元（约合人民币3.16亿元）: a figure in brackets right after another is that
# figure in another currency or unit (news_part_a/b: 129 （约合…）, 127 （约…）)
CURRENCIES = "人民币|新台币|美元|港元|港币|欧元|日元|英镑|韩元|澳元|加元|新加坡元|新元|卢布|林吉特|泰铢|卢比"
CONVERTED_RE = re.compile(rf"[（(]\s*(?:约合|折合|约|合)\s*({CURRENCIES})?\s*$")
CURRENCY_RE = re.compile(CURRENCIES)
# 这比2023年预估的165万套有明显增加: another year's level, the baseline of a comparison, of what the
# clause before measures (check/other_year.py reads which claims it may decide)
YEAR_BASELINE_RE = re.compile(r"(?:比|较|相比)(?:19|20)\d\d年[^，,；;。比较]*的$")


def whole_words(text: str, lead: str, end: int) -> str:
    """`lead`, which ends at text[end] (or before it), taken back to the start of the word
    of the clause it begins inside."""
    at = text.rfind(lead, 0, end) if lead else -1
    if at <= 0:
        return lead
    clauses = split_clauses(text)
    ca = clause_at(clauses, at, len(text))[0]
    pos = ca
    for word, _ in words.tagged(text[ca:end]):
        if pos <= at < pos + len(word):
            return text[pos : at] + lead if pos < at else lead
        pos += len(word)
    return lead


def _lead(clauses, text: str, f: quantities.Quantity) -> str:
    found = indicator_of(clauses, text, f)
    if found and text.startswith(found, f.end):  # a count's noun (18项科技成果与企业成功牵手)
        tagged = words.tagged(found)
        cut = next((i for i, (_, flag) in enumerate(tagged) if flag.startswith(("p", "c"))), len(tagged))
        return "".join(w for w, _ in tagged[:cut]) or found
    return whole_words(text, found, f.start) if found else found


# 创造了68亿美元的收入，同比下降了7%: the noun written after a figure's 的, to its clause's end, is
# what it measures, and what a change in the next clause changes
NOUN_AFTER_RE = re.compile(r"的([\u4e00-\u9fff]{1,4})(?=[，,；;。]|$)")


def _noun_after(text: str, g: quantities.Quantity) -> str:
    """收入 of 68亿美元的收入，: the noun (or verbal noun: jieba tags 收入 v) after the figure's 的."""
    m = NOUN_AFTER_RE.match(text, g.end)
    return m.group(1) if m and all(flag.startswith(("n", "v")) for _, flag in words.tagged(m.group(1))) else ""


def _names(lead: str) -> bool:
    """Does a lead name a measure: a word of two characters that is no change nor period (环比增长了,
    上一季度为 name none)?"""
    return any(len(w) >= 2 and not any(w in c for c in quantities.CHANGE_WORDS) and not re.search(r"季度|月份?$|年$", w)
               for w in words.content_words(COMPARISON_RE.sub("", lead)))


def _item_word(item: str, after: str) -> str:
    """产 of 产销 is 产量 (a word the claim's 产量 names, and 销量 does not), unless the
    pair is written with its 量 (产销量)."""
    return item + "量" if len(item) == 1 and not after.startswith(("量", "额")) else item


def verb_after(text: str, f: quantities.Quantity) -> str:
    """造成2人死亡，15人受伤: a count the piece after it only gives an action for counts those
    who did it (死亡, 受伤); '' otherwise."""
    piece = re.split(r"[，,；;。、（(：:和及与]", text[f.end :])[0].removesuffix("了")
    tagged = words.tagged(piece) if piece else []
    return piece if len(tagged) == 1 and tagged[0][1] in ("v", "vn") and len(piece) >= 2 else ""


def sentence_before(chunk_text: str, a: int) -> str:
    """The sentence before chunk_text[a:] in its paragraph ('' when it opens one)."""
    start = max(chunk_text.rfind("\n", 0, a), 0)
    pieces = [x for x in re.split(r"(?<=[。！？!?])", chunk_text[start:a].strip()) if x]
    return pieces[-1] if pieces else ""


def _items_before(before: str, text: str, f: quantities.Quantity) -> tuple[list[str], int]:
    """三种尺寸：32英寸（A32）、43英寸（A43）和65英寸（A65）。预售价格分别为579元、818元和1999元:
    a 分别 whose items the sentence before lists."""
    if not before or text.rfind(RESPECTIVELY, 0, f.start) < 0:
        return [], -1
    return respective_items(before + text, replace(f, start=f.start + len(before), end=f.end + len(before)))


def _converted(clauses, text: str, f: quantities.Quantity, before: str) -> str:
    """For a figure in brackets converting the figure before them (13.92亿元（约合人民币3.16亿元）),
    what that figure measures, in the bracket's currency: 净利润人民币. (The earlier figure's
    currency is no word of the measure: 新台币 of 净利润为新台币.) '' for any other figure."""
    m = CONVERTED_RE.search(text, 0, f.start)
    if not m:
        return ""
    gap = re.compile(rf"\s*(?:{CURRENCIES})?\s*")
    earlier = [g for g in quantities.find_quantities(text[: m.start()]) if gap.fullmatch(text[g.end : m.start()])]
    if not earlier:
        return ""
    after = CURRENCY_RE.match(text, f.end)
    currency = m.group(1) or (after.group() if after else "")
    return CURRENCY_RE.sub("", source_indicator(clauses, text, earlier[-1], before)) + currency


def source_indicator(clauses, text: str, f: quantities.Quantity, before: str = "") -> str:
    """What a source's figure measures, read without the asides before it; after 分别, the
    item it belongs to (销售和出口分别增长8.2%和56.7%: 56.7% is 出口's, answer/figure_kind.py
    reads the pairing), listed in its sentence or the one `before` it."""
    if verb_after(text, f):
        return verb_after(text, f)
    converted = _converted(clauses, text, f, before)
    if converted:
        return converted
    asides = [m for m in ASIDE_RE.finditer(text, 0, f.start) if m.end() <= f.start]
    if asides:
        cut = sum(m.end() - m.start() for m in asides)
        text = ASIDE_RE.sub("", text[: f.start]) + text[f.start :]
        f = replace(f, start=f.start - cut, end=f.end - cut)
        clauses = split_clauses(text)
    items, index = respective_items(text, f)
    if index < 0 and not asides:
        items, index = _items_before(before, text, f)
        if index >= 0:
            return items[index]
    if index < 0:
        ca = clause_at(clauses, f.start, len(text))[0]
        moved = FROM_TO_RE.search(text, ca, f.start)
        if not moved and LEVEL_REACHED_RE.search(text[: f.start]):
            change = [g for g in quantities.find_quantities(text[ca : f.start])
                      if LEVEL_REACHED_RE.fullmatch(text[ca + g.end : f.start])]
            g = change[-1] if change else None
            changed = _lead(clauses, text, replace(g, start=ca + g.start, end=ca + g.end)) if g else ""
            if any(len(w) >= 2 and flag.startswith(("n", "j", "eng")) for w, flag in words.tagged(changed)):
                return changed  # 净销售额同比增长10.5%至1442亿日元: 1442 is the level of what 10.5% changes
            moved = FROM_BEFORE_RE.search(text, 0, f.start)
        if moved:  # 年利用小时由原来的4621小时提高到5019小时 measures 年利用小时
            return _lead(clauses, text, replace(f, start=moved.start(), unit=""))
        found = "" if YEAR_BASELINE_RE.search(text, ca, f.start) else _lead(clauses, text, f)
        earlier = quantities.find_quantities(text[:ca])
        if f.change and found and earlier and _lead(clauses, text, earlier[-1]) == found:
            # the lead it shares with the amount it changes, that amount's noun, and its own words (同比下降了)
            found += _noun_after(text, earlier[-1]) + text[ca : f.start]
        bare = not any(len(w) >= 2 for w in words.content_words(found))
        if bare or (f.change and not _names(found)):
            # 对欧盟进出口772.4亿元，占14%: a share of what the clause before measures; 营收为6.44亿元，
            # (上一季度为6.1亿元，)环比增长了19.48%: a change of it (the nearest lead that names one)
            leads = [_lead(clauses, text, g) + _noun_after(text, g) for g in reversed(quantities.find_quantities(text[:ca]))]
            return next((lead + found for lead in leads if _names(lead)), leads[0] + found if leads else found)
        return found
    item = items[index]
    in_item = quantities.find_quantities(item)
    if in_item and text.rfind(RESPECTIVELY, 0, text.find(item) + in_item[-1].start) >= 0:
        # 产销分别完成A和B，同比分别增长X和Y: X and Y are the first run's items'
        g = in_item[-1]
        at = text.find(item) + g.start
        return source_indicator(clauses, text, replace(g, start=at, end=at + g.end - g.start))
    if len(item) > 1:
        return item
    # 产销量分别完成A和B: the words before the run's first figure name both (产量, 销量)
    at = text.rfind(RESPECTIVELY, 0, f.start)
    first = next((g for g in quantities.find_quantities(text) if g.start > at), f)
    lead = _lead(clauses, text, first)
    pair = next((p for p, two in PAIRS.items() if item in two and p in lead), "")
    return lead.replace(pair, _item_word(item, lead[lead.find(pair) + len(pair):])) if pair else lead
