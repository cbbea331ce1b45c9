"""What the store holds that every step reads: entity surface forms (the lexicon), document
titles, phrase matching over folded words. Read once per database state, since a question
reads them many times and the store changes only on a build."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from vakanuvis.serve import search as S


@dataclass(frozen=True)
class Lexicon:
    """Entity surface forms in the store: key (folded stems) -> {label: count}, label -> kind."""

    surfaces: dict[tuple[str, ...], dict[str, int]]
    kinds: dict[str, str]
    max_len: int
    keys: dict[str, set[tuple[str, ...]]]  # label -> its surface keys
    attested: frozenset[str] = frozenset()  # labels the sources' annotations use (not only the KB)

    def names_in(self, keys: list[str], fits: Callable[[int, int, dict[str, int]], bool]
                 ) -> Iterator[tuple[int, int, dict[str, int]]]:
        """(first word, word count, labels) of each longest surface form along ``keys`` (one
        folded stem a word), left to right; where ``fits`` refuses one, a shorter one is tried."""
        i = 0
        while i < len(keys):
            for n in range(min(self.max_len, len(keys) - i), 0, -1):
                labels = self.surfaces.get(tuple(keys[i : i + n]))
                if labels and fits(i, n, labels):
                    yield i, n, labels
                    i += n - 1
                    break
            i += 1


T = TypeVar("T")
FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # an ISO day, the only date a document is dated by


def per_state(db: sqlite3.Connection, state_sql: str, memo: dict[tuple[str, int], Any], build: Callable[[], T]) -> T:
    """``build()``, kept while the row count and last id that ``state_sql`` reads stay the same:
    a question reads the lexicon, titles and authors many times; only a build changes them.
    One state is kept (the server asks of one database)."""
    key = (S.db_identity(db), hash(tuple(db.execute(state_sql).fetchone())))
    if key not in memo:
        value = build()
        memo.clear()
        memo[key] = value
    return memo[key]


def original_text(db: sqlite3.Connection, doc_id: str, start: int, end: int) -> str:
    """A document's ORIGINAL text between two offsets."""
    return db.execute("SELECT substr(original, ?, ?) FROM documents WHERE id = ?",
                      (start + 1, end - start, doc_id)).fetchone()[0]


def key_of(text: str) -> tuple[str, ...]:
    return tuple(S.fold(S.stem(w)) for _, _, w in S.words(text))


_LEXICONS: dict[tuple[str, int], Lexicon] = {}


def lexicon(db: sqlite3.Connection) -> Lexicon:
    return per_state(db, "SELECT count(*), max(id) FROM annotations WHERE layer = 'entity'", _LEXICONS,
                     lambda: _read_lexicon(db))


def _read_lexicon(db: sqlite3.Connection) -> Lexicon:
    surfaces: dict[tuple[str, ...], dict[str, int]] = {}
    kinds: dict[str, str] = {}
    rows = db.execute("SELECT text, label, json_extract(value, '$.kind'), count(*) FROM annotations"
                      " WHERE layer = 'entity' AND label IS NOT NULL GROUP BY text, label").fetchall()
    attested = frozenset(r[1] for r in rows)
    try:
        for r in db.execute("SELECT name, kind, aliases FROM entities"):
            for alias in [r[0], *json.loads(r[2] or "[]")]:
                rows.append((alias, r[0], r[1], 1))
    except sqlite3.OperationalError:
        pass
    for text, label, kind, count in rows:
        k = key_of(text)
        if not k:
            continue
        surfaces.setdefault(k, {})
        surfaces[k][label] = surfaces[k].get(label, 0) + count
        kinds.setdefault(label, kind or "")
        # the canonical name itself is a surface form too
        lk = key_of(label)
        if lk:
            surfaces.setdefault(lk, {}).setdefault(label, 1)
    keys: dict[str, set[tuple[str, ...]]] = {}
    for k, labels in surfaces.items():
        total = sum(labels.values())
        for label, n in labels.items():
            if n * 2 >= total:  # a surface form that mostly names this entity
                keys.setdefault(label, set()).add(k)
    return Lexicon(surfaces, kinds, max((len(k) for k in surfaces), default=0), keys, attested)


@cache
def folded_title(title: str) -> str:
    return " ".join(S.fold(w) for _, _, w in S.words(title))


@cache
def _phrase_rx(alt: tuple[str, ...]) -> re.Pattern[str]:
    # an initial or a regnal number may stand between the words (`Kralı I. Faysal`)
    return re.compile(r"(?:^| )" + r"\S* (?:\S \d* ?)?".join(re.escape(a) for a in alt))


def phrase_in(text: str, alt: tuple[str, ...]) -> bool:
    """Is the prefix sequence ``alt`` in ``text`` (space-joined folded words)?"""
    return _phrase_rx(alt).search(text) is not None


DOCUMENTS_STATE = "SELECT count(*), max(rowid) FROM documents"
_TITLES: dict[tuple[str, int], list[tuple[str, str, str, str | None, str | None, str]]] = {}


def titles(store: Any) -> list[tuple[str, str, str, str | None, str | None, str]]:
    """(id, stem, title, date or dateline date, place, folded title words) of every titled
    document, read once per database state."""
    def read() -> list[tuple[str, str, str, str | None, str | None, str]]:
        rows = store.db.execute("SELECT id, stem, title, date, place FROM documents WHERE title IS NOT NULL").fetchall()
        return [(i, st, t, d or _dateline_date(store, i), pl, folded_title(t)) for i, st, t, d, pl in rows]

    return per_state(store.db, DOCUMENTS_STATE, _TITLES, read)


def _dateline_date(store: Any, doc_id: str) -> str | None:
    """The full date that opens an undated document (a telegram's `20 Eylül 1925` line)."""
    row = store.db.execute("SELECT label FROM annotations WHERE doc_id = ? AND layer = 'timex' AND start < 40"
                           " ORDER BY start LIMIT 1", (doc_id,)).fetchone()
    return row[0] if row and row[0] and FULL_DAY.fullmatch(row[0]) else None
