"""OpenAI-compatible routes: any OpenAI client can use Suyuan as a model.

The model name is the knowledge base. The last user message is the question (a follow-up
is read against the user message before it). The reply's text is the answer with its [n]
markers, then a plain-text source list for clients that show only the text; the citation
objects of `suyuan ask --json` ride along in the extra field `citations`, and `suyuan`
carries the rest (answer_id for feedback, abstained, conflict, flags). Extra request
fields `documents`, `date_from`, `date_to` filter as in the REST API.

Streaming sends only the verified answer: words an LLM generated are checked before they
are shown, so the deltas of a generated answer are held back until it has passed.
"""

from __future__ import annotations

import time
import uuid
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field

from assistant.api import payloads
from assistant.api.routes_answers import event_stream, keep, scoped, sse
from assistant.api.schemas import Filtered
from assistant.present.text import render_sources
from assistant.ingest.chunking import count_tokens
from assistant.query import followup
from assistant.query.question import validate

router = APIRouter(tags=["OpenAI-compatible"])
PIECE = 24  # characters per streamed delta


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[dict] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):  # [{"type": "text", "text": ...}, ...]
            return "".join(p.get("text", "") for p in self.content if p.get("type") == "text")
        return self.content or ""


class ChatRequest(Filtered):
    model_config = ConfigDict(extra="allow")  # temperature, max_tokens... are accepted and ignored
    model: str = Field(..., description="The knowledge base, as /v1/models lists it.", examples=["default"])
    messages: list[Message] = Field(..., min_length=1)
    stream: bool = False
    mode: Literal["extractive", "llm"] | None = Field(None, description="Suyuan's answer mode (extra field).")


@router.get("/models", summary="The knowledge bases, as models")
def models(request: Request) -> dict:
    return {"object": "list", "data": [{"id": name, "object": "model", "created": 0, "owned_by": "suyuan"}
                                       for name in request.app.state.kbs.names()]}


def _question(body: ChatRequest) -> str:
    asked = [m.text().strip() for m in body.messages if m.role == "user"]
    if not asked or not asked[-1]:
        raise HTTPException(400, "the last user message is empty: ask a question")
    return followup.rewrite(asked[-2] if len(asked) > 1 else None, asked[-1])


def _content(answer) -> str:
    sources = render_sources(answer)
    return f"{answer.text}\n\n来源 Sources:\n{sources}" if sources else answer.text


def _extra(payload: dict) -> dict:
    return {"citations": payload["citations"],
            "suyuan": {k: payload[k] for k in ("answer_id", "kb", "abstained", "conflict", "flags", "mode") if k in payload}}


@router.post("/chat/completions", summary="Answer the last user message; the knowledge base is the model")
def chat_completions(body: ChatRequest, request: Request):
    question = _question(body)
    assistant = scoped(request, body.model, body)
    validate(question, assistant.settings.max_question_chars)
    created, completion_id = int(time.time()), f"chatcmpl-{uuid.uuid4().hex}"
    if not body.stream:
        answer = assistant.ask(question, mode=body.mode)
        payload = keep(request, body.model, question, payloads.answer(answer))
        content = _content(answer)
        prompt_tokens, completion_tokens = count_tokens(question), count_tokens(content)
        return {"id": completion_id, "object": "chat.completion", "created": created, "model": body.model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                          "total_tokens": prompt_tokens + completion_tokens},
                **_extra(payload)}

    def chunk(delta: dict, finish: str | None = None, **extra) -> bytes:
        return sse({"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": body.model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra})

    def events():
        yield chunk({"role": "assistant", "content": ""})
        try:
            answer = next(value for kind, value in assistant.stream(question, mode=body.mode) if kind == "answer")
            payload = keep(request, body.model, question, payloads.answer(answer))
            content = _content(answer)
            for i in range(0, len(content), PIECE):
                yield chunk({"content": content[i : i + PIECE]})
            yield chunk({}, "stop", **_extra(payload))
        except Exception as exc:  # the stream has started: say what went wrong in the text
            yield chunk({"content": f"\n[error: {exc}]"}, "stop")
        yield sse("[DONE]")

    return event_stream(events())
