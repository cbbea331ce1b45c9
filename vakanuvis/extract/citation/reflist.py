"""Reference lists: find the Kaynakça/References section and parse its entries.

Works on ORIGINAL lines (the repaired text has them unwrapped), parses each entry's clean text.
Styles recognised from their shape: APA (``Sadıkov, A. (2010). Başlık. Yayınevi.``), ISNAD
2 and Chicago bibliography (``Cebesoy, Ali Fuat. Başlık. İstanbul: Vatan, 1955.``; articles
``“Başlık”. Dergi 12/3 (1997), 40-60.`` or ``“Title.” Journal 12, no. 3 (1997): 40–60.``) and
the older comma style (``CEBESOY, Ali Fuat, Başlık, İstanbul 1955.``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from vakanuvis.extract.citation import lexicon
from vakanuvis.extract.citation.works import is_name, work_key
from vakanuvis.lang import tr

LINE = re.compile(r"[^\n]*")
NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s*")
ENTRY_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
ENTRY_START = re.compile(
    r"^(?:[A-ZÇĞİÖŞÜÂÎÛ][\w’'\-]+(?:\s+[\w’'\-]+){0,3},|[A-ZÇĞİÖŞÜ]{2,}[\s,.]|[A-ZÇĞİÖŞÜ][\w.\-]*\s*\(\d{4})"
)
YEAR = re.compile(r"(?<![\d/])(1[4-9]\d\d|20\d\d)([a-z])?(?![\d])")
DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?(10\.\d{4,9}/[^\s]+)", re.I)
URL = re.compile(r"https?://[^\s]+")
QUOTED = re.compile(r"[“\"«](?P<t>[^”\"»]{3,300}?)[.,]?[”\"»]")
INITIALS = re.compile(r"^(?:[A-ZÇĞİÖŞÜÂÎÛ][a-zçğıöşü]?\.\s*-?\s*)+$")
SENTENCE_STOP = re.compile(r"(?<!\b[A-ZÇĞİÖŞÜ])(?<!\b[A-ZÇĞİÖŞÜ][a-z])[.?!]\s+(?=\S)")
PUBLISHER_WORDS = re.compile(
    r"Yay[ıi]n|Bas[ıi]mevi|Matbaa|Kitabevi|Neşriyat|Kurumu|Yayınevi|Press|Publish|Verlag|Books|Üniversitesi|University",
    re.I,
)


@dataclass(frozen=True)
class Section:
    """A reference list (or a notes block) in ORIGINAL offsets: heading, then body."""

    kind: str
    heading_start: int
    start: int
    end: int
    language: str = "tr"


@dataclass
class Entry:
    """One parsed reference-list entry; ``start/end`` are ORIGINAL offsets."""

    index: int
    start: int
    end: int
    text: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.fields.get("work", "")


def lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as ``(start, end, stripped text)`` with offsets of the stripped text."""
    out = []
    for m in LINE.finditer(text):
        raw = m.group()
        s = raw.strip()
        if s:
            lead = len(raw) - len(raw.lstrip())
            out.append((m.start() + lead, m.start() + lead + len(s), s))
    return out


def heading(line: str) -> tuple[str, str] | None:
    """(``references``/``notes``/``end``, language) if the line is such a heading."""
    if len(line) > 60:
        return None
    s = NUMBERING.sub("", line).strip().rstrip(":").strip()
    return lexicon.headings().get(tr.lower(" ".join(s.split())))


def heading_kind(line: str) -> str | None:
    found = heading(line)
    return found[0] if found else None


def sections(original: str) -> list[Section]:
    """Reference lists and notes blocks, each running to the next heading of any kind or the end."""
    found: list[tuple[int, int, tuple[str, str]]] = []
    for start, end, s in lines(original):
        h = heading(s)
        if h:
            found.append((start, end, h))
    out = []
    for i, (h_start, h_end, (kind, lang)) in enumerate(found):
        if kind == "end":
            continue
        stop = found[i + 1][0] if i + 1 < len(found) else len(original.rstrip())
        out.append(Section(kind, h_start, h_end, stop, lang))
    return out


