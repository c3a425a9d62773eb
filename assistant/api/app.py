"""The FastAPI application: REST routes under /api, OpenAI-compatible routes under /v1,
the OpenAPI page at /docs. `create_app` builds it without serving it (tests and
`suyuan serve` mount the chat on it and run it with uvicorn).

Errors become JSON with a 4xx/5xx status and a plain message, in the shape OpenAI clients
read (`{"error": {"message", "type"}}`) plus FastAPI's usual `detail`; the server keeps
serving after any of them.
"""

from __future__ import annotations

import hmac
import threading
import uuid
from collections import OrderedDict

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.document_dates import DateError
from assistant.errors import LLMError, LoadError, ModelError, QuestionError, StoreError, SuyuanError
from assistant.feedback import FeedbackError
from assistant.filters import FilterError
from assistant.knowledge_bases import KnowledgeBaseExists, KnowledgeBases, UnknownKnowledgeBase

KEPT_ANSWERS = 1000  # answers a rating can name by answer_id

DESCRIPTION = """Answers questions about Chinese documents with the exact source sentence.

Every answer carries `citations`, the same objects as `suyuan ask --json`: `n`, `source` (the
document), `title` (the article), `quote` (exactly `original[start:end]`), `start`, `end`, `page`.
Knowledge bases are separate sets of documents; `default` always exists. When API keys are
set (`SUYUAN_API_KEYS`), send one as `Authorization: Bearer KEY` or `X-API-Key: KEY`.
"""

STATUS = [
    (UnknownKnowledgeBase, 404, "not_found"), (KnowledgeBaseExists, 409, "conflict"),
    (QuestionError, 400, "invalid_question"), (FilterError, 400, "invalid_filter"), (DateError, 400, "invalid_date"),
    (FeedbackError, 400, "invalid_feedback"), (LoadError, 400, "invalid_file"), (StoreError, 503, "store_unavailable"),
    (LLMError, 502, "model_error"), (ModelError, 502, "model_error"), (SuyuanError, 400, "invalid_request"),
]


def error_body(status: int, message: str, kind: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "code": status}, "detail": message},
                        status_code=status)


class Answers:
    """The last answers given, so a rating can name one by its id."""

    def __init__(self, size: int = KEPT_ANSWERS):
        self.size = size
        self._items: OrderedDict[str, dict] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, kb: str, question: str, payload: dict) -> str:
        answer_id = uuid.uuid4().hex
        with self._lock:
            self._items[answer_id] = {"kb": kb, "question": question, "answer": payload}
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return answer_id

    def get(self, answer_id: str) -> dict | None:
        with self._lock:
            return self._items.get(answer_id)


def require_key(request: Request) -> None:
    keys = request.app.state.api_keys
    if not keys:
        return
    given = request.headers.get("x-api-key", "")
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not any(hmac.compare_digest(given.encode(), k.encode()) for k in keys):
        raise HTTPException(401, "missing or wrong API key: send Authorization: Bearer KEY or X-API-Key: KEY",
                            headers={"WWW-Authenticate": "Bearer"})


def create_app(kbs: KnowledgeBases, api_keys: list[str] | tuple[str, ...] = (), upload_max_mb: float | None = None) -> FastAPI:
    from assistant.api import openai_compat, routes_answers, routes_documents

    settings = kbs.settings
    limit_mb = upload_max_mb or settings.upload_max_mb
    app = FastAPI(title="Suyuan 溯源 API", version="1", description=DESCRIPTION)
    # a whole upload of the largest size passes, with room for the form's framing
    max_body = int(limit_mb * 2**20) + 64 * 1024
    app.state.kbs = kbs
    app.state.api_keys = tuple(k for k in api_keys if k)
    app.state.answers = Answers()
    app.state.upload_max_bytes = int(limit_mb * 2**20)
    app.state.jobs = routes_documents.Jobs()

    @app.middleware("http")
    async def _body_limit(request: Request, call_next):
        """Oversized bodies are refused, with a JSON message, before they are read; an API
        body must declare its length so the check cannot be walked around."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_body:
            return error_body(413, f"the request is {int(declared) / 2**20:.1f} MB, over the upload limit of "
                                   f"{limit_mb:g} MB (setting SUYUAN_UPLOAD_MAX_MB)", "too_large")
        api = request.url.path.startswith(("/api/", "/v1/"))
        if api and not declared.isdigit() and request.headers.get("transfer-encoding", "").lower() == "chunked":
            return error_body(411, "send the request with a Content-Length header", "length_required")
        return await call_next(request)

    @app.exception_handler(SuyuanError)
    async def _suyuan_error(request: Request, exc: SuyuanError):
        for cls, status, kind in STATUS:
            if isinstance(exc, cls):
                return error_body(status, str(exc), kind)
        return error_body(400, str(exc), "invalid_request")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
            problems.append(f"{where}: {e.get('msg', 'invalid')}")
        return error_body(422, "invalid request: " + "; ".join(problems), "invalid_request")

    @app.exception_handler(StarletteHTTPException)  # FastAPI's, and Starlette's own (404 route, 413 body)
    async def _http(request: Request, exc: StarletteHTTPException):
        response = error_body(exc.status_code, str(exc.detail), "http_error")
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    guarded = [Depends(require_key)]
    app.include_router(routes_documents.router, prefix="/api", dependencies=guarded)
    app.include_router(routes_answers.router, prefix="/api", dependencies=guarded)
    app.include_router(openai_compat.router, prefix="/v1", dependencies=guarded)
    return app
