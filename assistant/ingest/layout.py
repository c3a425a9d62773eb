"""Newspaper layout repair: paragraphs, repeated blocks, broken sentences, articles.

Every result is a list of spans into the original text, so a quote can always be shown
exactly as the file has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text import article_place, places
from assistant.text import words
from assistant.text.script import to_simplified
from assistant.records import Article, Span
from assistant.text import sentences
from assistant.text.sentences import SENTENCE_MARKS

# A line ending in one of these (or a colon, before a list) ends its paragraph.
FINAL = SENTENCE_MARKS + "…:："
CLOSERS = sentences.CLOSERS + "》】"
SENTENCE_PUNCT = re.compile(f"[{SENTENCE_MARKS}，,：:]")  # a line without any is a title or credit
HEADING_RE = re.compile(
    r"^(?:[(（][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章节条部分篇]|\d+[.、．]\D|#)"
)
JUMP_RE = re.compile(r"^[(（](?:上接|下转|接上|转第|接第)[^)）]{0,12}[)）]$")
SUBTITLE_RE = re.compile(r"^(?:——|--|—)")
BYLINE_RE = re.compile(r"^(?:本报记者|本报通讯员|记者|通讯员|新华社记者|本报讯|文[/／]|作者)")
DATELINE_RE = re.compile(r"^[(（]?(?:新华社|中新社|人民日报|本报)[^)）。，,]{0,16}电[)）]?$")
CREDIT_RE = re.compile(r"(?:摄|供图|制图|图片来源\S*)$")
# Starts a line that is a heading in plain text too: OCR marks a headline it saw set in a
# larger type this way (ingest/ocr.py), so the headline opens an article, as in Markdown.
HEADLINE_MARK = "# "


@dataclass
class Para:
    start: int
    end: int
    text: str
    kind: str = "prose"
    dropped: bool = False
    md_heading: bool = False


def split_paragraphs(text: str, markdown: bool = False) -> list[Para]:
    """One paragraph per non-blank line (newspaper text), or per blank-line block (Markdown)."""
    paras: list[Para] = []
    pattern = r"(?:[^\n]*\S[^\n]*\n?)+" if markdown else r"[^\n]+"
    for m in re.finditer(pattern, text):
        start, end = m.start(), m.end()
        block = text[start:end]
        lead = len(block) - len(block.lstrip(" \t\r\n\u3000\ufeff"))
        trail = len(block) - len(block.rstrip(" \t\r\n\u3000"))
        start, end = start + lead, end - trail
        if start >= end:
            continue
        md_heading = False
        if markdown:
            marker = re.match(r"(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)", text[start:end])
            if marker:
                md_heading = marker.group(1).startswith("#")
                start += marker.end()
            if start >= end:
                continue
        elif text.startswith(HEADLINE_MARK, start) and start + len(HEADLINE_MARK) < end:
            md_heading, start = True, start + len(HEADLINE_MARK)
        paras.append(Para(start, end, text[start:end], md_heading=md_heading))
    for p in paras:
        p.kind = classify(p)
    return paras


def classify(p: Para) -> str:
    t = to_simplified(p.text.strip())  # 本報記者 is a byline too
    if p.md_heading:
        return "title"
    if JUMP_RE.match(t):
        return "jump"
    if DATELINE_RE.match(t):
        return "dateline"
    if SUBTITLE_RE.match(t):
        return "subtitle"
    if BYLINE_RE.match(t):
        return "byline" if len(t) <= 40 and not re.search(r"[。！？]", t) else "byline_prose"
    if not SENTENCE_PUNCT.search(t) and len(t) <= 60:
        return "credit" if CREDIT_RE.search(t) else "title"
    if len(t) <= 12 and t.endswith("。") and t.count("。") == 1 and "，" not in t and "," not in t:
        return "caption"
    return "prose"


def ends_sentence(text: str) -> bool:
    t = text.rstrip().rstrip(CLOSERS)
    return not t or t[-1] in FINAL


def _crosses_word(left: str, right: str) -> bool:
    """True when jieba reads a word across the break (脱离实|际 -> 实际)."""
    a, b = left[-6:], right[:6]
    pos = 0
    for word, _ in words.tagged(a + b):
        if pos < len(a) < pos + len(word):
            return True
        pos += len(word)
    return False


def drop_repeats(paras: list[Para]) -> None:
    """Drop a block of paragraphs that repeats an earlier block on the same page.

    Of two copies, keep the one whose last line flows into the next paragraph (a word
    read across the break); when neither or both do, keep the first. Short lines such as
    bylines legitimately repeat and are never dropped.
    """
    seen: dict[str, int] = {}
    copies: list[tuple[int, int]] = []
    for i, p in enumerate(paras):
        key = words.normalise(p.text)
        if p.kind in ("prose", "byline_prose") and len(key) >= 20:
            if key in seen:
                copies.append((seen[key], i))
            else:
                seen[key] = i
    blocks: list[tuple[list[int], list[int]]] = []
    for first, second in copies:
        if blocks and blocks[-1][0][-1] + 1 == first and blocks[-1][1][-1] + 1 == second:
            blocks[-1][0].append(first)
            blocks[-1][1].append(second)
        else:
            blocks.append(([first], [second]))

    def flows_on(block: list[int]) -> bool:
        last = block[-1]
        nxt = last + 1
        if ends_sentence(paras[last].text) or nxt >= len(paras):
            return False
        return paras[nxt].kind == "prose" and _crosses_word(paras[last].text, paras[nxt].text)

    for first, second in blocks:
        drop = first if flows_on(second) and not flows_on(first) else second
        for i in drop:
            paras[i].dropped = True


def join_broken(paras: list[Para]) -> list[list[Para]]:
    """Group kept paragraphs into logical ones: a paragraph without a sentence-final
    mark continues in the next, unless that one is a heading or a different kind of line."""
    groups: list[list[Para]] = []
    prev: Para | None = None
    prev_index = -2
    for i, p in enumerate(paras):
        if p.dropped:
            continue
        joinable = (
            prev is not None
            and prev_index == i - 1
            and prev.kind in ("prose", "byline_prose")
            and p.kind in ("prose", "caption")
            and not ends_sentence(prev.text)
            and not HEADING_RE.match(p.text)
        )
        if joinable:
            groups[-1].append(p)
        else:
            groups.append([p])
        prev, prev_index = p, i
    return groups


def _is_header(group: list[Para]) -> bool:
    return len(group) == 1 and group[0].kind in ("title", "subtitle", "byline", "jump", "credit", "dateline")


def segment(text: str, markdown: bool = False) -> list[Article]:
    paras = split_paragraphs(text, markdown)
    drop_repeats(paras)
    groups = join_broken(paras)
    starts = _article_starts(groups)
    articles: list[Article] = []
    for n, begin in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(groups)
        articles.extend(_build_articles(groups[begin:end]))
    return [a for a in articles if a.paragraphs]


def _article_starts(groups: list[list[Para]]) -> list[int]:
    """Indexes of groups that open an article: a headline block followed (within its
    block) by a subtitle or byline, a Markdown heading, or the file's first lines."""
    starts = [0]
    i = 0
    while i < len(groups):
        g = groups[i]
        if g[0].md_heading and i > 0:
            starts.append(i)
        elif g[0].kind == "title" and i > 0:
            j = i + 1
            while j < len(groups) and j <= i + 3 and (_is_header(groups[j]) or groups[j][0].kind == "caption"):
                if groups[j][0].kind in ("subtitle", "byline"):
                    break
                j += 1
            if j < len(groups) and j <= i + 3 and groups[j][0].kind in ("subtitle", "byline", "byline_prose"):
                # Credits and other title-like lines right before the headline stay with the previous article.
                starts.append(i)
                i = j
        i += 1
    return sorted(set(starts))


