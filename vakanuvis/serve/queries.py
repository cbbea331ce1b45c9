"""Read-only queries behind every web view; each returns plain JSON-ready dicts.

The web layer (``web.py``) only renders what these return, and the ``/api/`` twin of each
page returns the same dict. Every query is parameterised, capped (``MAX_ROWS``) and runs
under the per-request time limit of :class:`Database`. Tables filled by later layers
(entities, events, claims, conflicts, relations, citation works) may be empty or absent:
each query degrades to an empty result instead of failing.
"""

from __future__ import annotations

import calendar
import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.model import Doc, OffsetMap
from vakanuvis.store import Store

MAX_ROWS = 1000           # cap of any list a page shows
TIMELINE_MAX = 50_000     # the timeline API may send more (it is drawn client-side)
TIME_LIMIT = 3.0          # seconds per request
ACTOR_KINDS = ("PERSON", "STATE", "ORG", "GROUP")
SPAN_LAYERS = ("timex", "entity", "citation", "event")


class QueryTimeout(Exception):
    """A request's queries ran past the time limit."""


class Database:
    """A read-only database shared by request threads: one connection per thread.

    Each connection gets a progress handler that aborts a query once the current request's
    deadline has passed (as Datasette does). ``mode=ro`` keeps the file read-only; TEMP
    tables stay possible (the search module builds one for a stale index).
    """

    def __init__(self, path: str | Path, time_limit: float = TIME_LIMIT) -> None:
        self.path = str(path)
        self.time_limit = time_limit
        self._local = threading.local()
        Store(self.path, readonly=True).close()  # fail early on a missing or unreadable file

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True)
            local = self._local
            local.deadline = None
            store.db.create_function("tr_lower", 1, tr.lower, deterministic=True)
            store.db.set_progress_handler(
                lambda: 1 if local.deadline is not None and time.monotonic() > local.deadline else 0, 2000
            )
            local.store = store
        return store

    @contextmanager
    def session(self) -> Iterator[Store]:
        """The thread's store, with the request's deadline armed."""
        store = self._store()
        self._local.deadline = time.monotonic() + self.time_limit
        try:
            yield store
        except sqlite3.OperationalError as e:
            if "interrupted" in str(e):
                raise QueryTimeout(str(e)) from None
            raise
        finally:
            self._local.deadline = None


# --- small helpers ---------------------------------------------------------------------------

