"""Footnotes and end-notes: note lines, their in-text markers, and the citations they hold.

A PDF's text shows a footnote as a line that opens with its number (``12 Cebesoy, a.g.e.,
s. 45.``, ``¹² ...``, ``[12] ...``) and a marker glued to the text it supports
(``imzalanmıştır.12``, ``antlaşma¹²``, ``[12]``). A numbered line counts as a note only when
its body reads as a reference (a back-reference, a page locator, or ``Name, ..., year``), so
numbered headings and list items stay prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from vakanuvis.extract.citation import lexicon
from vakanuvis.extract.citation.intext import PAGES, clean_pages
from vakanuvis.extract.citation.reflist import YEAR, heading_kind, lines
from vakanuvis.extract.citation.works import is_name

SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
NOTE_LINE = re.compile(r"^(?P<num>\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\])(?!\d)(?:[.)](?=\s))?\s*(?P<body>\S.*)$")
MARKER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\]|(?<=\w[.,;:!?”\"’)])\d{1,3}(?=[\s.,;:)]|$)|(?<=[^\W\d_])\d{1,3}(?=[\s.,;:)]|$)")
SEE_INSIDE = re.compile(r"(?<!\w)(?:bkz|bk|krş|karş|see|cf)\.\s*", re.I)


@dataclass
class Note:
    """One note: its number, its body (ORIGINAL offsets) and the in-text marker, if seen."""

    number: int
    start: int
    end: int
    marker: tuple[int, int] | None = None
    line_start: int = -1
    parts: list[dict[str, Any]] = field(default_factory=list)


def _number(token: str) -> int:
    return int(token.strip("[]").translate(SUPERSCRIPT))


def looks_bibliographic(body: str) -> bool:
    """Does a numbered line read as a reference rather than a heading or a list item?"""
    if lexicon.backref_re().search(body) or SEE_INSIDE.match(body):
        return True
    if re.search(rf"(?<!\w)(?:{lexicon.page_marker_re()})\s*\d", body):
        return True
    first = body.split(",", 1)
    return len(first) == 2 and is_name(first[0].strip()) and bool(YEAR.search(first[1]))


def find_notes(original: str, skip: list[tuple[int, int]] = ()) -> list[Note]:
    """Note bodies (with continuation lines) and their markers, in text order."""
    ls = lines(original)
    notes: list[Note] = []
    in_notes_block = False
    i = 0
    while i < len(ls):
        start, end, s = ls[i]
        if heading_kind(s):
            in_notes_block = heading_kind(s) == "notes"
        m = NOTE_LINE.match(s)
        if m and not any(a <= start < b for a, b in skip) and (in_notes_block or looks_bibliographic(m["body"])):
            body_start = start + m.start("body")
            body_end = end
            j = i + 1
            while j < len(ls) and j - i <= 4 and not re.search(r"[.)]$", original[body_start:body_end]):
                nxt = ls[j][2]
                if NOTE_LINE.match(nxt) or heading_kind(nxt):
                    break
                body_end = ls[j][1]
                j += 1
            notes.append(Note(_number(m["num"]), body_start, body_end, line_start=start))
            i = j
            continue
        i += 1
    notes = _plausible(notes)
    _attach_markers(original, notes, skip)
    return [n for n in notes if n.marker is not None or _has_neighbour(n, notes)]


def _plausible(notes: list[Note]) -> list[Note]:
    return [n for n in notes if 0 < n.number < 1000]


def _has_neighbour(note: Note, notes: list[Note]) -> bool:
    return any(abs(o.number - note.number) == 1 for o in notes if o is not note)


def _attach_markers(original: str, notes: list[Note], skip: list[tuple[int, int]]) -> None:
    """The last marker with the note's number before the note (not inside any note)."""
    bodies = [(n.line_start, n.end) for n in notes] + list(skip)
    markers: dict[int, list[tuple[int, int]]] = {}
    for m in MARKER.finditer(original):
        if any(a <= m.start() < b for a, b in bodies):
            continue
        markers.setdefault(_number(m.group()), []).append((m.start(), m.end()))
    for n in notes:
        before = [mk for mk in markers.get(n.number, []) if mk[0] < n.start]
        n.marker = before[-1] if before else None


