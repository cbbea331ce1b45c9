"""What the "Sor" (Ask) page shows: an answer of ``serve.ask.ask`` with its evidence in context.

``ask`` returns the JSON contract of issue 8 (original offsets, document stems). The page
needs more than that: each evidence sentence inside its context in the repaired text, with
the evidence, the answer's own words and the dates/names inside it highlighted; the
citations that back it; the document's title; and which claims disagree with the answer.
This module only reads; the contract itself is passed through unchanged by ``/api/ask``.
"""

from __future__ import annotations

from typing import Any

from vakanuvis.lang import tr
from vakanuvis.model import Doc
from vakanuvis.serve import queries as q
from vakanuvis.serve.web_text import Mark, segments, span_marks, window

MAX_EVIDENCE = 12  # evidence passages a page shows (a conflict answer may carry many)
MAX_SHOWN = 2000  # characters of one evidence range shown in full


def answer_values(result: dict[str, Any]) -> set[str]:
    """The answer's values (and the claims'), lower-cased: words in the evidence that say them
    are highlighted as the answer."""
    value = (result.get("answer") or {}).get("value")
    values = value if isinstance(value, list) else [value]
    values += [c.get("value") for c in result.get("claims") or []]
    return {tr.lower(str(v)) for v in values if isinstance(v, (str, int, float)) and str(v).strip()}


def answer_marks(spans: list[dict[str, Any]], wanted: set[str]) -> list[Mark]:
    """Dates whose value, or names whose entity, is the answer (clean offsets)."""
    out = []
    for s in spans:
        attrs = s.get("attrs") or {}
        if s["layer"] == "timex":
            said = {str(attrs.get("value"))}
        elif s["layer"] == "entity":
            said = {str(x) for x in (s.get("label"), attrs.get("entity"), s.get("text")) if x}
        else:
            continue
        if any(tr.lower(x) in wanted for x in said):
            out.append(Mark(s["clean_start"], s["clean_end"], "answer"))
    return out


class Documents:
    """Documents by stem (or id), each read once per request with its offset map."""

    def __init__(self, store: Any) -> None:
        self.db = store.db
        self._cache: dict[str, tuple[dict[str, Any], Doc] | None] = {}

    def get(self, key: str) -> tuple[dict[str, Any], Doc] | None:
        if key not in self._cache:
            row = q.find_document(self.db, key)
            self._cache[key] = None if row is None else (
                {k: row[k] for k in ("id", "stem", "title", "date", "kind")},
                q.text_map(row["id"], row["original"], row["clean"], row["offsets"]))
        return self._cache[key]


def evidence_view(db: Any, docs: Documents, ev: dict[str, Any], wanted: set[str]) -> dict[str, Any]:
    """One evidence passage: its document, context segments (highlighted) and citations."""
    found = docs.get(str(ev.get("doc")))
    out: dict[str, Any] = {"doc": ev.get("doc"), "start": ev.get("start"), "end": ev.get("end"),
                           "text": ev.get("text") or "", "document": None, "segs": None, "citations": []}
    if found is None or not isinstance(ev.get("start"), int) or not isinstance(ev.get("end"), int):
        return out
    meta, mapper = found
    start, end = ev["start"], ev["end"]
    ctx = q.evidence_context(db, mapper, start, end)
    marks = span_marks(ctx["spans"], ("timex", "entity", "citation"), clean=True)
    marks.append(Mark(ctx["clean_start"], ctx["clean_end"], "evidence"))
    marks += answer_marks(ctx["spans"], wanted)
    segs = segments(ctx["clean_context"], marks, ctx["clean_context_start"])
    if len(ctx["clean_context"]) > MAX_SHOWN:  # a runaway sentence (a whole speech): around the answer
        at = next((sg.start for sg in segs if "answer" in sg.layers), ctx["clean_start"])
        segs = window(segs, at - MAX_SHOWN // 2, at + MAX_SHOWN // 2)
        out["clipped"] = True
    out.update(document=meta, segs=segs,
               citations=citations(db, meta["id"], ctx, ev.get("citations") or []))
    return out


def citations(db: Any, doc_id: str, ctx: dict[str, Any], refs: list[Any]) -> list[dict[str, Any]]:
    """The citation layer's references in or closing the evidence, then those ``ask`` found."""
    out: list[dict[str, Any]] = []
    if "citation_refs" in q.tables(db):
        end = ctx["context_start"] + len(ctx["context"])
        out = [q.ref_dict(r) for r in q.evidence_refs(db, doc_id, ctx["context_start"], end, ctx["start"], ctx["end"])]
    known = {(tuple(r.get("authors") or [])[:1], r.get("year")) for r in out}
    for ref in refs:
        if isinstance(ref, dict) and (tuple(ref.get("authors") or [])[:1], ref.get("year")) not in known:
            known.add((tuple(ref.get("authors") or [])[:1], ref.get("year")))
            out.append(q.cite_ref(db, ref))
    return out


def claim_views(docs: Documents, claims: list[dict[str, Any]], main: Any) -> list[dict[str, Any]]:
    """Claims with their document and whether they differ from the (first) answer value."""
    first = main[0] if isinstance(main, list) and main else main
    out = []
    for c in claims:
        found = docs.get(str(c.get("doc")))
        out.append({**c, "document": found[0] if found else None,
                    "differs": first is not None and c.get("value") != first})
    return out


def ask_view(store: Any, result: dict[str, Any]) -> dict[str, Any]:
    """Everything the Ask page renders for one ``ask`` result."""
    docs = Documents(store)
    wanted = answer_values(result) if result.get("answered") else set()
    evidence = [evidence_view(store.db, docs, ev, wanted) for ev in (result.get("evidence") or [])[:MAX_EVIDENCE]]
    value = (result.get("answer") or {}).get("value")
    claims = claim_views(docs, result.get("claims") or [], value)
    answers = value if isinstance(value, list) else ([] if value is None else [value])
    return {"result": result, "evidence": evidence, "claims": claims,
            "disagree": len({repr(c.get("value")) for c in claims}) > 1,
            "answers": list(dict.fromkeys(str(a) for a in answers))}
