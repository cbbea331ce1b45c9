"""PDF text layer via pypdfium2 (PDFium), chosen by measurement: docs/pdf-readers.md.

Pages are joined with ``"\\n\\f\\n"``: the form feed keeps page boundaries recoverable and the
line breaks around it keep a page's last and first lines lines of their own, so the repair
stage sees an ordinary line break (``\\f`` is whitespace to it). Two PDFium habits are undone
so the text is what the page shows: a line-end hyphen comes back as U+FFFE glued to the next
line (restored as ``-`` + line break), and lines end in ``\\r\\n`` (made ``\\n``).
"""

from __future__ import annotations

from pathlib import Path

from vakanuvis.errors import ReadError

PAGE_BREAK = "\n\f\n"

# PDFium load errors (FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY) as PdfiumError words them.
PASSWORD_ERROR = "incorrect password"
SECURITY_ERROR = "unsupported security scheme"


def read_pdf(data: bytes, path: Path) -> tuple[str, dict]:
    """Text of every page; meta holds ``pages`` and, when set, ``title``/``author``/``created``."""
    import pypdfium2 as pdfium

    if b"%PDF" not in data[:1024]:
        raise ReadError("corrupt", "no %PDF header: not a PDF file")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if PASSWORD_ERROR in msg:
            raise ReadError("encrypted", "password-protected (a user password is needed to open it)") from None
        if SECURITY_ERROR in msg:
            raise ReadError("encrypted", "unsupported security handler") from None
        raise ReadError("corrupt", f"PDFium cannot open it: {_pdfium_reason(e)}") from None
    try:
        pages = [_page_text(doc, i) for i in range(len(doc))]
        meta = _metadata(doc)
    finally:
        doc.close()
    if not pages:
        raise ReadError("empty", "the PDF has no pages")
    if not any(p.strip() for p in pages):
        raise ReadError("empty", "no text layer (scanned image?)")
    meta["pages"] = len(pages)
    return PAGE_BREAK.join(pages), meta


def _page_text(doc, index: int) -> str:
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return text.replace("\ufffe", "-\n").replace("\r\n", "\n").replace("\r", "\n")


def _metadata(doc) -> dict:
    try:
        info = doc.get_metadata_dict(skip_empty=True)
    except Exception:  # a broken Info dictionary must not cost the text
        return {}
    meta = {}
    for key, name in (("Title", "title"), ("Author", "author"), ("CreationDate", "created")):
        value = (info.get(key) or "").strip()
        if value:
            meta[name] = _pdf_date(value) if key == "CreationDate" else value
    return meta


def _pdf_date(value: str) -> str:
    """``D:19230429120000+03'00'`` → ``1923-04-29`` (ISO date; other forms are kept)."""
    v = value[2:] if value.startswith("D:") else value
    if len(v) >= 8 and v[:8].isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:8]}"
    return value


def _pdfium_reason(e: Exception) -> str:
    msg = str(e)
    return msg[msg.find("(") + 1 : msg.rfind(")")] if "(" in msg else msg
