"""Plain text and Markdown: decode bytes in the encodings met in Turkish archives.

Order of evidence: a byte-order mark (UTF-32, UTF-16, UTF-8), UTF-16 without BOM (NUL bytes
in every other position), strict UTF-8, UTF-8 with a few stray single-byte characters, then
the Turkish code pages of ``data/tr/encodings.tsv`` scored against each other (cp1254,
ISO-8859-9, cp857), then Western fallbacks if the result still looks like text. Decoding is
faithful: valid UTF-8 gives exactly ``open(f, encoding="utf-8", newline="").read()``, a
UTF-8 BOM stays as ``'\\ufeff'`` and ``\\r\\n`` stays (the repair stage handles both);
mojibake inside correctly decoded text is the repair stage's job (``fix_mojibake``).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from vakanuvis.errors import ReadError
from vakanuvis.lang import tr

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures, to say what a binary file renamed .txt really is.
MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX/ODT?)"),
    (b"\xd0\xcf\x11\xe0", "an OLE compound file (old .doc/.xls?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "an SQLite database"),
)

# Control characters that never occur in text (tab, line feed, CR, VT, form feed do).
BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
STRAY = re.compile("[\udc80-\udcff]")  # bytes that are not UTF-8, as surrogateescape keeps them
ASCII_BYTES, HIGH_BYTES = bytes(range(128)), bytes(range(128, 256))
# A non-ASCII byte between letters (ASCII letters or other non-ASCII bytes, which are letters
# in most code pages): a symbol there is a sign of the wrong code page.
IN_WORD = re.compile(rb"(?<=[A-Za-z\x80-\xff])[\x80-\xff](?=[A-Za-z\x80-\xff])")
MAX_BAD_SHARE = 0.01  # more than 1% control characters: not text


@dataclass(frozen=True)
class CodePage:
    codec: str
    turkish: bool
    note: str


@cache
def code_pages() -> tuple[CodePage, ...]:
    """The single-byte code pages to try, from ``data/tr/encodings.tsv``."""
    return tuple(CodePage(codecs.lookup(c).name, role == "turkish", note)
                 for c, role, note in tr.read_table("encodings.tsv"))


@cache
def _turkish_letters() -> frozenset[str]:
    letters = "çğıöşüâîû"
    return frozenset(letters + tr.upper(letters))


def read_text(data: bytes, path: Path) -> tuple[str, dict]:
    """Decode a .txt/.md file; meta holds ``encoding`` (a Python codec name)."""
    return decode(data)


def decode(data: bytes, declared: str | None = None) -> tuple[str, dict]:
    """Decode bytes faithfully; ``declared`` (e.g. an HTML meta charset) is tried first
    after a BOM, and ignored if the bytes are not valid in it."""
    kind = _magic(data)
    if kind:
        raise ReadError("undecodable", f"binary data, not text: looks like {kind}")
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _bom_decode(data, bom, codec)
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), {"encoding": utf16, "bom": False})
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise ReadError("undecodable", _binary_detail(data))
    if declared:
        text = _try_declared(data, declared)
        if text is not None:
            return text
    try:
        return _checked(data.decode("utf-8"), {"encoding": "utf-8"})
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    return _single_byte(data)


def _bom_decode(data: bytes, bom: bytes, codec: str) -> tuple[str, dict]:
    try:
        if codec == "utf-8":  # keep the BOM as U+FEFF, like open(..., encoding="utf-8")
            return _checked(data.decode("utf-8"), {"encoding": "utf-8", "bom": True})
        return _checked(data.decode(codec), {"encoding": codecs.lookup(codec).name, "bom": True})
    except UnicodeDecodeError as e:
        raise ReadError("undecodable", f"starts with a {codec.upper()} byte-order mark but byte "
                                       f"{e.start} is invalid {codec.upper()}") from None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: in Latin-script text the high byte of most characters is NUL
    (Turkish letters have 0x01 there), the low byte almost never."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.7 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.7 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _try_declared(data: bytes, declared: str) -> tuple[str, dict] | None:
    try:
        codec = codecs.lookup(declared).name
        return _checked(data.decode(codec), {"encoding": codec, "declared": declared})
    except (LookupError, UnicodeDecodeError, ReadError):
        return None


def _mostly_utf8(data: bytes) -> tuple[str, dict] | None:
    """UTF-8 with a few invalid bytes (files pasted together from two sources): the stray
    bytes are decoded one by one with the first Turkish code page."""
    replaced = data.decode("utf-8", errors="replace")  # one U+FFFD per invalid stretch
    stray = replaced.count("\ufffd")
    valid = len(replaced) - len(data.translate(None, HIGH_BYTES)) - stray  # non-ASCII chars
    if valid < 3 * stray:
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(STRAY.findall(text))
    fallback = next(cp.codec for cp in code_pages() if cp.turkish)
    fixed = STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode(fallback, "replace"), text)
    return _checked(fixed, {"encoding": "utf-8", "invalid_bytes": stray, "invalid_bytes_as": fallback})


def _single_byte(data: bytes) -> tuple[str, dict]:
    """The code page whose decoding scores best; a tie goes to the one listed first, so a
    Western page wins only on evidence (e.g. ``Ž``, which cp1254 lacks). Scores come from
    byte counts, so only the winner decodes the whole file."""
    high = Counter(data.translate(None, ASCII_BYTES))
    in_word = Counter(IN_WORD.findall(data))
    best: tuple[float, CodePage] | None = None
    for cp in code_pages():
        score = _score(cp.codec, high, in_word)
        if score is not None and (best is None or score > best[0]):
            best = (score, cp)
    if best is None:  # unreachable while latin_1 is listed: it decodes every byte
        raise ReadError("undecodable", "not UTF-8, UTF-16 or any code page in encodings.tsv")
    meta: dict = {"encoding": best[1].codec}
    if not best[1].turkish:
        meta["fallback"] = True
    return _checked(data.decode(best[1].codec), meta)


def _score(codec: str, high: Counter[int], in_word: Counter[bytes]) -> float | None:
    """Plausibility of decoding with ``codec``, from the non-ASCII bytes only (ASCII is the
    same in every candidate); ``None`` if a byte is undefined there. Turkish letters +2,
    other letters and punctuation +0.5, symbols -1, control characters -3, and -2 more for
    a non-letter inside a word (``na´ve``) other than an apostrophe (``Meclisi’nin``)."""
    letters = _turkish_letters()
    score = 0.0
    for byte, n in high.items():
        try:
            c = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            return None
        cat = unicodedata.category(c)
        if c in letters:
            score += 2 * n
        elif cat[0] == "L" or cat[0] in "PZ" or cat == "Sc":
            score += 0.5 * n
        elif cat[0] == "C":
            score -= 3 * n
        else:
            score -= n
        if cat[0] != "L" and cat not in ("Pi", "Pf"):
            score -= 2 * in_word.get(bytes([byte]), 0)
    return score


def _checked(text: str, meta: dict) -> tuple[str, dict]:
    """Reject a decoding that is not text (binary data that happens to decode)."""
    bad = len(BAD_CONTROL.findall(text))
    if bad > max(2, MAX_BAD_SHARE * len(text)):
        raise ReadError("undecodable", f"binary data, not text: {bad} control characters "
                                       f"in {len(text)} as {meta['encoding']}")
    return text, meta


def _magic(data: bytes) -> str | None:
    return next((name for magic, name in MAGIC if data.startswith(magic)), None)


def _binary_detail(data: bytes) -> str:
    first = data.index(0)
    return f"binary data, not text: {data.count(0)} NUL bytes, the first at byte {first}"
