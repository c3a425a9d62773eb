"""Export a briefing or a claim check as Markdown or DOCX, each citation a footnote that
gives the article, the file and the character offsets (and page) of the quoted sentence.

python-docx has no footnote API: the footnotes part is built here from WordprocessingML
(a part, its relationship, one <w:footnote> per reference). Text from documents goes in
as XML text nodes, never as markup; in Markdown, < > & are escaped so a viewer cannot run
a document's HTML.
"""

from __future__ import annotations

import io
import re
from html import escape

from docx import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

MARKER = re.compile(r"\[(\d+)\]")
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML cannot hold
VERDICT_LABEL = {"supported": "成立 supported", "refuted": "不成立 refuted", "not_enough_info": "无法核实 not enough info"}
EMPTY_FOOTNOTES = (f"<w:footnotes {nsdecls('w')}>"
                   "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                   "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                   "</w:footnotes>")


def note_text(c) -> str:
    page = f"，第{c.page}页" if c.page else ""
    return f"{c.title} — {c.source}，字符 {c.start}–{c.end}{page}：“{' '.join(c.quote.split())}”"


def _lines(kind: str, result) -> tuple[str, list[tuple[str, str]]]:
    """Title and (style, text with [n] markers) lines of a briefing or a claim check."""
    if kind == "check":
        lines = [("heading", "说法 Claim"), ("text", result.claim), ("heading", f"结论 Verdict：{VERDICT_LABEL[result.verdict]}"),
                 ("text", result.text)]
        return "核查 Claim check", lines
    lines = []
    if result.polished:
        lines.append(("text", result.polished))
    if not result.sections:
        lines.append(("text", "资料中没有关于这个主题的内容（the sources do not cover this topic）。"))
    for section in result.sections:
        lines.append(("heading", section.title))
        lines.extend(("bullet", f"{item.text} [{item.n}]") for item in section.items)
    if result.conflicts:
        lines.append(("heading", "数字不一致 Conflicting figures"))
        for g in result.conflicts:
            versions = "；".join(f"{v['figure']}（{v['source']}）" for v in g["versions"])
            lines.append(("bullet", f"{g['subject']} {g['indicator']}：{versions}"))
    return f"简报 Briefing：{result.topic}", lines


def to_markdown(kind: str, result) -> str:
    title, lines = _lines(kind, result)
    by_n = {c.n: c for c in result.citations}
    out, notes, used = [f"# {escape(title, quote=False)}", ""], [], []

    def footnoted(text: str) -> str:
        def ref(m):
            n = int(m.group(1))
            if n not in by_n:
                return m.group(0)
            if n not in used:
                used.append(n)
            return f"[^{n}]"

        return MARKER.sub(ref, escape(text, quote=False))

    for style, text in lines:
        if style == "heading":
            out += [f"## {footnoted(text)}", ""]
        elif style == "bullet":
            out.append(f"- {footnoted(text)}")
        else:
            out += [footnoted(text), ""]
    notes = [f"[^{n}]: {escape(note_text(by_n[n]), quote=False)}" for n in used]
    return "\n".join(out).rstrip() + "\n\n" + "\n".join(notes) + "\n"


class _Footnotes:
    """The document's footnotes part and a counter for the ids of new footnotes."""

    def __init__(self, document):
        part = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, parse_xml(EMPTY_FOOTNOTES),
                       document.part.package)
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        self.root = part.element
        self.next_id = 1

    def add(self, paragraph, text: str) -> None:
        note_id = str(self.next_id)
        self.next_id += 1
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), note_id)
        p = OxmlElement("w:p")
        p.append(_run(mark=OxmlElement("w:footnoteRef")))
        p.append(_run(text=" " + text))
        note.append(p)
        self.root.append(note)
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), note_id)
        paragraph._p.append(_run(mark=reference))


def _run(text: str | None = None, mark=None):
    run = OxmlElement("w:r")
    if mark is not None:
        props = OxmlElement("w:rPr")
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        props.append(align)
        run.append(props)
        run.append(mark)
    else:
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        run.append(t)
    return run


def to_docx(kind: str, result) -> bytes:
    title, lines = _lines(kind, result)
    title, lines = NOT_XML.sub("", title), [(style, NOT_XML.sub("", text)) for style, text in lines]
    by_n = {c.n: c for c in result.citations}
    document = DocxDocument()
    document.add_heading(title, level=1)
    notes = _Footnotes(document)
    for style, text in lines:
        if style == "heading":
            document.add_heading(MARKER.sub("", text).strip(), level=2)
            continue
        paragraph = document.add_paragraph(style="List Bullet" if style == "bullet" else None)
        at = 0
        for m in MARKER.finditer(text):
            n = int(m.group(1))
            if n in by_n:
                paragraph.add_run(text[at:m.start()].rstrip())
                notes.add(paragraph, NOT_XML.sub("", note_text(by_n[n])))
                at = m.end()
        paragraph.add_run(text[at:])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
