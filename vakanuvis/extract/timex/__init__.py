"""The ``timex`` layer: dates, times, durations and frequencies in Turkish and English.

Rules and lexicons are data (``vakanuvis/data/tr/timex``); :mod:`.rules` loads and checks
them, :mod:`.match` runs them over the clean text, :mod:`.resolve` turns matches into
TIMEX3 values with context, and :mod:`.calendars` converts Rumi, Hijri and Julian dates.
"""

from __future__ import annotations

from vakanuvis.extract.timex.match import find
from vakanuvis.extract.timex.resolve import Timex, interpret, resolve
from vakanuvis.model import Doc, Span
from vakanuvis.registry import extractor

__all__ = ["tag", "tag_text", "timex"]


def tag_text(text: str, doc_date: str | None = None,
             blocked: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Temporal expressions of a plain text (offsets into ``text``)."""
    return resolve(find(text, blocked, keep=lambda m: interpret(m) is not None), doc_date, text)


def _citation_regions(doc: Doc) -> list[tuple[int, int]]:
    """Clean-text regions of the citation layer's spans (when that layer ran)."""
    return [(doc.to_clean(s.start), doc.to_clean(s.end)) for s in doc.layers.get("citation", [])]


@extractor("timex", requires=("citation",))
def timex(doc: Doc) -> list[Span]:
    """Temporal expressions with TIMEX3 values; none inside a citation."""
    items = tag_text(doc.text, doc.meta.get("date"), _citation_regions(doc))
    return [doc.span(t.start, t.end, "timex", **t.attrs) for t in items]


tag = timex
