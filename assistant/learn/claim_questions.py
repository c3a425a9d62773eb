"""Claims made by rule from real news sentences, to measure the claim check at scale.

From a sentence of an article that states a figure, four claims over that article:
- supported: the sentence's fact reworded (its source and filler words dropped, a few verbs
  said another way), its subject and period as the sentence gives them;
- refuted: the same with the figure changed (the article's figure is the gold);
- refuted: the same with its year, month, quarter or half changed to one the article never
  gives, the figure kept (the convention of check/said_whole.py: the source states that figure
  for its own period, so the claim puts it in the wrong one; the sentence's period is the gold);
- not_enough_info: the same with its measure (产量 for 销量) or place changed to one the
  article never gives (a source of another measure or place decides nothing).

Each article is indexed as a document of its own (`write_docs`), so a claim is checked
against the whole article and its neighbours. news_part_a is for development; news_part_b
is held out (python -m assistant.learn.claim_questions --part b).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from assistant.ingest.chunking import split_clauses, split_sentences
from assistant.learn import claim_rewording
from assistant.learn.news_figures import NEWS, article_text
from assistant.text import adcodes, periods, quantities, words

DATE_UNITS = ("年", "月", "日", "天", "时", "分", "秒", "号")
# a clause that says who reports the fact, not the fact: 数据显示，据悉，记者了解到
SOURCE_CLAUSE = re.compile(r"^(?:据.{0,20}(?:报道|消息|统计|介绍|了解|悉|显示|数据)|.{0,20}(?:显示|表示|介绍|指出|称|了解到|获悉))$")
LEADING_FILLER = re.compile(r"^(?:其中|此外|同时|另外|另据|而且|并且|而|据悉|目前|数据显示|统计显示)[，,]?")
# wordings a reader takes for the same: the supported claim says them the other way
REWORDS = (("达到", "达"), ("约为", "约"), ("实现了", "实现"), ("已经", ""), ("同比增长", "比去年同期增长"),
           ("共计", "共"), ("分别为", "为"), ("已", ""), ("了", ""))
PRONOUN_START = ("其", "该", "这", "他", "她", "它", "此", "上述", "对此", "同期")
# a sentence naming its subject by a pronoun: the claim names it as the article does
SUBJECT_PRONOUN = re.compile(r"^(?:该公司|该集团|该企业|公司|集团|其(?![实他中次余后它]))")

def measured(sentence: str) -> list[quantities.Quantity]:
    """The sentence's measured figures: a digit, a unit that is no date, no ordinal."""
    return [f for f in quantities.find_quantities(sentence)
            if f.unit and f.unit not in DATE_UNITS and re.search(r"\d", f.text)
            and sentence[max(f.start - 1, 0): f.start] != "第"]


def base_claim(sentence: str, figure: quantities.Quantity, subject: str = "", month: str = "") -> str | None:
    """The sentence from its first clause that is not who reports it (数据显示，据悉) to the
    end of the figure's clause, its pronoun (该公司, 其) said as the article's `subject` and
    its 当月 as the article's `month`; None when that does not name its subject (这, 该) or
    holds another measured figure (each claim checks one)."""
    clauses = [(a, b) for a, b in split_clauses(sentence) if a <= figure.start]
    start = next((a for a, b in clauses if not SOURCE_CLAUSE.match(sentence[a:b].strip("，,；;：: "))), None)
    if start is None or figure.upper is not None:
        return None
    end = re.search(r"[，,；;。！？!?]|$", sentence[figure.end:]).start() + figure.end  # not at a 、
    claim = LEADING_FILLER.sub("", sentence[start:end].strip("，,；;：:、。…　 "))
    pronoun = SUBJECT_PRONOUN.match(claim)
    if pronoun:
        if not subject:
            return None
        claim = subject + claim[pronoun.end():]
    if "当月" in claim:
        if not month:
            return None
        claim = claim.replace("当月", month)
    if (claim.startswith(PRONOUN_START) or len(measured(claim)) != 1 or len(claim) > 70
            or any(w in claim for w in ("“", "”", "转载", "http", "日电", "原标题", "(", "（"))):
        return None
    if len(words.content_words(claim[: claim.find(figure.text)])) < 3:
        return None
    return claim


