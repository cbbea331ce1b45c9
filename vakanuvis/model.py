"""The data model every stage shares: documents, offset maps, sentences and spans.

The original text of a document is never changed. Repairs produce a clean ``text`` plus an
:class:`OffsetMap` back to the original; every span that leaves the pipeline (stored,
exported, annotated) carries ORIGINAL offsets, so ``doc.original[s.start:s.end] == s.text``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class OffsetMap:
    """Maps clean-text offsets to original-text offsets.

    Stored as runs ``(clean_start, orig_start, length)``: inside a run, clean offset
    ``c`` maps to ``orig_start + (c - clean_start)``. A clean character that a repair
    *inserted* (e.g. the space replacing a line break) is a run of length 1 pointing at the
    first original character it replaced, so every clean offset has an original one.
    """

    runs: tuple[tuple[int, int, int], ...]
    clean_length: int
    original_length: int

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(((0, 0, length),) if length else (), length, length)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [r[0] for r in self.runs])

    def to_original(self, clean_offset: int) -> int:
        """Original offset of the clean character at ``clean_offset``."""
        if clean_offset >= self.clean_length:
            return self.original_length
        i = bisect_right(self._starts, clean_offset) - 1  # type: ignore[attr-defined]
        c0, o0, n = self.runs[i]
        return o0 + min(clean_offset - c0, n - 1)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` covering clean ``[start, end)``."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def to_json(self) -> list[list[int]]:
        return [list(r) for r in self.runs]

    @classmethod
    def from_json(cls, runs: list[list[int]], clean_length: int, original_length: int) -> OffsetMap:
        return cls(tuple(tuple(r) for r in runs), clean_length, original_length)  # type: ignore[misc]


@dataclass(frozen=True, order=True)
class Span:
    """One annotation in ORIGINAL-text offsets; sorts into reading order.

    ``attrs`` holds the layer's fields exactly as GOLD_FORMAT.md names them
    (``value``/``type`` for timex, ``entity``/``kind`` for entity, ``refs`` for citation).
    """

    start: int
    end: int
    layer: str = field(compare=True)
    text: str = field(compare=False)
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_gold(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, **self.attrs}


@dataclass(frozen=True)
class Sentence:
    """A sentence with both coordinates: ``start/end`` original, ``clean_start/clean_end`` clean."""

    index: int
    paragraph: int
    start: int
    end: int
    clean_start: int
    clean_end: int
    language: str = "tr"


@dataclass
class Doc:
    """A document moving through the pipeline.

    ``id`` is the content hash of the source bytes; ``meta`` holds what the reader knows
    (title, date, place, kind, encoding, repairs applied...).
    """

    id: str
    path: str
    original: str
    text: str = ""
    offsets: OffsetMap | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[tuple[int, int, str]] = field(default_factory=list)  # clean (start, end, lang)
    sentences: list[Sentence] = field(default_factory=list)
    layers: dict[str, list[Span]] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        """File stem used in annotation file names (``000_db26...`` for ``000_db26....txt``)."""
        from pathlib import PurePath

        return self.meta.get("stem") or PurePath(self.path).stem

    @property
    def language(self) -> str:
        return self.meta.get("language", "tr")

    def span(self, clean_start: int, clean_end: int, layer: str, **attrs: Any) -> Span:
        """Build a :class:`Span` from CLEAN offsets; the text is taken from the original."""
        assert self.offsets is not None, "repair must run before extraction"
        start, end = self.offsets.span_to_original(clean_start, clean_end)
        return Span(start, end, layer, self.original[start:end], attrs)

    def original_span(self, start: int, end: int, layer: str, **attrs: Any) -> Span:
        """Build a :class:`Span` from ORIGINAL offsets."""
        return Span(start, end, layer, self.original[start:end], attrs)

    def to_clean(self, original_offset: int) -> int:
        """Clean offset of the first clean character at or after an original offset."""
        assert self.offsets is not None
        runs = self.offsets.runs
        lo, hi = 0, len(runs)
        while lo < hi:
            mid = (lo + hi) // 2
            c0, o0, n = runs[mid]
            if o0 + n <= original_offset:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(runs):
            return len(self.text)
        c0, o0, n = runs[lo]
        return c0 + max(0, original_offset - o0) if n > 1 else c0

    def sentence_at(self, original_offset: int) -> Sentence | None:
        """The sentence containing an original offset (binary search)."""
        sents = self.sentences
        lo, hi = 0, len(sents)
        while lo < hi:
            mid = (lo + hi) // 2
            if sents[mid].end <= original_offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(sents) and sents[lo].start <= original_offset:
            return sents[lo]
        return None

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.clean_start : sentence.clean_end]
