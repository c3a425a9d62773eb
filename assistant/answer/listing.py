"""Which sentence a 哪些 question's list is read from (answer/lists.py reads how far it runs).

The best supported sentence often shares the question's words without giving its list: an
opening or heading sentence, or one that points back at the list (企业如果想要继续销售这些进口
产品…). Over one store of many articles that sentence may also be another article's. So the
list is read from a sentence that gives items of the kind asked when one is nearly as well
supported: one naming the counted name the question quotes (“五个新突破”), one naming the
kind asked and enumerating (被告人柯某、王某), or, when the best sentence enumerates nothing
at all, any nearly as well supported one that enumerates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import counted, credits
from assistant.answer.measure_words import measure
from assistant.answer.modifier_rivals import _modifier
from assistant.answer.parallel_runs import counted_run
from assistant.answer.said import speaker_line
from assistant.text import places, words
from assistant.answer.list_asked import _asked_kind, asked_noun, closes_with, framed_first, named_count, predicate_words, topic_words
from assistant.answer.lists import CLAUSE_SPLIT_RE, NUMBERING_RE, _marker, introduces, items

ANNOUNCERS = 8  # candidates searched for the sentence announcing a counted name the question names
LISTING_SHARE = 0.8  # a sentence this well supported (relative to the best) that lists what was asked is read instead
CLOSED_SHARE = 0.6  # an enumeration closed by 等 and the noun asked (…、…等项目) is read at this share
KIND_SEARCH = 5  # candidates (the best included) searched for items written with the kind asked
JOINED_RE = re.compile(r"、|(?<=[\u4e00-\u9fff])[和及](?=[\u4e00-\u9fff\d])")  # 甲仪表和6.7英寸的乙屏: an item may open with a figure
PLUS_JOINED_RE = re.compile(r"[^+＋]{2}[+＋][^+＋]{2}")  # 甲屏+乙屏组成…: items joined by plus signs
COUNT_OF = r"[两一二三四五六七八九十][个大项类种条家位块]?"  # 四个方面: a count of the kind asked, its items to follow
GOVERNED_SHARE = 0.55  # a sentence this well supported whose enumeration the question's slot words govern is read instead
CLOSED_SEARCH = 8  # candidates (the best included) searched for an enumeration closed by 等 and the noun asked


def _support(sc) -> float:
    return sc.factors.get("rules", sc.score)


def kind_head(noun: str) -> str:
    """The kind a compound noun names, its last two characters (丰田公司 -> 公司, 电子产品 ->
    产品): Chinese compounds end in their head, and a list's items are written with it
    (广汽丰田汽车有限公司、…) more often than with the whole of what the question calls them."""
    return noun[-2:] if len(noun) >= 4 else noun


def gives_items(text: str) -> bool:
    """Does a sentence enumerate, or open a list (an introduction, a numbered item)?"""
    return len(items(text)) >= 2 or introduces(text) or _marker(text) is not None


def announcer(q, scored: list, sentences: list | None):
    """The sentence naming the counted name the question quotes (…聚力实现“五个新突破”。 asked
    哪五个新突破; its items follow it, answer/counted.py), or closing its enumeration with the
    count and kind the question counts (甲、乙、丙、丁四个新兴产业 for 四个新兴产业都有啥, not the
    interview's opening sentence sharing the speaker's name), or quoting them before the kind asked
    (`quoted_kind`): among the nearly as well supported
    candidates, else among every retrieved sentence of the best one's article (over one store
    the announcement may rank below other articles' sentences); None when there is none."""
    def announces(text: str) -> bool:
        return bool(named_count(q.text, text)[0]) or counted.states_asked_kind(q.text, text) or quoted_kind(q.text, text)

    top = scored[0]
    for sc in scored[:ANNOUNCERS]:
        if sc.score >= LISTING_SHARE * top.score and announces(sc.sentence.text):
            return sc
    article = (top.sentence.chunk.source, top.sentence.chunk.article)
    for s in sentences or ():
        if (s.chunk.source, s.chunk.article) == article and announces(s.text):
            return replace(top, sentence=s)
    return None


