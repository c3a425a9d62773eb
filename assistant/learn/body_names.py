"""`python -m assistant.learn.body_names`: company names news writes bare (比亚迪, 华为, 三星),
learned from how news part a writes them, into answer/body_names.json.

answer/organisations.py knows a company by its suffix (比亚迪股份有限公司, 华为公司) or by
jieba's nt tag; the bare name news uses once the company is introduced (比亚迪, 三星, 美光) is
no body to it, so a sibling's figure (三星的市场份额…达到34.3% for 美光's share) passes the
whose-figure check. A name is learned when the corpus writes it both before a company word
(X公司, X集团, X股份, X科技; also glued: 三星电子) and bare, in two articles or more, and
it is a proper name, not an ordinary word: jieba's dictionary does not hold it, or tags it
as a name (nr/nz/nt/j/eng...), and it is no place the gazetteer knows. Learned from part a
only: part b stays held out (sibling_questions --part b).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from assistant.learn.news_figures import NEWS, article_text

OUT = Path(__file__).resolve().parents[1] / "answer" / "body_names.json"
# words written after a company's own name (三星电子, 美光科技, 华为公司); not 技术 (防抖技术)
COMPANY_WORDS = ("有限公司", "公司", "集团", "股份", "控股", "科技", "电子")
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "j", "eng"})
# Han characters, or Latin letters with a small one (Intel, SpaceX): all capitals name
# techniques and standards (LED, OLED, AI); a Han name does not end in a function character
NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,5}(?<![的了在是和与及])|(?=[A-Za-z]*[a-z])[A-Za-z]{2,12}(?![0-9])")
# jieba's dictionary count above which a word is an ordinary one (房地产 1603, 通信 2998,
# 珠宝 773), tag aside: its tags are no guide (雷达 nr, 通信 j); 三星 363, 华为 373, 宝马 292
COMMON_FREQ = 500
MIN_ARTICLES = 2  # bare in at least two articles: one article's name is its own business


def _stem(word: str, after: str) -> str:
    """The name a company word follows: 三星|电子 or glued 三星电子 -> 三星; '' for none."""
    if after.startswith(COMPANY_WORDS) and NAME_RE.fullmatch(word):
        return word
    for end in COMPANY_WORDS:
        if word.endswith(end) and NAME_RE.fullmatch(word[: -len(end)]):
            return word[: -len(end)]
    return ""


def counts(articles) -> tuple[Counter, Counter, dict]:
    """(articles writing X before a company word, articles writing X bare, X's tags)."""
    from assistant.text import words

    suffixed, bare, tags = Counter(), Counter(), defaultdict(Counter)
    for text in articles:
        tagged = words.tagged(text)
        seen_s, seen_b = set(), set()
        for i, (word, flag) in enumerate(tagged):
            after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
            stem = _stem(word, after)
            if stem:
                seen_s.add(stem)
            elif NAME_RE.fullmatch(word) and not (i and tagged[i - 1][1] == "m"):  # 5纳米: a unit
                seen_b.add(word)
                tags[word][flag] += 1
        suffixed.update(seen_s)
        bare.update(seen_b)
    return suffixed, bare, tags


def proper(word: str, tags: Counter) -> bool:
    """A name, not an ordinary word (新能源汽车's 新能源, 初创公司's 初创) nor a place."""
    from assistant.answer.values import _frequency
    from assistant.text import places, words

    if places.level_of(word) or places.bare_level(word) or places.known_level(word):
        return False
    if _joined(word):
        return False
    if not words.in_dictionary(word):
        return True
    return _frequency(word) < COMMON_FREQ and tags.most_common(1)[0][0] in PROPER_TAGS


def _joined(word: str) -> bool:
    """An ordinary word joined to another word (大力|支持, 北京|局, 网络|安全): a phrase, no name."""
    from assistant.answer.values import _frequency
    from assistant.text import words

    cuts = ((word[:k], word[k:]) for k in range(1, len(word)))
    return any(words.in_dictionary(x) and words.in_dictionary(y)
               and any(len(w) >= 2 and _frequency(w) >= COMMON_FREQ for w in (x, y)) for x, y in cuts)


def learn(articles) -> list[str]:
    suffixed, bare, tags = counts(articles)
    return sorted(w for w in suffixed if bare[w] >= MIN_ARTICLES and proper(w, tags[w]))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="a")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    lines = (NEWS / f"news_part_{args.part}.txt").read_text(encoding="utf-8").split("\n")
    names = learn(article_text(line) for line in lines if line.strip())
    args.out.write_text(json.dumps({"source": f"news_part_{args.part}.txt", "names": names},
                                   ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