def tables(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def columns(db: sqlite3.Connection, table: str) -> set[str]:
    """Column names of a table (a database opened read-only may predate a migration)."""
    return {r[1] for r in db.execute(f"PRAGMA table_info({table})")}


def count(db: sqlite3.Connection, table: str) -> int:
    """Row count of a table, 0 when it does not exist (names come from code, never users)."""
    if table not in tables(db):
        return 0
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def participant_names(raw: str | None) -> list[dict[str, Any]]:
    """Participants as ``[{"entity", "entity_id", "role"}]`` whether stored as dicts or names."""
    out = []
    for p in loads(raw, []):
        if isinstance(p, dict):
            name = p.get("entity") or p.get("name") or p.get("entity_id")
            if name:
                out.append({"entity": str(name), "entity_id": p.get("entity_id"), "role": p.get("role")})
        elif p:
            out.append({"entity": str(p), "entity_id": None, "role": None})
    return out


DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """ISO day bounds of a TIMEX value when the store has none: ``1920-12`` → Dec 1..31,
    ``1920`` (or a season) → the whole year, ``a/b`` → a's start..b's end."""
    if not value:
        return None, None
    if "/" in value:
        a, b = value.split("/", 1)
        return date_bounds(a)[0], date_bounds(b)[1]
    m = DATE_RE.match(value)
    if not m:
        return None, None
    year, month, day = m.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month and 1 <= int(month) <= 12:
        last = 28 if int(month) == 2 and not calendar.isleap(int(year)) else MONTH_DAYS[int(month) - 1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def clamp(limit: int | None, default: int, cap: int = MAX_ROWS) -> int:
    return max(1, min(limit or default, cap))


# --- overview and documents ------------------------------------------------------------------

def overview(store: Store) -> dict[str, Any]:
    db = store.db
    stats = store.stats()
    stats["tables"] = {t: count(db, t) for t in ("entities", "events", "claims", "conflicts", "relations")}
    stats["busiest_actors"] = busiest_actors(db)
    stats["busiest_years"] = busiest_years(db)
    stats["recent_documents"] = documents(store, limit=20)["documents"]
    return stats


def busiest_actors(db: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    if count(db, "entities"):
        rows = db.execute(
            f"SELECT id, name, kind, mentions FROM entities WHERE kind IN ({','.join('?' * len(ACTOR_KINDS))})"
            " ORDER BY mentions DESC, name LIMIT ?", (*ACTOR_KINDS, limit)).fetchall()
        if rows and any(r["mentions"] for r in rows):
            return [dict(r) for r in rows]
    rows = db.execute(
        "SELECT label AS name, json_extract(value, '$.kind') AS kind, json_extract(value, '$.entity_id') AS id,"
        " count(*) AS mentions FROM annotations WHERE layer = 'entity' AND label IS NOT NULL"
        " GROUP BY label ORDER BY mentions DESC, label LIMIT ?", (limit * 3,)).fetchall()
    return [dict(r) for r in rows if (r["kind"] or "PERSON") in ACTOR_KINDS][:limit]


def busiest_years(db: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT substr(coalesce(date_start, date), 1, 4) AS year, count(*) AS n FROM events"
        " WHERE coalesce(date_start, date) GLOB '[0-9][0-9][0-9][0-9]*' GROUP BY year ORDER BY n DESC, year LIMIT ?",
        (limit,)).fetchall() if "events" in tables(db) else []
    if not rows:
        rows = db.execute(
            "SELECT substr(label, 1, 4) AS year, count(*) AS n FROM annotations WHERE layer = 'timex'"
            " AND label GLOB '[0-9][0-9][0-9][0-9]*' GROUP BY year ORDER BY n DESC, year LIMIT ?", (limit,)).fetchall()
    return [{"year": r["year"], "count": r["n"]} for r in rows]


def documents(store: Store, offset: int = 0, limit: int = 100) -> dict[str, Any]:
    limit = clamp(limit, 100)
    rows = store.db.execute(
        "SELECT id, stem, title, language, kind, date, place, length(original) AS chars FROM documents"
        " ORDER BY date IS NULL, date, path LIMIT ? OFFSET ?", (limit, max(0, offset))).fetchall()
    return {"total": count(store.db, "documents"), "offset": max(0, offset), "limit": limit,
            "documents": [dict(r) for r in rows]}


# --- reader ----------------------------------------------------------------------------------

def find_document(db: sqlite3.Connection, doc_id: str) -> sqlite3.Row | None:
    return db.execute(
        "SELECT id, stem, path, title, language, kind, date, place, original, clean, offsets FROM documents"
        " WHERE id = ? OR stem = ?"
        " LIMIT 1", (doc_id, doc_id)).fetchone()


def document_spans(db: sqlite3.Connection, doc_id: str, start: int = 0, end: int | None = None,
                   cap: int = 20_000) -> list[dict[str, Any]]:
    """Annotations of one document (ORIGINAL offsets), optionally only those inside a window."""
    sql = "SELECT layer, start, end, text, label, value FROM annotations WHERE doc_id = ?"
    args: list[Any] = [doc_id]
    if end is not None:
        sql += " AND start < ? AND end > ?"
        args += [end, start]
    rows = db.execute(sql + " ORDER BY start, end LIMIT ?", (*args, cap)).fetchall()
    return [{"layer": r["layer"], "start": r["start"], "end": r["end"], "text": r["text"], "label": r["label"],
             "attrs": loads(r["value"], {})} for r in rows]


def text_map(doc_id: str, original: str, clean: str, offsets: str) -> Doc:
    """A bare :class:`Doc` (original, clean text, offset map) to move offsets to the clean text."""
    doc = Doc(id=doc_id, path=doc_id, original=original, text=clean)
    doc.offsets = OffsetMap.from_json(loads(offsets, []), len(clean), len(original))
    return doc


def to_clean(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Clean-text range of an ORIGINAL range (a deleted last character does not drag the end on)."""
    a = doc.to_clean(start)
    b = min(doc.to_clean(end), doc.to_clean(end - 1) + 1) if end > start else a
    return a, max(a, b)


def with_clean(doc: Doc, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for sp in spans:
        sp["clean_start"], sp["clean_end"] = to_clean(doc, sp["start"], sp["end"])
        for ev in (sp["attrs"].get("evidence") or []) if sp["layer"] == "event" else []:
            if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
                ev["clean_start"], ev["clean_end"] = to_clean(doc, ev["start"], ev["end"])
    return spans


def reader(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A document's original and clean text and its annotations, in both coordinates."""
    row = find_document(store.db, doc_id)
    if row is None:
        return None
    doc = {k: row[k] for k in ("id", "stem", "title", "language", "kind", "date", "place")}
    mapper = text_map(row["id"], row["original"], row["clean"], row["offsets"])
    spans = with_clean(mapper, document_spans(store.db, row["id"]))
    events = [dict(r) for r in store.db.execute(
        "SELECT DISTINCT e.id, e.title, e.type, e.date FROM claims c JOIN events e ON e.id = c.event_id"
        " WHERE c.doc_id = ? ORDER BY e.date_start LIMIT ?", (row["id"], MAX_ROWS))] \
        if {"claims", "events"} <= tables(store.db) else []
    return {"document": doc, "text": row["original"], "clean": row["clean"], "spans": spans, "events": events,
            "layers": sorted({s["layer"] for s in spans}), "_map": mapper}


# --- timeline and events ---------------------------------------------------------------------

@dataclass
class TimelineFilter:
    actor: str | None = None      # entity id or canonical name
    type: str | None = None
    doc: str | None = None        # document id or stem
    start: str | None = None      # ISO date: events ending on/after it
    end: str | None = None        # ISO date: events starting on/before it

    def where(self) -> tuple[str, list[Any]]:
        sql, args = ["1=1"], []
        if self.actor:
            sql.append("EXISTS (SELECT 1 FROM json_each(e.participants) j WHERE"
                       " (j.type = 'text' AND j.value = ?) OR (j.type = 'object' AND"
                       " (json_extract(j.value, '$.entity_id') = ? OR json_extract(j.value, '$.entity') = ?)))")
            args += [self.actor] * 3
        if self.type:
            sql.append("e.type = ?")
            args.append(self.type)
        if self.doc:
            sql.append("EXISTS (SELECT 1 FROM claims c JOIN documents d ON d.id = c.doc_id"
                       " WHERE c.event_id = e.id AND (d.id = ? OR d.stem = ?))")
            args += [self.doc, self.doc]
        if self.start:
            sql.append("coalesce(e.date_end, e.date_start, e.date) >= ?")
            args.append(self.start)
        if self.end:
            sql.append("coalesce(e.date_start, e.date) <= ?")
            args.append(self.end + "\uffff")
        return " AND ".join(sql), args


# One timeline item as JSON, built by SQLite itself (about twice as fast as per-row Python for
# 10,000 events). An event without stored bounds gets them from its TIMEX value (date_lo/hi).
ITEM_JSON = """json_object(
    'id', e.id, 'type', e.type, 'title', e.title, 'date', e.date, 'mod', e.mod,
    'start', coalesce(e.date_start, date_lo(e.date)),
    'end', nullif(CASE WHEN e.date_start IS NULL THEN date_hi(e.date) ELSE e.date_end END,
                  coalesce(e.date_start, date_lo(e.date))),
    'place', e.place,
    'participants', (SELECT json_group_array(CASE j.type WHEN 'text' THEN j.value ELSE
                        coalesce(json_extract(j.value, '$.entity'), json_extract(j.value, '$.name'),
                                 json_extract(j.value, '$.entity_id')) END)
                     FROM json_each(CASE WHEN json_valid(e.participants) THEN e.participants ELSE '[]' END) j
                     WHERE j.type = 'text' OR (j.type = 'object' AND coalesce(json_extract(j.value, '$.entity'),
                           json_extract(j.value, '$.name'), json_extract(j.value, '$.entity_id')) IS NOT NULL)),
    'sources', e.sources, 'conflict', json(CASE WHEN e.has_conflict THEN 'true' ELSE 'false' END))"""
TIMELINE_ORDER = "coalesce(e.date_start, e.date) IS NULL, coalesce(e.date_start, e.date), e.id"


def date_functions(db: sqlite3.Connection) -> None:
    """``date_lo(value)``/``date_hi(value)``: :func:`date_bounds` as SQL functions."""
    db.create_function("date_lo", 1, lambda v: date_bounds(v)[0], deterministic=True)
    db.create_function("date_hi", 1, lambda v: date_bounds(v)[1], deterministic=True)


def timeline_json(store: Store, flt: TimelineFilter, limit: int = 10_000) -> str:
    """``{"total", "items", "types"}`` as a JSON string: events with their uncertainty interval
    (``start``..``end``, ``end`` null for a single day), for vis-timeline and the table."""
    db = store.db
    if "events" not in tables(db):
        return '{"total": 0, "items": [], "types": []}'
    date_functions(db)
    where, args = flt.where()
    limit = clamp(limit, 10_000, TIMELINE_MAX)
    items = db.execute(
        f"SELECT json_group_array(json(item)) FROM (SELECT {ITEM_JSON} AS item FROM events e WHERE {where}"
        f" ORDER BY {TIMELINE_ORDER} LIMIT ?)", (*args, limit)).fetchone()[0]
    total = db.execute(f"SELECT count(*) FROM events e WHERE {where}", args).fetchone()[0]
    types = [r[0] for r in db.execute("SELECT DISTINCT type FROM events ORDER BY type")]
    return f'{{"total": {total}, "types": {json.dumps(types, ensure_ascii=False)}, "items": {items}}}'


def timeline(store: Store, flt: TimelineFilter, limit: int = 10_000) -> dict[str, Any]:
    return json.loads(timeline_json(store, flt, limit))


def timeline_items(db: sqlite3.Connection, where: str, args: list[Any], limit: int = MAX_ROWS) -> list[dict[str, Any]]:
    """Timeline items of the events matching a WHERE clause over ``events e``."""
    date_functions(db)
    return [json.loads(r[0]) for r in db.execute(
        f"SELECT {ITEM_JSON} FROM events e WHERE {where} ORDER BY {TIMELINE_ORDER} LIMIT ?", (*args, limit))]


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    db = store.db
    if "events" not in tables(db):
        return None
    row = db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    ev = {k: row[k] for k in row.keys() if k not in ("participants", "meta")}
    ev["participants"] = participant_names(row["participants"])
    ev["meta"] = loads(row["meta"], {})
    claim_rows = db.execute(
        "SELECT c.*, d.stem, d.title AS doc_title, d.date AS doc_date, d.original, d.clean, d.offsets FROM claims c"
        " JOIN documents d ON d.id = c.doc_id WHERE c.event_id = ?"
        " ORDER BY c.date_start IS NULL, c.date_start, c.id LIMIT ?",
        (event_id, MAX_ROWS)).fetchall()
    claims = [claim(db, c) for c in claim_rows]
    english = ", explanation_en" if "explanation_en" in columns(db, "conflicts") else ""
    conflicts = [dict(r) for r in db.execute(
        f"SELECT id, kind, claim_a, claim_b, explanation{english} FROM conflicts WHERE event_id = ? ORDER BY id LIMIT ?",
        (event_id, MAX_ROWS))]
    return {"event": ev, "claims": claims, "conflicts": conflicts}


def claim(db: sqlite3.Connection, c: sqlite3.Row) -> dict[str, Any]:
    """One source's claim with its evidence sentences (text + spans inside) and citations."""
    evidence = []
    mapper = text_map(c["doc_id"], c["original"], c["clean"], c["offsets"])
    for ev in loads(c["evidence"], []):
        if not isinstance(ev, dict) or not isinstance(ev.get("start"), int) or not isinstance(ev.get("end"), int):
            continue
        evidence.append(evidence_context(db, mapper, ev["start"], ev["end"]))
    return {
        "id": c["id"], "doc_id": c["doc_id"], "stem": c["stem"], "doc_title": c["doc_title"],
        "doc_date": c["doc_date"], "type": c["type"], "title": c["title"], "date": c["date"],
        "date_start": c["date_start"], "date_end": c["date_end"], "mod": c["mod"],
        "date_source": c["date_source"], "place": c["place"],
        "participants": participant_names(c["participants"]), "evidence": evidence,
        "citations": claim_citations(db, c, evidence),
    }


def evidence_context(db: sqlite3.Connection, doc: Doc, start: int, end: int) -> dict[str, Any]:
    """The sentence(s) around an evidence range with the annotations inside them; original
    offsets, plus the clean text of the context (``clean_*``) that pages show."""
    start, end = max(0, start), min(len(doc.original), end)
    row = db.execute(
        "SELECT min(start), max(end) FROM sentences WHERE doc_id = ? AND start < ? AND end > ?",
        (doc.id, max(end, start + 1), start)).fetchone()
    s0, s1 = (row[0], row[1]) if row and row[0] is not None else (start, end)
    s0, s1 = min(s0, start), max(s1, end)
    c0, c1 = to_clean(doc, s0, s1)
    cs, ce = to_clean(doc, start, end)
    return {"start": start, "end": end, "text": doc.original[start:end], "context_start": s0,
            "context": doc.original[s0:s1], "clean_start": cs, "clean_end": ce, "clean_context_start": c0,
            "clean_context": doc.text[c0:c1], "spans": with_clean(doc, document_spans(db, doc.id, s0, s1, cap=500))}


def claim_citations(db: sqlite3.Connection, c: sqlite3.Row, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The citations backing a claim: those the citation layer found in or closing its
    evidence sentences (with their bibliography entries), then the refs the claim carries."""
    out: list[dict[str, Any]] = []
    if "citation_refs" in tables(db):
        seen: set[int] = set()
        for ev in evidence:
            for r in evidence_refs(db, c["doc_id"], ev["context_start"], ev["context_start"] + len(ev["context"]),
                                   ev["start"], ev["end"]):
                if r["id"] not in seen:
                    seen.add(r["id"])
                    out.append(ref_dict(r))
    known = {(tuple(r["authors"][:1]), r["year"]) for r in out}
    for ref in loads(c["citations"], []):
        if isinstance(ref, dict) and (tuple((ref.get("authors") or [])[:1]), ref.get("year")) not in known:
            out.append(cite_ref(db, ref))
    return out


def evidence_refs(db: sqlite3.Connection, doc_id: str, s0: int, s1: int, e0: int, e1: int) -> list[sqlite3.Row]:
    has_claims = "citation_claims" in tables(db)
    sql = ("SELECT r.*, w.title AS work_title, w.authors AS work_authors, w.year AS work_year, w.container,"
           " w.publisher, w.place AS work_place, e.text AS entry FROM citation_refs r"
           " LEFT JOIN works w ON w.id = r.work_id LEFT JOIN reference_entries e ON e.id = r.entry_id"
           " WHERE r.doc_id = ? AND ((r.start < ? AND r.end > ?)")
    args: list[Any] = [doc_id, s1, s0]
    if has_claims:
        sql += (" OR EXISTS (SELECT 1 FROM citation_claims k WHERE k.doc_id = r.doc_id AND k.start = r.start"
                " AND k.claim_start < ? AND k.claim_end > ?)")
        args += [e1, e0]
    return db.execute(sql + ") ORDER BY r.start, r.ref_idx LIMIT 50", args).fetchall()


def ref_dict(r: sqlite3.Row) -> dict[str, Any]:
    return {"authors": loads(r["authors"], []), "year": r["year"], "pages": r["pages"], "et_al": bool(r["et_al"]),
            "backref": r["backref"], "work_id": r["work_id"], "start": r["start"], "end": r["end"],
            "entry": r["entry"] or work_line(r["work_authors"], r["work_year"], r["work_title"], r["container"],
                                             r["publisher"], r["work_place"])}


def work_line(authors: str | None, year: Any, title: str | None, container: str | None, publisher: str | None,
              place: str | None) -> str | None:
    """A short bibliography line from a ``works`` row (when no reference-list entry exists)."""
    if not title:
        return None
    names = ", ".join(a for a in loads(authors, []) if isinstance(a, str))
    parts = [f"{names} ({year})" if year else names, title, container, ", ".join(x for x in (place, publisher) if x)]
    return ". ".join(p for p in parts if p) + "."


def cite_ref(db: sqlite3.Connection, ref: dict[str, Any]) -> dict[str, Any]:
    """A ref carried by a claim, with its work's line when the bibliography knows it."""
    out = {k: ref.get(k) for k in ("authors", "year", "pages", "et_al", "work_id") if k in ref}
    out["entry"] = None
    authors = [a for a in ref.get("authors") or [] if isinstance(a, str)]
    if "works" in tables(db) and (ref.get("work_id") or (authors and ref.get("year"))):
        row = db.execute(
            "SELECT authors, year, title, container, publisher, place FROM works WHERE id = ?"
            " OR (first_author = ? AND year = ?) LIMIT 1",
            (ref.get("work_id"), authors[0] if authors else None, ref.get("year"))).fetchone()
        if row:
            out["entry"] = work_line(row["authors"], row["year"], row["title"], row["container"], row["publisher"],
                                     row["place"])
    return out


# --- network and map -------------------------------------------------------------------------

def network(store: Store, at: str | None = None) -> dict[str, Any]:
    """Actors and typed relations; ``at`` (ISO date) keeps the relations in force then.

    With an empty relations table, actors that take part in the same event are linked
    (``CO_PARTICIPANT``, dated by the event) so the view still shows who acted with whom.
    """
    db = store.db
    edges = relation_edges(db)
    fallback = not edges
    if fallback:
        edges = co_participant_edges(db)
    dates = sorted(d for e in edges for d in (e["start"], e["end"]) if d and DATE_RE.match(d))
    active = [e for e in edges if in_force(e, at)] if at else edges
    ids = {e[k] for e in active for k in ("source", "target")}
    kinds = entity_kinds(db, ids)
    nodes = sorted(({"id": i, "name": kinds.get(i, {}).get("name") or name_of(active, i),
                     "name_en": kinds.get(i, {}).get("name_en"), "kind": kinds.get(i, {}).get("kind")}
                    for i in ids), key=lambda n: tr.sort_key(n["name"]))
    return {"at": at, "fallback": fallback, "range": core_range(dates),
            "nodes": nodes, "edges": active, "all_edges": len(edges)}


def core_range(dates: list[str], gap: int = 25) -> list[str] | None:
    """The span of the sorted dates without far-off outliers: from the median outwards, as
    long as no ``gap`` years separate one date from the next (a relation dated to the 5th
    century must not stretch a 1919–1923 slider over 1,500 years, nor a 2,400-month cap
    cut it off before it gets there)."""
    if not dates:
        return None
    years = [int(d[:4]) for d in dates]
    lo = hi = len(dates) // 2
    while lo > 0 and years[lo] - years[lo - 1] <= gap:
        lo -= 1
    while hi < len(dates) - 1 and years[hi + 1] - years[hi] <= gap:
        hi += 1
    return [dates[lo][:10], dates[hi][:10]]


def in_force(edge: dict[str, Any], at: str) -> bool:
    """A typed relation is in force when its interval meets ``at`` (an open end runs on);
    a co-participation counts from its event on (the network *as of* the date)."""
    at_start, at_end = date_bounds(at)
    if at_start is None or at_end is None:
        return True
    if edge["start"] and edge["start"] > at_end:
        return False
    if edge["type"] == "CO_PARTICIPANT":
        return bool(edge["start"])
    return not (edge["end"] and edge["end"] < at_start)


def name_of(edges: list[dict[str, Any]], node: str) -> str:
    for e in edges:
        if e["source"] == node:
            return e["source_name"]
        if e["target"] == node:
            return e["target_name"]
    return node


def relation_edges(db: sqlite3.Connection) -> list[dict[str, Any]]:
    if "relations" not in tables(db):
        return []
    return [{"id": f"r{r['id']}", "type": r["type"], "source": r["source"], "target": r["target"],
             "source_name": r["source_name"], "target_name": r["target_name"], "start": r["date_start"],
             "end": r["date_end"], "events": loads(r["events"], [])}
            for r in db.execute("SELECT * FROM relations ORDER BY date_start, id LIMIT ?", (MAX_ROWS * 5,))]


def co_participant_edges(db: sqlite3.Connection) -> list[dict[str, Any]]:
    if "events" not in tables(db):
        return []
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in db.execute("SELECT id, date, date_start, date_end, participants FROM events LIMIT ?", (MAX_ROWS * 5,)):
        people = {(p["entity_id"] or p["entity"]): p["entity"] for p in participant_names(r["participants"])}
        start, end = (r["date_start"], r["date_end"]) if r["date_start"] else date_bounds(r["date"])
        keys = sorted(people)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                e = edges.setdefault((a, b), {"id": f"c{len(edges)}", "type": "CO_PARTICIPANT", "source": a,
                                              "target": b, "source_name": people[a], "target_name": people[b],
                                              "start": start, "end": end, "events": []})
                e["events"].append(r["id"])
                if start and (not e["start"] or start < e["start"]):
                    e["start"] = start
                if end and (not e["end"] or end > e["end"]):
                    e["end"] = end
    return sorted(edges.values(), key=lambda e: (e["start"] or "", e["id"]))


def entity_kinds(db: sqlite3.Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    if not ids or "entities" not in tables(db):
        return {}
    out: dict[str, dict[str, Any]] = {}
    ids_list = sorted(ids)
    for i in range(0, len(ids_list), 500):
        chunk = ids_list[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute(f"SELECT id, name, name_en, kind FROM entities WHERE id IN ({marks}) OR name IN ({marks})",
                            (*chunk, *chunk)):
            out[r["id"]] = out[r["name"]] = {"name": r["name"], "name_en": r["name_en"], "kind": r["kind"]}
    return out


def map_places(store: Store, start: str | None = None, end: str | None = None) -> dict[str, Any]:
    """Places with coordinates and their events in the period (``start``..``end``, ISO)."""
    db = store.db
    if "entities" not in tables(db):
        return {"places": [], "unplaced": []}
    flt = TimelineFilter(start=start, end=end)
    where, args = flt.where()
    places: dict[str, dict[str, Any]] = {}
    for r in db.execute("SELECT id, name, name_en, lat, lon, mentions FROM entities WHERE kind = 'PLACE'"
                        " AND lat IS NOT NULL AND lon IS NOT NULL ORDER BY mentions DESC LIMIT ?", (MAX_ROWS,)):
        places[r["id"]] = {"id": r["id"], "name": r["name"], "name_en": r["name_en"], "lat": r["lat"], "lon": r["lon"],
                           "mentions": r["mentions"], "events": []}
    by_name = {p["name"]: p for p in places.values()}
    unplaced: list[dict[str, Any]] = []
    if "events" in tables(db):
        for r in db.execute(
                f"SELECT e.id, e.title, e.type, e.date, e.place, e.place_id FROM events e WHERE {where}"
                " AND e.place IS NOT NULL ORDER BY e.date_start LIMIT ?", (*args, MAX_ROWS * 5)):
            item = {"id": r["id"], "title": r["title"], "type": r["type"], "date": r["date"]}
            place = places.get(r["place_id"]) or by_name.get(r["place"])
            if place is not None:
                place["events"].append(item)
            elif len(unplaced) < MAX_ROWS:
                unplaced.append({**item, "place": r["place"]})
    result = [p for p in places.values() if p["events"] or not (start or end)]
    result.sort(key=lambda p: (-len(p["events"]), -(p["mentions"] or 0)))
    return {"start": start, "end": end, "places": result, "unplaced": unplaced}


# --- entities --------------------------------------------------------------------------------

def english_names(db: sqlite3.Connection) -> dict[str, str]:
    """Entity id and canonical name -> English name, for pages shown in English."""
    if "entities" not in tables(db):
        return {}
    out: dict[str, str] = {}
    for r in db.execute("SELECT id, name, name_en FROM entities WHERE coalesce(name_en, '') != ''"
                        " ORDER BY mentions DESC"):
        out.setdefault(r["id"], r["name_en"])
        out.setdefault(r["name"], r["name_en"])
    return out


def entities(store: Store, kind: str | None = None, q: str | None = None, offset: int = 0,
             limit: int = 200) -> dict[str, Any]:
    db = store.db
    if "entities" not in tables(db):
        return {"total": 0, "entities": [], "kinds": []}
    where, args = ["1=1"], []
    if kind:
        where.append("kind = ?")
        args.append(kind)
    if q:  # Turkish case-insensitive (İstanbul ~ istanbul, Irak ~ ırak); SQLite's LIKE folds ASCII only
        where.append("instr(tr_lower(name || ' ' || coalesce(name_en, '') || ' ' || aliases), ?) > 0")
        args.append(tr.lower(q))
    sql = " AND ".join(where)
    limit = clamp(limit, 200)
    rows = db.execute(f"SELECT id, name, name_en, kind, qid, mentions, documents FROM entities WHERE {sql}"
                      " ORDER BY mentions DESC, name LIMIT ? OFFSET ?", (*args, limit, max(0, offset))).fetchall()
    total = db.execute(f"SELECT count(*) FROM entities WHERE {sql}", args).fetchone()[0]
    kinds = [r[0] for r in db.execute("SELECT DISTINCT kind FROM entities ORDER BY kind")]
    return {"total": total, "offset": max(0, offset), "limit": limit, "kinds": kinds,
            "entities": [dict(r) for r in rows]}


def entity(store: Store, entity_id: str) -> dict[str, Any] | None:
    db = store.db
    have = tables(db)
    row = db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone() if "entities" in have else None
    if row is None:
        return None
    ent = {k: row[k] for k in row.keys() if k not in ("aliases", "meta")}
    ent["aliases"] = [a for a in loads(row["aliases"], []) if isinstance(a, str)]
    ent["meta"] = loads(row["meta"], {})
    mentions = [dict(r) | {"context": r["context"]} for r in db.execute(
        "SELECT a.doc_id, d.stem, d.title, a.start, a.end, a.text,"
        " (SELECT s.text FROM sentences s WHERE s.doc_id = a.doc_id AND s.start <= a.start AND s.end >= a.end"
        "  LIMIT 1) AS context"
        " FROM annotations a JOIN documents d ON d.id = a.doc_id WHERE a.layer = 'entity'"
        " AND (a.label = ? OR json_extract(a.value, '$.entity_id') = ?) ORDER BY d.date, a.doc_id, a.start LIMIT ?",
        (row["name"], entity_id, 200))]
    flt = TimelineFilter(actor=entity_id)
    events = timeline(store, flt, limit=MAX_ROWS)["items"]
    if not events and "events" in have:
        events = timeline(store, TimelineFilter(actor=row["name"]), limit=MAX_ROWS)["items"]
    if "events" in have:
        seen = {e["id"] for e in events}
        events += [e for e in timeline_items(db, "(e.place_id = ? OR e.place = ?)", [entity_id, row["name"]])
                   if e["id"] not in seen]
    relations = [e for e in relation_edges(db) if entity_id in (e["source"], e["target"])]
    return {"entity": ent, "mentions": mentions, "events": events, "relations": relations}


# --- search ----------------------------------------------------------------------------------

HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"   # private-use marks: cannot collide with document text


def search_sentences(store: Store, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Plain FTS5 sentence search (:meth:`Store.search_sentences`) with unambiguous hit marks
    (see :func:`hit_parts`)."""
    rows = store.search_sentences(query, clamp(limit, 50), max(0, offset), marks=(HIT_OPEN, HIT_CLOSE))
    return [{k: r[k] for k in ("doc_id", "idx", "start", "end", "text", "stem", "title", "date")}
            | {"parts": hit_parts(r["hit"])} for r in rows]


def hit_parts(marked: str) -> list[list[Any]]:
    """``[[text, is_hit], ...]`` from a string with :data:`HIT_OPEN`/:data:`HIT_CLOSE` marks."""
    parts, hit, buf = [], False, []
    for ch in marked:
        if ch in (HIT_OPEN, HIT_CLOSE):
            if buf:
                parts.append(["".join(buf), hit])
                buf = []
            hit = ch == HIT_OPEN
        else:
            buf.append(ch)
    if buf:
        parts.append(["".join(buf), hit])
    return parts
