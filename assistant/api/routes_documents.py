"""Knowledge bases and their documents: create, list, delete; upload (indexed in the
background, with progress), list, date, remove."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, Query, Request, UploadFile

from assistant import document_dates, uploads
from assistant.api.schemas import DocumentDate, KnowledgeBaseRequest
from assistant.errors import LoadError

router = APIRouter()


class Jobs:
    """Indexing jobs, run one at a time (indexing is CPU-bound on a small machine)."""

    def __init__(self):
        self._jobs: dict[str, dict] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="suyuan-index")

    def start(self, kb: str, assistant, paths: list[Path], texts: dict[str, str], rejected: list[str]) -> dict:
        job = {"id": uuid.uuid4().hex, "kb": kb, "status": "queued", "done": 0, "total": 0, "current": "",
               "files": [str(p.name) for p in paths], "rejected": rejected, "report": None, "error": None}
        with self._lock:
            self._jobs[job["id"]] = job
        self._pool.submit(self._run, job, assistant, paths, texts)
        return dict(job)

    def _run(self, job: dict, assistant, paths, texts) -> None:
        def progress(done, total, source):
            job.update(done=done, total=total, current=Path(source).name)

        job["status"] = "running"
        try:
            report = assistant.index(paths, on_progress=progress)
            document_dates.stamp(assistant.store, {s: t for s, t in texts.items() if s in report.added + report.replaced + report.unchanged})
            job["report"] = {"added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
                             "problems": report.problems, "warnings": report.warnings,
                             "chunks_added": report.chunks_added, "seconds": round(report.seconds, 2)}
            job["status"] = "failed" if report.problems and not (report.added or report.replaced or report.unchanged) else "done"
        except Exception as exc:  # reported to the client; the server keeps serving
            job.update(status="failed", error=str(exc))

    def get(self, job_id: str) -> dict | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return dict(job) if job else None


def _kbs(request: Request):
    return request.app.state.kbs


@router.get("/kbs", tags=["knowledge bases"], summary="List knowledge bases")
def list_kbs(request: Request) -> list[dict]:
    kbs = _kbs(request)
    out = []
    for name in kbs.names():
        docs = kbs.get(name).documents()
        out.append({"name": name, "documents": len(docs), "chunks": sum(d.chunks for d in docs)})
    return out


@router.post("/kbs", tags=["knowledge bases"], summary="Create a knowledge base", status_code=201)
def create_kb(body: KnowledgeBaseRequest, request: Request) -> dict:
    _kbs(request).create(body.name)
    return {"name": body.name, "documents": 0, "chunks": 0}


@router.delete("/kbs/{kb}", tags=["knowledge bases"], summary="Delete a knowledge base and its index (nothing else)")
def delete_kb(kb: str, request: Request) -> dict:
    _kbs(request).delete(kb)
    return {"deleted": kb}


@router.get("/kbs/{kb}/documents", tags=["documents"], summary="List the documents of a knowledge base, with their dates")
def list_documents(kb: str, request: Request) -> list[dict]:
    assistant = _kbs(request).get(kb)
    docs = assistant.documents()
    dated = document_dates.dates(assistant.store, [d.source for d in docs])
    return [{**d.__dict__, "date": dated.get(d.source, {}).get("date"), "date_from": dated.get(d.source, {}).get("from")}
            for d in docs]


@router.post("/kbs/{kb}/documents", tags=["documents"], status_code=202,
             summary="Upload documents (.txt .md .pdf .docx .html); indexing runs in the background: poll /api/jobs/{id}")
def upload(kb: str, request: Request, files: list[UploadFile] = File(..., description="One or more files")) -> dict:
    assistant = _kbs(request).get(kb)
    limit = request.app.state.upload_max_bytes
    store_dir = assistant.settings.store
    paths, texts, rejected = [], {}, []
    for f in files:
        data = f.file.read(limit + 1)
        try:
            path, doc = uploads.save(store_dir, kb, f.filename or "upload", data, limit)
        except LoadError as exc:
            rejected.append(str(exc))
            continue
        paths.append(path)
        texts[doc.source] = doc.text
    if not paths:
        too_big = all("upload limit" in r for r in rejected)
        raise HTTPException(413 if too_big else 400, "no file can be indexed: " + "; ".join(rejected))
    return request.app.state.jobs.start(kb, assistant, paths, texts, rejected)


@router.get("/jobs/{job_id}", tags=["documents"], summary="Progress and result of an indexing job")
def job(job_id: str, request: Request) -> dict:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no indexing job {job_id}")
    return found


@router.delete("/kbs/{kb}/documents", tags=["documents"], summary="Remove a document from a knowledge base")
def remove_document(kb: str, request: Request, source: str = Query(..., description="The document's name")) -> dict:
    assistant = _kbs(request).get(kb)
    removed = assistant.remove(source)
    if not removed:
        raise HTTPException(404, f"not indexed in {kb}: {source}")
    document_dates.forget(assistant.store, source)
    return {"removed": source, "chunks": removed}


@router.put("/kbs/{kb}/documents/date", tags=["documents"], summary="Set a document's date (used by date filters)")
def set_date(kb: str, body: DocumentDate, request: Request) -> dict:
    assistant = _kbs(request).get(kb)
    return {"source": body.source, **document_dates.set_date(assistant.store, body.source, body.date)}
