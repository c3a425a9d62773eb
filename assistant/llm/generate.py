"""The only module that talks to an LLM: an OpenAI-compatible endpoint through LangChain's
chat model, or the bundled local model served the same way. Every generated answer is
verified against its passages before it is shown; a failed check falls back to the
extractive answer, and the JSON says what happened."""

from __future__ import annotations

import functools
import string
import time
from importlib import resources
from pathlib import Path

from assistant.answer.evidence import Sentence
from assistant.answer.citing import citations_for
from assistant.answer.extractive import Part, make_part
from assistant.errors import LLMError
from assistant.llm.verification import MARKER_RE, SENTINEL, cited_numbers, core, numeric_tokens, verify
from assistant.records import Answer, Hit
from assistant.text import quantities
from assistant.text.sentences import SENTENCE_MARKS
from assistant.text.words import content_words, normalise

PROMPT_FIELDS = {
    "answer_system.txt": {"sentinel"},
    "answer_user.txt": {"passages", "question"},
    "brief_system.txt": set(),
    "brief_user.txt": {"topic", "items"},
}
MAX_PASSAGES = 5

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"


def prompt(name: str) -> str:
    """A template from prompts/ (a checkout or editable install), else the installed copy.
    Read on every call, so an edited prompt takes effect without a restart (two small files
    beside a generation of seconds)."""
    local = PROMPTS_DIR / name
    if local.exists():
        return local.read_text(encoding="utf-8")
    return resources.files("assistant.prompts").joinpath(name).read_text(encoding="utf-8")


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def fill(name: str, **values) -> str:
    template = prompt(name)
    missing = placeholders(template) ^ set(values)
    if missing:
        raise LLMError(f"prompt {name} and the code disagree on {sorted(missing)}")
    return template.format(**values)


def endpoint(settings) -> tuple[str, str]:
    """(base URL, model name): the configured endpoint, else the bundled local model."""
    if settings.llm_base_url:
        return settings.llm_base_url, settings.llm_model or "default"
    from assistant.llm import localmodel

    if settings.llm_model_path:
        path = Path(settings.llm_model_path)
        if not path.exists():
            raise LLMError(f"SUYUAN_LLM_MODEL_PATH points at {path}, which does not exist")
    else:
        path = localmodel.join(localmodel.BUNDLES[settings.llm_local_model], settings.model_cache)
    server = localmodel.local_server(path, settings.llm_threads)
    return server.url, "local"


def chat_model(settings):
    base_url, model = endpoint(settings)
    return _client(base_url, model, settings.llm_api_key or "not-needed", settings.llm_timeout, settings.llm_retries)


@functools.lru_cache(maxsize=8)
def _client(base_url: str, model: str, api_key: str, timeout: float, retries: int):
    """One client per endpoint and options, shared by threads: a client per question would
    throw away its HTTP connection pool every time."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(base_url=base_url, model=model, api_key=api_key, timeout=timeout, max_retries=retries,
                      temperature=0, max_tokens=400)


def generate(settings, system: str, user: str):
    """Stream the reply's text pieces; any failure becomes an LLMError with a plain message."""
    try:
        model = chat_model(settings)
        got_any = False
        for chunk in model.stream([("system", system), ("user", user)]):
            piece = chunk.content if isinstance(chunk.content, str) else ""
            got_any = got_any or bool(piece)
            if piece:
                yield piece
        if not got_any:
            raise LLMError("the LLM returned an empty reply")
    except LLMError:
        raise
    except Exception as exc:  # openai/httpx raise many kinds: connection, timeout, status, decoding
        name = type(exc).__name__
        if "Timeout" in name:
            raise LLMError(f"the LLM endpoint did not answer within {settings.llm_timeout:g} s") from exc
        if "Connection" in name:
            raise LLMError(f"the LLM endpoint {settings.llm_base_url or 'local model'} cannot be reached") from exc
        raise LLMError(f"the LLM endpoint failed ({name}: {str(exc)[:200]})") from exc


def passages_block(hits: list[Hit]) -> str:
    return "\n\n".join(f"[{n}] {h.chunk.title}\n{h.chunk.text}" for n, h in enumerate(hits, start=1))


