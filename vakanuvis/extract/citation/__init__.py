"""The ``citation`` layer (who says so) and the ``reference`` layer (the document's reference list).

``citation`` spans: one per citation parenthesis (``(Sadıkov,2010:102)``, GOLD_FORMAT.md) and
one per footnote body that cites; attrs ``refs`` (authors, year, pages, ``et_al``; extra
``work`` key, ``entry`` index into the reference list, ``backref``/``resolved`` for
``a.g.e.`` chains), ``kind`` (``intext``/``note``), ``claim`` (ORIGINAL offsets of the clause
the citation closes) and ``sentence``. ``reference`` spans: one per reference-list entry,
attrs = the parsed entry. Timex drops dates inside either layer, so citation years never
become dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vakanuvis.extract.citation import intext, notes, reflist
from vakanuvis.extract.citation.works import fold, surname, title_slug, work_key
from vakanuvis.model import Doc, Span
from vakanuvis.registry import extractor


@dataclass
class Citation:
    """One citation in ORIGINAL offsets, before it becomes a :class:`Span`."""

    start: int
    end: int
    kind: str  # intext | note
    refs: list[dict[str, Any]]
    anchor: int  # where the claim is: the parenthesis or the note marker
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Analysis:
    citations: list[Citation]
    entries: list[reflist.Entry]
    sections: list[reflist.Section]


_CACHE: dict[str, Any] = {}


def analyse(doc: Doc) -> Analysis:
    """Reference lists, notes and in-text citations of a prepared document (cached per doc)."""
    key = (id(doc), doc.id, len(doc.original))
    if _CACHE.get("key") == key:
        return _CACHE["value"]
    sections = reflist.sections(doc.original)
    ref_sections = [s for s in sections if s.kind == "references"]
    entries: list[reflist.Entry] = []
    for sec in ref_sections:
        entries += reflist.parse_section(doc.original, lambda a, b: clean_of(doc, a, b), sec, doc.language, len(entries))
    skip = [(s.start, s.end) for s in ref_sections]
    found = notes.find_notes(doc.original, skip)
    cits = [_note_citation(doc, n) for n in found]
    cits = [c for c in cits if c is not None]
    clean_skip = [(doc.to_clean(a), doc.to_clean(b)) for a, b in skip + [(c.start, c.end) for c in cits]]
    for f in intext.find(doc.text, skip=clean_skip):
        start, end = doc.offsets.span_to_original(f.start, f.end)
        attrs = {"narrative": True} if f.narrative else {}
        cits.append(Citation(start, end, "intext", [i.ref() for i in f.items], start, attrs))
    cits.sort(key=lambda c: c.anchor)
    resolve(cits)
    link_entries(cits, entries)
    attach_claims(doc, cits)
    result = Analysis(sorted(cits, key=lambda c: (c.start, c.end)), entries, sections)
    _CACHE.update(key=key, value=result)
    return result


def clean_of(doc: Doc, start: int, end: int) -> str:
    """Repaired text of an ORIGINAL range (line breaks unwrapped, split words joined)."""
    return " ".join(doc.text[doc.to_clean(start) : doc.to_clean(end)].split())


def _note_citation(doc: Doc, note: notes.Note) -> Citation | None:
    body = clean_of(doc, note.start, note.end)
    refs = [r for r in (notes.parse_part(p) for p in notes.split_parts(body)) if r]
    if not refs:
        return None
    attrs: dict[str, Any] = {"note": note.number}
    if note.marker:
        attrs["marker"] = {"start": note.marker[0], "end": note.marker[1]}
    anchor = note.marker[0] if note.marker else note.start
    return Citation(note.start, note.end, "note", refs, anchor, attrs)


def _same_author(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a.get("authors")) and bool(b.get("authors")) and fold(surname(a["authors"][0])) == fold(
        surname(b["authors"][0])
    )


def resolve(cits: list[Citation]) -> None:
    """Fill back-references (``a.g.e.``, ``ibid.``, short titles) from the work they point to,
    walking citations in reading order; give every ref its ``work`` key."""
    history: list[dict[str, Any]] = []
    for cit in cits:
        for ref in cit.refs:
            target = _target(ref, history)
            if target is not None:
                for k in ("authors", "year", "year_suffix", "title", "et_al"):
                    if target.get(k) not in (None, [], "") and (k != "authors" or not ref.get("authors")
                                                              or ref.get("backref") or ref.get("year") is None):
                        ref[k] = target[k]
                ref["resolved"] = True
                ref["work"] = target["work"]
            elif ref.get("authors") or ref.get("title"):
                ref["work"] = work_key(ref.get("authors", []), ref.get("year"), ref.get("year_suffix", ""),
                                       ref.get("title"))
            if ref.get("work"):
                history.append(ref)


def _target(ref: dict[str, Any], history: list[dict[str, Any]]) -> dict[str, Any] | None:
    if ref.get("year") is not None:
        return None
    if ref.get("backref") and not ref.get("authors"):
        return history[-1] if history else None
    if not ref.get("authors"):
        return None
    same = [h for h in reversed(history) if _same_author(ref, h)]
    if ref.get("title") and not ref.get("backref"):
        slug = title_slug(ref["title"], 2)
        same = [h for h in same if title_slug(h.get("title"), 2) == slug or not h.get("title")]
    return same[0] if same else None


def link_entries(cits: list[Citation], entries: list[reflist.Entry]) -> None:
    """Point each ref at its reference-list entry: same work key, else same first author and
    year, else the author's only entry."""
    by_key = {e.key: e for e in entries if e.key}
    by_author: dict[str, list[reflist.Entry]] = {}
    for e in entries:
        if e.fields.get("authors"):
            by_author.setdefault(fold(surname(e.fields["authors"][0])), []).append(e)
    for cit in cits:
        for ref in cit.refs:
            entry = by_key.get(ref.get("work", ""))
            if entry is None and ref.get("authors"):
                cands = by_author.get(fold(surname(ref["authors"][0])), [])
                same_year = [e for e in cands if e.fields.get("year") == ref.get("year")]
                if len(same_year) == 1:
                    entry = same_year[0]
                elif len(cands) == 1 and ref.get("year") is None:
                    entry = cands[0]
            if entry is not None:
                ref["entry"] = entry.index
                ref["work"] = entry.key or ref.get("work")


