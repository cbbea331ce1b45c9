"""The JSON contract of an answer (evidence, claims, confidence; see the package docstring),
the linked event graph's claims, the verdict over several sources, and scoring against gold."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve import search as S
from vakanuvis.serve.ask.corpus import original_text
from vakanuvis.serve.ask.documents import DocHit
from vakanuvis.serve.ask.question import Question
from vakanuvis.serve.ask.render import msg
from vakanuvis.serve.ask.retrieve import Passage
from vakanuvis.serve.ask.slots import Slot


def contract(q: Question, value: Any, text: str, evidence: list[dict[str, Any]], claims: list[dict[str, Any]],
             confidence: float, *, answered: bool = True, **extra: Any) -> dict[str, Any]:
    """An answer in the contract format, its keys in the documented order."""
    return {"answered": answered, "answer": {"value": value, "text": text}, "evidence": evidence,
            "claims": claims, "confidence": round(confidence, 2), "question": {"type": q.qtype, "lang": q.lang},
            **extra}


def _evidence(p: Passage) -> dict[str, Any]:
    start, end, text = p.span()
    ev: dict[str, Any] = {"doc": p.doc, "start": start, "end": end, "text": text}
    refs = [r for a in p.anns if a.layer == "citation" for r in a.value.get("refs", [])]
    if refs:
        ev["citations"] = refs
    if p.title:
        ev["title"] = p.title
    return ev


def refusal(q: Question, ps: list[Passage]) -> dict[str, Any]:
    near = sorted(ps, key=lambda p: -p.coverage)[:3]
    return contract(q, None, msg("unknown", q.lang), [_evidence(p) for p in near], [], 0.0, answered=False)


def slot_result(q: Question, value: Any, text: str, support: list[Slot], conf: float,
            claims: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    seen, evidence = set(), []
    for s in support:
        if s.passage.sentence_ids in seen:
            continue
        seen.add(s.passage.sentence_ids)
        evidence.append(_evidence(s.passage))
    if claims is None:
        claims = [{"value": s.value, "doc": s.passage.doc, "start": s.passage.span()[0], "end": s.passage.span()[1]}
                  for s in support]
    out = contract(q, value, text, evidence, claims, conf)
    if support and support[0].passage.cite:
        out["source"] = "document title"
    out.update(extra)
    return out


@dataclass
class GraphEvent:
    event_id: str
    title: str
    claims: list[dict[str, Any]]  # contract claims (+ "evidence" text) of every source
    conflicts: list[dict[str, str]]


def graph_event(store: Any, s: Slot) -> GraphEvent | None:
    """The linked historical event whose claim in this document gives this date in this passage."""
    db = store.db
    p = s.passage
    try:
        rows = db.execute("SELECT event_id, date, evidence FROM claims WHERE doc_id = ? AND date IS NOT NULL",
                          (p.doc_id,)).fetchall()
    except sqlite3.OperationalError:
        return None
    event_id = None
    for eid, date, evidence in rows:
        if date != s.value:
            continue
        if any(e["start"] < p.end and p.start < e["end"] for e in json.loads(evidence or "[]")):
            event_id = eid
            break
    if event_id is None:
        return None
    title = db.execute("SELECT title FROM events WHERE id = ?", (event_id,)).fetchone()
    claims = []
    for stem_, date, mod, evidence in db.execute(
            "SELECT d.stem, c.date, c.mod, c.evidence FROM claims c JOIN documents d ON d.id = c.doc_id"
            " WHERE c.event_id = ? AND c.date IS NOT NULL ORDER BY d.stem", (event_id,)):
        evs = json.loads(evidence or "[]")
        if not evs:
            continue
        claims.append({"value": date, "doc": stem_, "start": evs[0]["start"], "end": evs[0]["end"],
                       **({"mod": mod} if mod else {}), "text": evs[0].get("text", "")})
    conflicts = [{"kind": k, "explanation": x} for k, x in db.execute(
        "SELECT kind, explanation FROM conflicts WHERE event_id = ?", (event_id,))]
    return GraphEvent(event_id, title[0] if title else "", claims, conflicts)


def with_graph(result: dict[str, Any], g: GraphEvent | None) -> dict[str, Any]:
    """Add the other sources' claims of the same linked event (and the graph's conflicts)."""
    if g is None:
        return result
    docs = {c["doc"] for c in result["claims"]}
    have = {(e["doc"], e["start"]) for e in result["evidence"]}
    for c in g.claims:
        if c["doc"] in docs:
            continue
        docs.add(c["doc"])
        result["claims"].append({k: v for k, v in c.items() if k != "text"})
        if (c["doc"], c["start"]) not in have and c.get("text"):
            result["evidence"].append({"doc": c["doc"], "start": c["start"], "end": c["end"], "text": c["text"]})
    result["event"] = {"id": g.event_id, "title": g.title}
    if g.conflicts:
        result["conflicts"] = g.conflicts
    return result


def _doc_evidence(store: Any, hit: DocHit, start: int = -1) -> dict[str, Any]:
    """The sentence at ``start`` (a signature, a dateline), else the document's first one."""
    db = store.db
    row = None
    if start >= 0:
        row = db.execute("SELECT start, end FROM sentences WHERE doc_id = ? AND start <= ? AND ? < end",
                         (hit.doc_id, start, start)).fetchone()
    row = row or db.execute("SELECT start, end FROM sentences WHERE doc_id = ? ORDER BY idx LIMIT 1",
                            (hit.doc_id,)).fetchone()
    s, e = row if row else (0, 0)
    text = original_text(db, hit.doc_id, s, e)
    return {"doc": hit.stem, "start": s, "end": e, "text": text, "title": hit.title}