def split_parts(body: str) -> list[str]:
    """``;``-separated citations of a note (``;`` inside parentheses does not split)."""
    parts, depth, cur = [], 0, []
    for ch in body:
        depth += ch == "("
        depth -= ch == ")"
        if ch == ";" and depth <= 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def _top_commas(text: str) -> list[str]:
    chunks, depth, quote, cur = [], 0, False, []
    for ch in text:
        if ch in "“«":
            quote = True
        elif ch in "”»":
            quote = False
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth <= 0 and not quote:
            chunks.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    chunks.append("".join(cur).strip())
    return [c for c in chunks if c]


def _names(text: str) -> list[str] | None:
    parts = [p.strip() for p in re.split(r"\s+(?:ve|and|&|[-–])\s+", text.strip()) if p.strip()]
    return parts if parts and all(is_name(p) for p in parts) else None


def parse_part(part: str) -> dict[str, Any] | None:
    """One citation inside a note: authors as written, year, title, pages, back-reference."""
    p = part.strip().rstrip(".").strip()
    out: dict[str, Any] = {}
    see = SEE_INSIDE.search(p)
    if see and (see.start() == 0 or p[see.start() - 1] in " (:"):
        out["see"] = True
        p = p[see.end() :].strip()
    if m := lexicon.prefix_re().match(p):
        out["see"], p = True, p[m.end() :]
    page = lexicon.page_marker_re()
    b = lexicon.backref_re().search(p)
    if b:
        head = p[: b.start()].strip(" ,")
        names = _names(head) if head else []
        if names is None:
            return None
        tail = p[b.end() :]
        pm = re.search(rf"(?:(?:{page})\s*)?(?P<pages>{PAGES})\s*$", tail.strip(" ,.:"))
        out.update(authors=names, year=None, backref=b.group())
        if pm and tail.strip(" ,.:"):
            out["pages"] = clean_pages(pm["pages"])
        return out
    chunks = _top_commas(p)
    if not chunks:
        return None
    names = _names(chunks[0])
    rest = chunks[1:] if names else chunks
    out["authors"] = names or []
    out["year"] = None
    after_paren = False
    for c in rest:
        cs = c.strip().rstrip(".")
        if pm := re.fullmatch(rf"(?:{page})\s*(?P<pages>{PAGES})", cs):
            out["pages"] = clean_pages(pm["pages"])
        elif after_paren and re.fullmatch(r"\d+(?:\s*[-–]\s*\d+)?", cs):
            out["pages"] = clean_pages(cs)
        elif vm := re.fullmatch(rf"(?:{lexicon.volume_marker_re()})\s*(?P<v>[IVX\d]+)", cs):
            out["volume"] = vm["v"]
        elif im := re.fullmatch(rf"(?:{lexicon.issue_marker_re()})\s*(?P<i>\d+(?:[-/]\d+)?)", cs):
            out["issue"] = im["i"]
        elif "title" not in out and not re.fullmatch(r"[\w\s]*\d{4}", cs):
            title = cs
            q = re.match(r"[“\"«](?P<t>[^”\"»]+)[”\"»]", title)
            if q:
                title = q["t"]
                out["type"] = "article"
            elif "(" in title:
                title, inner = title.split("(", 1)
                _pubinfo(inner.rstrip(")"), out)
                after_paren = True
            out["title"] = title.strip().rstrip(".,")
        elif "title" in out and out.get("type") == "article" and "container" not in out and not YEAR.search(cs):
            out["container"] = cs
        else:
            _pubinfo(cs, out)
    if not out["authors"] and not out.get("title"):
        return None
    if not out["authors"] and out["year"] is None:
        return None
    if out["year"] is None and not out.get("title") and not out.get("pages"):
        return None
    return out


def _pubinfo(text: str, out: dict[str, Any]) -> None:
    if m := re.search(r"(?P<place>[A-ZÇĞİÖŞÜ][\w\s]{1,30}?)\s*:\s*(?P<pub>[^,]+)", text):
        out.setdefault("place", m["place"].strip())
        out.setdefault("publisher", YEAR.sub("", m["pub"]).strip(" ,"))
    elif m := re.match(r"(?P<place>[A-ZÇĞİÖŞÜ][\wçğıöşü]+)\s+(?:1[4-9]\d\d|20\d\d)", text.strip()):
        out.setdefault("place", m["place"])
    years = YEAR.findall(text)
    if years:
        out["year"] = int(years[-1][0])
        if years[-1][1]:
            out["year_suffix"] = years[-1][1]