def split_entries(original: str, section: Section) -> list[tuple[int, int]]:
    """ORIGINAL ``(start, end)`` of each entry: a new entry starts at an author-like line after a
    line that ended an entry (``.``, ``)``, a digit, a URL) or at a numbered line."""
    out: list[list[int]] = []
    prev = ""
    for start, end, s in lines(original[section.start : section.end]):
        start, end = start + section.start, end + section.start
        new = bool(ENTRY_NUMBER.match(s)) or not out or (
            ENTRY_START.match(s) and re.search(r"[.)\]]$|\d$|/\S*$", prev) is not None
        )
        if new:
            out.append([start, end])
        else:
            out[-1][1] = end
        prev = s
    return [(a, b) for a, b in out]


# --- authors ---------------------------------------------------------------------------------

def _display(family: str, given: str = "") -> str:
    if family.isupper() and len(family) > 2:
        family = " ".join(tr.capitalize(w) for w in family.split())
    if re.search(r"(?:^|\s)[A-ZÇĞİÖŞÜ]$", given):
        given += "."  # the block ended at this initial's period
    return f"{family}, {given}".strip().rstrip(",") if given else family


def parse_authors(block: str) -> list[str]:
    """``"Kocabaşoğlu, U., & Berge, M."`` → ``["Kocabaşoğlu, U.", "Berge, M."]``; given-first
    names (``Mary Jones``) become ``Jones, Mary``."""
    block = block.strip().rstrip(",")
    if re.search(r"\w\w\.$", block):
        block = block[:-1]  # the period closing the block, not an initial's
    block = re.sub(r"\s*(?:&|\band\b|\bve\b|\s[-–]\s|;)\s*", ", ", block)
    chunks = [c.strip() for c in block.split(",") if c.strip()]
    out, i = [], 0
    while i < len(chunks):
        c = chunks[i]
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        if nxt and (INITIALS.match(nxt) or (len(c.split()) <= 2 and is_name(nxt) and len(nxt.split()) <= 3
                                            and not (" " in nxt and i + 2 >= len(chunks) and " " in c))):
            out.append(_display(c, nxt))
            i += 2
            continue
        toks = c.split()
        if len(toks) > 1 and not c.isupper():
            out.append(_display(toks[-1], " ".join(toks[:-1])))
        else:
            out.append(_display(c))
        i += 1
    return out


def author_block_ok(block: str) -> bool:
    """Every comma/``&``/``ve`` part of an author block is a name or initials."""
    parts = [p.strip().rstrip(".") for p in re.split(r",|&|\band\b|\bve\b|\s[-–]\s|;", block) if p.strip(" .")]
    return bool(parts) and all(is_name(p) or INITIALS.match(p + ".") for p in parts)


def _author_end(text: str) -> int:
    """End of the author block in a period style (``Şimşir, Bilal N. İngiliz...``): the first
    ``. `` not followed by another initial whose prefix is a list of names; -1 if none."""
    tried = 0
    for m in re.finditer(r"\.\s+(?=\S)", text):
        if re.match(r"[A-ZÇĞİÖŞÜ][a-z]?\.", text[m.end() :]):
            continue
        block = text[: m.start()]
        if block.count(",") <= 2 and author_block_ok(block):
            return m.start()
        tried += 1
        if tried == 2:
            break
    return -1


# --- entries ---------------------------------------------------------------------------------

