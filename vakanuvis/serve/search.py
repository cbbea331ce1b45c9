"""Morphology-aware full-text search over sentences, ranked by BM25, with highlights.

Turkish words carry their grammar as suffixes (``Moskova’ya``, ``Moskovadan``,
``antlaşmasını``), so the index stores normalised words (see migration ``m0050_search``) and a
query word is cut down to the prefix its inflected forms share (``antlaşmasını`` ->
``antlaşma*``). Filters narrow by document, by period (the sentence's ``timex`` values, else
the document's own date) and by entity (the sentence's ``entity`` mentions).

Example::

    from vakanuvis.serve.search import search
    for hit in search(store, "Moskova antlaşması", period=("1921", "1921")):
        print(hit.doc, hit.highlighted())
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.link.search_index import MIN_STEM, WORD, fold, norm, stem, sync_index, words  # noqa: F401

QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')


def _in_sync(db: sqlite3.Connection, table: str) -> bool:
    last = db.execute(f"SELECT rowid FROM {table} ORDER BY rowid DESC LIMIT 1").fetchone()
    top = db.execute("SELECT max(id) FROM sentences").fetchone()[0]
    return (last[0] if last else None) == top


def ready_table(store: Any) -> str:
    """Name of an up-to-date index table: the stored one, synced when the store is writable,
    else (read-only and stale, or built before the index existed) a TEMP copy kept per
    connection."""
    db = store.db
    try:
        if _in_sync(db, "search_fts"):
            return "search_fts"
        with store.atomic():
            sync_index(db)
        return "search_fts"
    except sqlite3.OperationalError:  # read-only database, or no index table
        pass
    if db.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'search_tmp'").fetchone() is None:
        db.execute("CREATE VIRTUAL TABLE temp.search_tmp USING fts5("
                   "words, folded, tokenize=\"unicode61 remove_diacritics 0\")")
    if not _in_sync(db, "search_tmp"):
        sync_index(db, "search_tmp")
    return "search_tmp"


# --- queries -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One query unit: a word (prefix) or a quoted phrase (a sequence of prefixes)."""

    prefixes: tuple[str, ...]

    def fts(self) -> str:
        return " + ".join(f'"{p}" *' for p in self.prefixes)


def query_prefix(word: str, *, folded: bool = False) -> str:
    p = stem(norm(word))
    return fold(p) if folded else p


def parse_query(query: str, *, folded: bool = False, raw: bool = False) -> list[Term]:
    """Words and ``"quoted phrases"`` of a query, each word cut to its stem prefix (``raw``:
    the words are prefixes already)."""
    terms = []
    for m in QUERY_PART.finditer(query):
        ws = [w.group(1) if raw else query_prefix(w.group(1), folded=folded)
              for w in WORD.finditer(m.group(1) or m.group(2))]
        ws = [w for w in ws if w]
        if not ws:
            continue
        if m.group(1) is not None:
            terms.append(Term(tuple(ws)))
        else:
            terms.extend(Term((w,)) for w in ws)
    return terms


def match_expression(terms: list[Term], *, folded: bool = False, any_term: bool = False) -> str:
    col = "folded" if folded else "words"
    joiner = " OR " if any_term else " AND "
    return "{" + col + "}: (" + joiner.join(t.fts() for t in terms) + ")"


@dataclass(frozen=True)
class Hit:
    """A matching sentence: original offsets into its document, clean text, BM25 score
    (higher is better) and the hit words as ``(start, end)`` offsets into ``text``."""

    sentence_id: int
    doc_id: str
    doc: str  # document file stem
    title: str | None
    date: str | None
    index: int
    start: int
    end: int
    text: str
    score: float
    marks: tuple[tuple[int, int], ...] = field(default=())

    def highlighted(self, open_: str = "[", close: str = "]") -> str:
        out, pos = [], 0
        for s, e in self.marks:
            out += [self.text[pos:s], open_, self.text[s:e], close]
            pos = e
        out.append(self.text[pos:])
        return "".join(out)

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "doc_id": self.doc_id, "title": self.title, "date": self.date,
                "sentence": self.index, "start": self.start, "end": self.end, "text": self.text,
                "score": round(self.score, 4), "marks": [list(m) for m in self.marks]}


def marks_for(text: str, terms: list[Term], *, folded: bool = False) -> tuple[tuple[int, int], ...]:
    """Spans of the words in ``text`` that a term's prefixes match (suffix included)."""
    prefixes = {p for t in terms for p in t.prefixes}
    out = []
    for m in WORD.finditer(text):
        w = norm(m.group(1))
        if folded:
            w = fold(w)
        if any(w.startswith(p) for p in prefixes):
            out.append((m.start(), m.end()))
    return tuple(out)


Period = tuple[str | None, str | None]


