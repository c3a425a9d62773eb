"""Where and when: a sentence that cannot hold the kind of answer a 哪里 or 何时 question asks.

地点是哪里, 在哪里举行: the answer is a site, which the shown sentence must name beside what the question
writes (a place the gazetteer or jieba knows, a word built like a place or a venue: 八角笼, 会展中心, 体育馆). A
sentence sharing the question's words that names only a date (建议日期定在8月26日) is a confidently wrong answer.

何时, 什么时候: the answer is a time, which the sentence must write (a date, a clock time, a day word, a period).
And a date written as the day something was said (于8月2日宣布, 8月2日，公司宣布…) is the date of the saying, not
of the event asked, when the question asks another event (活动什么时候结束): that sentence does not date it. Nor
does the date of another event (将在哪天决出冠军: 8月19日…开幕式举行; 在国内上市: 10月份全球陆续上市; 正式对外开放:
年底前重新开放). A point asked on a scale (排名第二, 最高水位) is answer/asked_point.py's, run here too.
"""

from __future__ import annotations

import re

from assistant.answer.asked_kind import COMMON, NOT_NAMES, PLACE_CHAR_RE
from assistant.answer.asked_point import point_disagreement
from assistant.answer.asked_terms import lead_before, term_disagreement
from assistant.answer.named_things import fills_with_excluded, only_modifying, names_nothing_new, thing_noun_asked
from assistant.answer.subject_names import DATELINE_RE, Disagreement
from assistant.answer.thing_asked import ends_a_word, restates_premise, suffix_asked
from assistant.answer.thing_names import unnamed as unnamed_thing
from assistant.query.question import Question
from assistant.text import places, words
from assistant.text.furniture import TRAILER_RE
from assistant.text.periods import TIME_MARK_RE

# how a venue or a site is named (八角笼, 会展中心, 人民大会堂, 鸟巢体育场, 白宫, 维也纳金色大厅)
SITE_TAIL_RE = re.compile(r"(?:[馆场院宫寺庙楼厦园街路港站湾山河湖岛村镇洲殿塔桥城堡营笼厅]|中心|广场|酒店|饭店|大学|基地|总部|地区|附近|境内)$")


def _in_person_name(word: str, text: str) -> bool:
    """埃隆·马斯克: a piece of a foreign person's name, which jieba may tag a place; 擂台赛, 淘汰赛: a contest."""
    return f"{word}·" in text or f"·{word}" in text or word.endswith(("赛", "战"))


def names_a_place(question: str, text: str) -> bool:
    """Does `text` name a place or a site `question` does not write?"""
    if any(p not in question and places.stem(p) not in question and not _in_person_name(p, text) for p in places.places(text)):
        return True
    for word, flag in words.tagged(text):
        if len(word) < 2 or word in question or word in NOT_NAMES or word in COMMON or _in_person_name(word, text):
            continue
        # a bare two-character word ending like a site is a common noun (立场, 现场, 机场), none named
        if flag == "ns" or (flag[:1] == "n" and (PLACE_CHAR_RE.search(word) or (len(word) > 2 and SITE_TAIL_RE.search(word)))):
            return True
    return False


# 约架地点是哪里, 场地在什么位置, 在哪里举行: a site, not the loose 哪里 of 源于哪里 (法语) or 在哪里任职 (刑部), whose
# answers name no place often (DRCD dev and CMRC trial: 29 of 190 gold sentences of any 哪里 name none)
# (在美国的什么地方举行: a site inside a place the question names, which the sentence must name beyond it)
SITE_ASKED_RE = re.compile(r"(?:地点|地址|场地|场所|位置)(?:是|在|位于)?(?:哪|什么)|(?:哪|什么)[^，。？?]{0,3}(?:地点|地址)"
                           r"|(?:在哪里?|什么地方)(?:举行|举办|召开|开幕)")
# 在康士坦丁堡举行, 位于塞纳河右岸, 地址：“…”: where a sentence says a site, however jieba reads its name
SITE_SAID_RE = re.compile(r"在([^，。；在]{2,14})(?:举行|举办|召开|开幕)|位于|坐落|(?:地址|地点)[为是：:，,]\s*[“「\"]?[^，。；]{2}")


