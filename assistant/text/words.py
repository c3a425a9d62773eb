"""Chinese words via jieba, shared by keyword search, answering and fact-checking."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache

import jieba
import jieba.posseg

from assistant.text import dictionary
from assistant.text.script import to_simplified

jieba.setLogLevel(logging.WARNING)
_init_lock = threading.Lock()
_ready = False

# Words that carry no topic: question words, particles, copulas, generic verbs.
# the spoken pro-verbs: a stop word here, and among answer/asked_head's verbs of doing in general
SPOKEN_DEEDS = ("搞", "弄")
STOPWORDS = frozenset(
    """的 了 是 在 和 与 及 或 等 有 为 对 将 把 被 也 都 而 并 又 就 要 会 能 可 个 这 那 其 之 于 以 从 到
    由 向 给 让 使 着 过 吗 呢 吧 啊 么 什么 多少 几 几个 哪 哪些 哪个 哪里 哪一 哪一年 哪年 哪位 谁 怎么
    怎样 如何 为什么 何 何时 是否 是不是 请问 一下 呀 所 该 此 各 每 该 得 地 着 年 月 日 目前 现在 今年
    去年 明年 已经 多 少 达到 达 为了 关于 问 能否 可以 总共 一共 共 合计 分别 主要 具体 情况 方面 问题
    计划 要求 预计 预期 力争 目标 达成 实现 完成 提出 进行 开展 推进 推动 加快 实施 大约 左右 以上 以下 不低于
    有多少 是多少 为多少 多大 多高 多长 多快 多久 两 三 四 五 六 七 八 九 十 大 一 二""".split()
    # everyday asking: an aim (想), a figure reached (做到), what the report said (提到), a pronoun (它, 这个);
    # words of how a journalist asks, none of what is measured. Not 打算, 定 (定在), 里 (报告里): as topic words
    # they kept a target or a section asked (养奶牛方面…打算新增多少头, 预期目标里…定在多少) from other figures
    + """想 做到 提到 它 它们 这个 那个 这些 那些""".split()
    # the spoken pro-verbs that stand for any deed (搞了多少次, 弄好): what writing says 开展, 进行, 举办
    + list(SPOKEN_DEEDS)
)
PUNCT_RE = re.compile(r"[\s\W_]+", re.UNICODE)
# 那篇, 这组, 那次: a demonstrative and its classifier point at a piece or an event the question
# names by its other words; they are not what the piece says (as 这个, 那个 are not)
POINTING_RE = re.compile(r"[这那此该][一]?[篇组次份则条项场段部位期届]")
# Family names, for names written as a family name and 某 (江某, 常某某): news of courts and
# police hides people so, and jieba glues such a name to the word before it (后江|某).
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
# Where a figure ends and a name begins, jieba's word-guessing may glue the two (28日京|唐港,
# 2只游|隼): text is cut at the end of a day of the month or of a count with its classifier
# (also after an asking word removed from a question: 给 只游隼), and around a name of a family
# name and 某, before jieba sees it, so a name is read the same in a question and its sentence.
_CLASSIFIERS = "只头辆名支位家项台户条座所架艘匹株棵尾"
FIGURE_END_RE = re.compile(rf"(?:(?<=\d日)|(?<=[\d几\s][{_CLASSIFIERS}])|(?<=多少[{_CLASSIFIERS}]))(?=[\u4e00-\u9fff])")
HIDDEN_NAME_RE = re.compile(rf"([{''.join(sorted(SURNAMES))}]某某?)")
# 西安区区长孙琥峰, 某县县委书记: a place's level character written again as the first of its own
# office (区长, 县委, 市政府) is where the name ends; jieba reads the pair as 区区 (trifling) and
# glues the office's 长 to the name after it (区区|长孙|琥峰), so the text is cut between them
OFFICE_SEAM_RE = re.compile(r"(?<=[\u4e00-\u9fff]([省市县区镇乡旗]))(?=\1(?:长|委|政府|人大|政协))")


def _pieces(text: str):
    """(piece, whether it is a hidden name) over `text` cut at FIGURE_END_RE's and OFFICE_SEAM_RE's
    boundaries and around a hidden name (江某), which is one word of its own."""
    seams = [0] + [m.start() for m in OFFICE_SEAM_RE.finditer(text)] + [len(text)]
    for a, b in zip(seams, seams[1:]):
        for piece in FIGURE_END_RE.split(text[a:b]):
            for i, part in enumerate(HIDDEN_NAME_RE.split(piece)):
                if part:
                    yield part, bool(i % 2)


def _ensure_ready() -> None:
    global _ready
    if not _ready:
        with _init_lock:
            if not _ready:
                dictionary.load()  # jieba.initialize(), from a faster cache
                _ready = True


def normalise(text: str) -> str:
    """The comparison form (eval, figure checks): NFKC, simplified characters (an answer
    read from a traditional passage is checked against its quote), no white space."""
    return re.sub(r"\s+", "", to_simplified(unicodedata.normalize("NFKC", text)))


@lru_cache(maxsize=65536)
def search_tokens(text: str) -> tuple[str, ...]:
    """Tokens for BM25: jieba's search mode (东丰县 -> 东丰, 东丰县), lower-cased, no punctuation,
    in simplified characters (經濟 -> 经济), so a question finds a passage in either script."""
    _ensure_ready()
    out = []
    for tok in jieba.cut_for_search(to_simplified(unicodedata.normalize("NFKC", text))):
        tok = tok.strip().lower()
        if tok and not PUNCT_RE.fullmatch(tok):
            out.append(tok)
    return tuple(out)


@lru_cache(maxsize=16384)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    _ensure_ready()
    out = []
    for piece, name in _pieces(text):
        out.extend([(piece, "nr")] if name else ((w.word, w.flag) for w in jieba.posseg.cut(piece)))
    return tuple(out)


def resultative(word: str) -> bool:
    """A verb and its complement 出 written as one word, which jieba may tag a noun (培育出, 打造出): a verb."""
    if len(word) < 3 or not word.endswith("出"):
        return False
    verb = tagged(word[:-1])
    return len(verb) == 1 and verb[0][1] in ("v", "vn")  # 培育 is a vn


def frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` (许可 623, 李强 159; 0 for a word it lacks).
    The only place the counts are read: the dictionary is loaded first, so a count read before
    anything was cut (a caller that imports the answer modules first) is not 0."""
    _ensure_ready()
    return jieba.dt.FREQ.get(word) or 0


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary holds `word` (not a word its HMM put together: 区托育)."""
    return bool(frequency(word))


@lru_cache(maxsize=16384)
def content_words(text: str) -> tuple[str, ...]:
    """Topic words of a question or sentence: jieba words minus stop words and numbers."""
    _ensure_ready()
    out = []
    cut = [w for piece, name in _pieces(unicodedata.normalize("NFKC", text)) for w in ([piece] if name else jieba.cut(piece))]
    for tok in cut:
        tok = tok.strip()
        if not tok or PUNCT_RE.fullmatch(tok) or tok in STOPWORDS:
            continue
        if re.fullmatch(r"[\d.%]+", tok) or POINTING_RE.fullmatch(tok):
            continue
        if tok not in out:
            out.append(tok)
    return tuple(out)


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


HAN_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")


def chinese_word(word: str) -> bool:
    """Is `word` one or more Chinese characters and nothing else (no letter, digit or mark)?
    The one test of "a Chinese word" answering and checking share ('' is none)."""
    return HAN_WORD_RE.fullmatch(word) is not None


def char_pairs(text: str) -> set[str]:
    """Overlapping character pairs (东丰县 -> 东丰, 丰县); a single character stands for itself.
    The one measure of "shares most of its characters" between two phrases."""
    return {text[i : i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


# jieba's tags of a shortened word: its abbreviations (j: 医保, 发改委), and common nouns or
# organisations its dictionary does not hold (规上, 营收, 文旅, 人社局); a person's or a place's
# name (nr, ns) is no shortening (张伟 is not 张大伟)
SHORTENED_FLAGS = ("j", "n", "nt")


# a function character at either end: jieba's word-guessing glued it onto a neighbour
# (售价|是 read 价是, 每个|区 read 个区), no name and no shortened word
GLUED = frozenset("的了是在和与及或等有为对将把被也都而并又就要会能可个这那其之于以从到由向给让使着过后同用时才指曾共")


@lru_cache(maxsize=8192)
def shortened(word: str) -> bool:
    """Is the word a shortened form of a longer one (规上 of 规模以上): two to four Chinese
    characters jieba tags as an abbreviation, or as a noun its dictionary does not hold."""
    if not 2 <= len(word) <= 4 or not chinese_word(word) \
            or word[0] in GLUED or word[-1] in GLUED:
        return False
    tags = tagged(word)
    return len(tags) == 1 and tags[0][1] in SHORTENED_FLAGS and (tags[0][1] == "j" or not in_dictionary(word))


@lru_cache(maxsize=8192)
def long_form(word: str) -> re.Pattern:
    """营收 in 营业收入, 规上 in 规模以上: the word's characters in order, at most two other Chinese
    characters after each (a shortened word keeps the first characters of its parts)."""
    return re.compile("[\u4e00-\u9fff]{0,2}".join(map(re.escape, word)))


def total_form(term: str) -> str:
    """工业产值 -> 工业总产值, 项目投资 -> 项目总投资: a statistic writes the total of a measure with 总
    before its two-character measure word; the same indicator ('' for a term too short to have one)."""
    return term[:-2] + "总" + term[-2:] if len(term) >= 4 and chinese_word(term) \
        and "总" not in term else ""


def writes(term: str, text: str) -> bool:
    """`text` writes the term, its long form when the term is a shortened word (a question's
    规上 is said by a sentence's 规模以上), or its total (工业产值 by 工业总产值)."""
    return term in text or (shortened(term) and long_form(term).search(text) is not None) \
        or bool(total := total_form(term)) and total in text


def match(term: str, text: str) -> float:
    """How far `text` holds `term`: 1 for the word itself or the long form of a shortened word,
    partial credit for sharing most of its character pairs (西安区 in a scan's 西安安区)."""
    if writes(term, text):
        return 1.0
    if len(term) < 3:
        return 0.0
    grams = char_pairs(term)
    frac = sum(1 for g in grams if g in text) / len(grams)
    return 0.6 * frac if frac >= 0.5 else 0.0


def pair_overlap(a: str, b: str) -> float:
    """Share of the smaller set of character pairs found in the other."""
    pa, pb = char_pairs(a), char_pairs(b)
    small, large = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    return len(small & large) / max(len(small), 1)


def bigrams(text: str) -> set[str]:
    """Character pairs of the CJK and alphanumeric runs of `text`."""
    runs = re.findall(r"[\u4e00-\u9fff]+|[A-Za-z0-9.%]+", unicodedata.normalize("NFKC", text))
    return set().union(*(char_pairs(run) for run in runs))
