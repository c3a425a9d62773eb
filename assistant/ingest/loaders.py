"""Files and URLs -> Documents: discovery, size limits, decoding, the converter for each type."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import LoadError
from assistant.ingest import formats, web
from assistant.ingest.decoding import decode, replacement_warning
from assistant.ingest.documents import document_from_text, printable
from assistant.records import Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}

__all__ = ["LoadReport", "display_name", "printable", "discover", "load_file", "load_bytes", "load_url",
           "load_paths", "document_from_text", "supported_suffixes"]


def supported_suffixes() -> set[str]:
    return TEXT_SUFFIXES | set(formats.CONVERTERS)


@dataclass
class LoadReport:
    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one message per skipped file
    warnings: list[str] = field(default_factory=list)  # indexed, but with something left out


@dataclass(frozen=True)
class WebOptions:
    """How URLs are fetched: the settings' timeout and whether private addresses may be read."""

    timeout: float = 20.0
    allow_private: bool = False


def display_name(path: Path) -> str:
    """The name a document is known by: relative to the working folder when inside it."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(resolved)


def discover(paths: list) -> tuple[list, list[str]]:
    """Expand folders (recursively, hidden entries skipped) into supported files; URLs pass through."""
    files, problems = [], []
    suffixes = supported_suffixes()
    for path in paths:
        if web.is_url(path):
            files.append(path)
            continue
        path = Path(path)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                        files.append(Path(root) / name)
        elif path.is_file():
            if path.suffix.lower() in suffixes:
                files.append(path)
            else:
                problems.append(f"{printable(str(path))}: unsupported file type '{path.suffix or '(none)'}' "
                                f"(supported: {', '.join(sorted(suffixes))})")
        else:
            problems.append(f"{printable(str(path))}: no such file or folder")
    return files, problems


def load_bytes(name: str, data: bytes, suffix: str, progress=None) -> Document:
    """The converter for `suffix` applied to `data`; `progress(done, total, what)` hears of OCR pages."""
    shown = printable(name)
    try:
        if suffix in TEXT_SUFFIXES:
            text, encoding = decode(data, shown)
            return document_from_text(name, text, encoding, data, markdown=suffix in (".md", ".markdown"),
                                      warnings=(replacement_warning(text, shown),))
        return formats.CONVERTERS[suffix](name, data, progress=progress)
    except RecursionError as exc:  # pathological nesting in a document
        raise LoadError(f"{shown}: too deeply nested to read") from exc


def load_file(path: Path, max_bytes: int, name: str | None = None, progress=None) -> Document:
    name = name or display_name(path)
    shown = printable(name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError(f"{shown}: cannot be read ({exc.strerror})") from exc
    if size == 0:
        raise LoadError(f"{shown}: is empty (0 bytes)")
    if size > max_bytes:
        raise LoadError(f"{shown}: is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.1f} MB limit (setting SUYUAN_MAX_FILE_MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{shown}: cannot be read ({exc.strerror})") from exc
    return load_bytes(name, data, path.suffix.lower(), progress)


def load_url(url: str, max_bytes: int, options: WebOptions = WebOptions(), progress=None) -> Document:
    """A web page (or a PDF, DOCX... served over HTTP) known by its URL, which citations show."""
    final, data, kind = web.fetch(url, max_bytes, options.timeout, options.allow_private)
    if not data:
        raise LoadError(f"{printable(url)}: the server sent an empty page")
    suffix = web.SUFFIX_FOR_TYPE.get(kind) or Path(final.split("?", 1)[0]).suffix.lower()
    if suffix not in supported_suffixes():
        raise LoadError(f"{printable(url)}: cannot read content of type '{kind or 'unknown'}'")
    return load_bytes(url, data, suffix, progress)


def load_paths(paths: list, max_bytes: int, progress=None, web_options: WebOptions = WebOptions()) -> LoadReport:
    report = LoadReport()
    files, report.problems = discover(paths)
    for path in files:
        try:
            if web.is_url(path):
                doc = load_url(path, max_bytes, web_options, progress)
            else:
                doc = load_file(path, max_bytes, progress=progress)
        except LoadError as exc:
            report.problems.append(str(exc))
            continue
        report.documents.append(doc)
        report.warnings.extend(doc.warnings)
    return report