def article_subject(article: str) -> str:
    """The organisation the article's opening names first (a company, a body), if any."""
    found = [w for w, flag in words.tagged(article[:200]) if flag in ("nt", "nz") and len(w) >= 2]
    return found[0] if found else ""


def article_month(article: str) -> str:
    """The one month the article's opening names (7月), if it names exactly one."""
    found = {f"{a}月" for a, b in periods.spans(article[:300]) if a == b}
    return found.pop() if len(found) == 1 else ""


def reword(claim: str) -> str:
    for a, b in REWORDS:
        claim = claim.replace(a, b, 1)
    return claim


def changed_figure(figure: quantities.Quantity, rng: random.Random) -> str | None:
    """The figure's text with its number changed by 20-60% (up or down), same decimals."""
    m = re.search(r"\d+(?:\.\d+)?", figure.text)
    if m is None:
        return None
    number = m.group()
    decimals = len(number.split(".")[1]) if "." in number else 0
    value = float(number) * rng.choice((0.5, 0.7, 1.3, 1.6))
    new = f"{value:.{decimals}f}"
    if new == number or float(new) == 0:
        return None
    return figure.text[: m.start()] + new + figure.text[m.end():]


def other_period(claim: str, article: str, rng: random.Random) -> tuple[str, str] | None:
    """The claim with its year, month, quarter or half changed to one the article never gives,
    and the period it stated (the claim then puts the sentence's figure in the wrong period)."""
    told = periods.spans(article)
    years = set(re.findall(r"(20\d\d)年", article))
    options = []
    for m in re.finditer(r"(20\d\d)年", claim):
        for y in (int(m.group(1)) - 2, int(m.group(1)) - 3):
            if str(y) not in years:
                options.append((claim[: m.start()] + f"{y}年" + claim[m.end():], m.group(0)))
    for m in re.finditer(periods.MONTH_RE, claim):
        if periods.run_of_months(claim, m.start(), m.start() + 1):
            continue  # 1月至6月 is one period: a month of it changed alone is no period at all
        for month in range(1, 13):
            if (month, month) not in told and not any(a <= month <= b for a, b in told):
                options.append((claim[: m.start()] + f"{month}月" + claim[m.end():], m.group(0)))
    for m in re.finditer(periods.HALF_RE, claim):
        for q, span in (("一季度", (1, 3)), ("三季度", (7, 9))):
            if span not in told:
                options.append((claim[: m.start()] + q + claim[m.end():], m.group(0)))
    return rng.choice(options) if options else None


def other_place(claim: str, article: str, rng: random.Random) -> str | None:
    tokens = {w for w, _ in words.tagged(claim)}  # 青海 of 青海湖 is no place of the claim
    named = [p for p in adcodes.provinces() if tokens & {p, p + "省", p + "市"}]
    unsaid = [p for p in adcodes.provinces() if p not in article]
    if len(named) != 1 or not unsaid:
        return None
    return claim.replace(named[0], rng.choice(unsaid))


# measures a news figure is often confused with: the claim that names the other one, which its
# article never writes, is not decided by the article's figure
SIBLINGS = (("产量", "销量"), ("出口", "进口"), ("营业收入", "净利润"), ("营收", "净利润"), ("同比", "环比"),
            ("销售额", "利润"), ("出货量", "销量"), ("死亡", "受伤"), ("门店", "员工"))


def other_measure(claim: str, article: str) -> str | None:
    for a, b in SIBLINGS:
        for x, y in ((a, b), (b, a)):
            if x in claim and y not in article:
                return claim.replace(x, y, 1)
    return None