def attach_claims(doc: Doc, cits: list[Citation]) -> None:
    """The claim of a citation: the clause it closes, from the sentence start (or the previous
    citation in the same sentence) to the citation, or to the sentence end when only
    punctuation follows."""
    prev_end: dict[int, int] = {}
    for cit in sorted(cits, key=lambda c: c.anchor):
        sent = doc.sentence_at(cit.anchor)
        if sent is None:
            continue
        start = max(sent.start, prev_end.get(sent.index, sent.start))
        while start < cit.anchor and not doc.original[start].isalnum():
            start += 1
        close = cit.end if cit.kind == "intext" else cit.attrs["marker"]["end"] if "marker" in cit.attrs else sent.end
        tail = doc.original[close : sent.end]
        end = sent.end if not any(ch.isalnum() for ch in tail) else close
        cit.attrs["claim"] = {"start": start, "end": end}
        cit.attrs["sentence"] = {"index": sent.index, "start": sent.start, "end": sent.end}
        prev_end[sent.index] = close


@extractor("citation")
def extract_citations(doc: Doc) -> list[Span]:
    """In-text citation parentheses and citing footnotes, with resolved refs and claims."""
    return [
        doc.original_span(c.start, c.end, "citation", refs=c.refs, kind=c.kind, **c.attrs)
        for c in analyse(doc).citations
    ]


@extractor("reference", requires=("citation",))
def extract_references(doc: Doc) -> list[Span]:
    """One span per reference-list entry; attrs are its parsed fields and ``index``."""
    return [
        doc.original_span(e.start, e.end, "reference", index=e.index, **e.fields)
        for e in analyse(doc).entries
    ]
