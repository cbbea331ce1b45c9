"""Small named repairs of extracted text. Each fixer is ``(text) -> list[Edit]``.

A fixer never changes text itself: it proposes edits ``(start, end, replacement)``, so the
runner (:func:`vakanuvis.repair.repair`) can keep an offset map back to the original and
record which fixers changed what. Each docstring says why the fix is safe.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable

from vakanuvis.lang import tr
from vakanuvis.repair.offsets import Edit

Fixer = Callable[[str], list[Edit]]


MOJIBAKE_LEAD = re.compile("[ÃÄÅâ]")  # every UTF-8-as-cp1252 sequence starts with one of these


def fix_mojibake(text: str) -> list[Edit]:
    """Undo wrong-code-page decoding: ``TÜRKĐYE`` → ``TÜRKİYE``, ``Ã¼`` → ``ü``.

    Safe because each family applies only with evidence: the UTF-8-as-cp1252 family needs two
    distinct wrong sequences in the text; the PDF font-map family (Đ for İ, ý for ı) needs the
    marker characters inside words that also hold Turkish letters or Turkish-only patterns.

    >>> text = "TÜRKĐYE ĐLĐŞKĐLERĐ"
    >>> [(s, e, r) for s, e, r in fix_mojibake(text)][:2]
    [(4, 5, 'İ'), (8, 9, 'İ')]
    """
    table = tr.mojibake()
    edits: list[Edit] = []
    utf8 = table["utf8"]
    found = {m.group() for m in utf8.pattern.finditer(text)} if MOJIBAKE_LEAD.search(text) else set()
    if len(found) >= 2:
        edits += [(m.start(), m.end(), utf8.repl[m.group()]) for m in utf8.pattern.finditer(text)]
    pdf = table["pdf"]
    if pdf.pattern.search(text) and ("Đ" in text or _pdf_family_evident(text, pdf.pattern)):
        for word in re.finditer(r"\w+", text):
            w = word.group()
            if pdf.pattern.search(w) and _looks_turkish_word(w):
                edits += [
                    (word.start() + m.start(), word.start() + m.end(), pdf.repl[m.group()])
                    for m in pdf.pattern.finditer(w)
                ]
    return edits


def _pdf_family_evident(text: str, pattern: re.Pattern[str]) -> bool:
    """At least two marked words in a text whose function words are Turkish."""
    hits = [w for w in re.findall(r"\w+", text) if pattern.search(w)]
    words = re.findall(r"\w+", tr.lower(text[:5000]))
    turkish = sum(w in tr.stop_words("tr") for w in words) + len(re.findall(r"[çğıİşöüÇĞŞÖÜ]", text[:5000]))
    return len(hits) >= 2 and turkish >= 2


def _looks_turkish_word(word: str) -> bool:
    """A marked word that is not a Slavic/Hungarian/Icelandic name (Đukanović, Þór)."""
    return not re.search(r"[ćčžšřłńőűđæøåÞþ](?=.*[ćčžšřłńőűđæøå])|[ćčžšřłńőűđæøå]", word)


def drop_bom(text: str) -> list[Edit]:
    """Remove byte-order marks and zero-width no-break spaces: invisible, never meaningful.

    >>> drop_bom("\ufeffMetin")
    [(0, 1, '')]
    """
    return [(m.start(), m.end(), "") for m in re.finditer("\ufeff", text)]


def normalize_newlines(text: str) -> list[Edit]:
    r"""``\r\n`` and lone ``\r`` become ``\n``; line logic below then needs one case only."""
    if "\r" not in text:
        return []
    return [(m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", text)]


def fix_ligatures(text: str) -> list[Edit]:
    """``ﬁ`` → ``fi`` and drop soft hyphens: presentation forms carry no meaning of their own."""
    table = tr.ligatures()
    return [(i, i + 1, table[c]) for i, c in enumerate(text) if c in table] if any(
        c in text for c in table
    ) else []


def normalize_apostrophes(text: str) -> list[Edit]:
    """Every suffix apostrophe (``'``, ``‘``, ``ʼ``...) inside a word becomes ``’``.

    Only apostrophes between a letter/digit and a letter are touched, so quotation marks
    around phrases stay as they are. One character for one, offsets keep their meaning.
    """
    chars = re.escape("".join(tr.apostrophes()))
    return [
        (m.start(), m.end(), "’")
        for m in re.finditer(f"[{chars}]", text)  # rare characters: find them, then look around
        if 0 < m.start() and m.end() < len(text) and text[m.start() - 1].isalnum() and text[m.end()].isalpha()
    ]


PAGE_NUMBER = re.compile(
    r"\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|\(\d{1,3}\)|\[\d{1,3}\]|(?:s\.|sayfa|page|p\.)\s*\d{1,3}", re.I
)


def drop_page_furniture(text: str) -> list[Edit]:
    """Remove page numbers and running headers/footers of hard-wrapped text.

    A page number is a line holding only a number (``23``, ``- 23 -``, ``s. 23``); a running
    header is a short line (< 80 chars) repeated at least three times. Both are removed
    with their line break; prose lines never repeat verbatim three times.
    """
    if text.count("\n") < 2:
        return []  # one or two lines: nothing can be a page number or a running header
    lines = list(re.finditer(r"[^\n]*\n?", text))
    wrapped, _ = _wrap_width([m.group().strip() for m in lines if m.group().strip()])
    counts = Counter(m.group().strip() for m in lines if m.group().strip())
    edits: list[Edit] = []
    previous = ""
    for m in lines:
        line = m.group().strip()
        if not line:
            continue
        if PAGE_NUMBER.fullmatch(line) and not previous.endswith(("-", ",", ":")):
            edits.append((m.start(), m.end(), ""))
        elif wrapped and counts[line] >= 3 and len(line) < 80 and not re.search(r"[.!?:;]$", line):
            edits.append((m.start(), m.end(), ""))
        previous = line
    if len(edits) > 0.25 * sum(counts.values()):
        return []  # too much would go: these repeated lines are content, not furniture
    return edits


IZAFET = re.compile(r"(?:i|ı|u|ü|yi|yı)(?=[\s,.;:)’']|$)")


def join_hyphenated_linebreak(text: str) -> list[Edit]:
    r"""``Kara-\n\ndeniz`` → ``Karadeniz``; ``Hakimiyet-\n\ni Milliye`` keeps its hyphen.

    A hyphen at a line end between two lower-case letters is a word split by the layout; the
    Ottoman izafet (``-i``, ``-ı``, ``-ü``, ``-u`` standing alone) is grammar, so only the line
    break goes. A capital after the hyphen (``Türk-\nRus``) marks a real compound: kept.

    >>> join_hyphenated_linebreak("Hakimiyet-\n\ni Milliye")
    [(10, 12, '')]
    >>> join_hyphenated_linebreak("Kara-\ndeniz")
    [(4, 6, '')]
    """
    edits: list[Edit] = []
    if "-" not in text or "\n" not in text:
        return edits
    for m in re.finditer(r"(?<=[a-zçğıöşüâîû])-[ \t]*\n[\s]*(?=[a-zçğıöşüâîû])", text):
        after = text[m.end() : m.end() + 3]
        if IZAFET.match(after):
            edits.append((m.start() + 1, m.end(), ""))
        else:
            edits.append((m.start(), m.end(), ""))
    return edits


def unwrap_lines(text: str) -> list[Edit]:
    r"""Join hard-wrapped lines into paragraphs; paragraphs are separated by ``\n\n``.

    In hard-wrapped text (PDF extraction) most lines end near one width, so a line break is a
    paragraph break only after a short line, before an indented line, or around a heading.
    Text whose lines are paragraphs (one per line) is left with a paragraph break at every
    line break. Spaces around the breaks and runs of spaces collapse to one.
    """
    edits: list[Edit] = [
        (m.start(), m.end(), " ")
        for m in re.finditer(r"[ \t]{2,}", text)
        if m.start() and m.end() < len(text) and not text[m.start() - 1].isspace() and not text[m.end()].isspace()
    ]
    breaks = list(re.finditer(r"[ \t]*\n[\s]*", text))
    if not breaks:
        return edits + _strip_ends(text)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    wrapped, width = _wrap_width(lines)
    for m in breaks:
        if m.start() == 0 or m.end() == len(text):
            edits.append((m.start(), m.end(), ""))
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].strip()
        after_line_end = text.find("\n", m.end())
        after = text[m.end() : after_line_end if after_line_end != -1 else len(text)].strip()
        indented = bool(re.search(r"\n[ \t]+$", text[m.start() : m.end()]))
        if not wrapped or _is_paragraph_break(before, after, width, indented):
            edits.append((m.start(), m.end(), "\n\n"))
        else:
            edits.append((m.start(), m.end(), " "))
    return edits + _strip_ends(text)


def _strip_ends(text: str) -> list[Edit]:
    out: list[Edit] = []
    lead = len(text) - len(text.lstrip())
    if lead:
        out.append((0, lead, ""))
    trail = len(text) - len(text.rstrip())
    if trail and len(text.rstrip()):
        out.append((len(text) - trail, len(text), ""))
    return [e for e in out if "\n" not in text[e[0] : e[1]]]


def _wrap_width(lines: list[str]) -> tuple[bool, float]:
    """Is the text hard-wrapped, and at what typical width?"""
    if len(lines) < 6:
        return False, 0.0
    lengths = sorted(len(ln) for ln in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return (near >= 0.6 * len(lengths) and width < 200), float(statistics.median(lengths))


def _is_heading(line: str) -> bool:
    """A numbered section title: ``3. Meclisin Açılışı ile ...`` (no closing punctuation)."""
    return bool(re.match(r"(?:\d{1,2}(?:\.\d+)*\.|[IVX]+\.)\s+[A-ZÇĞİÖŞÜÂÎÛ]", line)) and not re.search(
        r"[.,;:!?]$", line
    )


def _is_paragraph_break(before: str, after: str, width: float, indented: bool) -> bool:
    if not before or not after:
        return True
    short = len(before) < 0.7 * width
    ends_sentence = bool(re.search(r"[.!?:…][”\"’)]*$", before))
    heading_next = bool(re.match(r"(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+\S", after)) and len(after) < 0.7 * width
    if indented and (ends_sentence or short):
        return True
    opens_upper = bool(re.match(r"[\"“(]?[A-ZÇĞİÖŞÜÂÎÛ0-9]", after))
    if short and (ends_sentence or before.isupper() or opens_upper):
        return True  # a short line ends a paragraph or is a title (Kaynakça, 1. Giriş)
    if _is_heading(before) and len(before) < 0.85 * width and re.match(r"[\"“(]?[A-ZÇĞİÖŞÜÂÎÛ]", after):
        return True
    return ends_sentence and heading_next


FIXERS: dict[str, Fixer] = {
    "drop_bom": drop_bom,
    "normalize_newlines": normalize_newlines,
    "fix_mojibake": fix_mojibake,
    "fix_ligatures": fix_ligatures,
    "drop_page_furniture": drop_page_furniture,
    "join_hyphenated_linebreak": join_hyphenated_linebreak,
    "unwrap_lines": unwrap_lines,
    "normalize_apostrophes": normalize_apostrophes,
}
