"""Reader for .pdf files (to be completed)."""

from __future__ import annotations

from pathlib import Path

from vakanuvis.errors import ReadError


def read_pdf(data: bytes, path: Path) -> tuple[str, dict]:
    raise ReadError("unsupported type", "pdf reader not available yet")
