"""A question's topic words as its sentence writes them, where jieba glued the question's own
words to them (按谷歌 for 谷歌, 多大面积's 大面积 for 面积, 排完涝's 完涝 for 排涝)."""

from __future__ import annotations

import re

from assistant.text import words

# A preposition or pronoun jieba's word-guessing glues to the name after it (按谷歌环境报告, 据某部门):
# such a word is in no dictionary, and the name without it is what a sentence writes
GLUED_LEAD = "按据依由被把对从在其该给将"  # not 经, 向: family names (经元善)
# 多大面积, 多高温度: jieba reads 大面积 (large-scale); the size word belongs to the asking 多
HOW_SIZE = "大高长宽深厚远重"
# 排完涝, 洗完澡: a verb-object word split by the complement 完 (排/完涝); the text writes 排涝
SPLIT_VERB_RE = re.compile(r"([\u4e00-\u9fff])完([\u4e00-\u9fff])")
# 加起来, 算下来, 看上去, 总的来说: a directional or resultative complement (with its one-character verb)
# says how a figure is reached or a view is taken, never the thing asked about (the head)
DIRECTIONS = "起来|下来|上去|出来|下去|过来"
COMPLEMENT_RE = re.compile(rf"[\u4e00-\u9fff]?(?:{DIRECTIONS})|(?:总的|总体|一般|整体)?来[说看]")
# 东西 is a place's name (east and west) but, after 什么 or a classifier (哪几样东西, 一些东西), means things
THINGS_RE = re.compile(r"(?:什么|[样些种件个点])东西")
# 供水、供热、燃气和污水几类管网: 几 after an enumeration names the kinds listed, it asks nothing
LISTED_KINDS_RE = re.compile(r"(、[^，,；;？?]*?)几(?=[类种样项])")
# 除了几项变革，还要推进哪一类改造: what 除了 sets aside is given, and a 几 or 多少 in it asks nothing when a
# later clause asks (DRCD writes 79 such questions, 除了开局、中局，还有哪一个阶段, none counting in the 除了 clause)
GIVEN_RE = re.compile(r"除了?[^，,；;？?]*[，,](?=.*(?:什么|哪|谁|多少|几|何))")


# 这几年, 近几个月, 过去几天: 几 after a demonstrative or 近/前/过去 is "a few", a span of time the question
# is set in, not an asking word (这几年每年…超过了多少 asks a sum, not a number of years)
FEW_RE = re.compile(r"(?<=[这那近前去])几(?=个?[年月天日周])")
# 超频后能达到多少: jieba glues the 后 of a condition to the modal after it (后能, 前可), a word in no
# dictionary that names nothing asked
CONDITION_MODAL_RE = re.compile(r"[后前][能可会将要]")
# 要种多少亩, 会涨多少, 能卖多少: jieba glues a modal to the one-character verb after it (要种, 会涨), a word
# in no dictionary; 要冲到多少 reads the dictionary's 要冲 (a strategic pass). The verb is what a sentence writes
MODAL_LEAD = "要想能会可该"


# 做到了多少, 冲到多少, 退到了多少: the verb of reaching right before the asking word (X到, X至, jieba's 要冲 of
# 要冲到) says how the figure is reached, not what it measures: the topic word before it is the thing asked
# (市场主体要冲到多少户 asks of 市场主体)
REACHING_RE = re.compile(r"[\u4e00-\u9fff][到至]|[要想能会将可该][\u4e00-\u9fff]")
ASKED_AFTER = r"了?(?:多少|几|多[大高长宽深厚远重])"
MOVING = "升降涨跌增减退落提回"


def reaching(term: str, text: str) -> bool:
    """Is `term` a verb of reaching the figure, written right before the question's asking word? Not a verb of
    moving (降到, 升至, 退到): which way the figure moved is asked too (税率降到了多少: 已降至29%, not 高达43%)."""
    if term[0] in MOVING:
        return False
    if len(term) == 1:  # 冲到多少 read as 冲 (到 no topic word)
        return re.search(re.escape(term) + "[到至]" + ASKED_AFTER, text) is not None and words.tagged(term)[0][1].startswith("v")
    if not REACHING_RE.fullmatch(term) or not re.search(re.escape(term) + "[到至]?" + ASKED_AFTER, text):
        return False
    return not words.in_dictionary(term) or all(flag.startswith("v") for _, flag in words.tagged(term))  # 会议, 能源: nouns


def few_masked(text: str) -> str:
    """The question with each 几 that means "a few" written 数 (这数年), so it asks nothing."""
    return FEW_RE.sub("数", text)


