"""The SQLite file behind the persisted keyword index: its tables and how it is opened
(WAL, so many processes read while one writes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
    return db
