"""Counterfactual test data from real news: copy a passage, change one value.

`python -m assistant.learn.counterfactual OUT.jsonl [--part b] [--n 100] [--seed 17]`

Each line of ../shared/corpora/news/ is one article starting with its date. For a sentence
holding a value (a figure, a percentage, a person, a place, a date), the passage around it is
copied into a second, later-dated document with that one value changed, and a question about
the value is written (the sentence with the value replaced by 多少 / 谁 / 哪里 / 哪天). Items
that must NOT be flagged change something that makes another statement instead: the year
and the figure, the place and the figure, the indicator and the figure, or the figure into
its rounded form with 约 / 超 / 近 (304.27亿元 -> 约304亿元).

The same seed gives the same items. Part a of the corpus is for development and the test
sample (tests/data/counterfactual.jsonl); part b is held out for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from assistant.answer import values
from assistant.text.sentences import split_clauses, split_sentences
from assistant.text import quantities, words

NEWS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "news"
HEAD_RE = re.compile(r"^\s*(?:(\d{4})-)?(\d{1,2})-(\d{1,2})\s+\d{1,2}[:：]\d{2}，正文：")
CONFLICT_KINDS = ("figure", "percent", "name", "place", "date")
SAFE_KINDS = ("year", "other_place", "indicator", "rounded")
ASK = {"figure": "多少", "percent": "多少", "name": "谁", "place": "哪里", "date": "哪天"}
PASSAGE_CHARS = 360  # the copied passage: the sentence and its neighbours up to this length
ARTICLE_CHARS = 1500  # the original article is cut to this much around the sentence


def read_news(part: str, news: Path = NEWS) -> list[dict]:
    """Articles of one part: {"line", "date" (YYYY-MM-DD), "text"} with the body's spaces collapsed."""
    out = []
    with open(news / f"news_part_{part}.txt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            m = HEAD_RE.match(line)
            if not m:
                continue
            body = line[m.end() :].split("更多精彩内容", 1)[0]
            body = re.sub(r"\s{2,}", "\n", body).strip()
            try:
                day = date(int(m.group(1) or 2023), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if len(body) >= 200:
                out.append({"line": i, "date": day.isoformat(), "text": body})
    return out


def _number_text(value: float, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    return f"{value:.{decimals}f}" if decimals else str(int(round(value)))


def _changed_figure(rng: random.Random, q: quantities.Quantity) -> tuple[str, str] | None:
    """(old digits, new digits) of a figure, changed far beyond any rounding."""
    m = re.search(quantities.ARABIC, q.text)
    if not m or "," in m.group():
        return None
    old = float(m.group())
    if old == 0:
        return None
    for _ in range(10):
        factor = rng.choice([0.4, 0.5, 0.6, 1.5, 1.8, 2.0, 2.5, 3.0])
        new = _number_text(old * factor, m.group())
        if float(new) and abs(float(new) - old) > 0.2 * old and new != m.group():
            return m.group(), new
    return None


def _pools(articles: list[dict]) -> dict[str, list[str]]:
    """Names, places and indicator words seen in the corpus, to draw replacements from."""
    seen = defaultdict(lambda: defaultdict(int))
    for art in articles[:400]:
        for word, flag in words.tagged(art["text"][:800]):
            if flag == "nr" and values.person_like(word):
                seen["name"][word] += 1
            elif flag == "ns" and 2 <= len(word) <= 4:
                seen["place"][word] += 1
            elif flag in ("n", "vn") and 2 <= len(word) <= 4:
                seen["noun"][word] += 1
    # places and nouns seen several times are real ones (jieba tags some odd words ns)
    return {k: sorted(w for w, c in v.items() if k == "name" or c >= 3) for k, v in seen.items()}


def _passage(text: str, a: int, b: int, limit: int) -> tuple[int, int]:
    """Whole sentences around text[a:b], up to `limit` characters."""
    bounds = split_sentences(text)
    lo, hi = a, b
    for x, y in reversed([s for s in bounds if s[1] <= a]):
        if hi - x > limit:
            break
        lo = x
    for x, y in [s for s in bounds if s[0] >= b]:
        if y - lo > limit:
            break
        hi = y
    return lo, hi


LEAD_CHARS = 6  # Chinese characters a question needs before the value to say what it asks about
WINDOW_RE = re.compile(r"(?:近|前|过去|最近|未来)$")  # 近3个月: which return, not a value of it


def _words(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", re.sub(quantities.ARABIC + r"\S{0,2}", "", text)))


def _question(sentence: str, slot: values.Slot, kind: str) -> str:
    """The clause holding the value (and the one before), the value asked for."""
    clauses = split_clauses(sentence) or [(0, len(sentence))]
    i = next((k for k, (x, y) in enumerate(clauses) if x <= slot.start < y), 0)
    first = max(0, i - 1)
    while first > 0 and _words(sentence[clauses[first][0] : slot.start]) < LEAD_CHARS:  # 1.28亿元、1.50亿元、2.02亿元
        first -= 1
    a = clauses[first][0]
    b = clauses[i][1]
    if b - a - (slot.end - slot.start) < 12 and i + 1 < len(clauses):  # too bare to ask alone
        b = clauses[i + 1][1]
    if kind in ("figure", "percent"):
        number = re.search(quantities.ARABIC, slot.text)
        unit = slot.text[number.end() :] if number else slot.quantity.unit  # 多少万千瓦, as the text writes it
        ask = ASK[kind] + ("" if unit == "%" else unit)
        return (sentence[a : slot.start] + ask + sentence[slot.end : b]).strip("，,。；; ") + "？"
    return (sentence[a : slot.start] + ASK[kind] + sentence[slot.end : b]).strip("，,。；; ") + "？"


def _edit(rng, sentence: str, kind: str, pools, article: str):
    """(slot, new sentence, old value, new value) for one change of `kind`, or None."""
    found = values.slots(sentence)
    figures = [s for s in found if s.kind == "figure" and not s.quantity.upper and re.search(r"\d", s.text)
               and not WINDOW_RE.search(sentence[max(0, s.start - 2) : s.start])]
    if kind in ("figure", "percent", "rounded", "year", "other_place", "indicator"):
        want = [s for s in figures if (s.quantity.unit == "%") == (kind == "percent")] if kind in ("figure", "percent") else figures
        if not want:
            return None
        slot = rng.choice(want)
        changed = _changed_figure(rng, slot.quantity)
        if changed is None:
            return None
        old, new = changed
        digits = slot.text.find(old)
        if kind == "rounded":
            value = float(old)
            if value < 100 and "." not in old:
                return None
            rounded = str(round(value)) if "." in old else str(int(round(value, -(len(old) - 2))))
            if rounded == old or float(rounded) == 0:
                return None
            word = rng.choice(["约", "近", "超"]) if "." not in old else "约"
            word = "近" if word == "近" and float(rounded) >= value else ("超" if word == "超" and float(rounded) <= value else "约")
            new_sentence = sentence[: slot.start] + word + slot.text.replace(old, rounded, 1) + sentence[slot.end :]
            return slot, new_sentence, slot.text, word + slot.text.replace(old, rounded, 1)
        new_text = slot.text[:digits] + new + slot.text[digits + len(old) :]
        new_sentence = sentence[: slot.start] + new_text + sentence[slot.end :]
        if kind in ("figure", "percent"):
            return slot, new_sentence, slot.text, new_text
        if kind == "year":
            years = [m for m in quantities.YEAR_RE.finditer(new_sentence) if m.end() <= slot.start]
            if not years:
                return None
            y = years[-1]
            other = str(int(y.group(1)) - rng.choice([1, 2]))
            return slot, new_sentence[: y.start(1)] + other + new_sentence[y.end(1) :], slot.text, new_text
        targets = [s for s in values.slots(new_sentence) if s.end <= slot.start]
        if kind == "other_place":
            targets = [s for s in targets if s.kind == "place"]
            pool = [p for p in pools["place"] if p not in article]
        else:  # indicator: a word of what the figure measures (汽油 in 每吨汽油上调240元)
            moved = values.Slot("figure", slot.start, slot.start + len(new_text), new_text, slot.quantity)
            said = values.indicator_words(new_sentence, moved)
            targets = []
            for w in sorted(said, key=len):
                at = new_sentence.rfind(w, 0, slot.start)
                at = at if at >= 0 else new_sentence.find(w, moved.end)
                if len(w) >= 2 and at >= 0:
                    targets.append(values.Slot("noun", at, at + len(w), w))
            pool = [p for p in pools["noun"] if p not in article]
        if not targets or not pool:
            return None
        t = targets[-1]
        return slot, new_sentence[: t.start] + rng.choice(pool) + new_sentence[t.end :], slot.text, new_text
    want = [s for s in found if s.kind == kind]
    if kind == "date":
        want = [s for s in want if re.fullmatch(r"\d{1,2}月\d{1,2}日", s.text)]
    if not want:
        return None
    slot = rng.choice(want)
    if kind == "date":
        m, d = re.findall(r"\d+", slot.text)
        new = f"{m}月{(int(d) + rng.choice([2, 3, 5, 9]) - 1) % 28 + 1}日"
    else:
        pool = [p for p in pools[kind] if p not in article and p not in slot.text and slot.text not in p]
        if kind == "place" and slot.text[-1] in "省市县区州":  # a county for a county
            pool = [p for p in pool if p[-1] == slot.text[-1]] or pool
        new = rng.choice(pool)
    return slot, sentence[: slot.start] + new + sentence[slot.end :], slot.text, new


def _item(rng, art: dict, kind: str, pools, article_chars: int) -> dict | None:
    text = art["text"]
    sentences = [(a, b) for a, b in split_sentences(text) if 15 <= b - a <= 150]
    rng.shuffle(sentences)
    for a, b in sentences[:12]:
        sentence = text[a:b].strip()
        a = text.find(sentence, a)
        edit = _edit(rng, sentence, kind, pools, text)
        if edit is None:
            continue
        slot, changed_sentence, old, new = edit
        pa, pb = _passage(text, a, a + len(sentence), PASSAGE_CHARS)
        oa, ob = _passage(text, a, a + len(sentence), article_chars)
        copy = text[pa:a] + changed_sentence + text[a + len(sentence) : pb]
        later = date.fromisoformat(art["date"]) + timedelta(days=rng.choice([1, 2, 3, 7]))
        ask_kind = kind if kind in ASK else "figure"
        # where the value stands in each sentence (a changed year or place before it moves it)
        changed_at = changed_sentence.find(new, max(0, slot.start - 8 - len(slot.text)))
        return {"kind": kind, "conflict": kind in CONFLICT_KINDS, "question": _question(sentence, slot, ask_kind),
                "value": old, "changed": new, "sentence": sentence, "changed_sentence": changed_sentence,
                "at": slot.start, "changed_at": changed_at,
                "original": {"date": art["date"], "text": text[oa:ob]},
                "copy": {"date": later.isoformat(), "text": copy}}
    return None


def build(part: str = "a", n: int = 100, seed: int = 17, kinds=CONFLICT_KINDS + SAFE_KINDS,
          news: Path = NEWS, article_chars: int = ARTICLE_CHARS) -> list[dict]:
    """`n` items of each kind from distinct articles of one part, the same for the same seed."""
    rng = random.Random(seed)
    articles = read_news(part, news)
    pools = _pools(articles)
    order = list(range(len(articles)))
    rng.shuffle(order)
    used, items = set(), []
    for kind in kinds:
        made = 0
        for i in order:
            if made >= n:
                break
            if i in used:
                continue
            item = _item(rng, articles[i], kind, pools, article_chars)
            if item is None:
                continue
            used.add(i)
            made += 1
            items.append({"id": f"{part}{articles[i]['line']}-{kind}", "source": f"news_part_{part}.txt:{articles[i]['line']}",
                          **item})
    return items


def distractors(part: str, count: int, exclude: set[int], seed: int = 17, news: Path = NEWS) -> list[dict]:
    """Unrelated articles to index beside the items (not among `exclude` lines)."""
    rng = random.Random(seed + 1)
    articles = [a for a in read_news(part, news) if a["line"] not in exclude]
    rng.shuffle(articles)
    return [{"date": a["date"], "text": a["text"][:ARTICLE_CHARS]} for a in articles[:count]]


def document_text(doc: dict) -> str:
    """A document: its date on a line of its own (how a paper prints it, so the document is
    dated), then its text."""
    return f"{doc['date']}\n{doc['text']}\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--part", default="a", choices=["a", "b"])
    p.add_argument("--n", type=int, default=100, help="items of each kind")
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--article-chars", type=int, default=ARTICLE_CHARS,
                   help="how much of the original article to keep around the sentence")
    args = p.parse_args(argv)
    items = build(args.part, args.n, args.seed, article_chars=args.article_chars)
    with open(args.out, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts = defaultdict(int)
    for item in items:
        counts[item["kind"]] += 1
    print(f"{len(items)} items to {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
