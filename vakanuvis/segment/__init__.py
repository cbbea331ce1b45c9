"""Stage 3: paragraphs, sentences and tokens of the clean text, Turkish-aware.

Sentences end at ``.``, ``!``, ``?``, ``…`` followed by a space and a sentence opener, except
after an abbreviation (``bkz.``, ``a.g.e.``, ``Prof.``: data file), an ordinal (``20. yüzyıl``,
``I. Dünya``), or a single initial (``M. Kemal``). A citation parenthesis that opens a
sentence (``... aramıyordu. (Sadıkov,2010:102) Çarlık ...``) is given back to the sentence it
closes. Tokens keep apostrophe suffixes on their word (``Lenin’e``, ``2’nci``).
"""

from __future__ import annotations

import re

from vakanuvis.lang import tr
from vakanuvis.model import Doc, Sentence

TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*(?:[’']\w+)?|\w+(?:[’'-]\w+)*|[^\w\s]")
SENTENCE_END = re.compile(r"(?:[.!?…]+|\.\.\.)[”\"’»)\]]*(?=\s+|$)")
OPENER = re.compile(r"[\s]*[\"“«‘(\[–—-]*\s*[A-ZÇĞİÖŞÜÂÎÛ0-9]")
CITATION_OPENING = re.compile(r"\((?:[^()]{0,80}?,\s*)?(?:\d{4}|t\.y\.|ty)[a-z]?(?:[:,][^()]{0,40})?\)\s*")
ROMAN = re.compile(r"[IVXLC]+")
WORD_BEFORE = re.compile(r"(\S+)$")
PARAGRAPH = re.compile(r"\n\s*\n")


def segment(doc: Doc) -> Doc:
    """Fill ``doc.paragraphs`` and ``doc.sentences`` (needs repaired text); tokens: :func:`tokenize`."""
    assert doc.offsets is not None
    text = doc.text
    doc.paragraphs = list(paragraphs(text))
    doc.sentences = []
    langs: dict[str, int] = {}
    for p_index, (p_start, p_end, lang) in enumerate(doc.paragraphs):
        langs[lang] = langs.get(lang, 0) + (p_end - p_start)
        for s_start, s_end in sentence_bounds(text, p_start, p_end):
            o_start, o_end = doc.offsets.span_to_original(s_start, s_end)
            doc.sentences.append(
                Sentence(len(doc.sentences), p_index, o_start, o_end, s_start, s_end, lang)
            )
    if langs and "language" not in doc.meta:
        doc.meta["language"] = max(langs, key=langs.__getitem__)
    return doc


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token ``(start, end)`` pairs; computed on demand, never stored per token."""
    return [(m.start(), m.end()) for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


def paragraphs(text: str):
    """Yield ``(start, end, language)`` for each paragraph (clean text uses blank lines)."""
    pos = 0
    for m in PARAGRAPH.finditer(text):
        if m.start() > pos:
            yield pos, m.start(), detect_language(text[pos : m.start()])
        pos = m.end()
    if pos < len(text):
        stripped = text[pos:].rstrip()
        if stripped:
            yield pos, pos + len(stripped), detect_language(stripped)


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` pairs inside ``text[start:end]``, trimmed of spaces."""
    cuts = [start]
    for m in SENTENCE_END.finditer(text, start, end):
        if m.end() >= end:
            break
        if _is_boundary(text, m.start(), m.end(), end):
            cuts.append(m.end())
    cuts.append(end)
    bounds = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            bounds.append((a, b))
    return [piece for a, b in _reattach_citations(text, bounds) for piece in _cap_length(text, a, b)]


MAX_SENTENCE = 1200  # characters; beyond this a "sentence" is a list, an index or a table


def _cap_length(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split an over-long run without sentence punctuation (an index, a table) into pieces,
    cutting after ``;`` or ``,`` or at a space, so evidence and search hits stay readable."""
    pieces = []
    while end - start > MAX_SENTENCE:
        window = text[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        cut = cut + 1 if cut != -1 else window.rfind(" ")
        if cut <= 0:
            break
        cut_at = start + MAX_SENTENCE // 2 + cut
        pieces.append((start, cut_at))
        start = cut_at
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


def _is_boundary(text: str, punct_start: int, punct_end: int, limit: int) -> bool:
    if not OPENER.match(text, punct_end, limit):
        return False
    if text[punct_start] != ".":
        return True
    word = WORD_BEFORE.search(text, max(0, punct_start - 60), punct_start)
    if not word:
        return True
    token = word.group(1).lstrip("(\"“‘«[")
    if tr.lower(token + ".") in tr.abbreviations() or token + "." in tr.abbreviations():
        return False
    if "." in token and re.fullmatch(r"(?:\w\.)+\w", token):
        return False  # a.g.e / M.Ö style
    if re.fullmatch(r"\d{1,3}", token):
        return False  # ordinal: 20. yüzyıl, 1. Dünya
    if ROMAN.fullmatch(token) and len(token) <= 4:
        return False  # I. Dünya Savaşı
    if len(token) == 1 and token.isupper():
        return False  # initial: M. Kemal
    return True


def _reattach_citations(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move a citation that opens a sentence to the end of the previous sentence."""
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        m = CITATION_OPENING.match(text, a, b)
        if out and m:
            prev_a, _ = out[-1]
            cit_end = m.end()
            while cit_end > a and text[cit_end - 1].isspace():
                cit_end -= 1
            out[-1] = (prev_a, cit_end)
            a = m.end()
            if a >= b:
                continue
        out.append((a, b))
    return out


def detect_language(text: str) -> str:
    """``tr`` or ``en`` by function words and Turkish letters; Turkish when unsure."""
    words = re.findall(r"\w+", tr.lower(text[:2000]))
    if not words:
        return "tr"
    tr_hits = sum(map(tr.stop_words("tr").__contains__, words))
    en_hits = sum(map(tr.stop_words("en").__contains__, words))
    turkish_letters = len(re.findall(r"[çğışöüÇĞİŞÖÜ]", text[:2000]))
    if en_hits > 2 * tr_hits + 1 and turkish_letters < 0.01 * len(text[:2000]):
        return "en"
    return "tr"