def doc_result(store: Any, q: Question, hit: DocHit, value: Any, text: str, source: str,
                start: int = -1) -> dict[str, Any]:
    ev = _doc_evidence(store, hit, start)
    return contract(q, value, text, [ev], [{"value": value, "doc": hit.stem, "start": ev["start"], "end": ev["end"]}],
                    0.5 + 0.4 * hit.score, source=source)


def add_dated_documents(store: Any, out: dict[str, Any], hits: list[DocHit]) -> None:
    """Each further document as evidence and as a claim of its date."""
    for h in hits:
        ev = _doc_evidence(store, h)
        out["evidence"].append(ev)
        out["claims"].append({"value": h.date, "doc": h.stem, "start": ev["start"], "end": ev["end"]})


def _interval(value: str) -> tuple[str, str]:
    a, _, b = value.partition("/")
    b = b or a
    return a, b + "-99"[: max(0, 10 - len(b))] if len(b) < 10 else b


def with_verdict(result: dict[str, Any], says: str, lang: str) -> dict[str, Any]:
    """The answer to "do the sources agree?": every value the claims give, and the verdict
    over them in words (``says``: each source's value)."""
    dates = [c["value"] for c in result["claims"]]
    values = list(dict.fromkeys(dates))
    v = verdict(dates)
    result["answer"] = {"value": values if len(values) > 1 else values[0], "text": msg(f"verdict.{v}", lang, says)}
    result["verdict"] = v
    return result


def verdict(values: list[str]) -> str:
    """agree (same value), compatible (one interval inside another), disagree."""
    vs = sorted(set(values))
    if len(vs) <= 1:
        return "agree" if len(values) > 1 else "single"
    ivs = [_interval(v) for v in vs]
    for i, (a1, b1) in enumerate(ivs):
        for a2, b2 in ivs[i + 1 :]:
            inside = (a1 <= a2 and b2 <= b1) or (a2 <= a1 and b1 <= b2)
            if not inside:
                return "disagree"
    return "compatible"


def _norm_value(value: Any) -> str:
    return re.sub(r"[^\w/-]+", " ", S.fold(tr.lower(str(value)))).strip()


def score_answer(pred: dict[str, Any], gold: dict[str, Any]) -> tuple[bool, bool | None]:
    """(answer right, evidence hit or None for unanswerable questions).

    A value matches the gold value or an accepted alternative after Turkish lower-casing and
    diacritic folding (lists as sets); a phrase answer matches when it contains every gold
    keyword; an unanswerable question (gold value null) is right only when refused. The
    evidence hits when one evidence span overlaps a gold evidence span of the same document.
    """
    ans = gold["answer"]
    gv = ans.get("value")
    if gv is None:
        return (not pred["answered"]), None
    ev = any(p["doc"] == g["doc"] and p["start"] < g["end"] and g["start"] < p["end"]
             for p in pred.get("evidence", []) for g in gold.get("evidence", []))
    if not pred["answered"]:
        return False, ev
    pv = pred["answer"]["value"]
    if ans.get("keywords"):
        hay = _norm_value(pv) + " " + _norm_value(pred["answer"]["text"])
        return all(_norm_value(k) in hay for k in ans["keywords"]), ev
    golds = [gv, *ans.get("alternatives", [])]
    if isinstance(gv, list) or gold.get("type") == "conflict":
        pset = {_norm_value(v) for v in (pv if isinstance(pv, list) else [pv])}
        return any(isinstance(g, list) and pset == {_norm_value(v) for v in g} for g in golds), ev
    return any(_norm_value(pv) == _norm_value(g) for g in golds if not isinstance(g, list)), ev
