"""The name of a thing a 叫什么名字 question asks for: 龙山区管好用好的慈善基金叫什么名字 is
answered by 管好用好“温暖龙山”慈善基金, the name a report writes in quotes before the thing
(or after 名为, 称为). Such a question reads as a person question (叫什么名), and a sentence
naming no person was refused however well it matched.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from assistant.answer.roles import ROLE_TAIL
from assistant.answer.thing_asked import QUOTED, suffix_asked
from assistant.query.english_question import NAME_ASKED_EN
from assistant.query.question import Question
from assistant.text import quantities, words

NAME_ASKED = re.compile(r"叫(?:做)?什么|什么名字|名[称字](?:是|为|叫)什么|名为什么|称为什么")
NAMING_BEFORE = re.compile(r"(?:名为|称为|叫做|命名为|取名|叫)$")
GAP = 4  # characters that may stand between a quoted name and the thing: “温暖龙山”慈善基金


def thing_asked(q: Question) -> str:
    """The thing whose name is asked (基金), '' when the question asks no name or asks a
    person's (科长叫什么名字: a role noun)."""
    if q.english or not q.head or not NAME_ASKED.search(q.text) or ROLE_TAIL.search(q.head):
        return ""
    return q.head


def quoted_name(q: Question, text: str) -> str:
    """The quoted name `text` gives the thing asked: “X” right before it (“温暖龙山”慈善基金)
    or after a naming verb once it is named (基金名为“X”); '' when none."""
    thing = thing_asked(q)
    if not thing:
        return ""
    for m in QUOTED.finditer(text):
        after = text[m.end() : m.end() + GAP + len(thing)]
        before = text[max(0, m.start() - 12) : m.start()]
        if thing in after or (thing in before and NAMING_BEFORE.search(before)):
            return m.group(1)
    return ""


# "The name of the fund" (query/english_question.NAME_ASKED_EN): an English question asking a thing's name (not a
# person's, query/question.py), which a text writes in quotes or title marks as it writes the name 叫什么名字 asks
def names_none(q: Question, text: str) -> bool:
    """Whether `text` writes no quoted name though an English question asks a thing's name."""
    return q.english and q.kind != "person" and bool(NAME_ASKED_EN.search(q.text)) and not QUOTED.search(text)


# 哪一家国家实验室, 哪所大学, 哪种方法: the kind of thing a 哪 question asks one of
KIND_ASKED = re.compile(r"哪一?([家所间个种位款部座])")
# what no sentence names after 这/那 (这一家: the one just named) or inside a word (统一, 单一, 十一)
NOT_INDEFINITE = "这那统单唯十同第每任"


def kind_asked(q: Question) -> tuple[str, str, str]:
    """(measure word, words before the kind, the kind) a 哪 question asks one of: 哪一家国家实验室
    -> (家, 国家, 实验室); ('', '', '') when it asks none."""
    m = KIND_ASKED.search(q.text)
    if q.english or not m:
        return "", "", ""
    run = []
    for word, flag in words.tagged(q.text[m.end() : m.end() + 12]):
        if flag[:1] not in ("n", "j"):
            break
        run.append(word)
    if not run or len(run[-1]) < 2:
        return "", "", ""
    return m.group(1), "".join(run[:-1]), run[-1]


def only_indefinite(q: Question, text: str) -> str:
    """The phrase by which `text` writes the kind a 哪 question asks one of, when it writes
    it only as an indefinite one (一家国家实验室, 某所大学) and so names none: '' when it names
    one, or does not write the kind at all (a name alone may answer: 哪所大学 -> 圣母大学). On
    the gold sentences of DRCD's and CMRC's 1,630 such questions, 0 write the kind so. Not
    该实验室: one named before, and a sentence may name it otherwise (是O型血，该血型…紧缺)."""
    measure, before, kind = kind_asked(q)
    if not kind:
        return ""
    at = [m.start() for m in re.finditer(re.escape(kind), text)]
    vague = re.compile(rf"(?<![{NOT_INDEFINITE}])(?:一[{measure}个种]|某[{measure}个种]?)(?:{re.escape(before)})?{re.escape(kind)}")
    found = [(m.end() - len(kind), m.group()) for m in vague.finditer(text)]
    return found[0][1] if at and {x for x, _ in found} == set(at) else ""


