"""Stage 2: repair extracted text, keeping an offset map back to the original.

>>> r = repair("Kara-\\ndeniz ve Hakimiyet-\\n\\ni Milliye")
>>> r.text
'Karadeniz ve Hakimiyet-i Milliye'
>>> r.offsets.span_to_original(0, 9)
(0, 11)
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from vakanuvis.model import OffsetMap
from vakanuvis.repair.fixers import FIXERS
from vakanuvis.repair.offsets import apply_edits, to_offset_map


@dataclass(frozen=True)
class Repaired:
    """Clean text, the map back to the original, and the names of the fixers that changed it."""

    text: str
    offsets: OffsetMap
    steps: tuple[str, ...]


def repair(original: str, fixers: tuple[str, ...] | None = None) -> Repaired:
    """Run the fixers in table order (or the named ones), composing their edits."""
    text = original
    origin: array | None = None  # built on the first edit: most clean texts need none
    steps: list[str] = []
    for name, fixer in FIXERS.items():
        if fixers is not None and name not in fixers:
            continue
        edits = fixer(text)
        if edits:
            if origin is None:
                origin = array("q", range(len(original)))
            text, origin = apply_edits(text, origin, edits)
            steps.append(name)
    if origin is None:
        return Repaired(text, OffsetMap.identity(len(original)), ())
    return Repaired(text, to_offset_map(origin, len(original)), tuple(steps))
