"""Files -> Documents: discovery, size limits, decoding, layout repair, articles."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ingest import layout
from assistant.ingest.decoding import decode
from assistant.errors import LoadError
from assistant.records import Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}


def supported_suffixes() -> set[str]:
    from assistant.ingest import formats

    return TEXT_SUFFIXES | set(formats.CONVERTERS)


@dataclass
class LoadReport:
    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one message per skipped file
    warnings: list[str] = field(default_factory=list)  # indexed, but with something left out


def display_name(path: Path) -> str:
    """The name a document is known by: relative to the working folder when inside it."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(resolved)


def printable(name: str) -> str:
    """A file name safe to print: control characters shown as escapes."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def discover(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Expand folders (recursively, hidden entries skipped) into supported files."""
    files, problems = [], []
    suffixes = supported_suffixes()
    for path in paths:
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
                problems.append(f"{path}: unsupported file type '{path.suffix or '(none)'}' (supported: {', '.join(sorted(suffixes))})")
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def load_file(path: Path, max_bytes: int, name: str | None = None) -> Document:
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
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            text, encoding = decode(data, shown)
            return document_from_text(name, text, encoding, data, markdown=suffix in (".md", ".markdown"))
        from assistant.ingest import formats

        return formats.CONVERTERS[suffix](name, data)
    except RecursionError as exc:  # pathological nesting in a document
        raise LoadError(f"{shown}: too deeply nested to read") from exc


def document_from_text(name: str, text: str, encoding: str, data: bytes, markdown: bool = False,
                       pages: list[tuple[int, int]] | None = None) -> Document:
    if not text.strip():
        raise LoadError(f"{printable(name)}: contains no text")
    articles = layout.segment(text, markdown=markdown)
    if pages:
        articles = layout.assign_pages(articles, pages)
    if not articles:
        raise LoadError(f"{printable(name)}: contains no readable paragraphs")
    digest = hashlib.sha256(data).hexdigest()
    return Document(source=name, text=text, encoding=encoding, content_hash=digest, articles=tuple(articles))


def load_paths(paths: list[Path], max_bytes: int) -> LoadReport:
    report = LoadReport()
    files, report.problems = discover(paths)
    for path in files:
        try:
            doc = load_file(path, max_bytes)
        except LoadError as exc:
            report.problems.append(str(exc))
            continue
        report.documents.append(doc)
        report.warnings.extend(doc.warnings)
    return report