# The answer slot of a 什么X / 哪一种X / 实现什么 question, as a sentence fills it: the question writes its asking
# word between words of its own (聚焦打造|什么|基地, 聚力实现|什么), and the sentence that answers writes those words
# around a phrase the question does not write (聚焦打造现代零碳基地, 聚力实现“五个新突破”, 高质量地转化为“实景图”).
# Not a time, a place, a cause or a person (什么时候, 为什么): those have their own readers.
SLOT_ASKED = re.compile(r"(?<!为)什么样?的?|哪一?[种类项片个条样家所位座件部款]的?|哪(?:[两二三四五六七八九十]|\d{1,2})[类项种个条大]的?")
NOT_SLOT = re.compile(r"什么(?:时候|时间|地方|人|原因|意思)|为什么")
CLAUSE_END = re.compile(r"[，,。；;：:？?！!]")
NOUNISH = ("n", "vn", "j", "b")
NOT_A_NAME_BEFORE = "这该此本其那一某各每"  # 该基地, 一种图: the one named before, or none


@lru_cache(maxsize=256)  # read for every candidate sentence of one question
def slot_frame(question: str) -> tuple[list[str], str, list[str]]:
    """(the question's words before its asking word in its clause, the last three; the noun asked
    right after it, '' when none; the words after that noun): 聚焦打造什么基地 -> ([聚焦, 打造], 基地, [])."""
    m = SLOT_ASKED.search(question)
    if m is None or NOT_SLOT.search(question):
        return [], "", []
    lo = max((c.end() for c in CLAUSE_END.finditer(question, 0, m.start())), default=0)
    end = CLAUSE_END.search(question, m.end())
    before = [w for w, f in words.tagged(question[lo : m.start()]) if len(w) >= 2 and f[:1] in "nvjbal"]
    after = list(words.tagged(question[m.end() : end.start() if end else len(question)]))
    noun = after[0][0] if after and after[0][1].startswith(NOUNISH) else ""
    return before[-3:], noun, [w for w, _ in after[1:] if len(w) >= 2]


def slot_filled(q: Question, text: str) -> str:
    """The piece of `text` that fills the answer slot of a 什么X question, '' when none: the question's word right
    before its asking word, then a phrase the question does not write, then the noun asked (聚焦打造现代零碳基地), or
    the phrase and the noun followed by the question's word after it (西城路网优化升级); with no noun asked, that word
    followed by what the question does not write (聚力实现“五个新突破”). Written as tightly as the question writes it:
    a name or the noun a clause away (呋塞米是通用名药物 for 治疗什么的药物) fills nothing, nor the other polarity
    (只收录…节目 for 不收录什么节目)."""
    if q.english:
        return ""
    before, noun, after = slot_frame(q.text)
    asking = SLOT_ASKED.search(q.text)
    lead = LIGHT_LEAD.sub("", q.text[: asking.start()]).rstrip("地了出到的") if asking else ""
    bare = asking is not None and re.match(r"[吗呢]?(?:[，,。；;？?！!]|$)", q.text[asking.end() :]) is not None
    verb = before[-1] if before and lead.endswith(before[-1]) and (noun or bare) else ""  # 实现什么？, not 参加什么综艺节目而走红
    negated = lead[-len(verb) - 1 : -len(verb)] in NEGATION if verb else False
    for m in re.finditer(re.escape(verb), text) if verb else ():
        if (text[m.start() - 1 : m.start()] in NEGATION) != negated:
            continue
        rest = text[m.end() : m.end() + FILLER + len(noun)]
        gap = len(rest) - len(rest.lstrip("地了出到的“「『《"))
        filler = rest[gap:].split(noun)[0] if noun and noun in rest[gap:] else ("" if noun else rest[gap : gap + 2])
        if re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9”」』》\"]{2,}", filler) and filler not in q.text:
            return text[m.start() : m.end() + gap + len(filler) + len(noun)]
    for m in re.finditer(re.escape(noun), text) if noun and after else ():
        modifier = text[max(0, m.start() - 2) : m.start()]
        if text[m.end() : m.end() + 2 + len(after[0])].find(after[0]) >= 0 and re.fullmatch(r"[\u4e00-\u9fff]{2}", modifier) \
                and modifier[-1] not in NOT_A_NAME_BEFORE and modifier + noun not in q.text:
            return modifier + noun
    return described_filled(q.text[: asking.start()], text) if bare else ""


# 更重要的因素是什么: the answer writes the question's description and then itself, the noun it names
# (因素, 原因, 优势) kept or left out: 更重要的是当地多年…, 最大的优势是…
DESCRIBED_RE = re.compile(r"([\u4e00-\u9fff]{2,4})的([\u4e00-\u9fff]{1,4})(?:是|为)$")


