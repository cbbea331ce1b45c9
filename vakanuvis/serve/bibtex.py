"""Export the corpus bibliography (the ``works`` table) as BibTeX or CSL-JSON; read-only.

BibTeX keys are ASCII (``sadikov2010``, ``cebesoy1955a`` on a clash); values keep their
Turkish letters (UTF-8, as biber and bibtexparser read them) with BibTeX's special
characters escaped. CSL-JSON follows the citeproc schema (``author`` as family/given,
``issued.date-parts``).
"""

from __future__ import annotations

import json
import re
from typing import Any

from vakanuvis.extract.citation.works import fold
from vakanuvis.lang import tr

BIBTEX_TYPES = {"book": "book", "article": "article", "chapter": "incollection", "thesis": "phdthesis", "web": "misc"}
CSL_TYPES = {"book": "book", "article": "article-journal", "chapter": "chapter", "thesis": "thesis", "web": "webpage"}
FORMATS = ("bibtex", "csl-json")


def works(store: Any) -> list[dict[str, Any]]:
    """Every work with its citation counts, sorted the Turkish way by first author, then year."""
    rows = [dict(r) for r in store.db.execute("SELECT * FROM works")]
    for r in rows:
        r["authors"] = json.loads(r["authors"])
    return sorted(rows, key=lambda r: (tr.sort_key(r["first_author"] or r["title"] or ""), r["year"] or 0, r["id"]))


def split_name(name: str) -> dict[str, str]:
    """``"Cebesoy, Ali Fuat"`` → family/given; a single name is a family name (or literal)."""
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        return {"family": family, "given": given} if given else {"family": family}
    toks = name.split()
    if len(toks) > 1 and not name.isupper():
        return {"family": toks[-1], "given": " ".join(toks[:-1])}
    return {"family": name}


def _escape(value: str) -> str:
    value = re.sub(r"[{}]", "", str(value))
    return re.sub(r"([&%$#_])", r"\\\1", value)


def _key(work: dict[str, Any], used: set[str]) -> str:
    first = split_name(work["authors"][0])["family"] if work["authors"] else (work["title"] or "anon")
    base = re.sub(r"[^a-z0-9]", "", fold(first)) or "anon"
    base += str(work["year"] or "nd") + (work.get("year_suffix") or "")
    key, n = base, 0
    while key in used:
        n += 1
        key = base + "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * (1 + (n - 1) // 26)
    used.add(key)
    return key


def to_bibtex(rows: list[dict[str, Any]]) -> str:
    """BibTeX entries, one per work."""
    used: set[str] = set()
    out = []
    for w in rows:
        kind = BIBTEX_TYPES.get(w.get("type") or "book", "misc") if w.get("title") else "misc"
        authors = [n for n in w["authors"]]
        if w.get("et_al") and authors:
            authors.append("others")
        fields: list[tuple[str, Any]] = [
            ("author", " and ".join(authors)),
            ("title", w.get("title")),
            ("year", w.get("year")),
            ("journal" if kind == "article" else "booktitle", w.get("container")),
            ("volume", w.get("volume")),
            ("number", w.get("issue")),
            ("pages", (w.get("pages") or "").replace("-", "--") or None),
            ("publisher" if kind != "phdthesis" else "school", w.get("publisher")),
            ("address", w.get("place")),
            ("doi", w.get("doi")),
            ("url", w.get("url")),
            ("note", None if w.get("title") else "known only from in-text citations"),
        ]
        body = ",\n".join(f"  {k} = {{{_escape(v)}}}" for k, v in fields if v not in (None, ""))
        out.append(f"@{kind}{{{_key(w, used)},\n{body}\n}}\n")
    return "\n".join(out)


def to_csl_json(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """CSL-JSON items, one per work (id = the work key)."""
    items = []
    for w in rows:
        item: dict[str, Any] = {"id": w["id"], "type": CSL_TYPES.get(w.get("type") or "book", "book")}
        if w["authors"]:
            item["author"] = [split_name(a) for a in w["authors"]]
        for key, csl in (("title", "title"), ("container", "container-title"), ("publisher", "publisher"),
                         ("place", "publisher-place"), ("volume", "volume"), ("issue", "issue"), ("pages", "page"),
                         ("doi", "DOI"), ("url", "URL")):
            if w.get(key):
                item[csl] = w[key]
        if w.get("year"):
            item["issued"] = {"date-parts": [[w["year"]]]}
        items.append(item)
    return items


def export(store: Any, fmt: str = "bibtex") -> str:
    """The whole bibliography as text in ``fmt`` (``bibtex`` or ``csl-json``)."""
    rows = works(store)
    if fmt == "bibtex":
        return to_bibtex(rows)
    if fmt == "csl-json":
        return json.dumps(to_csl_json(rows), ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
