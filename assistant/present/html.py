"""HTML for the chat: answers, abstentions, conflicts, sources and highlighted passages.

Everything taken from a document is escaped, so a document holding HTML or a script is
shown as text and never runs in the page.
"""

from __future__ import annotations

import re
from html import escape

from assistant.records import Answer, Citation

CSS = """
.sy-answer {font-size: 1.05em; line-height: 1.7}
.sy-answer sup, .sy-conflict sup {color: #b45309; font-weight: 600}
.sy-abstain {background: #f3f4f6; border-left: 4px solid #9ca3af; padding: .6em .8em; color: #374151}
.sy-conflict table {border-collapse: collapse; width: 100%}
.sy-conflict td {border: 1px solid #f59e0b; padding: .5em; vertical-align: top; width: 50%}
.sy-conflict .sy-lead {color: #b45309; font-weight: 600; margin-bottom: .4em}
.sy-sources {margin-top: .6em; font-size: .9em; color: #374151}
.sy-sources li {margin-bottom: .4em}
.sy-meta {color: #6b7280; font-size: .85em}
.sy-flag {color: #b91c1c; font-weight: 600}
.sy-passage mark {background: #fde68a; padding: 0 .1em}
.sy-passage .sy-text {white-space: pre-wrap; line-height: 1.8}
.sy-status {color: #6b7280}
.sy-supported {background: #ecfdf5; border-left: 4px solid #10b981; padding: .6em .8em}
.sy-refuted {background: #fef2f2; border-left: 4px solid #ef4444; padding: .6em .8em}
.sy-brief ul {margin: .2em 0 .6em 1.2em}
"""


def _markers(text: str) -> str:
    """Escaped text with [n] shown as superscripts."""
    return re.sub(r"\[(\d+)\]", r"<sup>[\1]</sup>", escape(text))


def short_source(source: str) -> str:
    """seeds/a.txt stays as it is; an absolute path shows its folder and name only."""
    parts = source.replace("\\", "/").split("/")
    return "/".join(parts[-2:]) if source.startswith("/") else source


def where(c: Citation) -> str:
    page = (f" · 第{c.page}页 (page {c.page})" if c.page else "") + (" · OCR识别 (OCR)" if c.ocr else "")
    return f"{escape(short_source(c.source))} · 字符 {c.start}–{c.end}{page}"


def sources_html(citations) -> str:
    items = "".join(
        f"<li>[{c.n}] <b>{escape(c.title)}</b><br><span class='sy-meta'>{where(c)}</span>"
        f"<br>“{escape(' '.join(c.quote.split()))}”</li>"
        for c in citations
    )
    return f"<ol class='sy-sources' style='list-style:none;padding-left:0'>{items}</ol>" if items else ""


def answer_html(answer: Answer) -> str:
    if answer.abstained:
        return f"<div class='sy-abstain'>⚠ {escape(answer.text)}</div>"
    flags = "".join(f"<div class='sy-flag'>⚠ {escape(f)}</div>" for f in answer.flags)
    if answer.conflict and len(answer.parts) > 1:
        by_n = {c.n: c for c in answer.citations}
        cells = "".join(
            f"<td><div>{escape(text)} <sup>[{n}]</sup></div>"
            f"<div class='sy-meta'>{escape(by_n[n].title) if n in by_n else ''}</div></td>"
            for text, n in answer.parts
        )
        body = (f"<div class='sy-conflict'><div class='sy-lead'>资料说法不一 · the sources disagree</div>"
                f"<table><tr>{cells}</tr></table></div>")
    else:
        body = f"<div class='sy-answer'>{_markers(answer.text)}</div>"
    return body + flags + sources_html(answer.citations)


def passage_html(c: Citation | None) -> str:
    if c is None:
        return "<div class='sy-meta'>点击一条来源查看原文 · click a source to see its passage</div>"
    text = c.passage
    a, b = c.passage_start, c.passage_end
    if not (0 <= a < b <= len(text)):
        a = b = 0
    body = escape(text[:a]) + "<mark>" + escape(text[a:b]) + "</mark>" + escape(text[b:])
    return (f"<div class='sy-passage'><h4>[{c.n}] {escape(c.title)}</h4>"
            f"<div class='sy-meta'>{where(c)}</div><div class='sy-text'>{body}</div></div>")


def citation_label(c: Citation) -> str:
    return f"[{c.n}] {c.title[:40]} · {c.source.rsplit('/', 1)[-1]}"


VERDICT_STYLE = {"supported": ("sy-supported", "✔ 成立 supported"), "refuted": ("sy-refuted", "✘ 不成立 refuted"),
                 "not_enough_info": ("sy-abstain", "？ 无法核实 not enough info")}


def verdict_html(result) -> str:
    css, label = VERDICT_STYLE[result.verdict]
    detail = ""
    if result.verdict == "refuted" and result.sources_say:
        detail = (f"<div>资料中为 <b>{escape('、'.join(result.sources_say))}</b>，"
                  f"而说法为 {escape('、'.join(result.claimed) or '—')}</div>")
    if result.verdict == "not_enough_info":
        detail = "<div>资料中没有关于同一地方、年份和指标的说法 · no source speaks of the same place, year and indicator</div>"
    return f"<div class='{css}'><b>{label}</b>{detail}</div>" + sources_html(result.citations)


def brief_html(b) -> str:
    if not b.sections:
        return "<div class='sy-abstain'>⚠ 资料中没有关于这个主题的内容（the sources do not cover this topic）</div>"
    html = [f"<div class='sy-brief'><b>简报 Briefing：{escape(b.topic)}</b>"]
    if b.polished:
        html.append(f"<p>{_markers(b.polished)}</p>")
    for section in b.sections:
        items = "".join(f"<li>{escape(i.text)} <sup>[{i.n}]</sup></li>" for i in section.items)
        html.append(f"<div><b>{escape(section.title)}</b> <span class='sy-meta'>{escape(short_source(section.source))}</span><ul>{items}</ul></div>")
    for g in b.conflicts:
        versions = "；".join(escape(v["figure"]) for v in g["versions"])
        html.append(f"<div class='sy-flag'>数字不一致：{escape(g['subject'])} {escape(g['indicator'])}：{versions}</div>")
    html.append("</div>")
    return "".join(html) + sources_html(b.citations)
