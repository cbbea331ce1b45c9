"""Word .docx via python-docx: body paragraphs and table cells in reading order.

Paragraphs (and each table cell's paragraphs, nested tables included) are joined with
``"\\n\\n"``; empty paragraphs are layout, not text, and are left out. A cell merged over
several grid columns is read once. Headers and footers are running furniture: not read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from vakanuvis.errors import ReadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted OOXML file is an OLE container holding an "EncryptionInfo" stream (MS-OFFCRYPTO).
ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def read_docx(data: bytes, path: Path) -> tuple[str, dict]:
    """Text of the document body; meta holds ``title``/``author``/``created`` when set."""
    if data.startswith(OLE_MAGIC):
        if ENCRYPTION_INFO in data:
            raise ReadError("encrypted", "password-protected Word document")
        raise ReadError("unsupported type", "an old binary Word file (.doc) named .docx; save it as .docx")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError("corrupt", "not a ZIP archive (truncated or not a .docx)")

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        parts = [t for t in _blocks(document) if t.strip()]
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as e:
        raise ReadError("corrupt", f"not a readable .docx: {e}") from None
    except Exception as e:  # lxml.etree.XMLSyntaxError and kin: a damaged part
        if type(e).__module__.startswith("lxml"):
            raise ReadError("corrupt", f"damaged XML inside the .docx: {e}") from None
        raise
    return "\n\n".join(parts), _core(document)


def _blocks(container) -> Iterator[str]:
    """Paragraph texts of a document or cell, tables expanded cell by cell, in order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen: set = set()  # holds the lxml elements, so identity stays meaningful
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell repeats across its span
                        continue
                    seen.add(cell._tc)
                    yield from _blocks(cell)
        else:
            yield block.text


def _core(document) -> dict:
    props = document.core_properties
    meta: dict = {}
    if (props.title or "").strip():
        meta["title"] = props.title.strip()
    if (props.author or "").strip():
        meta["author"] = props.author.strip()
    if props.created:
        meta["created"] = props.created.date().isoformat()
    return meta
