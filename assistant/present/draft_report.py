"""A checked draft as HTML (each sentence coloured by its verdict, sources on hover and on
click), Markdown, and DOCX (a comment on each checked sentence, with its citations).

Every piece of the draft and of the sources is escaped: a draft or document holding HTML
is shown as text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

LABELS = {
    "supported": "成立 supported",
    "refuted": "不成立 refuted",
    "disputed": "资料说法不一 disputed",
    "not_enough_info": "无法核实 not enough info",
    "not_checkable": "无需核查 not checkable",
}
MARKS = {"supported": "✓", "refuted": "✗", "disputed": "⚠", "not_enough_info": "?", "not_checkable": ""}
CSS = """
.sy-draft {line-height: 1.9; font-size: 1.05em}
.sy-draft .sy-v {padding: .1em .15em; border-radius: 3px; cursor: help}
.sy-draft .sy-v-supported {background: #d1fae5}
.sy-draft .sy-v-refuted {background: #fecaca}
.sy-draft .sy-v-disputed {background: #fde68a}
.sy-draft .sy-v-not_enough_info {background: #e5e7eb}
.sy-draft .sy-v-not_checkable {background: transparent; color: #4b5563}
.sy-draft sup a {color: #1d4ed8; text-decoration: none}
.sy-draft .sy-summary {font-weight: 600; margin-bottom: .6em}
.sy-draft .sy-claims {font-size: .9em; margin: .6em 0}
.sy-draft details {margin: .3em 0}
.sy-draft .sy-quote {background: #fde68a}
"""


def claim_note(claim) -> str:
    """One line about a claim: its verdict, what it states, what the sources say instead."""
    note = f"{LABELS[claim.verdict]}：{claim.claimed if claim.kind == 'figure' and claim.claimed else claim.text}"
    if claim.sources_say:
        note += f"（资料中为 {'、'.join(claim.sources_say)}" + (f"，而说法为 {claim.claimed}）" if claim.claimed else "）")
    if claim.citations:
        note += " " + "".join(f"[{c.n}]" for c in claim.citations)
    return note


def _sentence_title(sentence) -> str:
    lines = [claim_note(c) for c in sentence.claims] or [LABELS["not_checkable"] + f"（{sentence.reason}）"]
    cites = {c.n: c for claim in sentence.claims for c in claim.citations}
    lines += [f"[{n}] {c.title}：{' '.join(c.quote.split())}" for n, c in sorted(cites.items())]
    return "\n".join(lines)


def _sentence_html(sentence) -> str:
    numbers = sorted({c.n for claim in sentence.claims for c in claim.citations})
    links = "".join(f"<sup><a href='#sy-src-{n}'>[{n}]</a></sup>" for n in numbers)
    return (f"<span class='sy-v sy-v-{sentence.verdict}' data-verdict='{sentence.verdict}' "
            f"title='{escape(_sentence_title(sentence), quote=True)}'>{escape(sentence.text)}</span>{links}")


def to_html(report, page: bool = False) -> str:
    """The annotated draft; `page` wraps it in a standalone HTML document."""
    body, pos = [], 0
    for s in report.sentences:
        body.append(escape(report.text[pos : s.start]).replace("\n", "<br>"))
        body.append(_sentence_html(s))
        pos = s.end
    body.append(escape(report.text[pos:]).replace("\n", "<br>"))
    claims = "".join(f"<li class='sy-v-{c.verdict}'>{escape(claim_note(c))}</li>"
                     for s in report.sentences for c in s.claims if c.verdict != "supported")
    sources = "".join(_source_html(c) for c in report.citations)
    html = (f"<div class='sy-draft'><div class='sy-summary'>{escape(report.summary())}</div>"
            f"<div class='sy-text'>{''.join(body)}</div>"
            + (f"<ul class='sy-claims'>{claims}</ul>" if claims else "")
            + (f"<div class='sy-sources'><b>来源 Sources</b>{sources}</div>" if sources else "") + "</div>")
    if not page:
        return html
    return (f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>核查 Draft check</title>"
            f"<style>body{{max-width:52em;margin:2em auto;font-family:sans-serif}}{CSS}</style></head>"
            f"<body>{html}</body></html>")


def _source_html(c) -> str:
    """A numbered source: click to open its passage with the quoted sentence marked."""
    passage = c.passage or c.quote
    a, b = (c.passage_start, c.passage_end) if c.passage and c.passage_end > c.passage_start else (0, len(passage))
    shown = (escape(passage[:a]) + f"<mark class='sy-quote'>{escape(passage[a:b])}</mark>" + escape(passage[b:]))
    page = f", page {c.page}" if c.page else ""
    return (f"<details id='sy-src-{c.n}'><summary>[{c.n}] {escape(c.title)} · {escape(c.source)}, "
            f"characters {c.start}-{c.end}{page}</summary><div class='sy-passage'>{shown}</div></details>")


def to_text(report) -> str:
    """For a terminal: each sentence with its verdict, the claims that are not plainly
    supported, then the numbered sources and the time taken."""
    lines = [report.summary(), ""]
    for s in report.sentences:
        numbers = sorted({c.n for claim in s.claims for c in claim.citations})
        refs = "".join(f" [{n}]" for n in numbers)
        lines.append(f"{MARKS[s.verdict] or '·'} {LABELS[s.verdict]}：{s.text}{refs}")
        for c in s.claims:
            if len(s.claims) > 1 or c.sources_say:
                lines.append(f"    {claim_note(c)}")
    for c in report.citations:
        lines.append(f"[{c.n}] {c.title}\n    {c.source}, characters {c.start}-{c.end}\n    “{' '.join(c.quote.split())}”")
    t = report.timings_ms
    if t:
        lines.append(f"\n{t.get('chars', len(report.text))} characters, {t.get('claims', 0)} claims checked in "
                     f"{t.get('total_ms', 0) / 1000:.1f} s")
    return "\n".join(lines)


def to_markdown(report) -> str:
    lines = ["# 核查结果 Draft check", "", report.summary(), ""]
    for s in report.sentences:
        numbers = sorted({c.n for claim in s.claims for c in claim.citations})
        refs = "".join(f"[^{n}]" for n in numbers)
        lines.append(f"- {MARKS[s.verdict]} **{LABELS[s.verdict]}** {s.text}{refs}".replace("  ", " "))
        for c in s.claims:
            if len(s.claims) > 1 or c.sources_say:
                lines.append(f"    - {claim_note(c)}")
    if report.citations:
        lines.append("")
        for c in report.citations:
            lines.append(f"[^{c.n}]: {c.title}，{c.source}，characters {c.start}-{c.end}：“{' '.join(c.quote.split())}”")
    return "\n".join(lines) + "\n"


def to_docx(report, path: Path) -> Path:
    """The draft as a Word document: one paragraph per draft paragraph, each checked
    sentence highlighted by verdict and commented with its verdict and sources."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    colours = {"supported": WD_COLOR_INDEX.BRIGHT_GREEN, "refuted": WD_COLOR_INDEX.RED,
               "disputed": WD_COLOR_INDEX.YELLOW, "not_enough_info": WD_COLOR_INDEX.GRAY_25}
    document = docx.Document()
    document.add_heading("核查结果 Draft check", level=1)
    document.add_paragraph(report.summary())
    paragraph = document.add_paragraph()
    pos = 0
    for s in report.sentences:
        gap = report.text[pos : s.start]
        for i, piece in enumerate(gap.split("\n")):
            if i:
                paragraph = document.add_paragraph()
            if piece:
                paragraph.add_run(piece)
        run = paragraph.add_run(s.text)
        if s.verdict in colours:
            run.font.highlight_color = colours[s.verdict]
        if s.claims:
            document.add_comment(run, text=_sentence_title(s), author="Suyuan 溯源", initials="SY")
        pos = s.end
    if report.text[pos:].strip():
        paragraph.add_run(report.text[pos:])
    if report.citations:
        document.add_heading("来源 Sources", level=2)
        for c in report.citations:
            document.add_paragraph(f"[{c.n}] {c.title}，{c.source}，characters {c.start}-{c.end}：“{' '.join(c.quote.split())}”")
    path = Path(path)
    document.save(path)
    return path
