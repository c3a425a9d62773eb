"""The SQLite file behind the persisted keyword index: its tables, how it is opened (WAL,
so many processes read while one writes), its postings segments and how they are merged,
and the snapshot of its row arrays that a new process starts from."""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from pathlib import Path

import numpy as np

from assistant.text.script import to_simplified, traditional_characters

# What the stored tokens are: jieba search tokens in simplified characters (text/script.py).
# A file without this mark may hold traditional tokens from before that (KeywordStore
# simplifies them once when it opens the file).
TOKENS_FORM = "jieba-search-t2s"
FAN_IN = 8  # a term's segments of about the same size are merged eight at a time

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
create table if not exists snapshot(id integer primary key check (id = 1), seq integer not null,
    lengths blob not null, alive blob not null);
"""
# A write that leaves this many rows changed since the last snapshot of the row arrays takes a
# new one: a new process then reads two blobs and at most this many rows, not a row per chunk
# (2.7 s of CPU at 1M chunks). A snapshot is 5 bytes a chunk, 5 MB at 1M.
SNAPSHOT_EVERY = 5000


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


def read_snapshot(db: sqlite3.Connection) -> tuple[int, np.ndarray, np.ndarray] | None:
    """(seq, row -> length, row -> alive) as of `seq`: every row with a seq up to it is in."""
    row = db.execute("select seq, lengths, alive from snapshot where id = 1").fetchone()
    if row is None:
        return None
    return int(row[0]), np.frombuffer(row[1], dtype=np.float32).copy(), np.frombuffer(row[2], dtype=bool).copy()


def snapshot_due(db: sqlite3.Connection) -> bool:
    row = db.execute("select seq from snapshot where id = 1").fetchone()
    since = db.execute("select count(*) from docs where seq > ?", (row[0] if row else 0,)).fetchone()[0]
    return since >= SNAPSHOT_EVERY


def write_snapshot(db: sqlite3.Connection, seq: int, lengths: np.ndarray, alive: np.ndarray) -> None:
    db.execute("insert or replace into snapshot(id, seq, lengths, alive) values (1, ?, ?, ?)",
               (seq, lengths.astype(np.float32).tobytes(), alive.astype(bool).tobytes()))


def segments(db: sqlite3.Connection, terms) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    terms = list(terms)
    for i in range(0, len(terms), 500):
        part = terms[i : i + 500]
        for term, seg, n in db.execute(
                f"select term, seg, n from postings where term in ({','.join('?' * len(part))}) order by seg", part):
            out[term].append((seg, n))
    return out


def merge(db: sqlite3.Connection, term: str, segs: list[tuple[int, int]], alive: np.ndarray) -> None:
    """Keep a term's segments few: whenever its newest FAN_IN segments are of one size class
    (a power of FAN_IN), they become one, without their dead rows (`alive`: the writer's
    row -> alive). A posting is rewritten about log_8(chunks / batch) times in all, and a
    term has at most a few dozen segments to read."""
    tier = lambda n: int(math.log(max(n, 1), FAN_IN))
    while len(segs) >= FAN_IN and len({tier(n) for _, n in segs[-FAN_IN:]}) == 1:
        merged = [seg for seg, _ in segs[-FAN_IN:]]
        marks = ",".join("?" * len(merged))
        parts = db.execute(f"select rows, tfs from postings where seg in ({marks}) order by seg", merged).fetchall()
        rows = np.concatenate([np.frombuffer(p[0], dtype=np.int32) for p in parts])
        tfs = np.concatenate([np.frombuffer(p[1], dtype=np.uint16) for p in parts])
        known = rows < len(alive)  # rows added in this transaction are alive
        keep = ~known
        keep[known] = alive[rows[known]]
        rows, tfs = rows[keep], tfs[keep]
        db.execute(f"delete from postings where seg in ({marks})", merged[1:] + [-1])
        db.execute("update postings set n = ?, rows = ?, tfs = ? where seg = ?",
                   (len(rows), rows.tobytes(), tfs.tobytes(), merged[0]))
        segs = segs[:-FAN_IN] + [(merged[0], len(rows))]
