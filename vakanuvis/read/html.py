"""Reader for .html files (to be completed)."""

from __future__ import annotations

from pathlib import Path

from vakanuvis.errors import ReadError


def read_html(data: bytes, path: Path) -> tuple[str, dict]:
    raise ReadError("unsupported type", "html reader not available yet")
