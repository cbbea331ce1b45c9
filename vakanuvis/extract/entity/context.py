"""The year a mention is written about, for time-aware linking (`Rusya` in 1915 vs 1920).

Sources, best first: the ``timex`` layer's values when it ran; else years written in the text
(Gregorian 1xxx/20xx, Rumi 13xx converted by +584), leaving out years inside bibliographic
parentheses such as `(Yüceer, 1997: 40)`. A mention takes the last year written before it in
the document; before the first one, the document's own date; else the first year after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from vakanuvis.model import Doc

YEAR = re.compile(r"(?<![\d.,/:])(1[0-9]{3}|20[0-9]{2})(?![\d:])")
CITATION_PAREN = re.compile(r"\([^()\n]{0,120}?[,:;][^()\n]{0,120}?\)")
CITED_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)[a-z]?(?!\d)")
RUMI_OFFSET = 584  # Rumi year 1336 (Mar 1920 – Feb 1921) ≈ 1920


@dataclass(frozen=True)
class YearIndex:
    positions: tuple[int, ...]  # clean offsets, ascending
    years: tuple[int, ...]
    default: int | None

    def at(self, pos: int) -> int | None:
        i = bisect_right(self.positions, pos) - 1
        if i >= 0:
            return self.years[i]
        if self.default is not None:
            return self.default
        return self.years[0] if self.years else None


def _from_timex(doc: Doc) -> list[tuple[int, int]]:
    out = []
    for span in doc.layers.get("timex", []):
        value = str(span.attrs.get("value") or "")
        if span.attrs.get("type") in ("DURATION", "SET") or not value[:4].isdigit():
            continue
        out.append((doc.to_clean(span.start), int(value[:4])))
    return out


def _from_text(text: str) -> list[tuple[int, int]]:
    masked = CITATION_PAREN.sub(lambda m: " " * len(m.group(0)) if CITED_YEAR.search(m.group(0)) else m.group(0), text)
    out = []
    for m in YEAR.finditer(masked):
        year = int(m.group(1))
        if 1300 <= year <= 1360:  # Rumi (the texts of the period write 1336 for 1920)
            year += RUMI_OFFSET
        out.append((m.start(), year))
    return out


def citation_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Clean ranges of bibliographic references, where a name is an author, not an actor:
    the ``citation`` layer when it ran, else parentheses holding a year and a `,`/`:`."""
    spans = doc.layers.get("citation")
    if spans:
        return [(doc.to_clean(s.start), doc.to_clean(s.end)) for s in spans]
    return [(m.start(), m.end()) for m in CITATION_PAREN.finditer(doc.text) if CITED_YEAR.search(m.group(0))]


def year_index(doc: Doc) -> YearIndex:
    found = _from_timex(doc) if doc.layers.get("timex") else []
    if not found:
        found = _from_text(doc.text)
    found.sort()
    date = str(doc.meta.get("date") or "")
    default = int(date[:4]) if date[:4].isdigit() else None
    return YearIndex(tuple(p for p, _ in found), tuple(y for _, y in found), default)
