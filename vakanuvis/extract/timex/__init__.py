"""The ``timex`` layer: dates, times, durations and frequencies in Turkish and English.

Rules and lexicons are data (``vakanuvis/data/tr/timex``); :mod:`.rules` loads and checks
them, :mod:`.match` runs them over the clean text, :mod:`.resolve` turns matches into
TIMEX3 values with context, and :mod:`.calendars` converts Rumi, Hijri and Julian dates.
"""

from __future__ import annotations

import re

from vakanuvis.extract.timex.match import Match, find
from vakanuvis.extract.timex.resolve import Timex, interpret, resolve
from vakanuvis.model import Doc, Span
from vakanuvis.registry import extractor

__all__ = ["date_line", "tag", "tag_text", "timex"]


def tag_text(text: str, doc_date: str | None = None,
             blocked: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Temporal expressions of a plain text (offsets into ``text``).

    Without ``doc_date``, a date standing alone on one of the first or last lines (a
    telegram's ``Ankara, 23 Nisan 1336``) is taken as the document's own date.
    """
    matches = find(text, blocked, keep=lambda m: interpret(m) is not None)
    return resolve(matches, doc_date or date_line(text, matches), text)


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


def _citation_regions(doc: Doc) -> list[tuple[int, int]]:
    """Clean-text regions of the citation layer's spans (when that layer ran)."""
    return [(doc.to_clean(s.start), doc.to_clean(s.end)) for s in doc.layers.get("citation", [])]


@extractor("timex", requires=("citation",))
def timex(doc: Doc) -> list[Span]:
    """Temporal expressions with TIMEX3 values; none inside a citation."""
    items = tag_text(doc.text, doc.meta.get("date"), _citation_regions(doc))
    return [doc.span(t.start, t.end, "timex", **t.attrs) for t in items]


tag = timex
