"""The parts of a claim that a source can contradict outright: rankings, years, dates, quoted
number labels (“八五”), the speaker, and whether it is negated. Pure functions over text.

A slot is compared only with a slot of the same kind (a ranking in the same scope, a
year, a date); a source that states no such slot neither supports nor refutes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import people
from assistant.check import said_last
from assistant.text import quantities
from assistant.text import words

NUMERAL = r"[一二三四五六七八九十百零〇两\d]+"
# 全省第十名, 位列全市第一, 第五届: an ordinal and, when it has one, the scope it ranks in
# or the unit it counts (名 / 位 / 届 / 次).
ORDINAL_RE = re.compile(rf"(?P<scope>(?:全|本)[国省市县区])?(?P<verb>排名|名列|位列|位居|排在|居|列)?第(?P<n>{NUMERAL})(?P<unit>名|位|届|次|批|期|轮)?")
# A ranking written without a number: 走在全省前列, 全市之首.
STANDING_RE = re.compile(r"(?P<scope>(?:全|本)[国省市县区])(?P<word>前列|之首|首位|前茅|领先)")
# 六方面, 两大产业, “2大新兴产业”: a count without a unit of measure (those are figures).
COUNT_RE = re.compile(r"(?<![第\d.])([二两三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?|\d+)"
                      r"(?=[大方类条批家种支])")
# 省级 / 国家级: the administrative level of an honour or a body.
LEVEL_RE = re.compile(r"(?<![县区市省])(国家|省|市|县|区)级")
DATE_RE = re.compile(rf"(?P<m>{NUMERAL})月(?P<d>{NUMERAL})[日号]")
BARE_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.%])")
# 提出 only before a comma or colon: 某某提出，要… quotes a proposal (某某提出辞职 is an act)
# (说法 is what was said, the verb's noun: 按甲的说法，… is a source lead, said_last.SOURCE_LEAD_RE)
SPEECH_RE = re.compile(r"(?:说(?!法)|表示|指出|强调|介绍|认为|称|坦言|透露|谈到|提出(?=[，,：:]))")
# Words that say the opposite of what follows, counted as jieba tokens so 不断 and 不仅
# (one token each) are not negations.
NEGATORS = frozenset("不 没 没有 未 未能 无 无法 并未 尚未 从未 不再 不会 不能 并非 非 绝不 决不 毫无 未曾 从不 不曾".split())
# 不低于 / 不少于 / 不超过 / 不逾 are bounds on a figure, not negations of the claim.
BOUND_AFTER = ("低于", "少于", "超过", "高于", "多于", "大于", "小于", "逾", "足")


# “八五”普法, “十四五”规划, “四个意识”: a quoted label that is a number with at most three characters
# after it; the number is what tells one plan or slogan from another (“七五” is not “八五”)
LABEL_RE = re.compile(r"[“\"]([一二三四五六七八九十百两]+)([\u4e00-\u9fff]{0,3})[”\"]")


def labels(text: str) -> set[tuple[str, str]]:
    """The quoted number labels of `text`: (the number, the words after it)."""
    return {(m.group(1), m.group(2)) for m in LABEL_RE.finditer(text)}


def label_spans(text: str) -> list[tuple[int, int]]:
    """Where the quoted number labels are: a count inside one (“两个确立”) is the label's, no figure."""
    return [m.span() for m in LABEL_RE.finditer(text)]


# 实施“畅通不畅”养护工程, 开展“不忘初心”主题教育: a short quoted term written into its clause (more words
# follow it) names a thing; its 不 denies nothing the sentence says. A quote closed by a clause mark
# (表示“不会涨价”。) is words said, and its negation stands.
QUOTED_NAME_RE = re.compile(r"“[^“”，,。；;：:！!？?]{1,12}”(?=[\u4e00-\u9fff])")


@dataclass(frozen=True)
class Ordinal:
    text: str
    scope: str  # 全省, 全市 ... ('' when unstated)
    unit: str  # 名, 届 ... ('' for a plain 第一)
    value: float | str  # the rank, or the standing word (前列)

    def comparable(self, other: "Ordinal") -> bool:
        if self.unit != other.unit and {self.unit, other.unit} - {"", "名", "位"}:
            return False  # 第五届 is no ranking
        return not (self.scope and other.scope and self.scope != other.scope)


def ordinals(text: str) -> list[Ordinal]:
    out = []
    for m in ORDINAL_RE.finditer(text):
        value = quantities.chinese_to_number(m.group("n")) if not m.group("n").isdigit() else float(m.group("n"))
        if value is not None:
            out.append(Ordinal(m.group(0), m.group("scope") or "", m.group("unit") or "", value))
    for m in STANDING_RE.finditer(text):
        out.append(Ordinal(m.group(0), m.group("scope"), "", m.group("word")))
    return out


def ordinal_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in ORDINAL_RE.finditer(text)]


