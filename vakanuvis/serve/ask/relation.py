"""Relation answers from the events graph: "X ile Y arasında ne imzalandı?" is answered by the
named events of the relation recorded between the two actors (SIGNED_WITH: the treaties), each
with a claim's evidence sentence; with no such relation, nothing is answered."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve.ask.question import Question
from vakanuvis.serve.ask.render import render_timex
from vakanuvis.serve.ask.result import contract


@cache
def relation_types() -> dict[str, str]:
    return {row[0]: row[1] for row in tr.read_table("qa/relation_types.tsv")}


def _sides(q: Question) -> list[frozenset[str]]:
    """The entity labels of each named actor of the question."""
    return [t.labels for t in q.terms if t.named and t.labels]


def relation_answer(store: Any, q: Question) -> dict[str, Any] | None:
    """The named events between the question's two actors, or None."""
    rel = relation_types().get(q.event_type or "")
    sides = _sides(q)
    if not rel or len(sides) != 2:
        return None
    db = store.db
    ids: list[str] = []
    for src, dst, evs in db.execute("SELECT source_name, target_name, events FROM relations WHERE type = ?", (rel,)):
        if (src in sides[0] and dst in sides[1]) or (src in sides[1] and dst in sides[0]):
            ids += [e for e in json.loads(evs or "[]") if e not in ids]
    found = []
    for eid in ids:
        row = db.execute("SELECT title, date, meta FROM events WHERE id = ?", (eid,)).fetchone()
        if not row or not json.loads(row[2] or "{}").get("key"):
            continue  # `Fransa ile Türkiye arasında antlaşma imzalandı`: no name to answer with
        key = json.loads(row[2])["key"]
        ev = _evidence(db, eid, sides)
        if ev:
            found.append((row[1] or "", key, ev))
    if not found:
        return None
    found.sort()
    names = [k for _, k, _ in found]
    text = "; ".join(f"{k} ({render_timex(d, None, q.lang)})" if d else k for d, k, _ in found)
    evidence = [ev for _, _, ev in found]
    claims = [{"value": k, "doc": ev["doc"], "start": ev["start"], "end": ev["end"]} for _, k, ev in found]
    return contract(q, names[0] if len(names) == 1 else names, text, evidence, claims, 0.6, source="events graph")


def _evidence(db: Any, event_id: str, sides: list[frozenset[str]]) -> dict[str, Any] | None:
    """A claim's evidence sentence of the event, best one naming an actor of the question."""
    best = None
    for stem, ev in db.execute("SELECT d.stem, c.evidence FROM claims c JOIN documents d ON d.id = c.doc_id"
                               " WHERE c.event_id = ?", (event_id,)):
        for e in json.loads(ev or "[]"):
            item = {"doc": stem, "start": e["start"], "end": e["end"], "text": e.get("text", "")}
            if any(lab in item["text"] for s in sides for lab in s):
                return item
            best = best or item
    return best
