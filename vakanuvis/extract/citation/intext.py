"""Parenthetical in-text citations: ``(Sadıkov,2010:102)``, ``(Kocabaşoğlu; Berge,1992:35)``.

A parenthesis is a citation when every ``;``-separated item is a citation item (authors,
year, locator), an author that belongs to the next item (``Kocabaşoğlu; Berge,1992``), or a
back-reference (``a.g.e., s. 45``), and at least one item has a year or a back-reference.
Anything else (``(1919-1923)``, ``(Gürcistan, Azerbaycan)``, ``(Mart 1921)``) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vakanuvis.extract.citation import lexicon
from vakanuvis.extract.citation.works import is_name
from vakanuvis.lang import tr

PARENS = re.compile(r"\(([^()]{2,400})\)|\[([^\[\]]{2,400})\]")
PAGES = r"[0-9ivxlcdmIVXLCDM]+(?:\s*[-–]\s*[0-9ivxlcdm]+)?(?:\s*(?:,|ve|and|&)\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s*vd\.?|\s*ff?\.)?"
NAME_BEFORE = re.compile(
    r"(?P<name>[A-ZÇĞİÖŞÜÂÎÛ][\w\-]+(?:\s+(?:ve|and|&)\s+[A-ZÇĞİÖŞÜÂÎÛ][\w\-]+)?)"
    r"(?P<etal>\s+(?:v\.\s?d\.?|vd\.?|et al\.?))?(?P<suffix>[’'][a-zçğıöşü]+)?\s*$"
)


@dataclass
class Item:
    """One parsed citation item (a future ``ref``)."""

    authors: list[str] = field(default_factory=list)
    year: int | None = None
    suffix: str = ""
    nodate: bool = False
    pages: str | None = None
    volume: str | None = None
    et_al: bool = False
    backref: str | None = None
    see: bool = False

    def ref(self) -> dict[str, Any]:
        """The GOLD_FORMAT.md ref: authors, year, pages (+ et_al when true, extra fields)."""
        out: dict[str, Any] = {"authors": list(self.authors), "year": self.year}
        if self.pages is not None:
            out["pages"] = self.pages
        if self.et_al:
            out["et_al"] = True
        if self.suffix:
            out["year_suffix"] = self.suffix
        if self.volume:
            out["volume"] = self.volume
        if self.backref:
            out["backref"] = self.backref
        if self.see:
            out["see"] = True
        return out


@cache
def _item_re() -> re.Pattern[str]:
    page = lexicon.page_marker_re()
    vol = lexicon.volume_marker_re()
    locator = (
        rf"(?:\s*[:,]\s*(?:(?:{vol})\s*(?P<vol>[IVX\d]+)\s*[,:]\s*)?"
        rf"(?:(?:{page})\s*)?(?P<pages>{PAGES}))?"
    )
    return re.compile(
        rf"^(?P<auth>.*?)[\s,]*(?:(?P<year>1[3-9]\d\d|20\d\d)(?P<suf>[a-z])?(?!\d)|(?P<nd>{lexicon.nodate_re()}))"
        rf"(?:\s*/\s*\d{{4}})?{locator}\s*\.?$"
    )


@cache
def _backref_item_re() -> re.Pattern[str]:
    page = lexicon.page_marker_re()
    return re.compile(
        rf"^(?P<auth>.*?)[\s,]*(?P<marker>{lexicon.backref_re().pattern})"
        rf"(?:\s*[:,]?\s*(?:(?:{page})\s*)?(?P<pages>{PAGES}))?\s*\.?$",
        re.I,
    )


@cache
def _page_only_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{lexicon.page_marker_re()})\s*(?P<pages>{PAGES})\s*\.?$")


def clean_pages(pages: str | None) -> str | None:
    if pages is None:
        return None
    return re.sub(r"\s*([-–,])\s*", lambda m: m.group(1) + (" " if m.group(1) == "," else ""), pages.strip())


def split_authors(text: str) -> tuple[list[str], bool] | None:
    """``"Kocabaşoğlu ve Berge"`` → (["Kocabaşoğlu", "Berge"], False); None if not names."""
    text = text.strip().strip(",").strip()
    et_al = False
    m = lexicon.etal_re().search(text)
    if m:
        et_al, text = True, text[: m.start()].strip().strip(",")
    if not text:
        return None
    parts = [p.strip() for p in re.split(r"\s*(?:;|,|&|\bve\b|\band\b)\s*", text) if p.strip()]
    if not parts or not all(is_name(p) for p in parts):
        return None
    return parts, et_al


def _blocked(authors: list[str], any_token: bool = False) -> bool:
    """Months, seasons and event names (``Mart 1921``, ``Sevr Antlaşması, 1920``) are not authors;
    ``any_token`` also tests a first token (a name before a parenthesis is cut from its phrase)."""
    exact, heads = lexicon.not_authors()
    for a in authors:
        toks = [tr.lower(t) for t in a.split()]
        if any(t in exact for t in toks):
            return True
        if any(t.startswith(h) for t in toks[0 if any_token else 1 :] for h in heads):
            return True
    return False


def parse_item(segment: str) -> Item | None:
    """One ``;``-separated piece of a citation parenthesis, or None."""
    segment = segment.strip()
    see = False
    m = lexicon.prefix_re().match(segment)
    if m:
        see, segment = True, segment[m.end() :]
    item = _backref_item(segment, see) or _year_item(segment, see)
    if item is None and (p := _page_only_re().match(segment)):
        item = Item(pages=clean_pages(p["pages"]), backref="s.", see=see)
    if item is None and not see and (inner := lexicon.prefix_inside_re().search(segment)):
        item = parse_item("bkz. " + segment[inner.end() :])  # "(Bu konuda bkz. Cebesoy, 1955)"
    return item


def _backref_item(segment: str, see: bool) -> Item | None:
    b = _backref_item_re().match(segment)
    if not b:
        return None
    auth = split_authors(b["auth"]) if b["auth"].strip(" ,") else ([], False)
    if auth is None:
        return None
    return Item(auth[0], pages=clean_pages(b["pages"]), et_al=auth[1], backref=b["marker"], see=see)


def _year_item(segment: str, see: bool) -> Item | None:
    y = _item_re().match(segment)
    if not y:
        return None
    auth = split_authors(y["auth"]) if y["auth"].strip(" ,") else ([], False)
    if auth is None:
        return None
    year = int(y["year"]) if y["year"] else None
    item = Item(auth[0], year, y["suf"] or "", bool(y["nd"]), clean_pages(y["pages"]), y["vol"], auth[1], see=see)
    if item.pages is None and item.authors and _blocked(item.authors):
        return None
    if item.pages is None and not item.authors and item.year is not None and not see:
        return None  # a bare "(1921)" is a date, not a citation
    return item


def parse_parenthesis(content: str) -> list[Item] | None:
    """All items of one parenthesis, co-authors attached; None if it is not a citation."""
    items: list[Item] = []
    pending: list[str] = []
    for seg in content.split(";"):
        item = parse_item(seg)
        if item is None:
            names = split_authors(seg)
            if names is None or names[1]:
                return None
            pending += names[0]
            continue
        if pending:
            if not item.authors:
                return None
            item.authors = pending + item.authors
            pending = []
        items.append(item)
    if pending or not items:
        return None
    if not any(i.year is not None or i.nodate or i.backref for i in items):
        return None
    for prev, item in zip(items, items[1:], strict=False):
        if not item.authors and item.year is not None and prev.authors:
            item.authors, item.et_al = list(prev.authors), prev.et_al  # (Yüceer, 1997: 40; 1998: 12)
    return items


@dataclass(frozen=True)
class Found:
    """A citation parenthesis in CLEAN offsets with its items."""

    start: int
    end: int
    items: list[Item]
    narrative: bool = False


def find(text: str, start: int = 0, end: int | None = None, skip: list[tuple[int, int]] = ()) -> list[Found]:
    """Citation parentheses in ``text[start:end]`` (clean text), outside the ``skip`` ranges."""
    out: list[Found] = []
    end = len(text) if end is None else end
    for m in PARENS.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in skip):
            continue
        content = " ".join((m.group(1) or m.group(2)).split())
        items = parse_parenthesis(content)
        narrative = False
        if items is None or not any(i.authors or i.backref for i in items):
            told = _narrative(text, m.start(), content)  # "Sadıkov’un (2010: 102)"
            items, narrative = (told, True) if told else (items, False)
        if items:
            out.append(Found(m.start(), m.end(), items, narrative))
    return out


def _narrative(text: str, paren_start: int, content: str) -> list[Item] | None:
    """``Sadıkov’un (2010: 102)`` / ``Yalçın vd. (2000)``: the authors stand before the parenthesis."""
    y = _item_re().match(content)
    if not y or y["auth"].strip() or not (y["year"] or y["nd"]):
        return None
    before = NAME_BEFORE.search(text, max(0, paren_start - 80), paren_start)
    if not before:
        return None
    if not (y["pages"] or before["etal"] or before["suffix"]):
        return None
    names = split_authors(before["name"])
    if names is None or _blocked(names[0], any_token=True):
        return None
    year = int(y["year"]) if y["year"] else None
    return [Item(names[0], year, y["suf"] or "", bool(y["nd"]), clean_pages(y["pages"]), y["vol"], bool(before["etal"]))]
