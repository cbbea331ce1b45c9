"""Keep the morphology-aware sentence index (``search_fts``, migration ``m0050_search``) in sync.

Normalising Turkish words needs Python (Turkish lower case, the suffix after an apostrophe
dropped, spelling variants merged, a diacritic-folded copy), so rows are added here, as a
corpus pass after every build, rather than by an SQL trigger. The query side lives in
:mod:`vakanuvis.serve.search` and shares these normalisers.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.registry import corpus_pass

MIN_STEM = 4  # never cut a query word below this many letters
WORD = re.compile(r"([^\W_]+)(?:['’`´][^\W_]+)?")  # a word and the suffix after its apostrophe


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted({tr.lower(s.strip()) for s in tr.read_lines("qa/suffixes.tsv")}, key=len, reverse=True))


@cache
def _variants() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in tr.read_table("qa/variants.tsv"))


@cache
def _folding() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in tr.read_table("qa/folding.tsv"))


@cache
def norm(word: str) -> str:
    """Index form of a word: Turkish lower case with spelling variants merged."""
    w = tr.lower(word)
    for a, b in _variants():
        w = w.replace(a, b)
    return w


def fold(text: str) -> str:
    """Fold Turkish diacritics (``çiçerin`` -> ``cicerin``); expects lower-case text."""
    for a, b in _folding():  # a chain of str.replace: far faster than translate() here
        text = text.replace(a, b)
    return text


@cache
def stem(word: str) -> str:
    """The prefix the inflected forms of a normalised word share (greedy suffix stripping).

    >>> stem("antlaşmasını"), stem("moskovadan"), stem("imzalandı")
    ('antlaş', 'moskov', 'imzal')
    """
    w = word
    changed = True
    while changed:
        changed = False
        for suf in _suffixes():
            if w.endswith(suf) and len(w) - len(suf) >= MIN_STEM:
                w = w[: -len(suf)]
                changed = True
                break
    return w


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, normalised word)`` of each word, apostrophe suffixes left out."""
    return [(m.start(1), m.end(1), norm(m.group(1))) for m in WORD.finditer(text)]


def _row_text(text: str) -> tuple[str, str]:
    """The indexed columns of a sentence: normalised words, and the same folded.

    Same result as joining :func:`words`, but normalises the whole sentence at once (lower
    case and variants never cross a word boundary), which keeps ingest fast.
    """
    low = tr.lower(text)
    for a, b in _variants():
        low = low.replace(a, b)
    ws = " ".join(WORD.findall(low))
    return ws, fold(ws)


def sync_index(db: sqlite3.Connection, table: str = "search_fts") -> int:
    """Index the sentences added since the last sync; returns how many were added."""
    last = db.execute(f"SELECT rowid FROM {table} ORDER BY rowid DESC LIMIT 1").fetchone()
    rows = db.execute("SELECT id, text FROM sentences WHERE id > ? ORDER BY id", (last[0] if last else 0,)).fetchall()
    db.executemany(f"INSERT INTO {table}(rowid, words, folded) VALUES (?,?,?)",
                   [(r[0], *_row_text(r[1])) for r in rows])
    return len(rows)


@corpus_pass("search_index")
def index_pass(store: Any) -> None:
    """Corpus pass: bring the search index up to date after ingest."""
    sync_index(store.db)