def described_filled(lead: str, text: str) -> str:
    """The piece of `text` writing a bare `X的N是什么` question's X的(N)是 (X its last two to four
    characters) and a new phrase after it, or ''."""
    m = DESCRIBED_RE.search(lead[-10:])
    for size in range(len(m.group(1)), 1, -1) if m else ():
        said = re.search(rf"{re.escape(m.group(1)[-size:])}的(?:{re.escape(m.group(2))})?(?:是|为)[“「]?([\u4e00-\u9fff]{{2,}})", text)
        if said:
            return said.group() if said.group(1)[:2] not in lead and not re.match("什么|哪|谁|多少|怎", said.group(1)) else ""
    return ""


# 保持在一个什么样的区间: 在 and an indefinite 一个 stand between the verb and the asking word, saying nothing; nor
# does 的是 after it (着力塑造的是什么: the sentence writes 着力塑造区域竞争优势)
LIGHT_LEAD = re.compile(r"(?:在|成)?一[个种项类条]$|在$|的就?是$")
FILLER = 12  # characters a filled slot's phrase may take (现代零碳, “五个新突破”)
NEGATION = frozenset("不没未非无")


SLOT_SEARCH = 5  # candidates (the best included) searched for one filling the slot
SLOT_SHARE = 0.6  # of the best's rules support, as for a programme's name (asked_kind.PROGRAMME_SHARE)
# one writing the question's own description and a new phrase (更重要的是当地…) says it is the answer more plainly
# than a verb followed by a phrase does: the best, sharing the question's setting (天赐凉机, 之外), holds more words
DESCRIBED_SHARE = 0.5


def slot_first(q: Question, ranked: list) -> list:
    """`ranked` (candidates, best first) with the first of the next ones that fills the answer slot moved first,
    when the best does not fill it and the rules support that one nearly as well: the selector's probability
    favours a sentence sharing the question's setting (仇景锐说，2023年…高新区…目标) over the one writing its
    asking phrase with the answer in it (高新区将聚力实现“五个新突破”)."""
    if q.english or len(ranked) < 2 or slot_filled(q, ranked[0].sentence.text):
        return ranked
    best = ranked[0].factors.get("rules", ranked[0].score)
    for i, sc in enumerate(ranked[1:SLOT_SEARCH], 1):
        share = sc.factors.get("rules", sc.score) / best if best else 0.0
        if share >= SLOT_SHARE and framed_fill(q, sc.sentence.text) or share >= DESCRIBED_SHARE and described(q, sc.sentence.text):
            return [sc] + ranked[:i] + ranked[i + 1 :]
    return ranked


SAYING = r"(?:说|指出|提出|提到|表示|称|强调|介绍)"


def framed_fill(q: Question, text: str) -> str:
    """`slot_filled`, when the clause filling the slot also writes one of the question's words before its verb, if it
    has any: 借旅游给辽源带来什么 is not filled by 座谈会带来的东风效应, another thing's bringing (旅游 and 辽源 written
    nowhere in that clause), though 聚力实现什么 is by 高新区将聚力实现“五个新突破”."""
    filled = slot_filled(q, text)
    # the speaker or document the asker frames the words with (报告说, 仇景锐提到) is where they stand, not who acts
    lead = [w for w in slot_frame(q.text)[0][:-1] if not re.search(re.escape(w) + SAYING, q.text)]
    if not filled or not lead:
        return filled
    at = text.find(filled)
    lo = max((c.end() for c in CLAUSE_END.finditer(text, 0, at)), default=0)
    end = CLAUSE_END.search(text, at)
    clause = text[lo : end.start() if end else len(text)]
    return filled if any(w in clause for w in lead) else ""


def described(q: Question, text: str) -> str:
    """The piece of `text` writing a bare X的N是什么 question's description and a new phrase (`described_filled`)."""
    asking = SLOT_ASKED.search(q.text)
    bare = asking is not None and re.match(r"[吗呢]?(?:[，,。；;？?！!]|$)", q.text[asking.end() :]) is not None
    return described_filled(q.text[: asking.start()], text) if bare and not NOT_SLOT.search(q.text) else ""


# 冶金建材之外, 除了A以外: a thing the question sets aside, which a sentence about it alone does not answer
EXCLUDED_RE = re.compile(r"([^，,。；;：:？?]{2,14}?)(?:之外|以外)")
ASIDE_RE = re.compile(r"之外|以外|除了?|另外|此外|还|也")


