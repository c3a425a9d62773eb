"""Uploaded files: a safe name inside the knowledge base's uploads folder, a size limit,
and the same checks as indexed files (empty, binary, undecodable, damaged), before any
indexing starts."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import LoadError
from assistant.ingest.loaders import display_name, load_file, supported_suffixes
from assistant.records import Document


def safe_name(name: str) -> str:
    """A file name that cannot leave the uploads folder or confuse a shell."""
    base = Path(name or "").name
    cleaned = re.sub(r"[^\w.\-\u4e00-\u9fff]+", "_", base).lstrip(".") or "upload"
    return cleaned[:120]


def folder(store_dir: Path, kb: str) -> Path:
    """store/uploads for the default knowledge base (as the chat always did), store/uploads/<kb> else."""
    base = Path(store_dir) / "uploads"
    return base if kb == "default" else base / kb


def save(store_dir: Path, kb: str, name: str, data: bytes, max_bytes: int) -> tuple[Path, Document]:
    """Write an upload and read it back as the indexer will; a bad file is removed again."""
    shown = safe_name(name)
    if Path(shown).suffix.lower() not in supported_suffixes():
        raise LoadError(f"{shown}: unsupported file type (supported: {', '.join(sorted(supported_suffixes()))})")
    if not data:
        raise LoadError(f"{shown}: is empty (0 bytes)")
    if len(data) > max_bytes:
        raise LoadError(f"{shown}: is {len(data) / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB upload limit")
    dest = folder(store_dir, kb) / shown
    dest.parent.mkdir(parents=True, exist_ok=True)
    # checked under a hidden name first, so a bad file never replaces a good one of that name
    part = dest.with_name(f".part-{shown}")  # hidden: never picked up by a folder index
    part.write_bytes(data)
    try:
        doc = load_file(part, max_bytes, name=display_name(dest))
    except LoadError:
        part.unlink(missing_ok=True)
        raise
    part.replace(dest)
    return dest, doc
