"""The knowledge base: schema, unique ids, alias collisions, QIDs, size."""

from __future__ import annotations

import pytest

from vakanuvis import kb
from vakanuvis.lang import tr


def test_kb_loads_and_is_large_enough():
    base = kb.load()
    assert len(base) >= 400, f"only {len(base)} KB entries"


def test_every_entry_follows_the_schema():
    for e in kb.load():
        assert e.kind in kb.KINDS, e.id
        assert e.name.strip(), e.id
        assert e.id == e.id.strip() and " " not in e.id, e.id
        if e.kind == "PLACE" and e.coords:
            assert -90 <= e.coords[0] <= 90 and -180 <= e.coords[1] <= 180, e.id


def test_no_soft_problems():
    """Aliases shared only when marked ambiguous, QIDs well-formed and unique, ISO dates,
    references to existing ids."""
    assert kb.problems(kb.load()) == []


def test_qids_are_well_formed():
    for e in kb.load():
        if e.qid:
            assert kb.QID.fullmatch(e.qid), (e.id, e.qid)


def test_duplicate_ids_are_rejected():
    entry = kb.parse_entry({"id": "x", "kind": "PLACE", "name": "X"}, "t.yaml")
    with pytest.raises(kb.KBError, match="duplicate id"):
        kb.build([entry, entry])


@pytest.mark.parametrize("raw", [
    {"id": "x", "kind": "CITY", "name": "X"},
    {"id": "x", "kind": "PLACE"},
    {"id": "x", "kind": "PLACE", "name": "X", "valid": ["1920"]},
])
def test_malformed_entries_are_rejected(raw):
    with pytest.raises(kb.KBError):
        kb.parse_entry(raw, "t.yaml")


def test_unmarked_alias_collision_is_reported():
    a = kb.parse_entry({"id": "a", "kind": "PLACE", "name": "Kars"}, "t.yaml")
    b = kb.parse_entry({"id": "b", "kind": "EVENT_NAME", "name": "Kars Antlaşması", "aliases": ["kars"]}, "t.yaml")
    assert any("shared" in p for p in kb.problems(kb.build([a, b])))
    c = kb.parse_entry({"id": "c", "kind": "STATE", "name": "Rusya", "ambiguous": True}, "t.yaml")
    d = kb.parse_entry({"id": "d", "kind": "STATE", "name": "Sovyet Rusya", "aliases": ["Rusya"], "ambiguous": True}, "t.yaml")
    assert kb.problems(kb.build([c, d])) == []


def test_lookup_is_turkish_case_insensitive():
    base = kb.load()
    e = base.get("İngiltere")
    assert e is not None and base.get(tr.upper("İngiltere")) is e and base.get(tr.lower("İNGİLTERE")) is e