def site_asked(q: Question) -> bool:
    return not q.english and SITE_ASKED_RE.search(q.text) is not None


def names_a_site(question: str, text: str) -> bool:
    """将在美国举行 names no site for a question already writing 美国: the place held in must be one it does not write."""
    said = any(m.group(1) is None or m.group(1) not in question for m in SITE_SAID_RE.finditer(text))
    return said or names_a_place(question, text)


# 花费6年时间, 历时三年, 长达两年之久: how long something took, which says no time it happened
DURATION_RE = re.compile(r"(?:花费?了?|花了|用了|历时|耗时|长达|持续了?)\d+ ?(?:多|余)?个?(?:年|月)(?:多|余)?(?:时间|之久)?"
                         r"|\d+ ?(?:多|余)?个?(?:年|月)(?:多|余)?(?:时间|之久)")


TIME_WORD_RE = re.compile(r"何时|什么时候|什么时间|哪一?天|哪一?年|几月|几号|哪个月")
# how a sentence says when something was said or made known: the date of the saying (于8月2日宣布)
SAYING = r"宣布|表示|透露|公布|通报|获悉|报道|发文|官宣|(?<![名简号俗统自职声堪])称"
SAYING_RE = re.compile(SAYING)
SAID_AFTER_RE = re.compile(rf"[^，,；;。]{{0,12}}?(?:{SAYING})")  # 彩云天气于8月2日宣布: the saying within the date's clause
# a generic verb of the question names no event the sentence must write
GENERIC_VERBS = frozenset({"是", "有", "进行", "开始", "举行", "预计", "计划", "将会", "可以", "能够"})


def asked_event(q: Question) -> str:
    """The verb of the event a 何时 question dates: the first after its time word (何时发布, 什么时候结束), else the
    last before it (结束于何时); '' when none."""
    m = TIME_WORD_RE.search(q.text)
    if not m:
        return ""
    after = [w for w, f in words.tagged(q.text[m.end():]) if f.startswith("v") and len(w) >= 2 and w not in GENERIC_VERBS]
    before = [w for w, f in words.tagged(q.text[: m.start()]) if f.startswith("v") and len(w) >= 2 and w not in GENERIC_VERBS]
    return after[0] if after else (before[-1] if before else "")


DATE_RE = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}[日号])?|(?:19|20)\d\d年|(?:今|去|明)年\d{1,2}月份?")


# what dates a sentence beside text/periods.TIME_MARK_RE's years, months and periods: a day, a clock time, a day word
DAY_MARK_RE = re.compile(r"(?<!第)\d{1,2}[日号]|\d{1,2}[点时:：]\d{0,2}|[凌清]晨|上午|中午|下午|傍晚|晚上|当[天晚日]|次日|昨[天日]|今[天日]|明[天日]"
                         r"|周[一二三四五六日末]|星期|年[初底中末]|月[初底中末]|旬|日前|近日|此前|之后|以后|以前|期间|时候|之际|当时|那时"
                         r"|[早中晚初末后前]期|[初末]年|[^\s，。]末|[纪岁]|早上|平日|战国|[^\s，。][后时](?=[，,])")  # 唐末, 白垩纪, 九岁, 四国征伐后，


def dates_nothing(text: str) -> bool:
    text = DURATION_RE.sub("", text)
    return not (TIME_MARK_RE.search(text) or DAY_MARK_RE.search(text) or DATE_RE.search(text))


def dates_another_event(q: Question, text: str) -> bool:
    """Is every date of `text` the date something was said (彩云天气于8月2日宣布, 8月2日，PCI-SIG宣布成立…) while the
    question dates an event (结束, 发布) the sentence does not write?"""
    event = asked_event(q)
    if not event or event in text or SAYING_RE.search(event) or SAYING_RE.search(q.text):
        return False
    found = list(DATE_RE.finditer(text))
    if not found:
        return False
    for m in found:
        clause = re.split(r"[，,；;。]", text[m.end():], maxsplit=1)
        rest = clause[0] if clause[0].strip() else ""
        if not rest and len(clause) > 1:  # 8月2日，PCI-SIG宣布…: the date's clause is the next one
            rest = re.split(r"[，,；;。]", clause[1], maxsplit=1)[0]
        if not SAID_AFTER_RE.match(rest.lstrip()):
            return False
    return True


