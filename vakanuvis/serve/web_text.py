"""Cut a text into flat segments, each with the layers that cover it, for highlighting.

Highlights are never built by inserting markup into document text: the text is split at
every span boundary and each segment is rendered (and escaped) by the template on its own,
wrapped in an element whose classes name the layers covering it. Overlapping and nested
spans (a date inside an event's evidence) therefore need no special handling.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    """A highlighted range in the same offsets as the text (ORIGINAL offsets for documents)."""

    start: int
    end: int
    layer: str                 # timex, entity, citation, event, evidence, hit
    value: str | None = None   # shown on hover: a date's normalised value, an entity's name


@dataclass
class Segment:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)

    @property
    def layers(self) -> list[str]:
        return sorted({m.layer for m in self.marks})

    @property
    def css(self) -> str:
        return " ".join(f"l-{layer}" for layer in self.layers)

    @property
    def tag(self) -> str:
        return "mark" if {"evidence", "hit"} & set(self.layers) else "span"

    @property
    def value(self) -> str | None:
        """The hover text: the innermost (shortest) span's value."""
        with_value = [m for m in self.marks if m.value]
        return min(with_value, key=lambda m: m.end - m.start).value if with_value else None


def segments(text: str, marks: Iterable[Mark], offset: int = 0) -> list[Segment]:
    """Split ``text`` (which starts at ``offset``) at every mark boundary.

    >>> [(s.text, s.layers) for s in segments("ab cd ef", [Mark(3, 5, "timex")])]
    [('ab ', []), ('cd', ['timex']), (' ef', [])]
    """
    n = len(text)
    clipped = []
    for m in marks:
        s, e = max(m.start - offset, 0), min(m.end - offset, n)
        if s < e:
            clipped.append((s, e, m))
    bounds = sorted({0, n, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    starts: dict[int, list[tuple[int, Mark]]] = {}
    for s, e, m in clipped:
        starts.setdefault(s, []).append((e, m))
    out: list[Segment] = []
    active: list[tuple[int, Mark]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [(e, m) for e, m in active if e > a] + starts.get(a, [])
        out.append(Segment(text[a:b], a + offset, [m for _, m in active]))
    return out


def window(segs: list[Segment], start: int, end: int) -> list[Segment]:
    """The part of a segmented text between two offsets (in the segments' coordinates).

    >>> [s.text for s in window(segments("ab cd ef", [Mark(3, 5, "timex")]), 1, 4)]
    ['b ', 'c']
    """
    out = []
    for s in segs:
        a, b = max(s.start, start), min(s.start + len(s.text), end)
        if a < b:
            out.append(Segment(s.text[a - s.start:b - s.start], a, s.marks))
    return out


def span_marks(spans: Iterable[dict[str, Any]], layers: Iterable[str] | None = None,
               clean: bool = False) -> list[Mark]:
    """Marks for stored annotations (``queries.document_spans`` dicts) of the chosen layers,
    in original offsets or, with ``clean``, in the clean text's (``clean_start/clean_end``)."""
    wanted = set(layers) if layers is not None else None
    a, b = ("clean_start", "clean_end") if clean else ("start", "end")
    out = []
    for s in spans:
        if wanted is not None and s["layer"] not in wanted:
            continue
        attrs = s.get("attrs") or {}
        value = None
        if s["layer"] == "timex":
            value = str(attrs.get("value")) if attrs.get("value") is not None else None
            if value and attrs.get("mod"):
                value += f" ({attrs['mod']})"
            if value and attrs.get("calendar"):
                value += f" [{attrs['calendar']}]"
        elif s["layer"] == "entity":
            value = attrs.get("entity") or s.get("label")
            if value and attrs.get("kind"):
                value = f"{value} · {attrs['kind']}"
        elif s["layer"] == "event":
            value = attrs.get("title") or attrs.get("type")
            ranges = [ev for ev in attrs.get("evidence") or [] if isinstance(ev, dict)
                      and isinstance(ev.get(a), int) and isinstance(ev.get(b), int)]
            if ranges:  # an event's span is its evidence sentence(s)
                out += [Mark(ev[a], ev[b], "event", value) for ev in ranges]
                continue
        elif s["layer"] == "citation":
            value = s.get("text")
        if isinstance(s.get(a), int) and isinstance(s.get(b), int):
            out.append(Mark(s[a], s[b], s["layer"], value))
    return out
