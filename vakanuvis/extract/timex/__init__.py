"""The ``timex`` layer: dates, times, durations and frequencies in Turkish and English.

Rules and lexicons are data (``vakanuvis/data/tr/timex``); :mod:`.rules` loads and checks
them, :mod:`.match` runs them over the clean text, :mod:`.resolve` turns matches into
TIMEX3 values with context, and :mod:`.calendars` converts Rumi, Hijri and Julian dates.
"""

from __future__ import annotations

import re

from vakanuvis.extract.timex.match import Match, find
from vakanuvis.extract.timex.resolve import Timex, interpret, resolve, widen
from vakanuvis.model import Doc, Span
from vakanuvis.registry import extractor

__all__ = ["date_line", "head_date", "own_date", "tag_text", "timex"]


def tag_text(text: str, doc_date: str | None = None,
             blocked: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Temporal expressions of a plain text (offsets into ``text``).

    Without ``doc_date``, a date standing alone on one of the first or last lines (a
    telegram's ``Ankara, 23 Nisan 1336``) is taken as the document's own date.
    """
    matches = find(text, blocked, keep=lambda m: interpret(m) is not None)
    return widen(resolve(matches, own_date(doc_date, text, matches), text), text)


def own_date(meta: str | None, text: str, matches: list[Match]) -> str | None:
    """The document's own date: the metadata's when it names a day; else the text's date line
    (``Sivas, 4 Eylül 1335``) or dateline at its head (``25-26 Kânun-ı Sânî 1339 (…)``) when it
    agrees with the metadata's year (a speech dated only ``1923``)."""
    meta = str(meta) if meta else None
    if meta and len(meta) >= 10:
        return meta
    line = date_line(text, matches) or head_date(text, matches)
    if line and (meta is None or line.startswith(meta)):
        return line
    return meta


PLACE = re.compile(r"[A-ZÇĞİÖŞÜ][\w’'\- ]{0,30}")
EDGE = 300  # characters from either end of the text where a date line may stand


def date_line(text: str, matches: list[Match]) -> str | None:
    """ISO date of a full date alone on its line (optionally after a place) near an end."""
    for m in matches:
        if EDGE <= m.start and m.end <= len(text) - EDGE:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:m.start].strip(" \t,"), text[m.end:line_end].strip(" \t.,")
        if after or (before and not PLACE.fullmatch(before)):
            continue
        p = interpret(m)
        if p is not None and p.type == "DATE" and None not in (p.y, p.m, p.d) and p.end is None:
            return f"{p.y:04d}-{p.m:02d}-{p.d:02d}"
    return None


HEAD = 40  # characters before a dateline at the head of a text (a place, a number)


def head_date(text: str, matches: list[Match]) -> str | None:
    """ISO date (or ``A/B`` range) of a full date opening the text without a case suffix,
    after at most a place: ``3/4 Kânun-ı Sânî 1327 (16/17 Ocak 1912) Doğu Kolu …``."""
    if not matches or matches[0].start > HEAD:
        return None
    m = matches[0]
    before = text[:m.start].strip(" \t\n,")
    if before and not PLACE.fullmatch(before) or not text[m.end - 1].isdigit():
        return None
    p = interpret(m)
    if p is None or p.type != "DATE" or None in (p.y, p.m, p.d):
        return None
    start = f"{p.y:04d}-{p.m:02d}-{p.d:02d}"
    if p.end is None:
        return start
    if None in p.end:
        return None
    return f"{start}/{p.end[0]:04d}-{p.end[1]:02d}-{p.end[2]:02d}"


# Spans of these layers hold no date: in-text citations and reference-list entries.
NO_DATE_LAYERS = ("citation", "reference")


def _citation_regions(doc: Doc) -> list[tuple[int, int]]:
    """Clean-text regions of the citation and reference layers' spans (when they ran)."""
    return [(doc.to_clean(s.start), doc.to_clean(s.end))
            for layer in NO_DATE_LAYERS for s in doc.layers.get(layer, [])]


@extractor("timex", requires=NO_DATE_LAYERS)
def timex(doc: Doc) -> list[Span]:
    """Temporal expressions with TIMEX3 values; none inside a citation or a reference entry."""
    items = tag_text(doc.text, doc.meta.get("date"), _citation_regions(doc))
    return [doc.span(t.start, t.end, "timex", **t.attrs) for t in items]