def asked_part(text: str) -> str:
    """The question without a clause it sets aside with 除了: what its kind is read from."""
    return GIVEN_RE.sub("", few_masked(text))


# 哪项整治, 哪两个简称, 一个什么样的区间: the asking word's classifier (and a count) names no topic; as a
# topic word (哪项, 两项 read as a figure the question states) it was missed by every sentence, the answer's too
WHICH_RE = re.compile(r"哪一?(?:[两二三四五六七八九十]|\d{1,2})?[类种项个家所座条位名批款件样届场次支部本首门道份句]"
                      r"|(?:一[个种项类条])?什么样的?|怎么样")


MODAL_TAIL = "要会能将可"  # a modal jieba glues to the last character of the word before it


def mended(terms: tuple[str, ...], text: str) -> tuple[str, ...]:
    """A question's topic words as a sentence writes them, where jieba glued a question's own
    words to them: 按谷歌 -> 谷歌, 多大面积's 大面积 -> 面积, 多大体量's 大体/量 -> 体量, 排完涝's 排/完涝 -> 排涝,
    要种 -> 种."""
    out = []
    for t in _size_apart(terms, text):
        if len(t) >= 3 and t[0] in GLUED_LEAD and not words.in_dictionary(t):
            t = t[1:]
        elif len(t) >= 3 and t[0] in HOW_SIZE and "多" + t in text and words.in_dictionary(t[1:]):
            t = t[1:]
        elif len(t) == 2 and t[0] == "完" and not words.in_dictionary(t):
            joined = next((v + t[1] for v, o in SPLIT_VERB_RE.findall(text) if o == t[1] and words.in_dictionary(v + o)), "")
            if joined:
                out = [w for w in out if w != joined[0]]  # the verb alone is now part of it
                t = joined
        elif CONDITION_MODAL_RE.fullmatch(t) and not words.in_dictionary(t):
            continue
        elif len(t) == 2 and t[0] in MODAL_LEAD and (not words.in_dictionary(t) or t + "到" in text):
            t = t[1:]
        elif len(t) == 2 and t[1] in MODAL_TAIL and not words.in_dictionary(t) and out \
                and (words.in_dictionary(out[-1] + t[0]) or len(out[-1]) == 1) and out[-1] + t[0] in text:
            out[-1] = out[-1] + t[0]  # 占比要 cut 占|比要: the modal after a word, the word made whole (占比; a lone character is no word)
            continue
        if t not in out:
            out.append(t)
    return tuple(out)


def _size_apart(terms: tuple[str, ...], text: str) -> list[str]:
    """多大体量 cut 多|大体|量: the size word belongs to the asking 多, and the noun it was cut from is asked (体量)."""
    out, skip = [], False
    for i, t in enumerate(terms):
        if skip:
            skip = False
            continue
        after = terms[i + 1] if i + 1 < len(terms) else ""
        if len(t) == 2 and t[0] in HOW_SIZE and after and "多" + t + after in text and words.in_dictionary(t[1] + after):
            out.append(t[1] + after)
            skip = True
        else:
            out.append(t)
    return out


def head_words(part: str, text: str) -> tuple[str, ...]:
    """The topic words of part of a question that may be the head asked about: no complement (加/起来,
    算下来, 总的来说). A topic word it stays: DRCD's questions copy their sentence's 确定下来 (52
    questions: the gold sentence's share of topic words up in 31 without it, down in 18)."""
    terms = mended(words.content_words(part), text)
    return tuple(t for i, t in enumerate(terms) if not COMPLEMENT_RE.fullmatch(t) and not (
        len(t) == 1 and i + 1 < len(terms) and re.fullmatch(DIRECTIONS, terms[i + 1]) and t + terms[i + 1] in text))


# 多少个转移过来的产业项目, 多少家新成立的合作社: a clause with a verb before 的 says which ones are counted
# (opening with the verb: 多少家企业提交的申请 counts 企业, 多少位表演与演奏专家的贡献 counts 专家)
RELATIVE_RE = re.compile(r"([^，,；;？?、与和及的]{1,8})的(?=[\u4e00-\u9fff])")


def past_relative(part: str) -> str:
    """The part of a question after the asking word, past a verb's clause ending in 的 (the noun after it is
    what is counted); the part itself when it opens with no such clause (多少家规模以上的企业)."""
    m = RELATIVE_RE.match(part)
    if m and words.tagged(m.group(1))[0][1] in ("v", "vn"):
        return part[m.end() :]
    return part
