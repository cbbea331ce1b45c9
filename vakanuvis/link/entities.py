"""The corpus-wide entity table: one ``entities`` row per KB entry and per discovered cluster.

Mentions are the ``entity`` layer rows of ``annotations``; their ``entity_id`` is a KB id or
``new:<normalised name>``, which already puts every mention of a discovered name in one
cluster across documents. This pass rebuilds the table each run (idempotent), counting the
mentions and documents of each entity. Queries used by the CLI and the web UI live here too.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from vakanuvis.errors import StoreError
from vakanuvis.lang import tr
from vakanuvis.registry import corpus_pass

COLUMNS = ("id", "name", "name_en", "kind", "qid", "aliases", "lat", "lon", "valid_from", "valid_to", "date",
           "meta", "mentions", "documents")


@corpus_pass("entities")
def link_entities(store: Any) -> None:
    """Rebuild ``entities`` from the KB and the stored ``entity`` mentions."""
    from vakanuvis import kb as kbmod

    counts: dict[str, int] = defaultdict(int)
    docs: dict[str, set[str]] = defaultdict(set)
    discovered: dict[str, dict[str, Any]] = {}
    for doc_id, value in store.db.execute("SELECT doc_id, value FROM annotations WHERE layer = 'entity'"):
        attrs = json.loads(value)
        eid = attrs.get("entity_id")
        if not eid:
            continue
        counts[eid] += 1
        docs[eid].add(doc_id)
        if eid.startswith("new:"):
            slot = discovered.setdefault(eid, {"names": defaultdict(int), "kind": defaultdict(int)})
            slot["names"][attrs.get("entity") or eid[4:]] += 1
            slot["kind"][attrs.get("kind") or "PLACE"] += 1
    rows = []
    for e in kbmod.load():
        r = e.to_row()
        rows.append({**r, "aliases": json.dumps(r["aliases"], ensure_ascii=False),
                     "meta": json.dumps(r["meta"], ensure_ascii=False),
                     "mentions": counts.get(e.id, 0), "documents": len(docs.get(e.id, ()))})
    for eid, slot in discovered.items():
        kind = max(slot["kind"].items(), key=lambda kv: (kv[1], kv[0]))[0]
        names = sorted(slot["names"].items(), key=lambda kv: (-(kind == "PERSON" and _titled(kv[0])), -kv[1], kv[0]))
        rows.append({"id": eid, "name": names[0][0], "name_en": None, "kind": kind, "qid": None,
                     "aliases": json.dumps([n for n, _ in names[1:]], ensure_ascii=False), "lat": None,
                     "lon": None, "valid_from": None, "valid_to": None, "date": None,
                     "meta": json.dumps({"discovered": True}), "mentions": counts[eid],
                     "documents": len(docs[eid])})
    store.db.execute("DELETE FROM entities")
    store.db.executemany(
        f"INSERT INTO entities({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        [tuple(r[c] for c in COLUMNS) for r in rows],
    )


def _titled(name: str) -> bool:
    """A person's name ending in a title (`Şevket Turgut Paşa`): the form the gold writes."""
    from vakanuvis.extract.entity import lexicon as lx

    return lx.normalize_word(name.rsplit(" ", 1)[-1]) in lx.titles()


def _row(r: Any) -> dict[str, Any]:
    d = dict(r)
    d["aliases"] = json.loads(d.get("aliases") or "[]")
    d["meta"] = json.loads(d.get("meta") or "{}")
    return d


def list_entities(store: Any, kind: str | None = None, include_unmentioned: bool = False) -> list[dict[str, Any]]:
    """Entities with their counts, Turkish-sorted by name (only mentioned ones by default)."""
    sql, args = "SELECT * FROM entities WHERE 1=1", []
    if kind:
        sql += " AND kind = ?"
        args.append(kind.upper())
    if not include_unmentioned:
        sql += " AND mentions > 0"
    rows = [_row(r) for r in store.db.execute(sql, args)]
    return sorted(rows, key=lambda r: (tr.sort_key(r["name"]), r["id"]))


ASCII = str.maketrans("çğıöşüâîûô", "cgiosuaiuo")
APOSTROPHE_REST = re.compile(r"['’‘`´ʼ][^\W\d_]*$")


def lookup_key(text: str) -> str:
    """A name as typed by a user, reduced for lookup: Turkish lower case, an apostrophe
    suffix dropped (`Bekir Sami Bey’in`), punctuation to spaces, Turkish letters folded to
    ASCII (`ciçerin` finds `Çiçerin`)."""
    text = APOSTROPHE_REST.sub("", text.strip())
    return " ".join(re.sub(r"[^\w]+", " ", tr.lower(text)).split()).translate(ASCII)