def _build_articles(groups: list[list[Para]]) -> list[Article]:
    title_parts, subtitles, bylines = [], [], []
    for g in groups:
        if not _is_header(g) and g[0].kind != "caption":
            break
        kind = g[0].kind
        if kind == "title":
            title_parts.append(g[0].text.strip())
        elif kind == "subtitle":
            subtitles.append(g[0].text.strip())
        elif kind == "byline":
            bylines.append(g[0].text.strip())
    title = " ".join(title_parts) or " ".join(subtitles or bylines)
    spans = [tuple(Span(p.start, p.end) for p in g) for g in groups if g[0].kind != "jump"]
    body_text = " ".join(" ".join(p.text for p in g) for g in groups)
    header = " ".join(title_parts + subtitles + bylines)
    subject = article_place.main_subject(to_simplified(header), to_simplified(body_text))  # 臺中市 is 台中市
    articles = [Article(title=title, byline=" ".join(bylines), subject=subject,
                        paragraphs=tuple(spans), subtitle=" ".join(subtitles))]
    return _split_wire_story(articles[0], groups)


def _split_wire_story(article: Article, groups: list[list[Para]]) -> list[Article]:
    """A wire story that ends with its dateline but lost its headline sits inside the
    previous article; split it off where the paragraphs stop naming that article's place."""
    if not article.subject or len(groups) < 4 or groups[-1][0].kind != "dateline":
        return [article]
    key = places.stem(article.subject)
    cut = len(groups) - 1
    while cut > 0 and not _is_header(groups[cut - 1]):
        text = " ".join(p.text for p in groups[cut - 1])
        if key in text or places.levels_mentioned(text):
            break
        cut -= 1
    if len(groups) - 1 - cut < 2 or cut == 0 or _is_header(groups[cut - 1]):
        return [article]
    head, tail = groups[:cut], groups[cut:]
    dateline = tail[-1][0].text.strip().strip("()（）")
    first = Article(article.title, article.byline, article.subject,
                    tuple(tuple(Span(p.start, p.end) for p in g) for g in head if g[0].kind != "jump"),
                    article.subtitle)
    body = " ".join(p.text for g in tail for p in g)
    second = Article(dateline, dateline, article_place.main_subject("", body),
                     tuple(tuple(Span(p.start, p.end) for p in g) for g in tail))
    return [first, second]


def assign_pages(articles: list[Article], pages: list[tuple[int, int]]) -> list[Article]:
    """Split articles at page boundaries so that every paragraph run has one page number.

    `pages` holds (start, end) offsets of each page in the text, in order.
    """
    def page_of(offset: int) -> int:
        for n, (a, b) in enumerate(pages, start=1):
            if a <= offset < b:
                return n
        return len(pages)

    out: list[Article] = []
    for art in articles:
        current: list[tuple[Span, ...]] = []
        current_page = None
        for para in art.paragraphs:
            page = page_of(para[0].start)
            # a paragraph continuing onto the next page is cut there
            pieces: list[list[Span]] = [[]]
            for span in para:
                p = page_of(span.start)
                if p != page and pieces[-1]:
                    pieces.append([])
                    page = p
                pieces[-1].append(span)
            for piece in pieces:
                p = page_of(piece[0].start)
                if current and p != current_page:
                    out.append(Article(art.title, art.byline, art.subject, tuple(current), art.subtitle, current_page))
                    current = []
                current.append(tuple(piece))
                current_page = p
        if current:
            out.append(Article(art.title, art.byline, art.subject, tuple(current), art.subtitle, current_page))
    return out
