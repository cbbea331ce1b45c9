"""Stage 1: read files into :class:`~vakanuvis.model.Doc` with their ORIGINAL text.

``read(path)`` dispatches on the file suffix to one reader per format; every failure is a
:class:`~vakanuvis.errors.ReadError` that names the file and a reason (corrupt, encrypted,
empty, undecodable, unsupported type). Readers never repair: the text they return is the
reference for every offset.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from vakanuvis.errors import ReadError
from vakanuvis.model import Doc
from vakanuvis.read import docx, html, pdf, text

Reader = Callable[[bytes, Path], tuple[str, dict]]

READERS: dict[str, Reader] = {
    ".txt": text.read_text,
    ".md": text.read_text,
    ".pdf": pdf.read_pdf,
    ".docx": docx.read_docx,
    ".html": html.read_html,
    ".htm": html.read_html,
}


def content_hash(data: bytes) -> str:
    """Document id: the first 16 hex digits of the SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under ``paths`` (folders recursively, sorted); unsupported files in a folder are
    skipped, an unsupported file named explicitly is yielded so it can be reported."""
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in READERS and not child.name.startswith("."):
                    yield child
        else:
            yield p


def read(path: str | Path, data: bytes | None = None) -> Doc:
    """Read one file; raises :class:`ReadError` with the file name and reason."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError("unsupported type", f"suffix {path.suffix or '(none)'!r}", path=str(path))
    if data is None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ReadError("not found", path=str(path)) from None
        except OSError as e:
            raise ReadError("corrupt", e.strerror or str(e), path=str(path)) from None
    if not data.strip():
        raise ReadError("empty", "the file has no content", path=str(path))
    try:
        original, meta = reader(data, path)
    except ReadError as e:
        if e.path is None:  # readers know the reason; the dispatcher knows the file
            raise ReadError(e.reason, e.detail, path=str(path)) from None
        raise
    except Exception as e:  # a library choking on a damaged file must not stop a batch
        raise ReadError("corrupt", f"{type(e).__name__}: {e}", path=str(path)) from None
    if not original.replace("\ufeff", "").strip():  # a BOM alone is no content
        raise ReadError("empty", "no text could be extracted", path=str(path))
    meta.setdefault("title", path.stem)
    meta.setdefault("kind", "document")
    meta["format"] = path.suffix.lower().lstrip(".")
    return Doc(id=content_hash(data), path=str(path), original=original, meta=meta)