# the words a sentence writes for the event a question asks in other words (上市 as 发售): each group one event
EVENT_GROUPS = (("上市", "发售", "开售", "面市", "面世"), ("发布", "推出", "亮相"), ("发射", "升空"),
                ("开放", "开门", "开馆", "开园", "迎客", "营业", "开业"), ("结束", "闭幕", "落幕", "截止"),
                ("开幕", "开始", "启动", "开启", "开赛", "揭幕"), ("成立", "创办", "创立", "创建", "组建"),
                ("建成", "竣工", "落成", "完工"), ("去世", "逝世", "离世", "病逝"),
                ("担任", "出任", "就任", "上任", "任职", "履新", "当选", "就职"))  # taking an office, dated by writing it
# the words of a question that name no event: adverbs, modals, the scope (在国内) and the time word's own
NOT_EVENT = frozenset({"正式", "最终", "预计", "计划", "将会", "可以", "能够", "大约", "开始", "进行", "举行", "是否", "已经",
                       "国内", "国外", "海外", "全球", "全国", "当地", "什么", "时候", "时间", "发生"})
# 在国内上市 asked; 全球陆续上市 dates another market's launch
RIVAL_SCOPES = {"国内": ("全球", "海外", "国外", "境外", "欧洲", "北美"), "海外": ("国内",), "国外": ("国内",), "全球": ("国内",)}
# 开幕式在体育中心举行: held, the event its subject names (a bare 进行 may stand for the act asked)
HELD = frozenset({"举行", "举办", "召开"})
PUBLISHED_RE = re.compile(rf"发出|发表|发文|刊发|刊登|{SAYING}")
# 计划在哪一年发射, 预计什么时候开放, 将在哪天决出: an event planned, which a sentence dates by naming it
PLANNED_RE = re.compile(r"计划|预计|预定|定于|将|拟|准备|有望|即将|打算")
FUNCTION_TAGS = frozenset("rmpcudxfqyeo")  # pronouns, numerals, prepositions, particles, adverbs, directions, classifiers
CLAUSE_SPLIT_RE = re.compile(r"[，,；;。：:]")


def event_words(q: Question) -> list[str]:
    """What a 何时 question dates, in its words: the content words after its time word (哪天决出最终冠军 -> 决出,
    冠军), else those before it (美军撤离阿富汗发生在什么时候 -> 美军, 撤离, 阿富汗); a four-character word with its
    head too (对外开放 -> 开放)."""
    m = TIME_WORD_RE.search(q.text)
    if not m:
        return []

    def content(text: str) -> list[str]:
        found = [w for w, f in words.tagged(text) if len(w) >= 2 and f[:1] not in FUNCTION_TAGS and w not in NOT_EVENT
                 and not re.search(r"[哪何什几]", w)]
        return found + [w[2:] for w in found if len(w) == 4]
    return content(q.text[m.end():]) or content(q.text[: m.start()])


def _written(asked: list[str], clause: str) -> bool:
    """Does `clause` write an event asked, or a word of its group (发售 for 上市)?"""
    return any(w in clause or any(w in g and any(o in clause for o in g) for g in EVENT_GROUPS) for w in asked)


def _shares(asked: list[str], clause: str) -> bool:
    """Does `clause` write a verb sharing a character with an event asked (启动 for 开启, 撤军 for 撤离)?"""
    verbs = [w for w, f in words.tagged(clause) if f.startswith("v") and len(w) >= 2]
    return any(set(v) & set(w) for v in verbs for w in asked if len(w) <= 3)


