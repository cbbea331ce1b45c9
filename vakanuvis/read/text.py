"""Plain text and Markdown: decode bytes in the encodings found in Turkish archives."""

from __future__ import annotations

from pathlib import Path

from vakanuvis.errors import ReadError


def read_text(data: bytes, path: Path) -> tuple[str, dict]:
    """Decode UTF-8 (BOM or not); other encodings are handled by the full reader."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), {"encoding": "utf-8-sig"}
    try:
        return data.decode("utf-8"), {"encoding": "utf-8"}
    except UnicodeDecodeError as e:
        raise ReadError("undecodable", str(e)) from None