def years(text: str) -> set[str]:
    """Years written with 年 and those glued to a name (2023梅花鹿产业大会)."""
    found = set(quantities.years(text))
    measured = [(q.start, q.end) for q in quantities.find_quantities(text) if q.unit and q.unit != "年"]
    for m in BARE_YEAR_RE.finditer(text):
        after = text[m.end() : m.end() + 1]
        if not re.match(r"[万亿千百个元吨%\d]", after) and not any(a <= m.start() < b for a, b in measured):
            found.add(m.group(1))
    return found


# 小新 Pro 16 2023: a bare year after a Latin word or a number and a space is the edition in a
# model's name, not when a thing happened
MODEL_YEAR_RE = re.compile(r"(?<=[A-Za-z0-9] )((?:19|20)\d\d)(?![\d.%年])")


def model_years(text: str) -> set[str]:
    return {m.group(1) for m in MODEL_YEAR_RE.finditer(text)}


def counts(text: str) -> dict[str, set[float]]:
    """{classifier: values} of the unit-less counts in a text: 六方面 -> {'方': {6}}."""
    out: dict[str, set[float]] = {}
    for m in COUNT_RE.finditer(text):
        raw = m.group(1)
        value = float(raw) if raw.isdigit() else quantities.chinese_to_number(raw)
        if value is not None:
            out.setdefault(text[m.end()], set()).add(value)
    return out


def levels(text: str) -> set[str]:
    return {m.group(0) for m in LEVEL_RE.finditer(text)}


# 入选全省“某某”精品案例, 全国文明城市, 国家级示范区: the scope an honour or a list is of, read beside the head it
# qualifies (its next characters), not anywhere in the sentence; 全省 and 省级 are one scope. 全省前列, 全省第一
# are rankings (STANDING_RE, ORDINAL_RE)
SCOPE_RE = re.compile(r"全(?P<whole>[国省市县区])(?!前列|之首|首位|前茅|领先|第)|(?<![县区市省])(?P<level>国家|省|市|县|区)级")
SCOPE_HEAD_RE = re.compile(r"[\u4e00-\u9fff“”《》]{3}")


def _scope(m: re.Match) -> str:
    return m.group("whole") or m.group("level")[0]  # 国家级 is 全国's


def scope_slot(body: str, text: str) -> tuple[str, str]:
    """(the claim's scope, the source's) for the first scope of the claim whose head the source writes
    without it: the source's own scope right before that head (入选全国“某某”案例 for the claim's 入选全省“某某”案例),
    or '' when it writes none there and no clause holding the head names the claim's (走在全省前列 in another
    clause fills no slot of 入选…案例). ('', '') when each head is written with the claim's scope, or not at all."""
    for m in SCOPE_RE.finditer(body):
        head = body[m.end() : m.end() + 3]
        at = [x.start() for x in re.finditer(re.escape(head), text)] if SCOPE_HEAD_RE.fullmatch(head) else []
        before = [x for x in (re.search(f"(?:{SCOPE_RE.pattern})$", text[:a]) for a in at) if x]
        if not at or any(_scope(x) == _scope(m) for x in before):
            continue
        clauses = [re.split(r"[，,；;。：:]", text[:a])[-1] + re.split(r"[，,；;。：:]", text[a:])[0] for a in at]
        if before or not any(_scope(x) == _scope(m) for c in clauses for x in SCOPE_RE.finditer(c)):
            return m.group(0), before[0].group(0) if before else ""
    return "", ""


def dates(text: str) -> set[tuple[float, float]]:
    out = set()
    for m in DATE_RE.finditer(text):
        month = quantities.chinese_to_number(m.group("m")) if not m.group("m").isdigit() else float(m.group("m"))
        day = quantities.chinese_to_number(m.group("d")) if not m.group("d").isdigit() else float(m.group("d"))
        if month and day:
            out.add((month, day))
    return out


# 今年10月 (a month with no day), 在22日 (a day with no month): when, read only in the clause that
# names the claim's thing (X将于9月停产，Y将于10月停产 says nothing of X in 10月)
# (1-10月 and 11月的销量 are the period a figure is counted over, which the figure check compares)
MONTH_RE = re.compile(rf"(?<![一二三四五六七八九十百零〇两\d\-—~至到])({NUMERAL})月(?!份?{NUMERAL}[日号]|份?的)")
DAY_RE = re.compile(r"(?<![\d月.])(\d{1,2})日")


def whens(text: str) -> dict[str, set[float]]:
    """{'month': ..., 'day': ...}: the months written without a day, the days without a month."""
    out: dict[str, set[float]] = {}
    for kind, pattern in (("month", MONTH_RE), ("day", DAY_RE)):
        for m in pattern.finditer(text):
            n = float(m.group(1)) if m.group(1).isdigit() else quantities.chinese_to_number(m.group(1))
            if n and n <= (12 if kind == "month" else 31):
                out.setdefault(kind, set()).add(n)
    return out