def _date_clause(text: str, m: re.Match) -> str:
    """The clause a date stands in, and the rest of the sentence when the date stands alone (自9月4日起，…将闭馆)."""
    start = max((c.end() for c in CLAUSE_SPLIT_RE.finditer(text, 0, m.start())), default=0)
    end = (c.start() if (c := CLAUSE_SPLIT_RE.search(text, m.end())) else len(text))
    clause = text[start:end]
    if not any(f.startswith("v") and len(w) >= 2 for w, f in words.tagged(clause)):
        return text[start:]  # 8月4日晚，A，推出B: a date standing alone dates the rest of its sentence
    return clause


# 重新开放, 再次上市, 恢复营业: the event happening again, not the first one a question asks (正式对外开放)
AGAIN_RE = re.compile(r"重新|再次|恢复|重启|再度")


# 开放至10月8日, 营业到月底: the end of a span, not the start a question asks (什么时候开放); 开放到什么时候 asks it
UNTIL_ASKED_RE = re.compile(r"[至到]什么|[至到]哪|截[至止]|结束|持续|多久|期限")


def again(q: Question, asked: list[str], clause: str) -> str:
    """The repeat (重新开放) or the end (开放至10月8日) `clause` writes of an event asked, '' when none."""
    for w in asked:
        for word in next((g for g in EVENT_GROUPS if w in g), (w,)):
            head = re.escape(word[-2:])
            if not AGAIN_RE.search(q.text) and (m := re.search(rf"(?:{AGAIN_RE.pattern})[^，。；]{{0,2}}{head}", clause)):
                return m.group()
            if not UNTIL_ASKED_RE.search(q.text) and (m := re.search(rf"{head}(?:至|到)\s*(?:{DATE_RE.pattern})", clause)):
                return m.group()
    return ""


def formal_act(asked: list[str]) -> bool:
    """Does the question date an act a report dates by writing it (an event of EVENT_GROUPS, or 召开/举行/举办)?"""
    return any(w in HELD or any(w in g for g in EVENT_GROUPS) for w in asked)


def dates_other_events(q: Question, text: str) -> str:
    """The event the sentence dates instead of the one asked: where it writes the event asked, only another market's,
    a repeat or the end of it (在国内上市: 10月份全球陆续上市; 正式对外开放: 年底前重新开放, 开放至10月8日); where it does not, when each of
    its dates stands with another event, for an event planned (将在哪天决出冠军: 8月19日…开幕式举行; 计划在哪一年发射:
    自1992年起参与). '' when the sentence may date the event asked, or a date stands with no event (计划于8月9日进行)."""
    asked = event_words(q)
    found = list(DATE_RE.finditer(text))
    # 哪天发出的, 何时发表: the date of a report, which the date of its saying is (发文称)
    if not asked or not found or PUBLISHED_RE.search(q.text):
        return ""
    written = [c for c in CLAUSE_SPLIT_RE.split(text) if _written(asked, c)]
    if written:
        scopes = [r for s, rivals in RIVAL_SCOPES.items() if s in q.text for r in rivals]
        others = [next((r for r in scopes if r in c), "") or again(q, asked, c) for c in written]
        return others[0] if all(others) else ""
    # a past event is often dated by what came with it (两德统一时 for 领土增加); not a formal act of its own
    # (开幕, 召开, 发布, 成立): 1月9日，代表分组审议… dates the review, not the session's opening
    if not PLANNED_RE.search(q.text) and not formal_act(asked):
        return ""
    other = ""
    for m in found:
        clause = _date_clause(text, m)
        # a verb the question writes (活动时间为…) is what it asks about, no other event
        verbs = [w for w, f in words.tagged(clause) if f.startswith("v") and len(w) >= 2 and w not in q.text
                 and (w not in GENERIC_VERBS or w in HELD)]
        if _shares(asked, clause) or not verbs:
            return ""
        other = other or verbs[0]
    return other


# 加速时间是多少, 用时多久: a duration asked, which a figure answers, no date (几月几号 asks a date: 几个月 a duration)
DURATION_ASKED_RE = re.compile(r"多少|多长|多久|几[个天年小分秒周]")


def time_asked(q: Question) -> bool:
    return q.kind == "time" and not q.english and not DURATION_ASKED_RE.search(q.text)