# “甲、乙、丙”保卫战, “甲”“乙”等平台: items quoted together, the kind named right after the quotes
QUOTED_ITEMS = r"(?:“[^“”]{1,20}、[^“”]{1,20}”|(?:“[^“”]{1,20}”){2,})(?:等|[两一二三四五六七八九十\d]+[个大项类种条场])*"


def quoted_kind(question: str, text: str) -> bool:
    """Does `text` quote its items together and name the kind asked right after them (深入打好“甲、乙、丙”保卫战
    for 哪几场保卫战)? They are the items of that kind, whatever jieba makes of each."""
    noun = asked_noun(question)
    return len(noun) >= 2 and re.search(QUOTED_ITEMS + re.escape(noun), text) is not None


def listing(q, scored: list, sentences: list | None = None):
    """The best of `scored` (candidates, best first), unless a nearly as well supported one
    gives the items asked and it does not (see the module's note). `sentences`: every
    sentence of the retrieved passages, where a counted name's announcement is also sought."""
    scored = credits.first(q, scored)  # 哪两位记者采写: the byline, at its article's support
    top = scored[0]
    if measured_for_another(q.text, top.sentence.text):  # 甲手机销量前五 is no list of 乙电脑销量前五
        return replace(top, score=0.0)
    slot = slot_words(q.text, q.terms)
    # the section's words: the next sentence is read when it names the kind asked; a heading that enumerates in a
    # clause holding the slot words (推进甲化、乙化发展 for 朝哪几个方向发展) is itself the list asked
    if heading(top.sentence) and not (slot and not NUMBERING_RE.match(top.sentence.text)
                                      and governs(top.sentence.text, slot)):
        rest = [sc for sc in scored if not heading(sc.sentence)]
        if not rest or not (noun := asked_noun(q.text)) or kind_head(noun) not in rest[0].sentence.text:
            return replace(top, score=0.0)  # (包含三个核心组件), else none of them gives the list
        scored, top = rest, rest[0]
    if (found := announcer(q, scored, sentences)) is not None or (found := framed_first(q.text, scored, _support)):
        return found  # “五个新突破” announced; 人大代表甲说 for 哪几位人大代表发了言
    if (found := counted_run(q.text, scored, _support)) is not None:
        return found  # 在甲上…，在乙上…: the four items of 哪四个方面, not the interview's heading
    noun = asked_noun(q.text)
    kind = kind_head(noun)
    top_text = top.sentence.text
    # 做好哪几项工作: a verbal noun the readers below do not take closes the answer's enumeration (…等工作); for
    # a plain noun they decide (吸引头部企业、链主企业入驻 is right for 哪几类企业, not …迪康药业等企业)
    closing = asked_noun(q.text, verbal=True)
    if closing != noun and not of_kind(top_text, kind_head(closing)) and not closes_with(top_text, closing):
        closed = [sc for sc in scored[1:CLOSED_SEARCH]  # 做好甲、乙、丙等工作: says its items are the kind asked
                  if _support(sc) >= CLOSED_SHARE * _support(top) and closes_with(sc.sentence.text, closing)]
        if closed:  # …精准指导防灾减灾救灾工作 only names the noun
            return max(closed, key=_support)
    # 抓好甲、乙等平台改革 for 做好上引工作的是哪几家企业: the best gives another enumeration and none of the slot words
    # (one giving no enumeration may open the list asked, 主要包含三个核心组件。首先是…, or join its items by 和 in another
    # clause, 甲和乙就是例子，它们是…; the slot words may stand a clause away from its own: 通过甲、乙，实现产业链条发展)
    if slot and len(items(top_text)) >= 2 and not any(w in top_text for w in slot):
        for sc in scored[1:CLOSED_SEARCH]:
            if _support(sc) >= GOVERNED_SHARE * _support(top) and governs(sc.sentence.text, slot):
                return sc
        # over one store of many articles it may rank below other articles' sentences: its article's retrieved ones
        article = (top.sentence.chunk.source, top.sentence.chunk.article)
        own = [s for s in sentences or () if (s.chunk.source, s.chunk.article) == article and not heading(s)
               and governs(s.text, slot) and governed_words(s.text, slot) == len(slot)]  # 看到变化、得到实惠: no 出现变化
        if own:  # 推进甲、乙上市 for 要推进上市的是哪两家企业, not 吸引头部企业、链主企业入驻
            return replace(top, sentence=own[0])
    # …为防止出现意外民警与其家人取得联系… for 坚决防止出现哪两种情况: the best enumerates nothing (another article's
    # sentence sharing a word, or one pointing back at its items, 销售这些进口产品) while a nearly as well supported one
    # enumerates in a clause holding the slot words (坚决防止甲、乙): that one gives the list asked
    # (not one joining items by 和 or +, 甲鲨和乙鲨就是例子, or counting the items asked, 在四个方面持续发力, 包含三个核心组件。;
    # a heading's number, 三十七、甲 乙, enumerates nothing)
    if slot and not gives_items(top_text) and not PLUS_JOINED_RE.search(top_text) and not JOINED_RE.search(top_text) \
            and not counted.announced_count(top_text) and not (noun and re.search(COUNT_OF + re.escape(noun), top_text)):
        found = [sc for sc in scored[1:CLOSED_SEARCH] if _support(sc) >= GOVERNED_SHARE * _support(top)
                 and not NUMBERING_RE.match(sc.sentence.text) and governs(sc.sentence.text, slot)]
        if found:  # 甲、乙的进口都需要获得许可 over 对进口的甲、乙实施许可: the one holding more of the slot words
            return max(found, key=lambda sc: (governed_words(sc.sentence.text, slot), _support(sc)))
    if not noun:
        return top
    # not when the best says its items are the kind (推荐甲、乙等企业申报, not 依托龙头企业、“小巨人”企业等重点企业)
    if not of_kind(top.sentence.text, kind) and not closes_with(top_text, noun):
        for sc in scored[1:KIND_SEARCH]:  # 打造美丽城市、幸福城市、韧性城市 for 哪几种城市: its items are of the kind
            if _support(sc) >= CLOSED_SHARE * _support(top) and of_kind(sc.sentence.text, kind):
                return sc
    if noun in top_text:
        return top
    governed = bool(slot) and governs(top_text, slot, loose=True)  # 做好甲、乙上引工作: not left for 深化国有企业改革,抓好丙、丁…
    for sc in scored[1:3]:  # on the rules' support: the selector's probability favours a lead that names no item
        text = sc.sentence.text
        share = CLOSED_SHARE if closes_with(text, noun) else LISTING_SHARE
        # when the best's own enumeration is the slot words' (推进甲化、乙化发展), one read instead must name the kind in
        # the clause enumerating under them, not elsewhere (…总结发展成绩甲、乙，…指明了方向 for 朝哪几个方向发展)
        if _support(sc) >= share * _support(top) and kind in text and len(items(text)) >= 2 \
                and not (governed and not governs(text, slot)) \
                and not (governed and governs(top_text, slot) and not governs_kind(text, slot, kind)):
            return sc
    if gives_items(top.sentence.text):
        return top
    for sc in scored[1:3]:  # it gives no item at all (…销售这些进口产品…): one that enumerates, in the slot words' clause
        if _support(sc) >= LISTING_SHARE * _support(top) and len(items(sc.sentence.text)) >= 2 \
                and (not slot or governs(sc.sentence.text, slot)):  # 甲在外观、内饰方面…升级 is no list of what 停产
            return sc
    return top


