"""What a count counts: a count of a sibling kind (15个名镇 for 多少个名村) is not the count asked, nor
an amount of another thing (50万吨钢板 for 多少万吨化肥)."""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import quantities, words
from assistant.text.indicators import CLASSIFIERS


# What a figure counts: 多少个中国历史文化名村 asks 名村; 15个中国历史文化名镇 counts 名镇, 创建整洁型
# 村庄100个 村庄 for 整洁型社区: the words asked, written up to their last one or two
# characters, then another ending that neither holds the other (新能源车 for 新能源汽车 is one thing)
COUNTED_ASKED_RE = re.compile(r"(?:多少|几)[个家所座项名位只件条处台辆部款种类批户]?([\u4e00-\u9fff]{3,12})(?=[？?]|$)")
HAN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}")
HAN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{1,12}$")


def counted_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure counts a sibling kind of thing: the words right after it (15个|中国历史文化名镇)
    or right before it (整洁型村庄|100个) share the asked kind's head but end otherwise, and the
    sentence writes the asked kind nowhere."""
    m = COUNTED_ASKED_RE.search(q.text)
    if not m or not f.unit:
        return ""
    asked = m.group(1)
    tagged = words.tagged(asked)
    if asked in text or not tagged or not tagged[-1][1].startswith("n"):  # a kind of thing, not an act (由几名成员组成)
        return ""
    after = HAN_AFTER_RE.match(text, f.end)
    before = HAN_BEFORE_RE.search(text[: f.start])
    for run, ends in ((after.group(0) if after else "", False), (before.group(0) if before else "", True)):
        for cut in range(len(asked) - 1, 1, -1):
            at = run.find(asked[:cut])
            if at < 0:
                continue
            tail, other = asked[cut:], run[at + cut : at + cut + len(asked) - cut]
            if tail[0] in "的之":  # 多少辆欧拉品牌的车: 欧拉品牌 modifies the kind (车), it is no kind whose ending differs
                break
            # written right before the figure, the other kind ends where the figure begins (村庄|100个;
            # not 存在违规的|110991个账号)
            if ends and at + cut + len(other) != len(run):
                break
            if len(tail) <= 2 and other and not (set(tail) & set(other)) and not re.search(r"[的之了地得]", other):
                return f"it counts {asked[:cut]}{other}, not {asked}"
            break
    return ""


# 多少万吨化肥, 几吨粮食, 多少辆新车: the thing a unit measures, written right after it (2 to 8 characters, to the end)
MEASURED_ASKED_RE = re.compile(r"(?:多少|几)(?:万亿|千万|百万|亿|万|千)?([^\W\d_]{1,4}?)([\u4e00-\u9fff]{2,8})(?=[？?]|$)")
# what may follow a figure's unit without naming another thing it measures (180万吨的, 180万吨以上, 用于, 同比)
NOT_A_THING_RE = re.compile(r"[的之地以左上下用同比增减较达多余是为了及和与或等至到、，。；：,;:（(]")
CLAUSE_MARK_RE = re.compile(r"[，。；,;：:、]")


def measured_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure measures another thing than the one the question writes after its unit: 多少万吨化肥
    asked, 年产50万吨钢板 measures 钢板. Only when the thing right after the figure shares no
    character with the one asked and the figure's own clause does not write the asked one at all."""
    m = MEASURED_ASKED_RE.search(q.text)
    # a unit of measure only: what a classifier counts (几首歌, 多少个坐席) has names of its own (单曲, 座位)
    if not m or not f.unit or m.group(1) != f.unit or f.unit in CLASSIFIERS or f.unit == "人" or text[f.end : f.end + 1] == "":
        return ""
    asked = m.group(2)
    after = HAN_AFTER_RE.match(text, f.end)
    run = after.group(0)[:4] if after else ""
    if len(run) < 2 or NOT_A_THING_RE.match(run) or set(run) & set(asked):
        return ""
    starts = [x.end() for x in CLAUSE_MARK_RE.finditer(text, 0, f.start)]
    stop = CLAUSE_MARK_RE.search(text, f.end)
    clause = text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]
    if asked in clause or asked[-2:] in clause:
        return ""
    return f"it measures {run}, not {asked}"


# What a count counts, written after it (31个|省分行，5个|计划单列市分行和…): up to a mark or a joining word,
# an aside in brackets (自治区、直辖市) left out
ASIDE_RE = re.compile(r"[(（][^()（）]{0,20}[)）]")
COUNTED_RUN_RE = re.compile(r"[\u4e00-\u9fff]{1,16}?(?=[和及与、，。；：,;:]|$)")
MIN_ASKED = 3  # characters of a counted run the question must write to name the kind asked


def _counted_run(text: str, g: quantities.Quantity) -> str:
    m = COUNTED_RUN_RE.match(ASIDE_RE.sub("", text[g.end : g.end + 40]))
    return m.group(0) if m else ""


def sibling_count_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A count of a sibling kind beside the count of the kind asked in one sentence: another
    figure of the same unit counts what the question writes (31个|省分行, asked 省分行一共有多少个),
    and this one counts a kind ending alike that the question does not write (5个|计划单列市分行,
    317个|地(市)分行)."""
    if not f.unit or f.unit not in q.text:
        return ""
    asked = ASIDE_RE.sub("", q.text)
    mine = _counted_run(text, f)
    for g in quantities.find_quantities(text):
        if g.start == f.start or g.unit != f.unit:
            continue
        run = _counted_run(text, g)
        named = next((run[:n] for n in range(len(run), MIN_ASKED - 1, -1) if run[:n] in asked), "")
        head = named[-2:]
        at = mine.find(head) if named else -1
        if at > 0 and mine[: at + 2] not in asked and not mine.startswith(named):
            return f"it counts {mine[: at + 2]}, not {named}"
    return ""
