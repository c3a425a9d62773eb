"""The SQLite file behind the persisted keyword index: its tables and how it is opened
(WAL, so many processes read while one writes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from assistant.text.script import to_simplified, traditional_characters

# What the stored tokens are: jieba search tokens in simplified characters (text/script.py).
# A file without this mark may hold traditional tokens from before that (KeywordStore
# simplifies them once when it opens the file).
TOKENS_FORM = "jieba-search-t2s"

SCHEMA = """
create table if not exists docs(row integer primary key, id text unique not null, source text not null,
    title text not null default '', length integer not null, tokens text not null, facts text not null default '[]',
    live integer not null, seq integer not null);
create index if not exists docs_seq on docs(seq);
create index if not exists docs_source on docs(source);
create table if not exists terms(term text primary key, df integer not null) without rowid;
create table if not exists postings(seg integer primary key, term text not null, n integer not null,
    rows blob not null, tfs blob not null);
create index if not exists postings_term on postings(term, seg);
create table if not exists meta(key text primary key, value) without rowid;
create table if not exists pending(id integer primary key, op text not null, ids text not null);
"""


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=60, check_same_thread=False, isolation_level=None)
    db.execute("pragma journal_mode=wal")
    db.execute("pragma synchronous=normal")
    db.executescript(SCHEMA)
    if db.execute("select 1 from docs limit 1").fetchone() is None:
        mark_tokens(db)
    return db


def tokens_form(db: sqlite3.Connection) -> str:
    row = db.execute("select value from meta where key = 'tokens'").fetchone()
    return str(row[0]) if row else ""


def mark_tokens(db: sqlite3.Connection) -> None:
    db.execute("insert or replace into meta(key, value) values ('tokens', ?)", (TOKENS_FORM,))


def unsimplified(db: sqlite3.Connection) -> tuple[list[str], list[dict]]:
    """Live chunks with a traditional-character token, as (ids, metadata with the tokens
    simplified). Found through the vocabulary and its postings, so an index of simplified
    text costs one pass over its terms, not over its chunks."""
    traditional = traditional_characters()
    terms = [t for (t,) in db.execute("select term from terms where df > 0") if not traditional.isdisjoint(t)]
    rows: set[int] = set()
    for i in range(0, len(terms), 500):
        part = terms[i : i + 500]
        for (blob,) in db.execute(f"select rows from postings where term in ({','.join('?' * len(part))})", part):
            rows.update(np.frombuffer(blob, dtype=np.int32).tolist())
    ids, metas, rows = [], [], sorted(rows)
    for i in range(0, len(rows), 500):
        part = rows[i : i + 500]
        for chunk_id, source, title, tokens, facts in db.execute(
                f"select id, source, title, tokens, facts from docs where live = 1 and row in ({','.join('?' * len(part))})", part):
            ids.append(chunk_id)
            metas.append({"source": source, "title": title, "tokens": to_simplified(tokens), "facts": facts})
    return ids, metas
