"""What the store holds that every step reads: entity surface forms (the lexicon), document
titles, phrase matching over folded words. Read once per database state, since a question
reads them many times and the store changes only on a build."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from typing import Any

from vakanuvis.serve import search as S


@dataclass(frozen=True)
class Lexicon:
    """Entity surface forms in the store: key (folded stems) -> {label: count}, label -> kind."""

    surfaces: dict[tuple[str, ...], dict[str, int]]
    kinds: dict[str, str]
    max_len: int
    keys: dict[str, set[tuple[str, ...]]]  # label -> its surface keys
    attested: frozenset[str] = frozenset()  # labels the sources' annotations use (not only the KB)


_LEXICONS: dict[tuple[str, int], Lexicon] = {}


def key_of(text: str) -> tuple[str, ...]:
    return tuple(S.fold(S.stem(w)) for _, _, w in S.words(text))


def lexicon(db: sqlite3.Connection) -> Lexicon:
    n = db.execute("SELECT count(*), max(id) FROM annotations WHERE layer = 'entity'").fetchone()
    cache_key = (S.db_identity(db), hash(tuple(n)))
    if cache_key in _LEXICONS:
        return _LEXICONS[cache_key]
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
    lex = Lexicon(surfaces, kinds, max((len(k) for k in surfaces), default=0), keys, attested)
    _LEXICONS.clear()
    _LEXICONS[cache_key] = lex
    return lex


@cache
def _folded_title(title: str) -> str:
    return " ".join(S.fold(w) for _, _, w in S.words(title))


@cache
def _phrase_rx(alt: tuple[str, ...]) -> re.Pattern[str]:
    # an initial or a regnal number may stand between the words (`Kralı I. Faysal`)
    return re.compile(r"(?:^| )" + r"\S* (?:\S \d* ?)?".join(re.escape(a) for a in alt))


def _phrase_in(text: str, alt: tuple[str, ...]) -> bool:
    """Is the prefix sequence ``alt`` in ``text`` (space-joined folded words)?"""
    return _phrase_rx(alt).search(text) is not None


_TITLES: dict[tuple[str, int], list[tuple[str, str, str, str | None, str | None, str]]] = {}


def _titles(store: Any) -> list[tuple[str, str, str, str | None, str | None, str]]:
    """(id, stem, title, date or dateline date, place, folded title words) of every titled
    document, read once per database state."""
    db = store.db
    n = db.execute("SELECT count(*), max(rowid) FROM documents").fetchone()
    key = (S.db_identity(db), hash(tuple(n)))
    if key not in _TITLES:
        rows = db.execute("SELECT id, stem, title, date, place FROM documents WHERE title IS NOT NULL").fetchall()
        _TITLES.clear()
        _TITLES[key] = [(i, st, t, d or _dateline_date(store, i), pl, " ".join(S.fold(w) for _, _, w in S.words(t)))
                        for i, st, t, d, pl in rows]
    return _TITLES[key]


def _dateline_date(store: Any, doc_id: str) -> str | None:
    """The full date that opens an undated document (a telegram's `20 Eylül 1925` line)."""
    row = store.db.execute("SELECT label FROM annotations WHERE doc_id = ? AND layer = 'timex' AND start < 40"
                           " ORDER BY start LIMIT 1", (doc_id,)).fetchone()
    return row[0] if row and row[0] and re.fullmatch(r"\d{4}-\d\d-\d\d", row[0]) else None
