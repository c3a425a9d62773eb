"""A source's measure narrower than the claim's: 新增智能袜机2400台 counts new smart machines,
a part of the 袜机 a claim counting 一万台袜机 speaks of.

A loose match (text.indicators.same_indicator) shares the claim's words and lets the rest
differ, so that a verb said otherwise (迎来游客 / 接待游客) still decides. A noun that the
claim nowhere says, put before a noun of the claim to say which of them the source's figure
counts (智能|袜机 of all 袜机, 新能源|车型 of all 车型), is another matter: a figure of that
part refutes nothing said of the whole. A head noun the claim leaves out (危桥改造|工程 for
15座危桥的改造) only words the same thing.
"""

from __future__ import annotations

import re

from assistant.check.measures import FILLER_RE, PERIOD_WORD_RE, SUBJECT_WORDS, _said, abbreviated_span
from assistant.text import periods, words
from assistant.text.indicators import COMPARISON_RE

# nouns that name what is counted; names (nr, ns, nt, nz) are the subject check's
COUNTED_FLAGS = ("n", "j", "eng")
NAME_FLAGS = ("nr", "ns", "nt", "nz")


def counted_nouns(indicator: str, tail: bool) -> list[tuple[str, str]]:
    """The run of nouns next to the figure that says what it counts, in the text's order: the
    last of a lead before it (新增|智能袜机), the first of a noun written after a count (驾驶员
    of 2名驾驶员利用职务之便); the words further off say what else the clause does."""
    tagged = [(w, f) for w, f in words.tagged(indicator) if w.strip()]
    if not tail:
        while tagged and (FILLER_RE.fullmatch(tagged[-1][0]) or tagged[-1][1].startswith(("p", "d", "u"))):
            tagged.pop()
        tagged.reverse()
    run = []
    for w, f in tagged:
        if not f.startswith((*COUNTED_FLAGS, "b", "vn")):
            break
        run.append((w, f))
    return run if tail else run[::-1]


def narrower(indicator: str, claim: str, tail: bool = False) -> bool:
    """Does the source put a noun the claim nowhere says (written out, abbreviated or by a
    synonym) before one it says, to name which of them its figure counts (智能 of 新增智能袜机
    against 一万台袜机)? `tail`: the indicator is the noun written after a count."""
    indicator = COMPARISON_RE.sub("", indicator)
    # where a word of the claim abbreviates the indicator's (营收: 营业|收 of 营业|收入)
    spans = [s for s in (abbreviated_span(x, indicator) for x in words.content_words(claim)) if s]

    def said(w: str) -> bool:
        at = indicator.find(w)
        return _said(w, claim) or any(a < at + len(w) and at < b for a, b in spans)

    unsaid = False
    for w, flag in counted_nouns(indicator, tail):
        if (len(w) < 2 or w in words.STOPWORDS or w in SUBJECT_WORDS or periods.spans(w)
                or PERIOD_WORD_RE.search(w)):
            continue
        if said(w):
            if unsaid:
                return True
        elif flag.startswith(COUNTED_FLAGS) and not flag.startswith(NAME_FLAGS):
            unsaid = True
    return False


# the words that name a measure in a claim's lead: nouns and actions, not fillers
RENAMING_FLAGS = ("n", "v", "vn", "j")


def renamed(lead: str, text: str, indicator: str, claim: str) -> bool:
    """Does the claim name its figure by a word the source's sentence lacks, where the source
    names its own by a word the claim lacks (受伤矿工四十三人 against 死亡矿工43人)? Then the
    figure the claim's copied run of figures points at (measures.counterpart) measures
    something else: a copy changes the figure, not the measure's words."""
    from assistant.check.measures import _naming_words

    mine = [w for w, flag in words.tagged(lead) if len(w) >= 2 and flag.startswith(RENAMING_FLAGS)
            and not flag.startswith(NAME_FLAGS) and not FILLER_RE.fullmatch(w) and not _said(w, text)]
    return bool(mine) and any(not _said(w, claim) for w in _naming_words(indicator, claim))


def unnamed(indicator: str, claim: str) -> bool:
    """Does a source figure's measure hold a word the claim nowhere writes (培育|高新技术 of
    培育高新技术企业2户, 总销量 of 总销量达到19731辆)? Among figures matched alike, one whose measure
    the claim names whole is the claim's (30户企业过评国家科技型中小企业 is refuted by 20户 of
    过评国家科技型中小企业, not by the 2户 of another kind of enterprise in the same sentence)."""
    bare = re.sub(r"\d[\d.]*\S?", " ", COMPARISON_RE.sub("", re.sub(r"(?<=\d)([月年])", r"\1 ", indicator)))
    return any((len(w) >= 2 or w == "总") and w not in claim  # 总 of 总|销量: a total, not a month's and not PERIOD_WORD_RE.fullmatch(w) and not periods.spans(w)
               and w not in SUBJECT_WORDS for w in words.content_words(bare))


def named_words(indicator: str, claim: str) -> int:
    """How many words of a source figure's measure the claim writes: 占全球小麦出口总量的 names more
    of 约占全球小麦出口总量的19% than 两国小麦出口的 (of 90%以上销往非洲) does."""
    return sum(len(w) >= 2 and w in claim for w in words.content_words(COMPARISON_RE.sub("", indicator)))


# the places a sentence names itself rank it only among sentences supported about as well: a sentence
# better supported (截至目前…全县签约项目71个 for a claim of 截至目前) keeps its rank
NEAR_SUPPORT = 0.97


def best_named(found: list, claim: str, places: tuple[str, ...] = ()) -> list:
    """The picks of the best tier (figures.figure_candidates: 2 the measure named, 1 its head,
    0 shared words), those whose measure the claim names whole first, then those naming more of
    the claim's measure, then, among those about as well supported, those whose sentence names the claim's
    places itself (平原县发生5.5级地震 before 该地再次发生3.0级地震), then by support."""
    best_tier = max((tier for _, tier, _ in found), default=0)
    top = max((pick.score for pick, tier, _ in found if tier == best_tier), default=0.0)
    ranked = [((unnamed(indicator, claim), -named_words(indicator, claim),
                -sum(p in pick.scored.sentence.text for p in places) if pick.score >= NEAR_SUPPORT * top else 0), pick)
              for pick, tier, indicator in found if tier == best_tier]
    return [pick for _, pick in sorted(ranked, key=lambda x: (x[0], -x[1].score))]
