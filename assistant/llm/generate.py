"""The only module that talks to an LLM: an OpenAI-compatible endpoint through LangChain's
chat model, or the bundled local model served the same way. Every generated answer is
verified against its passages before it is shown; a failed check falls back to the
extractive answer, and the JSON says what happened."""

from __future__ import annotations

import functools
import re
import string
import time
from importlib import resources
from pathlib import Path

from assistant.text import quantities
from assistant.answer.extractive import ABSTAIN_ZH, Part, citations_for, make_part
from assistant.ingest.chunking import split_sentences
from assistant.errors import LLMError
from assistant.answer.evidence import Sentence, match, sentence_years
from assistant.records import Answer, Hit
from assistant.text.words import content_words, normalise

SENTINEL = "资料中没有答案。"
PROMPT_FIELDS = {
    "answer_system.txt": {"sentinel"},
    "answer_user.txt": {"passages", "question"},
    "brief_system.txt": set(),
    "brief_user.txt": {"topic", "items"},
}
MAX_PASSAGES = 5
MARKER_RE = re.compile(r"[\[【](\d+(?:\s*[,，、]\s*\d+)*)[\]】]")


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


def numeric_tokens(text: str) -> list[str]:
    """Every number a sentence states, years and dates included: figures as written, then
    any other run of digits (2024年, 1月9日)."""
    found = [f.text for f in quantities.find_quantities(text)]
    rest = text
    for f in found:
        rest = rest.replace(f, " ")
    found += re.findall(r"\d+(?:\.\d+)?%?", rest)
    return found


def _core(figure: str) -> str:
    return re.sub(r"(以上|以下|左右|上下|之多|以内|多|余|强)$", "", normalise(figure))


SEGMENT_RE = re.compile(r"[，,；;：:、]|和|与|及|以及")


def _figure_attached(claim: str, figure: str, source: str) -> bool:
    """10万吨再生铝和6万吨铝箔: a figure backs a claim only where the source attaches it to
    something the claim also names (再生铝), not merely somewhere in the sentence."""
    terms = [t for t in content_words(claim) if len(t) >= 2 and not re.search(r"\d", t)]
    if not terms:
        return True
    core = _core(figure)
    for m in re.finditer(re.escape(core), source):
        left = SEGMENT_RE.split(source[: m.start()])[-1]
        right = SEGMENT_RE.split(source[m.end():])[0].split("等")[0]
        if any(match(t, left + right) >= 0.6 for t in terms):
            return True
    return False


def _backs(claim: str, hit: Hit, a: int, b: int, asked_years: set[str]) -> bool:
    """Does sentence text[a:b] of a passage back a generated sentence: every number of it
    there and attached to what the claim says it measures, and most of its topic words
    there or in the article's title? A year the question itself names may stand in the
    sentence's context (2023年，… 增长41%); any other year must be in the sentence."""
    source = normalise(hit.chunk.text[a:b])
    in_force = sentence_years(Sentence(0, hit.chunk, a, b))
    for n in numeric_tokens(claim):
        if _core(n) in source or (n in asked_years and n in in_force):
            continue
        return False
    if any(not _figure_attached(claim, f.text, source) for f in quantities.find_quantities(claim) if f.unit):
        return False
    terms = [t for t in content_words(claim) if not re.fullmatch(r"[\d.%]+", t)]
    if not terms:
        return True
    context = source + normalise(hit.chunk.title)
    return sum(match(t, context) for t in terms) / len(terms) >= 0.5


def _support(claim: str, hit: Hit, asked_years: set[str]) -> tuple[int, int] | None:
    for a, b in split_sentences(hit.chunk.text):
        if _backs(claim, hit, a, b, asked_years):
            return a, b
    return None