def dated_days(clause: str, text: str) -> set[tuple[float, float]]:
    """The days a clause writes without a month (解振华18日应约…), dated by the sentence's full
    date (its dateline, 中新社北京8月19日电): the same month, or the month before when the day
    is later than the dateline's."""
    days, first = whens(clause).get("day", set()), DATE_RE.search(text)
    if not days or not first or not dates(first.group()):
        return set()
    month, day = next(iter(dates(first.group())))
    return {(month if d <= day else (month - 2) % 12 + 1, d) for d in days}


def negated(text: str) -> bool:
    """True when the text denies what it says: an odd number of negating words (none inside a quoted name)."""
    tokens = [w for w, _ in words.tagged(QUOTED_NAME_RE.sub("“”", text))]
    count = 0
    for i, tok in enumerate(tokens):
        if tok in NEGATORS:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok == "不" and nxt.startswith(BOUND_AFTER):
                continue
            count += 1
    return count % 2 == 1


def denies(lead: str) -> bool:
    """Do the words before a figure in its clause deny it (没有达到100亿元)? Only a negation
    after the last 的: one in a modifier says which things are counted (无法核实而交由警方
    调查的婴儿共24人), and the figure still stands."""
    return negated(lead[lead.rfind("的") + 1 :])


def _names(text: str) -> list[str]:
    """People named in a short text: after a role (县长 邢树纲), or starting at a word jieba
    takes for a name (孙|琥峰 has only its surname tagged)."""
    starts, pos = {}, 0
    for word, flag in words.tagged(text):
        starts[pos] = flag
        pos += len(word)
    found = [p.name for p in people.persons(text)
             if (p.role and p.name[0] not in "们等的一") or starts.get(text.find(p.name)) == "nr"]
    if not found:
        found = [w for w, flag in words.tagged(text) if flag == "nr" and 2 <= len(w) <= 4]
    if not found:
        tail = re.search(r"[\u4e00-\u9fff]{2,3}$", text)
        if tail and starts.get(tail.start()) == "nr":
            found = [tail.group()]
    return found


def named_people(text: str) -> list[str]:
    """The people a short lead names (据王立新报道, 县长 邢树纲): as the speaker is read."""
    return _names(text)


def split_speaker(text: str) -> tuple[str, str]:
    """邢树纲在接受采访时表示，东丰县将… -> ('邢树纲', '东丰县将…'); ('', text) when no one
    is quoted. The speaker is the last person named before the first speech verb of the
    first clause; what follows the verb is what was said."""
    # 提出要…的是某县县长甲: the speaker named last; 按王飞的说法，…: in a lead citing him (said_last.py)
    who, said = said_last.split(text)
    if who and (named := [n for n in _names(who) if who.endswith(n)]):
        return named[-1], said
    m = SPEECH_RE.search(text)
    if not m:
        return "", text
    head = text[: m.start()]
    if re.search(r"[，,。；;]", head):
        return "", text
    head = re.sub(r"^据", "", head)
    names = [n for n in _names(head) if n in head]
    if not names:
        return "", text
    said = text[m.end() :].lstrip("，,：:“\" ")
    return names[-1], said


def speaker_in(sentence_text: str) -> str:
    """The person a sentence quotes when it names them: 崔晓飞说，… -> 崔晓飞."""
    for clause in re.split(r"[。；;]", sentence_text):
        name, _ = split_speaker(clause.strip())
        if name:
            return name
    return ""


def interviewee(title: str) -> str:
    """——访市人大代表、东丰县县长 邢树纲: the person an interview is with."""
    at = title.find("访")
    if at < 0:
        return ""
    named = [p for p in people.persons(title[at:]) if p.role]
    return named[-1].name if named else ""


# 凯文?米特尼克: a transliterated name's dot lost as "?" (41 of 56 such "?" between two Chinese
# characters in news_part_a/b; the others mostly close a question with 吗/么)
NAME_DOT_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![吗么呢吧嘛])\?(?=[\u4e00-\u9fff])")


def speaks_for(speaker: str, said_by: str, text: str) -> bool:
    """Does the source's speaker speak for the claim's (维珍银河首席执行官某某表示 for 维珍银河表示):
    the claim's speaker is named in the clause before the speaker's name?"""
    at = NAME_DOT_RE.sub("·", text).find(said_by)
    return at > 0 and speaker in re.split(r"[，,；;。：:“”]", text[:at])[-1]


def source_speaker(chunk_text: str, a: int, title: str) -> str:
    """Who says the sentence at chunk_text[a:]: its own speaker, else the last one named
    earlier in its paragraph, else the person the interview is with."""
    start = chunk_text.rfind("\n", 0, a) + 1
    chunk_text = NAME_DOT_RE.sub("·", chunk_text)  # 迈克尔?科尔格拉齐尔: a name's dot, not a question
    sentence_end = re.search(r"[。！？!?]", chunk_text[a:])
    end = a + (sentence_end.end() if sentence_end else len(chunk_text) - a)
    paragraph = chunk_text[start:end]
    last = ""
    for piece in re.split(r"(?<=[。！？!?])", paragraph):
        name = speaker_in(piece)
        if name:
            last = name
    return last or interviewee(title)
