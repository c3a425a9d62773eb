"""Commands beyond index/ask/eval: fact-checking, conflicts, briefings, benchmarks, LLM set-up."""

from __future__ import annotations

import json
import sys
from pathlib import Path

COMMANDS: dict = {}


def add_commands(sub, common) -> None:
    p = sub.add_parser("check", help="verify a claim: supported, refuted or not_enough_info")
    common(p)
    p.add_argument("claim", help="the statement to check, or - to read it from standard input")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("conflicts", help="list figures that disagree between or within documents")
    common(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("brief", help="the key figures and statements on a topic, with citations")
    common(p)
    p.add_argument("topic")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--markdown", action="store_true", help="Markdown to paste into a document (the default)")
    p.add_argument("--polish", action="store_true", help="add a summary paragraph written by the configured LLM")


def _citations(cites) -> list[dict]:
    return [{"n": c.n, "source": c.source, "title": c.title, "quote": c.quote, "start": c.start, "end": c.end,
             "page": c.page} for c in cites]


def cmd_check(args, assistant) -> int:
    from .cli import read_question

    result = assistant.check(read_question(args.claim))
    if args.json:
        print(json.dumps({"claim": result.claim, "verdict": result.verdict, "text": result.text,
                          "claimed": list(result.claimed), "sources_say": list(result.sources_say),
                          "citations": _citations(result.citations), "support": result.support},
                         ensure_ascii=False, indent=2))
    else:
        print(result.text)
        for c in result.citations:
            print(f"[{c.n}] {c.title}\n    {c.source}, characters {c.start}-{c.end}\n    “{' '.join(c.quote.split())}”")
    return 0


def cmd_conflicts(args, assistant) -> int:
    groups = assistant.conflicts()
    if args.json:
        print(json.dumps(groups, ensure_ascii=False, indent=2))
        return 0
    if not groups:
        print("no conflicting figures found")
    for g in groups:
        period = f" ({g['period']})" if g["period"] else ""
        print(f"{g['subject']} · {g['indicator']}{' ' + g['change'] if g['change'] else ''}{period}:")
        for v in g["versions"]:
            print(f"    {v['figure']:>12}  {v['source']}, characters {v['start']}-{v['end']} — {v['title']}")
    return 0


def cmd_brief(args, assistant) -> int:
    from . import brief

    result = brief.build(assistant, args.topic)
    if args.polish:
        from .llm import polish_briefing

        result = polish_briefing(assistant, result)
    if args.json:
        print(json.dumps(brief.to_json(result), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(brief.to_markdown(result))
    return 0


COMMANDS.update({"check": cmd_check, "conflicts": cmd_conflicts, "brief": cmd_brief})
