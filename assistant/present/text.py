"""Plain text for the terminal: answers with their sources, verdicts, conflicting figures."""

from __future__ import annotations

from assistant.records import Answer, Citation


def source_lines(c: Citation) -> list[str]:
    """[n] title / where / “quote”: how the CLI shows one citation."""
    where = (f"{c.source}, characters {c.start}-{c.end}" + (f", page {c.page}" if c.page else "")
             + (", OCR" if c.ocr else ""))
    return [f"[{c.n}] {c.title}", f"    {where}", f"    “{' '.join(c.quote.split())}”"]


def render_sources(answer: Answer) -> str:
    lines = [line for c in answer.citations for line in source_lines(c)]
    if answer.flags:
        lines.append("")
        lines.extend(f"! {flag}" for flag in answer.flags)
    return "\n".join(lines).rstrip()


def render_answer(answer: Answer) -> str:
    return f"{answer.text}\n\n{render_sources(answer)}".rstrip()


def render_verdict(result) -> str:
    return "\n".join([result.text] + [line for c in result.citations for line in source_lines(c)])


def render_conflicts(groups: list[dict]) -> str:
    if not groups:
        return "no conflicting figures found"
    lines = []
    for g in groups:  # newest first; each value with the number of sources behind it
        period = f" ({g['period']})" if g["period"] else ""
        lines.append(f"{g['subject']} · {g['indicator']}{' ' + g['change'] if g['change'] else ''}{period}:")
        for row in g["values"]:
            n = row["sources"]
            lines.append(f"    {row['figure']}: {n} source{'s' if n != 1 else ''}")
            for v in row["versions"]:
                day = f" ({v['date']})" if v.get("date") else ""
                lines.append(f"        {v['figure']}  {v['source']}, characters {v['start']}-{v['end']}{day} — {v['title']}")
    return "\n".join(lines)