def _forms(r: dict[str, Any]) -> list[str]:
    return [f for f in (r["name"], r["name_en"], *r["aliases"]) if f]


def _stems(query: str) -> list[str]:
    """The query with its last word's inflection undone (`Sovyetlerle` → `Sovyet`),
    longest stem first."""
    from vakanuvis.extract import morphology

    words = APOSTROPHE_REST.sub("", query.strip()).split()
    if not words:
        return []
    last = words[-1]
    return [" ".join([*words[:-1], stem]) for stem in morphology.stem_candidates(last)[1:] if len(stem) >= 2]


def _without_honorifics(query: str) -> list[str]:
    """The query as a person's canonical name (`Yushida Hazretlerine` → `Yushida`)."""
    from vakanuvis.extract.entity.discover import person_name

    out = []
    for form in (query, *_stems(query)):
        name = person_name(APOSTROPHE_REST.sub("", form.strip()))
        if name:
            out.append(name)
    return out


def find_entities(store: Any, name: str) -> list[dict[str, Any]]:
    """Entities a user's name may mean, best first: by id, by any written form (canonical,
    English, alias) of the name as typed, of the name without its inflection, or with the
    typed words opening a longer name (`Bekir Sami` → `Bekir Sami Bey`); ties go to the
    entity with more mentions."""
    rows = [_row(r) for r in store.db.execute("SELECT * FROM entities")]
    by_id = [r for r in rows if r["id"] == name.strip()]
    if by_id:
        return by_id
    index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        for key in {lookup_key(f) for f in _forms(r)}:
            index[key].append(r)
    ranked = lambda hits: sorted({h["id"]: h for h in hits}.values(), key=lambda r: (-r["mentions"], tr.sort_key(r["name"])))  # noqa: E731
    want = lookup_key(name)
    if want in index:
        return ranked(index[want])
    for stem in [*_stems(name), *_without_honorifics(name)]:
        if lookup_key(stem) in index:
            return ranked(index[lookup_key(stem)])
    longer = [r for key, hits in index.items() if want and key.startswith(want + " ") for r in hits]
    return ranked(longer)


def suggestions(store: Any, name: str, n: int = 5) -> list[str]:
    """Near names for a query that matched nothing (spelling slips, a partial name)."""
    from difflib import get_close_matches

    rows = [_row(r) for r in store.db.execute("SELECT * FROM entities WHERE mentions > 0 OR id NOT LIKE 'new:%'")]
    owner: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: -r["mentions"]):
        for f in _forms(r):
            owner.setdefault(lookup_key(f), {**r, "form": f})
    want = lookup_key(name)
    close = get_close_matches(want, list(owner), n=3 * n, cutoff=0.72)
    words = sorted((k for k in owner if len(want) >= 3 and any(w.startswith(want) for w in k.split())), key=len)
    out: list[str] = []
    seen: set[str] = set()
    for key in [*close, *words]:
        r = owner[key]
        if r["id"] not in seen:
            seen.add(r["id"])
            same = lookup_key(r["form"]) == lookup_key(r["name"])
            out.append(r["name"] if same else f"{r['form']} → {r['name']}")
    return out[:n]


def find_entity(store: Any, name: str) -> dict[str, Any]:
    """The best entity for a user's name (see :func:`find_entities`); a StoreError that
    suggests near names when nothing matches."""
    hits = find_entities(store, name)
    if hits:
        return hits[0]
    near = suggestions(store, name)
    hint = f" (did you mean: {'; '.join(near)}?)" if near else ""
    raise StoreError(f"no entity named {name!r}{hint}")


def mentions(store: Any, entity_id: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Mentions of an entity with their sentence (clean text) and document, in reading order."""
    out = []
    sql = (
        "SELECT a.doc_id, a.start, a.end, a.text, a.value, d.stem, d.title, d.date FROM annotations a"
        " JOIN documents d ON d.id = a.doc_id WHERE a.layer = 'entity' AND json_extract(a.value, '$.entity_id') = ?"
        " ORDER BY d.date IS NULL, d.date, d.path, a.start"
    )
    for r in store.db.execute(sql + (f" LIMIT {int(limit)}" if limit else ""), (entity_id,)):
        sent = store.db.execute(
            "SELECT text FROM sentences WHERE doc_id = ? AND start <= ? AND end >= ? ORDER BY idx LIMIT 1",
            (r["doc_id"], r["start"], r["end"]),
        ).fetchone()
        out.append({**dict(r), "value": json.loads(r["value"]), "sentence": sent["text"] if sent else r["text"]})
    return out
