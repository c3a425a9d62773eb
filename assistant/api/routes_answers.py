"""Questions, claims, briefings, conflicts, export and feedback over one knowledge base."""

from __future__ import annotations

import json

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.sse import format_sse_event

from assistant import export, feedback
from assistant.api import payloads
from assistant.api.schemas import AskRequest, BriefRequest, CheckRequest, ExportRequest, FeedbackRequest
from assistant.query.question import validate

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def scoped(request: Request, kb: str, body) -> object:
    """The knowledge base (or its filtered view), refusing an empty one with a plain 409."""
    assistant = request.app.state.kbs.scoped(kb, body.filter())
    if assistant.store.empty():
        raise HTTPException(409, f"knowledge base {kb!r} has no documents yet: upload some first")
    return assistant


def sse(data, event: str | None = None) -> bytes:
    """One server-sent event; `data` is JSON-encoded unless it is already a string."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return format_sse_event(data_str=text, event=event)


def event_stream(events) -> StreamingResponse:
    return StreamingResponse(events, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


def keep(request: Request, kb: str, question: str, payload: dict) -> dict:
    payload["kb"] = kb
    payload["answer_id"] = request.app.state.answers.keep(kb, question, payload)
    return payload


@router.post("/kbs/{kb}/ask", tags=["answers"], summary="Answer a question with cited sentences (as `suyuan ask --json`)")
def ask(kb: str, body: AskRequest, request: Request) -> dict:
    assistant = scoped(request, kb, body)
    answer = assistant.ask(body.question, k=body.k, mode=body.mode)
    return keep(request, kb, body.question, payloads.answer(answer))


@router.post("/kbs/{kb}/ask/stream", tags=["answers"], response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {}}}},
             summary="Answer as server-sent events: `status`, `delta` (text as it comes), then `answer` (the final, "
                     "verified answer: it replaces the deltas), or `error`")
def ask_stream(kb: str, body: AskRequest, request: Request):
    assistant = scoped(request, kb, body)
    validate(body.question, assistant.settings.max_question_chars)  # a bad question is a 4xx, not a broken stream

    def events():
        try:
            for kind, value in assistant.stream(body.question, k=body.k, mode=body.mode):
                if kind == "answer":
                    yield sse(keep(request, kb, body.question, payloads.answer(value)), "answer")
                else:
                    yield sse({"text": value}, kind)
        except Exception as exc:  # the stream has started: the error travels as an event
            yield sse({"message": str(exc)}, "error")

    return event_stream(events())


@router.post("/kbs/{kb}/check", tags=["answers"], summary="Check a claim: supported, refuted or not_enough_info")
def check(kb: str, body: CheckRequest, request: Request) -> dict:
    assistant = scoped(request, kb, body)
    return keep(request, kb, body.claim, payloads.verdict(assistant.check(body.claim)))


@router.post("/kbs/{kb}/brief", tags=["answers"], summary="The key figures and statements on a topic, cited (JSON and Markdown)")
def brief(kb: str, body: BriefRequest, request: Request) -> dict:
    assistant = scoped(request, kb, body)
    return payloads.briefing(assistant.brief(body.topic))


@router.get("/kbs/{kb}/conflicts", tags=["answers"], summary="Figures that disagree within the knowledge base")
def conflicts(kb: str, request: Request) -> list[dict]:
    return request.app.state.kbs.get(kb).conflicts()


@router.post("/kbs/{kb}/export", tags=["export"], summary="A briefing or a claim check as DOCX or Markdown, citations as footnotes",
             response_class=Response, responses={200: {"content": {DOCX: {}, "text/markdown": {}}}})
def export_file(kb: str, body: ExportRequest, request: Request) -> Response:
    assistant = scoped(request, kb, body)
    result = assistant.brief(body.text) if body.kind == "brief" else assistant.check(body.text)
    name = f"suyuan-{body.kind}"
    if body.format == "markdown":
        return Response(export.to_markdown(body.kind, result), media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.md"'})
    return Response(export.to_docx(body.kind, result), media_type=DOCX,
                    headers={"Content-Disposition": f'attachment; filename="{name}.docx"'})


@router.post("/feedback", tags=["feedback"], status_code=201,
             summary="Rate an answer up or down, with an optional note; stored with the question, answer and citations")
def rate(body: FeedbackRequest, request: Request) -> dict:
    kbs = request.app.state.kbs
    if body.answer_id:
        kept = request.app.state.answers.get(body.answer_id)
        if kept is None:
            raise HTTPException(404, f"no recent answer {body.answer_id}: send question and answer instead")
        kb, question, answer = kept["kb"], kept["question"], kept["answer"]
    elif body.question and body.answer is not None:
        kb, question, answer = body.kb, body.question, body.answer
        kbs.get(kb)  # an unknown knowledge base is a 404
    else:
        raise HTTPException(422, "invalid request: give answer_id, or question and answer")
    return feedback.record(kbs.settings.store, kb, body.rating, question, answer, body.note, body.correction)


@router.get("/feedback", tags=["feedback"], summary="Stored ratings, newest last")
def ratings(request: Request, kb: str | None = Query(None)) -> list[dict]:
    return feedback.read(feedback.path_for(request.app.state.kbs.settings.store), kb)
