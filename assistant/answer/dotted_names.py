"""Transliterated names, their parts joined by · whatever jieba makes of each part
(阿|米特·沙阿, 安德烈亚·马|埃斯特|雷利), for answer/people.py. A ? between two Han characters is
such a dot lost to an encoding (text/sentences.LOST_DOT)."""

from __future__ import annotations

from assistant.answer.roles import ROLE_TAIL
from assistant.text import words
from assistant.text.words import chinese_word

NAME_TAGS = ("nr", "nrfg", "nrt")
DOTS = ("·", "?")
# Characters that end a name rather than continue it (李景栋说, 王婷将于...).
NOT_IN_NAME = set("说称讲问答指谈在将于和与及等的是为对也都就又还曾已被把向从带让给到说了着过表认")

MAX_PART = 8  # characters of one part of a transliterated name
# dictionary counts above which a word is no part of a foreign name: 保罗 (311), 买买提 (272)
# are names; 大主教 (102), 主演 (825), 无锡 (466) before a dot, 中国 or 快乐 after one, are not
FIRST_PART_COMMON, PART_COMMON = 100, 500


def _name_part(token: tuple[str, str, int], common: int) -> bool:
    """Can this token be a piece of a transliterated name (阿|米特, 马|埃斯特|雷利)? A name
    tag, a single character that is no function word or verb, or a noun jieba's dictionary
    counts fewer than `common` times; not a role word (负责人), a verb (执导), a figure."""
    word, flag, _ = token
    if not chinese_word(word) or word in NOT_IN_NAME:
        return False
    if flag.startswith(NAME_TAGS):
        return True
    if len(word) == 1:
        return flag[:1] not in ("p", "u", "c", "d", "m", "r", "f", "t", "q", "v")
    return flag[:1] in ("n", "j") and not ROLE_TAIL.search(word) and words.frequency(word) < common


def dotted_names(tokens: list[tuple[str, str, int]]) -> dict[int, tuple[str, int]]:
    """Transliterated names, parts joined by · whatever jieba makes of each part (阿|米特·沙阿,
    安德烈亚·马|埃斯特|雷利): the token index where each begins -> (name, index after it).
    The first part stops at a word the dictionary knows well (首席部长, 大主教, 名叫), the
    others at a very common one, so 无锡·中国乡镇企业博物馆 is no name."""
    found: dict[int, tuple[str, int]] = {}
    i = 1
    while i < len(tokens):
        if tokens[i][0] not in DOTS:
            i += 1
            continue
        lo = i
        while lo > 0 and _name_part(tokens[lo - 1], FIRST_PART_COMMON) \
                and sum(len(t[0]) for t in tokens[lo - 1 : i]) <= MAX_PART:
            lo -= 1
        j = i
        while lo < i and j < len(tokens) and tokens[j][0] in DOTS:
            k = j + 1
            while k < len(tokens) and _name_part(tokens[k], PART_COMMON) \
                    and sum(len(t[0]) for t in tokens[j + 1 : k + 1]) <= MAX_PART:
                k += 1
            if k == j + 1:
                break
            j = k
        if j == i:
            i += 1
            continue
        found[lo] = ("".join(t[0] for t in tokens[lo:j]), j)
        i = j
    return found
