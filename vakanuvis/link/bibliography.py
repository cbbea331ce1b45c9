"""The corpus-wide bibliography: one ``works`` row per work, however many documents cite it.

Built from the ``citation`` and ``reference`` layers of ``annotations``: every ref carries a
work key (first author's folded surname + year, or + title words when undated), so
``(Sadıkov,2010:102)`` in one article, ``Sadıkov, A. (2010). ...`` in another's Kaynakça and a
footnote ``Abdulla Sadıkov, ..., Bakü 2010, s. 5`` are one work. Fields come from the
richest source (reference entry > footnote > in-text citation). The pass rebuilds its
tables each run, so it is idempotent and never disagrees with the layers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from vakanuvis.extract.citation.works import surname
from vakanuvis.registry import corpus_pass

FIELDS = ("title", "type", "container", "volume", "issue", "publisher", "place", "pages", "doi", "url", "year_suffix")
RANK = {"reference": 0, "note": 1, "intext": 2}


@dataclass
class Work:
    id: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    et_al: bool = False
    source: str = "intext"
    fields: dict[str, Any] = field(default_factory=dict)
    docs: set[str] = field(default_factory=set)
    citations: int = 0
    claims: set[tuple[str, int, int]] = field(default_factory=set)

    def absorb(self, authors: list[str], year: int | None, fields: dict[str, Any], source: str) -> None:
        """Merge a description of the same work; the richer source wins, gaps are filled."""
        better = RANK[source] < RANK[self.source]
        if authors and (better or not self.authors):
            self.authors = list(authors)
        if year is not None and (better or self.year is None):
            self.year = year
        for k in FIELDS:
            v = fields.get(k)
            if v not in (None, "") and (better or k not in self.fields):
                self.fields[k] = v
        if better:
            self.source = source


def family_first(name: str) -> str:
    """``Ali Fuat Cebesoy`` → ``Cebesoy, Ali Fuat``; names already inverted, or single, stay."""
    toks = name.split()
    if "," in name or len(toks) < 2 or name.isupper():
        return name
    return f"{toks[-1]}, {' '.join(toks[:-1])}"


def collect(store: Any) -> tuple[dict[str, Work], list[dict[str, Any]], list[dict[str, Any]]]:
    """Works, reference-entry rows and citation rows from the annotation layers."""
    works: dict[str, Work] = {}
    entries, cites = [], []

    def work(key: str) -> Work:
        return works.setdefault(key, Work(key))

    for a in store.annotations("reference"):
        f = a["value"]
        key = f.get("work")
        if key:
            w = work(key)
            w.absorb(f.get("authors", []), f.get("year"), f, "reference")
            w.docs.add(a["doc_id"])
        entries.append({"doc_id": a["doc_id"], "idx": f.get("index", 0), "start": a["start"], "end": a["end"],
                        "text": a["text"], "style": f.get("style"), "fields": f, "work_id": key or None})
    for a in store.annotations("citation"):
        v = a["value"]
        kind = v.get("kind", "intext")
        for i, ref in enumerate(v.get("refs", [])):
            key = ref.get("work")
            if key:
                w = work(key)
                authors = [family_first(x) for x in ref.get("authors", [])] if kind == "note" else ref.get("authors", [])
                w.absorb(authors, ref.get("year"), ref, kind)
                w.et_al = w.et_al or bool(ref.get("et_al"))
                w.docs.add(a["doc_id"])
                w.citations += 1
                if claim := v.get("claim"):
                    w.claims.add((a["doc_id"], claim["start"], claim["end"]))
            cites.append({"doc_id": a["doc_id"], "start": a["start"], "end": a["end"], "kind": kind, "ref_idx": i,
                          "ref": ref, "work_id": key or None, "claim": v.get("claim"), "sentence": v.get("sentence")})
    return works, entries, cites


@corpus_pass("bibliography")
def build_bibliography(store: Any) -> None:
    """Rebuild ``works``, ``reference_entries``, ``citation_refs`` and ``citation_claims``."""
    db = store.db
    for table in ("citation_claims", "citation_refs", "reference_entries", "works"):
        db.execute(f"DELETE FROM {table}")
    works, entries, cites = collect(store)
    db.executemany(
        "INSERT INTO works(id, authors, first_author, year, year_suffix, title, type, container, volume, issue,"
        " publisher, place, pages, doi, url, et_al, source, documents, citations, claims)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (w.id, json.dumps(w.authors, ensure_ascii=False), surname(w.authors[0]) if w.authors else None, w.year,
             w.fields.get("year_suffix"), w.fields.get("title"), w.fields.get("type"), w.fields.get("container"),
             w.fields.get("volume"), w.fields.get("issue"), w.fields.get("publisher"), w.fields.get("place"),
             w.fields.get("pages") if w.source == "reference" else None, w.fields.get("doi"), w.fields.get("url"),
             int(w.et_al), w.source, len(w.docs), w.citations, len(w.claims))
            for w in works.values()
        ],
    )
    entry_ids: dict[tuple[str, int], int] = {}
    for e in entries:
        cur = db.execute(
            "INSERT INTO reference_entries(doc_id, idx, start, end, text, style, fields, work_id) VALUES (?,?,?,?,?,?,?,?)",
            (e["doc_id"], e["idx"], e["start"], e["end"], e["text"], e["style"],
             json.dumps(e["fields"], ensure_ascii=False), e["work_id"]),
        )
        entry_ids[(e["doc_id"], e["idx"])] = cur.lastrowid
    claims_seen: set[tuple[str, int, int]] = set()
    for c in cites:
        ref = c["ref"]
        db.execute(
            "INSERT INTO citation_refs(doc_id, start, end, kind, ref_idx, authors, year, pages, et_al, backref,"
            " work_id, entry_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (c["doc_id"], c["start"], c["end"], c["kind"], c["ref_idx"],
             json.dumps(ref.get("authors", []), ensure_ascii=False), ref.get("year"), ref.get("pages"),
             int(bool(ref.get("et_al"))), ref.get("backref"), c["work_id"],
             entry_ids.get((c["doc_id"], ref["entry"])) if "entry" in ref else None),
        )
        if c["claim"] and (c["doc_id"], c["start"], c["end"]) not in claims_seen:
            claims_seen.add((c["doc_id"], c["start"], c["end"]))
            s = c["sentence"] or {}
            db.execute(
                "INSERT INTO citation_claims(doc_id, start, end, sentence_idx, sentence_start, sentence_end,"
                " claim_start, claim_end) VALUES (?,?,?,?,?,?,?,?)",
                (c["doc_id"], c["start"], c["end"], s.get("index"), s.get("start"), s.get("end"),
                 c["claim"]["start"], c["claim"]["end"]),
            )