def measured_for_another(question: str, text: str) -> bool:
    """Does the sentence write the question's measure only after another name than the question's (乙电脑销量前五的
    品牌 asked; 甲手机销量前五名品牌分别为…)? A ranking by a measure lists what leads that thing's measure."""
    at = 0
    for word, _ in words.tagged(question):
        at += len(word)
        if len(word) < 2 or not measure(word) or word not in text:
            continue
        asked = _modifier(question[: at - len(word)])
        if not asked or asked in text:
            continue
        written = [_modifier(text[: m.start()]) for m in re.finditer(re.escape(word), text)]
        if any(w and w != asked for w in written):
            return True
    return False


def heading(s) -> bool:
    """Is the sentence its chunk's title line (八、甲 乙 丙, a section's heading written at the head of
    the chunk)? A heading names what its section is about; it lists none of it."""
    line = s.text.strip()
    return bool(line) and any(line == piece.strip() for piece in s.chunk.title.split(" · ")[1:])


def of_kind(text: str, kind: str) -> bool:
    """Does a sentence enumerate items written with the kind asked (美丽城市、幸福城市、韧性城市 for 哪几种
    城市: Chinese writes each item with its head noun), not only mention it (《城市片区功能规划》)?"""
    return bool(kind) and sum(1 for item in items(text) if item.endswith(kind)) >= 2