def _finish(question: str, hits: list[Hit], extractive: Answer, generated: str, report: dict, timings: dict,
            started: float, error: str = "") -> Answer:
    info = {k: v for k, v in report.items() if k != "parts"}
    info["generated"] = generated
    if error:
        info.update(outcome="error", error=error)
        return _fallback(extractive, info, f"LLM unavailable: {error}")
    if report.get("sentinel"):
        info["outcome"] = "sentinel"
        return _fallback(extractive, info, "")
    if report["unverified"]:
        info["outcome"] = "withdrawn"
        return _fallback(extractive, info, f"generated answer withdrawn: {', '.join(report['unverified'])} not in the sources")
    if not report["parts"]:
        info["outcome"] = "no_citation"
        return _fallback(extractive, info, "generated answer withdrawn: it cited no passage")
    said = {w for w in content_words(MARKER_RE.sub("", generated))}
    if not said - set(content_words(question)) and not numeric_tokens(generated):
        info["outcome"] = "restated"
        return _fallback(extractive, info, "generated answer withdrawn: it only restated the question")
    if extractive.conflict:
        versions = [t for t, _ in extractive.parts]
        missing = [t for t in versions if not any(core(f.text) in normalise(generated)
                                                  for f in quantities.find_quantities(t) if f.unit)]
        if missing:
            info["outcome"] = "conflict"
            return _fallback(extractive, info, "the sources disagree; showing every version")
    parts: list[Part] = []
    order: list[str] = []
    for clean, n, (a, b) in report["parts"]:
        parts.append(make_part(Sentence(0, hits[n - 1].chunk, a, b), a, b, 1.0))
        order.append(clean)
    cites, nums = citations_for(parts)
    pieces: dict[str, list[int]] = {}
    for clean, n in zip(order, nums):
        pieces.setdefault(clean, []).append(n)
    text = "".join(_with_markers(clean, ns) for clean, ns in pieces.items())
    info["outcome"] = "generated"
    timings = dict(timings)
    timings["total_ms"] = (time.perf_counter() - started) * 1000
    return Answer(question, text, False, tuple(cites), extractive.hits, mode="llm",
                  parts=tuple((c, ns[0]) for c, ns in pieces.items()), timings_ms=timings,
                  extra={**extractive.extra, "llm": info})


def _with_markers(sentence: str, numbers_: list[int]) -> str:
    """东丰县…81.6亿元。 + [1] -> 东丰县…81.6亿元 [1]。"""
    body = sentence.rstrip()
    end = ""
    while body and body[-1] in SENTENCE_MARKS + ".":
        end = body[-1] + end
        body = body[:-1].rstrip()
    return f"{body} {''.join(f'[{n}]' for n in dict.fromkeys(numbers_))}{end or '。'}"


def _fallback(extractive: Answer, info: dict, note: str) -> Answer:
    """The extractive answer stands in; an LLM that found nothing makes it an abstention
    only when the extractive answerer found nothing either."""
    extra = {**extractive.extra, "llm": {**info, "fallback": "abstained" if extractive.abstained else "extractive"}}
    if note:
        extra["llm"]["note"] = note
    return Answer(extractive.question, extractive.text, extractive.abstained, extractive.citations, extractive.hits,
                  mode="extractive", conflict=extractive.conflict, flags=extractive.flags, parts=extractive.parts,
                  timings_ms=extractive.timings_ms, extra=extra)


def run(settings, question: str, extractive: Answer, timings: dict, started: float):
    """("delta", text) as the LLM writes over the extractive answer's first passages, then
    ("answer", Answer): the generated answer once verified, else the extractive one."""
    hits = list(extractive.hits[:MAX_PASSAGES])
    system = fill("answer_system.txt", sentinel=SENTINEL)
    user = fill("answer_user.txt", passages=passages_block(hits), question=question)
    generated, error = "", ""
    t0 = time.perf_counter()
    try:
        for piece in generate(settings, system, user):
            generated += piece
            yield "delta", piece
    except LLMError as exc:
        error = str(exc)
    timings["llm_ms"] = (time.perf_counter() - t0) * 1000
    report = verify(generated, hits, question) if not error else {"parts": [], "unverified": []}
    yield "answer", _finish(question, hits, extractive, generated, report, timings, started, error)


def polish_briefing(settings, briefing):
    """A short overview paragraph for a briefing, kept only when every figure checks out."""
    from dataclasses import replace

    items = "\n".join(f"[{i.n}] {i.text}" for s in briefing.sections for i in s.items)
    if not items:
        return briefing
    try:
        text = "".join(generate(settings, fill("brief_system.txt"), fill("brief_user.txt", topic=briefing.topic, items=items)))
    except LLMError as exc:
        return replace(briefing, polished=f"（未能生成概述：{exc}）")
    known = {c.n for c in briefing.citations}
    sources = normalise(items)
    bad = [f.text for f in quantities.find_quantities(text) if core(f.text) not in sources]
    cited = set(cited_numbers(text))
    if bad or not cited or not cited <= known:
        return replace(briefing, polished="")
    return replace(briefing, polished=text.strip())