def article_claims(name: str, article: str, seed: int = 7, hard: bool = False) -> list[dict]:
    """At most one supported claim, one refuted by its figure, one refuted by its period and one
    not_enough_info from one article, each from another sentence; `hard`: each reworded as a
    reader would (claim_rewording), only from sentences where one of its steps applies."""
    rng = random.Random(f"{seed}-{name}")
    found = []
    subject, month = article_subject(article), article_month(article)
    for a, b in split_sentences(article):
        sentence = article[a:b]
        for figure in measured(sentence)[:2]:
            claim = base_claim(sentence, figure, subject, month)
            if claim:
                found.append((claim, figure, sentence))
                break
    rng.shuffle(found)
    # claims that name what their sentence leaves to a pronoun or to 当月 first: the harder paraphrase
    found.sort(key=lambda x: not any(w and w in x[0] and w not in x[2] for w in (subject, month)))
    items: list[dict] = []
    made: set[str] = set()  # supported, figure, period, not_enough_info
    for claim, figure, sentence in found:
        text = reword(claim)
        if "supported" not in made:
            said = _harder(text, figure.text, rng) if hard else (text, [])
            if said:
                made.add("supported")
                items.append(_item(name, len(items), said[0], "supported", [], sentence, said[1]))
            continue
        if "figure" not in made:
            new = changed_figure(figure, rng)
            at = text.rfind(figure.text)
            if new and at >= 0 and new not in article:
                said = text[:at] + new + text[at + len(figure.text):]
                said = _harder(said, new, rng, exact=True) if hard else (said, [])
                if said:
                    made.add("figure")
                    items.append(_item(name, len(items), said[0], "refuted", [figure.text], sentence, said[1]))
            continue
        said = _harder(text, figure.text, rng) if hard else (text, [])
        if not said:
            continue
        if "period" not in made and (moved := other_period(said[0], article, rng)):
            made.add("period")
            items.append(_item(name, len(items), moved[0], "refuted", [moved[1]], sentence, said[1]))
        elif "not_enough_info" not in made and (new := other_measure(said[0], article)
                                                 or other_place(said[0], article, rng)):
            made.add("not_enough_info")
            items.append(_item(name, len(items), new, "not_enough_info", [], sentence, said[1]))
    return items


def _harder(claim: str, figure: str, rng: random.Random, exact: bool = False) -> tuple[str, list[str]] | None:
    found = [f for f in quantities.find_quantities(claim) if f.text == figure]
    return claim_rewording.harder(claim, found[-1], rng, exact) if found else None


def _item(name: str, n: int, claim: str, verdict: str, answers: list[str], sentence: str,
          steps: list[str] = ()) -> dict:
    item = {"id": f"{name}-{n}", "type": "claim", "question": claim + "。", "answers": answers,
            "verdict": verdict, "evidence": [sentence]}
    return {**item, "rewording": list(steps)} if steps else item


def chosen_articles(part: str, count: int, news: Path = NEWS) -> list[tuple[str, str]]:
    """`count` articles of a part (by a hash of their line, not their order), each with at
    least four sentences stating a figure."""
    lines = (news / f"news_part_{part}.txt").read_text(encoding="utf-8").split("\n")
    order = sorted(range(len(lines)), key=lambda n: hashlib.sha1(f"{part}{n}".encode()).hexdigest())
    out = []
    for n in order:
        text = article_text(lines[n])
        if 300 <= len(text) <= 4000 and sum(bool(measured(text[a:b])) for a, b in split_sentences(text)) >= 4:
            out.append((f"news_{part}_{n:04d}", text))
        if len(out) == count:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--part", default="a", choices=("a", "b"))
    p.add_argument("--articles", type=int, default=40)
    p.add_argument("--hard", action="store_true", help="claims reworded as a reader would (claim_rewording)")
    p.add_argument("--out", type=Path, required=True, help="folder: docs/ (one article a file) and claims.jsonl")
    args = p.parse_args(argv)
    docs = args.out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    items = []
    for name, text in chosen_articles(args.part, args.articles):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        items += article_claims(name, text, hard=args.hard)
    with open(args.out / "claims.jsonl", "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} claims over {args.articles} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