def slot_words(question: str, terms) -> list[str]:
    """The question's words saying what its items do or have done to them: those after the kind asked (由哪几部分
    组成 -> 组成), else those before 哪些/哪几 in its clause (要做好上引工作的是哪几家企业 -> 做好, 上引, 工作)."""
    if after := predicate_words(question, terms):
        return after
    m = re.search(r"哪(?:些|几|[两二三四五六七八九十])", question)
    if m is None:
        return []
    start = max(question.rfind(c, 0, m.start()) for c in "，,；;：:") + 1
    noun = asked_noun(question)  # 被告人有哪些: the kind asked, which of_kind reads, says nothing done to the items
    # a name there (甲产品可以在哪四种模式之间切换) is what the question is about, which every sentence of its
    # article may write, not what is done to the items (nor a place the gazetteer knows, 某县哪两家企业; not ns: 上市)
    names = {w for w, flag in words.tagged(question) if flag.startswith(("nr", "nt", "nz", "eng"))} | set(places.places(question))
    return [t for t in terms if len(t) >= 2 and start <= question.find(t, start) < m.start() and t != noun
            and t not in names and not t.isascii()]


def complete(q, text: str, follow: str) -> bool:
    """Is a short sentence's enumeration the whole list, its next sentence none of it? It enumerates (、) in a clause
    holding the slot words and ends there (推进甲化、乙化发展。 for 朝哪几个方向发展), and the next sentence holds
    none of them (以丙为核心，重点提高丁水平): that one is another topic, not the list carried on."""
    slot = slot_words(q.text, q.terms)
    return bool(slot) and not text.rstrip().endswith(("：", ":")) and governs(text, slot) \
        and not any(w in follow for w in slot)


def governs_kind(text: str, slot: list[str], kind: str) -> bool:
    """Does one clause of the sentence enumerate (、), hold a slot word and name the kind asked?"""
    return any(kind in c and any(w in c for w in slot) for c in _enumerating(text))


def governed_words(text: str, slot: list[str]) -> int:
    """How many of the slot words the sentence's enumerating clauses hold (see `governs`)."""
    clauses = _enumerating(text)
    return sum(any(w in c for c in clauses) for w in slot)


def _enumerating(text: str) -> list[str]:
    """The sentence's clauses that enumerate (、)."""
    return [c for c in CLAUSE_SPLIT_RE.split(text) if "、" in c]


def governs(text: str, slot: list[str], loose: bool = False) -> bool:
    """Does a sentence enumerate in a clause holding one of the slot words (…由甲、乙和丙组成 for 由哪几部分组成),
    the enumeration the question asks rather than another of the same sentence or article? Any of its clauses with
    an enumeration may be it (…由甲、乙和丙组成，能够完成清洁、拆卸等任务). `loose`: two items joined by 和 or 及
    enumerate too (加快甲园和乙园基础设施建设), as the best is read: it is kept when it may give the list asked."""
    if (not loose and len(items(text)) < 2) or speaker_line(text):
        return False  # 市人大代表、甲区区长乙在接受采访时表示。: its 、 joins one speaker's titles; an interview heading (——访…) too
    joined = JOINED_RE if loose else re.compile("、")
    # items named in titles or quotes (制定《甲》《乙》等规章制度) stand side by side unjoined: the clause holding them is
    # theirs, not another clause of the sentence (“甲”和“乙”，就可认识到…的体现 enumerates nothing 体现 governs)
    split = CLAUSE_SPLIT_RE.split(text)
    clauses = [c for c in split if joined.search(c)] or [c for c in split if len(items(c)) >= 2] \
        or ([text] if len(items(text)) >= 2 else [])
    return any(w in clause for clause in clauses for w in slot)
