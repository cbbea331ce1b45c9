"""Citation vocabulary, loaded once from ``vakanuvis/data/tr/citation``; no rules live here."""

from __future__ import annotations

import re
from functools import cache

from vakanuvis.lang import tr

DIR = "citation/"


def _alternation(markers: list[str]) -> str:
    """Regex alternation, longest first, tolerant of the space after an inner period."""
    parts = []
    for m in sorted(set(markers), key=len, reverse=True):
        body = r"\.\s?".join(re.escape(p) for p in m.split("."))
        if m.endswith(".") and m.count(".") > 1:
            body = body[: -len(r"\.\s?")] + r"\.?"  # "y.a.g.e" with its last period lost
        parts.append(body)
    return "|".join(parts)


@cache
def headings() -> dict[str, tuple[str, str]]:
    """Normalised heading → (``references``/``notes``/``end``, language of the heading)."""
    return {tr.lower(h.strip()): (kind.strip(), lang.strip()) for h, kind, lang in tr.read_table(DIR + "headings.tsv")}


@cache
def backrefs() -> dict[str, str]:
    return {tr.lower(m.strip()): kind.strip() for m, kind in tr.read_table(DIR + "backrefs.tsv")}


@cache
def backref_re() -> re.Pattern[str]:
    """A back-reference marker standing alone (not the start of a longer word)."""
    return re.compile(rf"(?<!\w)(?:{_alternation(list(backrefs()))})(?!\w)", re.I)


@cache
def prefix_re() -> re.Pattern[str]:
    """``bkz.``, ``ayrıca bkz.``, ``see``... at the start of a citation item."""
    words = [w.strip() for w in tr.read_lines(DIR + "prefixes.txt")]
    return re.compile(rf"^\s*(?:{_alternation(words)})(?!\w)\s*:?\s*", re.I)


@cache
def prefix_inside_re() -> re.Pattern[str]:
    """The same markers after some words: ``(Bu konuda ayrıca bkz. Cebesoy, 1955)``."""
    words = [w.strip() for w in tr.read_lines(DIR + "prefixes.txt")]
    return re.compile(rf"(?<=\s)(?:{_alternation(words)})(?!\w)\s*:?\s*", re.I)


@cache
def etal_re() -> re.Pattern[str]:
    """``v.d.``, ``vd.``, ``et al.`` after the first author (anchored at the end)."""
    words = [w.strip() for w in tr.read_lines(DIR + "etal.txt")]
    return re.compile(rf"[\s,]*(?<!\w)(?:{_alternation(words)})\.?\s*$", re.I)


@cache
def locators() -> dict[str, str]:
    return {m.strip(): kind.strip() for m, kind in tr.read_table(DIR + "pages.txt")}


@cache
def page_marker_re() -> str:
    """Regex source of a page marker (``s.``, ``ss.``, ``pp.``...), case-sensitive."""
    return "|".join(
        r"\.\s?".join(re.escape(p) for p in m.split("."))
        for m in sorted((m for m, k in locators().items() if k == "page"), key=len, reverse=True)
    )


@cache
def volume_marker_re() -> str:
    return "|".join(
        re.escape(m) for m in sorted((m for m, k in locators().items() if k == "volume"), key=len, reverse=True)
    )


@cache
def issue_marker_re() -> str:
    return "|".join(
        re.escape(m) for m in sorted((m for m, k in locators().items() if k == "issue"), key=len, reverse=True)
    )


@cache
def nodate_re() -> str:
    return _alternation([w.strip() for w in tr.read_lines(DIR + "nodate.txt")])


@cache
def not_authors() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact words, event head-noun prefixes), lower-cased."""
    exact, heads = set(), []
    for w in tr.read_lines(DIR + "not_authors.txt"):
        w = tr.lower(w.strip())
        if w.endswith("*"):
            heads.append(w[:-1])
        else:
            exact.add(w)
    return frozenset(exact), tuple(heads)
