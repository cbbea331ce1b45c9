"""Stage 6: the SQLite store. One :class:`Store` owns the connection and the schema.

WAL mode; one transaction per document (``atomic()``), so a killed build leaves only whole
documents behind; re-ingesting an unchanged file is a no-op (id = content hash), a changed
file at the same path replaces its old rows. Annotations are stored in ORIGINAL offsets.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vakanuvis.errors import StoreError
from vakanuvis.model import Doc, OffsetMap, Sentence, Span
from vakanuvis.store.migrations import all_migrations

LABEL_KEYS = ("entity", "value", "type", "id")  # first present attr becomes `label`


class Store:
    """A Vakanüvis database (a file path or ``":memory:"``); use as a context manager."""

    def __init__(self, path: str | Path = "vakanuvis.db", *, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(f"database {self.path} does not exist (run `vakanuvis build` first)")
                self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                self.db = sqlite3.connect(self.path, check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from None
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            self.db.execute("PRAGMA busy_timeout = 5000")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # --- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction (nested calls become savepoints)."""
        if self.db.in_transaction:
            name = f"sp{id(self)}"
            self.db.execute(f"SAVEPOINT {name}")
            try:
                yield self.db
            except BaseException:
                self.db.execute(f"ROLLBACK TO {name}")
                self.db.execute(f"RELEASE {name}")
                raise
            self.db.execute(f"RELEASE {name}")
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    def migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)")
        done = {r[0] for r in self.db.execute("SELECT name FROM _migrations")}
        for name, up in all_migrations():
            if name in done:
                continue
            with self.atomic():
                up(self.db)
                self.db.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))

    # --- documents -------------------------------------------------------------------------
    def has_document(self, doc_id: str, path: str | None = None) -> bool:
        sql, args = "SELECT 1 FROM documents WHERE id = ?", [doc_id]
        if path is not None:
            sql += " AND path = ?"
            args.append(path)
        return self.db.execute(sql, args).fetchone() is not None

    def save_document(self, doc: Doc) -> None:
        """Write a processed document and its layers in one transaction, replacing any older
        version stored under the same path or id."""
        assert doc.offsets is not None
        meta = doc.meta
        with self.atomic() as db:
            db.execute("DELETE FROM documents WHERE path = ? OR id = ?", (doc.path, doc.id))
            db.execute(
                "INSERT INTO documents(id, path, stem, title, language, kind, date, place, meta,"
                " original, clean, offsets) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id, doc.path, doc.stem, meta.get("title"), doc.language, meta.get("kind"),
                    meta.get("date"), meta.get("place"), json.dumps(meta, ensure_ascii=False),
                    doc.original, doc.text, json.dumps(doc.offsets.to_json()),
                ),
            )
            db.executemany(
                "INSERT INTO sentences(doc_id, idx, paragraph, start, end, clean_start, clean_end,"
                " language, text) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (doc.id, s.index, s.paragraph, s.start, s.end, s.clean_start, s.clean_end,
                     s.language, doc.text[s.clean_start : s.clean_end])
                    for s in doc.sentences
                ],
            )
            for layer, spans in doc.layers.items():
                self.save_spans(doc.id, layer, spans)

    def save_spans(self, doc_id: str, layer: str, spans: Iterable[Span]) -> None:
        self.db.executemany(
            "INSERT INTO annotations(doc_id, layer, start, end, text, label, value) VALUES (?,?,?,?,?,?,?)",
            [(doc_id, layer, s.start, s.end, s.text, _label(s), json.dumps(s.attrs, ensure_ascii=False)) for s in spans],
        )

    def document_rows(self) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT id, path, stem, title, language, kind, date, place, length(original) AS chars"
            " FROM documents ORDER BY date IS NULL, date, path"
        ).fetchall()

    def load_document(self, doc_id: str) -> Doc:
        """Rebuild a :class:`Doc` (text, offsets, sentences, layers) from the database."""
        row = self.db.execute("SELECT * FROM documents WHERE id = ? OR stem = ?", (doc_id, doc_id)).fetchone()
        if row is None:
            raise StoreError(f"no document {doc_id!r} in {self.path}")
        doc = Doc(id=row["id"], path=row["path"], original=row["original"], text=row["clean"],
                  meta=json.loads(row["meta"]))
        doc.offsets = OffsetMap.from_json(json.loads(row["offsets"]), len(row["clean"]), len(row["original"]))
        doc.sentences = [
            Sentence(r["idx"], r["paragraph"], r["start"], r["end"], r["clean_start"], r["clean_end"], r["language"])
            for r in self.db.execute("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx", (doc.id,))
        ]
        for r in self.db.execute("SELECT * FROM annotations WHERE doc_id = ? ORDER BY start, end", (doc.id,)):
            doc.layers.setdefault(r["layer"], []).append(
                Span(r["start"], r["end"], r["layer"], r["text"], json.loads(r["value"]))
            )
        return doc

    def annotations(self, layer: str | None = None, doc_id: str | None = None) -> Iterator[dict[str, Any]]:
        sql = "SELECT a.*, d.stem FROM annotations a JOIN documents d ON d.id = a.doc_id WHERE 1=1"
        args: list[Any] = []
        if layer:
            sql += " AND a.layer = ?"
            args.append(layer)
        if doc_id:
            sql += " AND a.doc_id = ?"
            args.append(doc_id)
        for r in self.db.execute(sql + " ORDER BY a.doc_id, a.start, a.end", args):
            item = dict(r)
            item["value"] = json.loads(item["value"])
            yield item

    # --- search ----------------------------------------------------------------------------
    def search_sentences(self, query: str, limit: int = 20, offset: int = 0,
                         marks: tuple[str, str] = ("[", "]")) -> list[sqlite3.Row]:
        """Plain FTS5 search, best first; each of the query's words (20 at most) is quoted, so
        user input cannot inject FTS5 syntax. ``hit`` is the sentence with the hits between ``marks``."""
        terms = re.findall(r"\w+", query)[:20]
        if not terms:
            return []
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        return self.db.execute(
            "SELECT s.doc_id, s.idx, s.start, s.end, s.text, d.stem, d.title, d.date,"
            " highlight(sentences_fts, 0, ?, ?) AS hit"
            " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
            " JOIN documents d ON d.id = s.doc_id WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (*marks, match, limit, offset),
        ).fetchall()

    # --- overview --------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        layers = {r[0]: r[1] for r in self.db.execute("SELECT layer, count(*) FROM annotations GROUP BY layer ORDER BY layer")}
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "characters": one("SELECT coalesce(sum(length(original)), 0) FROM documents"),
            "sentences": one("SELECT count(*) FROM sentences"),
            "layers": layers,
            "languages": {r[0]: r[1] for r in self.db.execute("SELECT language, count(*) FROM documents GROUP BY language")},
            "kinds": {r[0] or "-": r[1] for r in self.db.execute("SELECT kind, count(*) FROM documents GROUP BY kind")},
            "extra": self._table_counts(),
        }

    def _table_counts(self) -> dict[str, int]:
        """Row counts of the linked-knowledge tables that exist in this database."""
        present = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        wanted = ("entities", "events", "claims", "conflicts", "relations", "works")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in wanted if t in present}


def _label(span: Span) -> str | None:
    for key in LABEL_KEYS:
        v = span.attrs.get(key)
        if v is not None:
            return str(v)
    return None