def parse_reference(text: str, language: str = "tr") -> dict[str, Any]:
    """Structured fields of one reference-list entry (authors, year, title, container,
    volume, issue, publisher, place, pages, doi, url, type, style) plus its ``work`` key."""
    t = " ".join(ENTRY_NUMBER.sub("", text).split())
    f: dict[str, Any] = {"authors": [], "year": None}
    if m := DOI.search(t):
        f["doi"] = m.group(1).rstrip(".,;")
    if (m := URL.search(t)) and "doi.org" not in m.group():
        f["url"] = m.group().rstrip(".,;")
    body = URL.sub("", DOI.sub("", t)).strip()
    apa = re.match(
        rf"^(?P<auth>[^()]{{2,300}}?)\s*\((?P<year>1[4-9]\d\d|20\d\d|{lexicon.nodate_re()})(?P<suf>[a-z])?[^)]*\)\.?\s*(?P<rest>.*)$",
        body,
    )
    if apa and author_block_ok(apa["auth"]):
        f["authors"] = parse_authors(apa["auth"])
        f["year"] = int(apa["year"]) if apa["year"][:1].isdigit() else None
        if apa["suf"]:
            f["year_suffix"] = apa["suf"]
        f["style"] = "apa"
        _apa_rest(apa["rest"], f)
    else:
        _period_or_comma(body, f, language)
    if f.get("pages"):
        f["pages"] = re.sub(r"\s*[-–]\s*", "-", f["pages"])
    f.setdefault("type", "article" if f.get("container") and f.get("volume") else "book")
    f["work"] = work_key([a for a in f["authors"]], f["year"], f.get("year_suffix", ""), f.get("title"))
    return {k: v for k, v in f.items() if v not in (None, "", [])} | {"authors": f["authors"], "year": f["year"]}


def _apa_rest(rest: str, f: dict[str, Any]) -> None:
    stop = SENTENCE_STOP.search(rest)
    title, after = (rest[: stop.start()], rest[stop.end() :]) if stop else (rest.rstrip("."), "")
    f["title"] = title.strip().strip("“”\"")
    after = after.strip().rstrip(".")
    chapter = re.match(
        r"^(?:In|İçinde:?)\s+(?P<eds>.*?)\((?:Ed|Eds|Haz|Der|Yay\. haz)\.?\)\s*,?\s*(?P<cont>[^(]+?)\s*"
        r"(?:\((?:pp?|ss?)\.\s*(?P<pages>[^)]+)\))?\.\s*(?P<pub>.*)$", after)
    article = re.match(
        r"^(?P<cont>[^,]+),\s*(?P<vol>\d+)\s*(?:\((?P<iss>[^)]+)\))?(?:,\s*(?P<pages>\d+\s*[-–]\s*\d+|\d+))?", after)
    if chapter:
        f.update(type="chapter", container=chapter["cont"].strip(" ,"), pages=chapter["pages"])
        _place_publisher(chapter["pub"], f)
    elif article:
        f.update(type="article", container=article["cont"].strip(), volume=article["vol"], issue=article["iss"],
                 pages=article["pages"])
    elif after:
        if re.search(r"(?:doktora|yüksek lisans|master|phd|doctoral)", after, re.I):
            f["type"] = "thesis"
        _place_publisher(after, f)


def _place_publisher(text: str, f: dict[str, Any]) -> None:
    text = text.strip().rstrip(".")
    m = re.match(r"^(?P<place>[A-ZÇĞİÖŞÜÂÎÛ][\w\s]{1,40}?)\s*:\s*(?P<pub>[^,]+?)(?:,\s*(?P<year>\d{4}))?$", text)
    if m:
        f["place"], f["publisher"] = m["place"].strip(), m["pub"].strip()
        if m["year"] and f.get("year") is None:
            f["year"] = int(m["year"])
    elif text:
        f["publisher"] = YEAR.sub("", text).strip(" ,.")


