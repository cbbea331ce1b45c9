"""Edits → clean text + :class:`~vakanuvis.model.OffsetMap`.

A fixer returns edits ``(start, end, replacement)`` on the text it was given. Applying them
keeps, for every output character, the index of the original character it came from: kept
characters map to themselves, replacement characters all map to the first character they
replaced (or, for a pure insertion, to the character after it).
"""

from __future__ import annotations

from array import array

import numpy as np

from vakanuvis.model import OffsetMap

Edit = tuple[int, int, str]


def apply_edits(text: str, origin: array, edits: list[Edit]) -> tuple[str, array]:
    """Apply non-overlapping ``edits`` to ``text``; ``origin[i]`` is char i's original offset."""
    if not edits:
        return text, origin
    pieces: list[str] = []
    new_origin = array("q")
    pos = 0
    end_of_text = origin[-1] + 1 if len(origin) else 0
    for start, end, replacement in sorted(edits):
        if start < pos:
            continue  # overlapping edit from the same fixer: first one wins
        pieces.append(text[pos:start])
        new_origin.extend(origin[pos:start])
        if replacement:
            anchor = origin[start] if start < len(origin) else end_of_text
            pieces.append(replacement)
            new_origin.extend([anchor] * len(replacement))
        pos = end
    pieces.append(text[pos:])
    new_origin.extend(origin[pos:])
    return "".join(pieces), new_origin


def to_offset_map(origin: array, original_length: int) -> OffsetMap:
    """Compress a per-character origin array into runs of consecutive offsets."""
    n = len(origin)
    if n == 0:
        return OffsetMap((), 0, original_length)
    values = np.frombuffer(origin, dtype=np.int64) if origin.itemsize == 8 else np.array(origin)
    starts = np.flatnonzero(np.diff(values) != 1) + 1
    starts = np.concatenate(([0], starts))
    lengths = np.diff(np.concatenate((starts, [n])))
    runs = tuple(zip(starts.tolist(), values[starts].tolist(), lengths.tolist(), strict=False))
    return OffsetMap(runs, n, original_length)