def excluded(q: Question) -> str:
    """What a 什么 question sets aside (冶金建材之外，…是什么化 -> 冶金建材), '' when none or when it asks a list (哪些)."""
    m = EXCLUDED_RE.search(q.text) if not q.english and "什么" in q.text and "哪些" not in q.text else None
    term = re.split(r"除了?|除去", m.group(1))[-1] if m else ""
    return term if 2 <= len(term) <= 8 else ""


def fills_with_excluded(q: Question, text: str) -> str:
    """The phrase in which `text` fills a 什么X question's slot with what it sets aside, the noun or character asked
    in the same clause after it (冶金建材之外…什么化: 冶金建材产业高端化), '' when none; a sentence setting it aside
    too (除X外, 还, 也) or writing it apart from the slot (首先是X，…) does not. A bare 什么 asks no slot to read."""
    aside, asked = excluded(q), suffix_asked(q) or thing_noun_asked(q)
    m = re.search(rf"{re.escape(aside)}[^，,。；;：:]{{0,8}}?{re.escape(asked)}", text) if aside and asked else None
    return m.group() if m and not ASIDE_RE.search(text) else ""


# 创建什么称号, 打造什么基地: a thing asked by its noun, which a sentence naming no noun the question does not write
# (改善提升城市环境, all the question's own but a verb) cannot name
THING_ASKED_RE = re.compile(r"什么([\u4e00-\u9fff]{2,3})")
NAMING_NOUNS = ("n", "j", "vn", "eng", "b")


def thing_noun_asked(q: Question) -> str:
    m = THING_ASKED_RE.search(q.text) if not q.english and "为什么" not in q.text else None
    tagged = list(words.tagged(q.text[m.start() + 2 :])) if m else []
    noun = tagged[0] if tagged else ("", "")
    if not (len(noun[0]) >= 2 and noun[1][:1] == "n" and noun[0] not in ("时候", "时间", "地方", "原因", "意思")):
        return ""
    # 什么帮扶行动: the kind asked is the head its nouns close on (行动), the first only modifies it (帮扶资金 is no 行动)
    run = [w for w, _ in itertools.takewhile(lambda t: t[1].startswith(("n", "vn")) and not t[1].startswith("nr"), tagged)]
    return next((w for w in reversed(run) if len(w) >= 2), noun[0])


def names_nothing_new(q: Question, text: str) -> bool:
    """Does `text` write no noun the question does not, nor the noun asked after a word of its own (休闲区域), nor
    a figure of its own (什么区间: 在499到549美元之间 names a range by its figures)?"""
    if any(f.text not in q.text for f in quantities.find_quantities(text)):
        return False
    tagged, thing = list(words.tagged(text)), thing_noun_asked(q)
    if any(w == thing and i and len(tagged[i - 1][0]) >= 2 and tagged[i - 1][0] not in q.text for i, (w, _) in enumerate(tagged)):
        return False
    return not any(len(w) >= 2 and (f.startswith(NAMING_NOUNS) or names_part(w, f)) and w not in q.text for w, f in tagged)


# jieba tags a part of a thing (底面, 顶部, 末端, 背面) a locative (f) like the relations 上面, 之间, 以后, 内部: the
# part names something; a relation, opening with a relative direction (上下前后左右里外内中旁) or 之/以, names none
PART_RE = re.compile(r"[^上下前后左右里外内中之以旁][面部端侧]")


def names_part(word: str, flag: str) -> bool:
    return flag == "f" and PART_RE.fullmatch(word) is not None


def only_modifying(q: Question, text: str) -> str:
    """The compound in which `text` writes the noun a 什么X question asks only as the modifier of another noun
    (什么区域: 医疗区域布局, 区域规划), '' when it writes it heading a phrase (服务区域) or not at all, or as the
    question itself writes it (什么格局的新机遇: “464”格局新机遇 is the thing asked, modifying the same noun)."""
    thing = thing_noun_asked(q)
    tagged = list(words.tagged(text)) if thing and thing in text else []
    compounds = []
    for i, (word, _) in enumerate(tagged):
        if thing not in word:
            continue
        after = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
        if word.endswith(thing) and not (after[1].startswith("n") and len(after[0]) >= 2):
            return ""
        compound = word[word.index(thing):] + (after[0] if word.endswith(thing) else "")
        if re.search(re.escape(thing) + "的?" + re.escape(compound[len(thing):]), q.text):
            return ""  # the question's own phrase, its 的 dropped
        compounds.append(compound)
    return compounds[0] if compounds else ""
