"""BM25 over jieba tokens, persisted in SQLite and updated in place: never rebuilt.

Not FTS5: its bm25() took 177-452 ms a question at 100k chunks of common words; not bm25s:
no incremental update (docs/benchmarks.md). Postings are numpy blobs in SQLite (a row per
term and write batch, merged as they pile up), scored with numpy like `KeywordIndex`.
Row numbers are never reused: a deleted chunk's row is marked dead (its postings skipped,
then dropped at the next merge) and its words' document frequencies lowered. Readers keep
row -> length and row -> alive arrays and catch up on rows changed since they last looked
(`seq`), so other processes' writes count from their next question (SQLite WAL: many
readers, one writer); a new reader starts from the arrays' last snapshot, which writers
renew every few thousand changed rows (3 s -> 0.1 s to open at 1M chunks).
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from pathlib import Path

import numpy as np

from assistant.index import keyword_db
from assistant.ingest import facts as facts_mod

K1, B = 1.2, 0.75


class KeywordStore:
    """The keyword index of one Chroma collection, in one SQLite file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = keyword_db.connect(self.path)
        self._lock = threading.RLock()
        self._forget()
        self._vocab: list[str] | None = None
        self._vocab_seq = -1
        if keyword_db.tokens_form(self.db) != keyword_db.TOKENS_FORM:
            self._simplify_tokens()

    def _simplify_tokens(self) -> None:
        """Once, for a file from before tokens were simplified (--rebuild re-cuts the text)."""
        ids, metas = keyword_db.unsimplified(self.db)
        if ids:
            self.remove(ids)
            self.add(ids, metas)
        keyword_db.mark_tokens(self.db)

    def _rows(self, sql: str, params=()) -> list:
        """One connection serves every thread, so each statement runs whole under the lock."""
        with self._lock:
            return self.db.execute(sql, params).fetchall()

    # writing --------------------------------------------------------------------
    def _next_seq(self) -> int:
        row = self.db.execute("select value from meta where key = 'seq'").fetchone()
        seq = (row[0] if row else 0) + 1
        self.db.execute("insert or replace into meta(key, value) values ('seq', ?)", (seq,))
        return seq

    def add(self, ids, metadatas) -> None:
        """Index chunks (Chroma records' metadata: source, title, tokens, facts); ids already
        present are left as they are, so replaying an interrupted write is harmless."""
        with self._lock:
            db = self.db
            db.execute("begin immediate")
            try:
                self._refresh()  # before dead rows are dropped below: a snapshot must show them dead
                present = set()
                for i in range(0, len(ids), 500):
                    part = list(ids[i : i + 500])
                    present.update(r[0] for r in db.execute(
                        f"select id from docs where live = 1 and id in ({','.join('?' * len(part))})", part))
                seq = self._next_seq()
                row = (db.execute("select max(row) from docs").fetchone()[0] or 0) + 1
                docs, term_ids, token_rows, vocab = [], [], [], {}
                for chunk_id, meta in zip(ids, metadatas):
                    if chunk_id in present:
                        continue
                    present.add(chunk_id)
                    tokens = meta.get("tokens", "")
                    split = tokens.split()
                    docs.append((row, chunk_id, meta["source"], meta.get("title", ""), len(split), tokens,
                                 meta.get("facts", "[]"), seq))
                    term_ids.extend([vocab.setdefault(t, len(vocab)) for t in split])
                    token_rows.extend([row] * len(split))
                    row += 1
                dropped = db.executemany("delete from docs where id = ?", [(d[1],) for d in docs]).rowcount  # dead rows
                db.executemany("insert into docs(row, id, source, title, length, tokens, facts, live, seq) "
                               "values (?,?,?,?,?,?,?,1,?)", docs)
                if not term_ids:
                    self._dropped(seq, dropped)
                    db.execute("commit")
                    return
                # (term, row) pairs counted and grouped by term with numpy, not a dict per chunk
                pairs, tf = np.unique(np.asarray(term_ids, dtype=np.int64) << 32 | np.asarray(token_rows, dtype=np.int64),
                                      return_counts=True)
                terms_of, rows_of = pairs >> 32, (pairs & 0xFFFFFFFF).astype(np.int32)
                bounds = np.flatnonzero(np.diff(terms_of)) + 1
                starts, ends = np.concatenate([[0], bounds]), np.concatenate([bounds, [len(pairs)]])
                names = list(vocab)
                self._refresh()
                segments = keyword_db.segments(db, names)
                db.executemany("insert into terms(term, df) values (?, ?) on conflict(term) do update set df = df + ?",
                               [(names[terms_of[a]], int(b - a), int(b - a)) for a, b in zip(starts, ends)])
                for a, b in zip(starts, ends):
                    term = names[terms_of[a]]
                    cur = db.execute("insert into postings(term, n, rows, tfs) values (?,?,?,?)",
                                     (term, int(b - a), rows_of[a:b].tobytes(),
                                      np.minimum(tf[a:b], 65535).astype(np.uint16).tobytes()))
                    keyword_db.merge(db, term, segments[term] + [(cur.lastrowid, int(b - a))], self._alive)
                self._dropped(seq, dropped)
                db.execute("commit")
            except BaseException:
                db.execute("rollback")
                self._forget()  # the arrays saw rows that were rolled back
                raise

    def _dropped(self, seq: int, dropped: int) -> None:
        """A row gone is not seen by catching up on changed rows: a snapshot taken after it
        shows it dead, and readers that looked before `seq` restart from that snapshot."""
        self._snapshot(dropped > 0)
        if dropped:  # after the snapshot's catching up, so this writer does not restart itself
            self.db.execute("insert or replace into meta(key, value) values ('dropped', ?)", (seq,))

    def remove(self, ids) -> None:
        with self._lock:
            db = self.db
            db.execute("begin immediate")
            try:
                seq = self._next_seq()
                dropped: Counter = Counter()
                for i in range(0, len(ids), 500):
                    part = list(ids[i : i + 500])
                    marks = ",".join("?" * len(part))
                    for (tokens,) in db.execute(f"select tokens from docs where live = 1 and id in ({marks})", part):
                        dropped.update(set(tokens.split()))
                    db.execute(f"update docs set live = 0, tokens = '', facts = '[]', seq = ? where live = 1 and id in ({marks})",
                               [seq, *part])
                db.executemany("update terms set df = df - ? where term = ?", [(n, t) for t, n in dropped.items()])
                self._snapshot()
                db.execute("commit")
            except BaseException:
                db.execute("rollback")
                raise

    # pending writes: what to check after a crash ------------------------------------
    def begin(self, op: str, ids) -> int:
        """Note a Chroma write before it happens; `done` clears it once both sides agree."""
        with self._lock:
            return int(self.db.execute("insert into pending(op, ids) values (?, ?)", (op, "\n".join(ids))).lastrowid)

    def done(self, ticket: int) -> None:
        self._rows("delete from pending where id = ?", (ticket,))

    def unfinished(self) -> list[tuple[int, list[str]]]:
        return [(t, ids.split("\n") if ids else []) for t, _, ids in self._rows("select id, op, ids from pending")]

    def _forget(self) -> None:
        self._seq = 0
        self._lengths = np.zeros(0, dtype=np.float32)
        self._alive = np.zeros(0, dtype=bool)

    # reading --------------------------------------------------------------------
    def _snapshot(self, force: bool = False) -> None:
        """In a write, when due (keyword_db.SNAPSHOT_EVERY): the row arrays, for new readers."""
        if force or keyword_db.snapshot_due(self.db):
            self._refresh()
            keyword_db.write_snapshot(self.db, self._seq, self._lengths, self._alive)

    def _refresh(self) -> None:
        """Catch up on rows written since the last look (by this or another process); a new
        reader starts from the last snapshot."""
        if self._seq:
            dropped = self._rows("select value from meta where key = 'dropped'")
            if dropped and int(dropped[0][0]) > self._seq:
                self._forget()  # the snapshot taken with that write shows the dropped rows dead
        if not self._seq and not len(self._lengths):
            self._seq, self._lengths, self._alive = keyword_db.read_snapshot(self.db) or (0, self._lengths, self._alive)
        changed = self._rows("select row, length, live, seq from docs where seq > ?", (self._seq,))
        if not changed:
            return
        top = max(r[0] for r in changed) + 1
        if top > len(self._lengths):
            size = max(top, int(len(self._lengths) * 1.25) + 1024)
            self._lengths = np.concatenate([self._lengths, np.zeros(size - len(self._lengths), np.float32)])
            self._alive = np.concatenate([self._alive, np.zeros(size - len(self._alive), bool)])
        rows = np.fromiter((r[0] for r in changed), dtype=np.int64, count=len(changed))
        self._lengths[rows] = [r[1] for r in changed]
        self._alive[rows] = [bool(r[2]) for r in changed]
        self._seq = max(r[3] for r in changed)

    def version(self) -> int:
        """Moves on every write, by any process: what caches of this index's contents key on."""
        rows = self._rows("select value from meta where key = 'seq'")
        return int(rows[0][0]) if rows else 0

    def synced(self) -> str:
        """The Chroma generation stamp of the last write this file took part in."""
        rows = self._rows("select value from meta where key = 'generation'")
        return str(rows[0][0]) if rows else ""

    def mark_synced(self, generation: str) -> None:
        self._rows("insert or replace into meta(key, value) values ('generation', ?)", (generation,))

    def __len__(self) -> int:
        with self._lock:
            self._refresh()
            return int(self._alive.sum())

    @property
    def ids(self) -> list[str]:
        return [r[0] for r in self._rows("select id from docs where live = 1")]

    def df(self, terms) -> dict[str, int]:
        terms = list(dict.fromkeys(terms))
        out = {}
        for i in range(0, len(terms), 500):
            part = terms[i : i + 500]
            out.update(self._rows(f"select term, df from terms where df > 0 and term in ({','.join('?' * len(part))})", part))
        return out

    def known(self, tokens) -> list[str]:
        tokens = list(tokens)
        present = self.df(tokens)
        return [t for t in tokens if t in present]

    @property
    def vocab(self) -> list[str]:
        """Every indexed word (for the English -> Chinese bridge), reloaded after writes."""
        with self._lock:
            self._refresh()
            if self._vocab is None or self._vocab_seq != self._seq:
                self._vocab = [t for (t,) in self._rows("select term from terms where df > 0")]
                self._vocab_seq = self._seq
            return self._vocab

    def idf_of(self, term: str) -> float:
        """Rarity of a term in the corpus; unseen terms count as the rarest."""
        with self._lock:
            self._refresh()
            n_docs = int(self._alive.sum())
        df = self.df([term]).get(term)
        if df is None:
            return math.log1p(n_docs + 0.5) if n_docs else 1.0
        return math.log1p((n_docs - df + 0.5) / (df + 0.5))

    def search(self, tokens, n: int) -> list[tuple[str, float]]:
        weight = Counter(tokens)  # a word repeated in the question counts again, as before
        with self._lock:
            self._refresh()
            lengths, alive = self._lengths, self._alive
        n_docs = int(alive.sum())
        dfs = self.df(weight)
        if not dfs or not n_docs:
            return []
        avg = float(lengths[alive].mean()) or 1.0
        all_rows, all_weights = [], []
        marks = ",".join("?" * len(dfs))
        for term, blob_rows, blob_tfs in self._rows(f"select term, rows, tfs from postings where term in ({marks})", list(dfs)):
            rows = np.frombuffer(blob_rows, dtype=np.int32)
            tf = np.frombuffer(blob_tfs, dtype=np.uint16)
            keep = rows < len(alive)  # rows written after our refresh count from the next question
            keep[keep] = alive[rows[keep]]
            rows, tf = rows[keep], tf[keep].astype(np.float32)
            df = dfs[term]
            idf = math.log1p((n_docs - df + 0.5) / (df + 0.5))
            norm = K1 * (1 - B + B * lengths[rows] / avg)
            all_rows.append(rows)
            all_weights.append(weight[term] * idf * tf * (K1 + 1) / (tf + norm))
        if not all_rows:
            return []
        scores = np.bincount(np.concatenate(all_rows), np.concatenate(all_weights), minlength=len(alive))
        hit = np.flatnonzero(scores)
        n = min(n, len(hit))
        if n <= 0:
            return []
        top = hit[np.argpartition(-scores[hit], n - 1)[:n]]
        top = top[np.argsort(-scores[top], kind="stable")]
        names = dict(self._rows(f"select row, id from docs where row in ({','.join('?' * len(top))})", [int(r) for r in top]))
        return [(names[int(r)], float(scores[r])) for r in top if int(r) in names]

    def facts(self) -> list:
        """Every figure of the corpus, read from here rather than from Chroma: seconds at 1M chunks."""
        out = []
        for chunk_id, source, title, data in self._rows(
                "select id, source, title, facts from docs where live = 1 and facts != '[]'"):
            out.extend(facts_mod.from_json(data, chunk_id, source, title))
        return out

    def close(self) -> None:
        self.db.close()