def _period(period: Period | str | None) -> Period | None:
    if period is None:
        return None
    if isinstance(period, str):
        a, _, b = period.partition("/")
        return (a or None, b or a or None)
    return period


_NAMES: dict[tuple[str, int], dict[str, set[str]]] = {}


def db_identity(db: sqlite3.Connection) -> str:
    """A key for per-database caches: the file's path, or for an in-memory database its
    connection and a fingerprint of its documents (a new connection may reuse a freed one's id)."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    if path:
        return path
    fp = db.execute("SELECT count(*), coalesce(sum(length(original)), 0), coalesce(min(id), '') FROM documents").fetchone()
    return f"memory:{id(db)}:{fp}"


def _name_table(db: sqlite3.Connection) -> dict[str, set[str]]:
    """Lower-cased name, alias or id -> the labels and ids it stands for (cached per database
    state)."""
    path = db_identity(db)
    state = db.execute("SELECT count(*) FROM annotations WHERE layer = 'entity'").fetchone()[0]
    key = (path, state)
    if key not in _NAMES:
        table: dict[str, set[str]] = {}
        for (label,) in db.execute("SELECT DISTINCT label FROM annotations WHERE layer = 'entity' AND label IS NOT NULL"):
            table.setdefault(tr.lower(label), set()).add(label)
        try:
            for r in db.execute("SELECT id, name, aliases FROM entities"):
                for alias in [r[1], r[0], *json.loads(r[2] or "[]")]:
                    table.setdefault(tr.lower(alias), set()).update((r[0], r[1]))
        except sqlite3.OperationalError:
            pass
        _NAMES.clear()
        _NAMES[key] = table
    return _NAMES[key]


def _entity_names(db: sqlite3.Connection, entity: str) -> list[str]:
    """Canonical names and ids an entity filter stands for (case- and alias-insensitive)."""
    return sorted({entity} | _name_table(db).get(tr.lower(entity), set()))


def search(store: Any, query: str, *, doc: str | None = None, period: Period | str | None = None,
           entity: str | None = None, fold: bool = False, limit: int = 20,
           any_term: bool = False, raw_prefixes: bool = False, marks: bool = True) -> list[Hit]:
    """Sentences matching every word/phrase of ``query`` (or any, with ``any_term``), best first.

    ``doc`` is a document id, file stem or stem prefix; ``period`` is ``(from, to)`` ISO
    prefixes (``("1920", "1921-03")``) or ``"1920/1921"``; ``entity`` a canonical name, alias
    or entity id.
    """
    terms = parse_query(query, folded=fold, raw=raw_prefixes)
    if not terms:
        return []
    table = ready_table(store)
    sql = [f"SELECT s.id, s.doc_id, d.stem, d.title, d.date, s.idx, s.start, s.end, s.text, bm25({table}) AS r"
           f" FROM {table} JOIN sentences s ON s.id = {table}.rowid JOIN documents d ON d.id = s.doc_id"
           f" WHERE {table} MATCH ?"]
    args: list[Any] = [match_expression(terms, folded=fold, any_term=any_term)]
    if doc:
        sql.append("AND (d.id = ? OR d.stem = ? OR d.stem LIKE ?)")
        args += [doc, doc, doc.replace("%", "") + "%"]
    span = _period(period)
    if span:
        lo, hi = span
        cond = ["a.label GLOB '[0-9]*'"]
        dcond = ["d.date IS NOT NULL"]
        if lo:
            cond.append("substr(a.label, 1, 10) >= ?")
            dcond.append("d.date >= ?")
        if hi:
            cond.append("substr(a.label, 1, ?) <= ?")
            dcond.append("substr(d.date, 1, ?) <= ?")
        sql.append(
            "AND (EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = s.doc_id AND a.layer = 'timex'"
            " AND a.start >= s.start AND a.start < s.end AND " + " AND ".join(cond) + ")"
            " OR (NOT EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = s.doc_id AND a.layer = 'timex'"
            " AND a.start >= s.start AND a.start < s.end) AND " + " AND ".join(dcond) + "))"
        )
        pargs: list[Any] = []
        if lo:
            pargs.append(lo)
        if hi:
            pargs += [len(hi), hi]
        args += pargs + pargs
    if entity:
        names = _entity_names(store.db, entity)
        marks = ",".join("?" * len(names))
        sql.append(
            "AND EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = s.doc_id AND a.layer = 'entity'"
            f" AND a.start >= s.start AND a.start < s.end AND (a.label IN ({marks})"
            f" OR json_extract(a.value, '$.entity_id') IN ({marks})))"
        )
        args += names + names
    sql.append("ORDER BY r LIMIT ?")
    args.append(limit)
    rows = store.db.execute(" ".join(sql), args).fetchall()
    return [
        Hit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], -r[9],
            marks_for(r[8], terms, folded=fold) if marks else ())
        for r in rows
    ]