def _period_or_comma(body: str, f: dict[str, Any], language: str) -> None:
    """ISNAD/Chicago (``Surname, Given. Title. ...``) or the comma style (``SURNAME, Given, Title, ...``)."""
    end = _author_end(body)
    commas = [m.start() for m in re.finditer(",", body)]
    comma_style = len(commas) >= 2 and (end == -1 or body[: commas[0]].isupper()) and author_block_ok(body[: commas[1]])
    if comma_style:
        auth, rest = body[: commas[1]], body[commas[1] + 1 :]
        f["style"] = "classic"
    else:
        auth, rest = (body[:end], body[end + 1 :]) if end != -1 else (body, "")
        f["style"] = "isnad" if language == "tr" else "chicago"
    f["authors"] = parse_authors(auth) if all(is_name(p.strip()) or INITIALS.match(p.strip())
                                               for p in re.split(r",|&|\bve\b|\band\b|\s[-–]\s", auth) if p.strip()) else []
    if not f["authors"]:
        rest = body
    years = [m for m in YEAR.finditer(rest)]
    if years:
        f["year"] = int(years[-1].group(1))
        if years[-1].group(2):
            f["year_suffix"] = years[-1].group(2)
    rest = rest.strip()
    q = QUOTED.search(rest)
    if q and q.start() < 5:
        f["title"] = q["t"].strip().rstrip(".,")
        after = rest[q.end() :].strip(" .,")
        art = re.match(r"^(?P<cont>.+?)\s+(?P<vol>\d+)\s*(?:/\s*(?P<iss>\d+)|,\s*(?:no|sy|sayı)\.?\s*(?P<iss2>\d+))?\s*"
                       r"\((?:[^)]*?)(?P<year>\d{4})\)\s*[:,]?\s*(?P<pages>\d+\s*[-–]\s*\d+|\d+)?", after)
        if art:
            f.update(type="article", container=art["cont"].strip(" ,"), volume=art["vol"],
                     issue=art["iss"] or art["iss2"], pages=art["pages"])
            if "/" in after[: art.end()] or "”." in rest[: q.end() + 1]:
                f["style"] = "isnad"
            elif re.search(r",\s*no\.", after):
                f["style"] = "chicago"
        else:
            f["type"] = "chapter" if re.match(r"(?:In|İçinde)\b", after) else "article"
            cont = re.split(r"\.\s|,", re.sub(r"^(?:In|İçinde:?)\s+", "", after))[0]
            f["container"] = cont.strip()
            if pm := re.search(rf"(?:{lexicon.page_marker_re()})\s*(\d+\s*[-–]\s*\d+|\d+)", after):
                f["pages"] = pm.group(1)
        return
    if comma_style:
        chunks = [c.strip() for c in rest.split(",") if c.strip()]
        if chunks:
            f["title"] = chunks[0].rstrip(".")
        for c in chunks[1:]:
            c = c.rstrip(".")
            if pm := re.match(rf"(?:{lexicon.page_marker_re()})\s*(\d+\s*[-–]\s*\d+|\d+)", c):
                f["pages"] = pm.group(1)
            elif pl := re.match(r"^(?P<place>[A-ZÇĞİÖŞÜ][\w\s]{1,30}?)\s+(?:1[4-9]\d\d|20\d\d)$", c):
                f["place"] = pl["place"]
            elif PUBLISHER_WORDS.search(c):
                f["publisher"] = c
            elif re.fullmatch(r"[A-ZÇĞİÖŞÜ][\wçğıöşü]+", c) and "place" not in f:
                f["place"] = c
        return
    stop = SENTENCE_STOP.search(rest)
    title, after = (rest[: stop.start()], rest[stop.end() :]) if stop else (rest, "")
    f["title"] = title.strip().rstrip(".")
    pub = re.search(r"(?P<place>[A-ZÇĞİÖŞÜÂÎÛ][\w\s]{1,40}?)\s*:\s*(?P<pub>[^,:]+?),\s*(?:1[4-9]\d\d|20\d\d)", after)
    if pub:
        f["place"], f["publisher"] = pub["place"].strip(), pub["pub"].strip()
    elif after:
        _place_publisher(YEAR.sub("", after).strip(" ,."), f)


def parse_section(original: str, clean_of, section: Section, language: str, first_index: int = 0) -> list[Entry]:
    """Entries of one reference list; ``clean_of(start, end)`` gives the repaired text of a range.
    An English heading (``References``) makes the list English whatever the body's language."""
    language = "en" if section.language == "en" else language
    out = []
    for start, end in split_entries(original, section):
        text = clean_of(start, end)
        out.append(Entry(first_index + len(out), start, end, text, parse_reference(text, language)))
    return out
