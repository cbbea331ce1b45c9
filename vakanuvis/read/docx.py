"""Reader for .docx files (to be completed)."""

from __future__ import annotations

from pathlib import Path

from vakanuvis.errors import ReadError


def read_docx(data: bytes, path: Path) -> tuple[str, dict]:
    raise ReadError("unsupported type", "docx reader not available yet")