def verify(text: str, hits: list[Hit], question: str = "") -> dict:
    """Check a generated answer against the passages it was given.

    Citation numbers not given are dropped. Each sentence must be backed by one sentence
    of a passage it cites: every number of it there (years and dates too) and most of its
    topic words; failing that it is re-cited to a passage that backs it, else it is
    reported unverified, with its quantities.
    """
    k = len(hits)
    report = {"dropped_citations": [], "recited": [], "unverified": [], "parts": []}
    if SENTINEL.rstrip("。") in text:
        report["sentinel"] = True
        return report
    for a, b in split_sentences(text):
        sentence = text[a:b]
        cited = []
        for m in MARKER_RE.finditer(sentence):
            for n in re.split(r"\s*[,，、]\s*", m.group(1)):
                n = int(n)
                (cited if 1 <= n <= k else report["dropped_citations"]).append(n)
        clean = MARKER_RE.sub("", sentence).strip()
        if not clean or not re.search(r"\w", clean):
            continue
        asked = set(re.findall(r"(?:19|20)\d\d", question))
        backing = [(n, span) for n in dict.fromkeys(cited) if (span := _support(clean, hits[n - 1], asked))]
        if not backing:
            other = next(((n, span) for n in range(1, k + 1) if n not in cited
                          and (span := _support(clean, hits[n - 1], asked))), None)
            if other:
                backing = [other]
                report["recited"].append({"sentence": clean, "passage": other[0]})
        if not backing:
            report["unverified"].extend(numeric_tokens(clean) or [clean])
            continue
        for n, span in backing:
            report["parts"].append((clean, n, span))
    return report


def _finish(assistant, state, extractive: Answer, generated: str, report: dict, error: str = "") -> Answer:
    hits = state["llm_hits"]
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
    if not said - set(content_words(state["question"])) and not numeric_tokens(generated):
        info["outcome"] = "restated"
        return _fallback(extractive, info, "generated answer withdrawn: it only restated the question")
    if extractive.conflict:
        versions = [t for t, _ in extractive.parts]
        missing = [t for t in versions if not any(_core(f.text) in normalise(generated)
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
    timings = dict(state["timings"])
    timings["total_ms"] = (time.perf_counter() - state["started"]) * 1000
    return Answer(state["question"], text, False, tuple(cites), extractive.hits, mode="llm",
                  parts=tuple((c, ns[0]) for c, ns in pieces.items()), timings_ms=timings,
                  extra={**extractive.extra, "llm": info})


def _with_markers(sentence: str, numbers_: list[int]) -> str:
    """东丰县…81.6亿元。 + [1] -> 东丰县…81.6亿元 [1]。"""
    body = sentence.rstrip()
    end = ""
    while body and body[-1] in "。.！!？?；;":
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


def _prepare_generation(assistant, state) -> tuple[Answer, str, str]:
    extractive = assistant.extractive(dict(state, k=max(state.get("k") or 0, MAX_PASSAGES)))
    hits = list(extractive.hits[:MAX_PASSAGES])
    state["llm_hits"] = hits
    system = fill("answer_system.txt", sentinel=SENTINEL)
    user = fill("answer_user.txt", passages=passages_block(hits), question=state["question"])
    return extractive, system, user


def answer_with_llm(assistant, state) -> Answer:
    final = None
    for kind, payload in _run(assistant, state):
        if kind == "answer":
            final = payload
    return final


def stream_with_llm(assistant, question: str, k: int | None):
    state = assistant._prepare({"question": question, "k": k, "mode": "llm"})
    state["hits"] = assistant._retrieve(state)
    yield from _run(assistant, state)


def _run(assistant, state):
    extractive, system, user = _prepare_generation(assistant, state)
    generated, error = "", ""
    t0 = time.perf_counter()
    try:
        for piece in generate(assistant.settings, system, user):
            generated += piece
            yield "delta", piece
    except LLMError as exc:
        error = str(exc)
    state["timings"]["llm_ms"] = (time.perf_counter() - t0) * 1000
    report = verify(generated, state["llm_hits"], state["question"]) if not error else {"parts": [], "unverified": []}
    yield "answer", _finish(assistant, state, extractive, generated, report, error)


def polish_briefing(assistant, briefing):
    """A short overview paragraph for a briefing, kept only when every figure checks out."""
    from dataclasses import replace

    items = "\n".join(f"[{i.n}] {i.text}" for s in briefing.sections for i in s.items)
    if not items:
        return briefing
    try:
        text = "".join(generate(assistant.settings, fill("brief_system.txt"), fill("brief_user.txt", topic=briefing.topic, items=items)))
    except LLMError as exc:
        return replace(briefing, polished=f"（未能生成概述：{exc}）")
    known = {c.n for c in briefing.citations}
    sources = normalise(items)
    bad = [f.text for f in quantities.find_quantities(text) if _core(f.text) not in sources]
    cited = {int(n) for m in MARKER_RE.finditer(text) for n in re.split(r"\s*[,，、]\s*", m.group(1))}
    if bad or not cited or not cited <= known:
        return replace(briefing, polished="")
    return replace(briefing, polished=text.strip())


__all__ = ["answer_with_llm", "stream_with_llm", "polish_briefing", "verify", "SENTINEL", "ABSTAIN_ZH"]
