"""Names and work keys shared by in-text citations, footnotes and reference lists.

A *work key* identifies one work across a document and across the corpus: the first
author's surname folded to ASCII, then the year (with its ``a``/``b`` suffix) or, for an
undated work, the first words of its title: ``sadikov-2010``, ``cebesoy-moskova-hatiralari``.
"""

from __future__ import annotations

import re
import unicodedata

from vakanuvis.lang import tr

PARTICLES = frozenset("van von de der den da di du la le el al bin ibn ben ter zu dos das del".split())
NAME_TOKEN = re.compile(r"[A-ZÇĞİÖŞÜÂÎÛ][\w’'\-.]*|(?:el|al|ibn|bin)-[A-ZÇĞİÖŞÜ][\w’'\-.]*")
FOLD = str.maketrans("ıİçÇğĞöÖşŞüÜâÂîÎûÛ", "iIcCgGoOsSuUaAiIuU")
TITLE_STOP = frozenset("the a an of and ve ile bir".split())


def fold(text: str) -> str:
    """Lower-cased ASCII form for matching (``Sadıkov`` ~ ``Sadikov``, ``Kâzım`` ~ ``Kazim``)."""
    text = tr.lower(text).translate(FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def is_name(text: str) -> bool:
    """A personal or institutional author as written: 1-5 capitalised tokens (particles allowed)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return False
    if not NAME_TOKEN.fullmatch(tokens[0]) or tokens[0].endswith(("’", "'")):
        return False
    for t in tokens[1:]:
        if not (NAME_TOKEN.fullmatch(t) or t.lower() in PARTICLES):
            return False
    return len(tokens) == 1 and "." not in tokens[0] or any(len(t.strip(".")) > 1 for t in tokens)


def surname(author: str) -> str:
    """The family name: before the comma (``Cebesoy, Ali Fuat``) or the last token."""
    author = author.strip()
    if "," in author:
        return author.split(",", 1)[0].strip()
    tokens = [t for t in author.split() if len(t.strip(".")) > 1 or len(author.split()) == 1]
    return tokens[-1] if tokens else author


def title_slug(title: str | None, words: int = 3) -> str:
    if not title:
        return ""
    toks = [t for t in re.findall(r"\w+", fold(title)) if t not in TITLE_STOP]
    return "-".join(toks[:words])


def work_key(authors: list[str], year: int | None, suffix: str = "", title: str | None = None) -> str:
    """Stable key of a work (see module docstring); ``""`` when nothing identifies it."""
    first = re.sub(r"[^a-z0-9]+", "", fold(surname(authors[0]))) if authors else ""
    if year is not None:
        tail = f"{year}{suffix}"
    else:
        tail = title_slug(title) or "nd"
    if not first and tail == "nd":
        return ""
    return f"{first or 'anon'}-{tail}"