# 正式版规范何时发布: the final release, which a sentence dating a draft or a beta (v0.3版本的草案, 公测版) does not date
FINAL_ASKED_RE = re.compile(r"正式版|正式规范|正式标准|最终版")
PRERELEASE_RE = re.compile(r"草案|草稿|征求意见稿|测试版|公测|内测|预览版|[Bb]eta|v0\.\d")


# 给出了怎样的判断, 如何看待: a judgment asked, which a sentence states by a word of judging (认为, 看来, 预计); one
# reporting the debate (各方面对此分歧较大) or the grounds (可能放大…风险) states none. An evaluation asked
# (如何评价) is not among them: praise states it in its own words (思路清晰、目标明确) with no word of judging
JUDGMENT_ASKED_RE = re.compile(r"(?:怎样|怎么样|什么样?|何种|哪种)的?(?:判断|结论|看法|研判|判定)|如何(?:判断|看待)|怎么看")
JUDGED_RE = re.compile(r"认为|判断|看来|认定|结论|研判|预计|预判|预测|评价|估计|判定|相信|看好|觉得|确信")


def slot_disagreement(q: Question, chunk, a: int, b: int) -> Disagreement | None:
    """A question asking a site and a sentence naming none; one asking when, and a sentence dating nothing (on
    CMRC trial's 99 and DRCD dev's 453 time questions one gold sentence does: 汉长城 for 哪个朝代) or only the saying
    of something else or the date of another event; a sentence about another point on the scale asked."""
    text = chunk.text[a:b]
    # ◆…◆ 返回搜狐，查看更多: a portal's trailer and links hold no site or date asked (a 原标题： line may run into the body)
    if (site_asked(q) or time_asked(q)) and TRAILER_RE.search(text):
        return Disagreement("source", "", "a portal's trailer")
    if site_asked(q) and not names_a_site(q.text, text):
        return Disagreement("asked kind", "地点", "")
    # when: an English question too; a dateline's day (中新网泉州7月24日电) is the day the piece was filed, and 第5号
    # (a typhoon's number) no day at all
    if (time_asked(q) or (q.english and q.kind == "time")) and dates_nothing(DATELINE_RE.sub("，", text)):
        return Disagreement("asked kind", "时间", "")
    if time_asked(q) and dates_another_event(q, text):
        return Disagreement("asked kind", asked_event(q), "宣布")
    if time_asked(q) and (other := dates_other_events(q, text)):
        return Disagreement("asked kind", "/".join(event_words(q)), other)
    lead = lead_before(chunk.text, a)  # 培育壮大新材料产业。推动甲、乙等企业发展: the items' industry is their lead's
    if term := term_disagreement(q, text, chunk.text[slice(*lead)] if lead else ""):  # 哪一年: 新的一年 names no year
        return Disagreement("asked kind", term, "")
    if (suffix := suffix_asked(q)) and not ends_a_word(suffix, text):
        return Disagreement("asked kind", suffix, "")
    if (thing := thing_noun_asked(q)) and names_nothing_new(q, text):
        return Disagreement("asked kind", thing, "")
    if owner := unnamed_thing(q, text):  # 那座展馆叫什么名字: a sentence writing no name of one
        return Disagreement("asked kind", owner, "")
    if restated := restates_premise(q, text):  # 甲地能火，先天条件是什么: 甲地“火”了，… says no condition
        return Disagreement("asked kind", restated, "the premise again")
    if compound := only_modifying(q, text):
        return Disagreement("asked kind", thing, compound)
    if aside := fills_with_excluded(q, text):
        return Disagreement("asked kind", "", aside)
    if found := point_disagreement(q, text):  # 排名第二, 超过警戒水位, 最高水位: the point asked on a scale
        return found
    if not q.english and JUDGMENT_ASKED_RE.search(q.text) and not JUDGED_RE.search(text):
        return Disagreement("asked kind", "判断", "")
    if FINAL_ASKED_RE.search(q.text) and "正式" not in text and "最终" not in text and (m := PRERELEASE_RE.search(text)):
        return Disagreement("asked kind", "正式版", m.group())
    return None
