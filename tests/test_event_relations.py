"""Actor relations and the actor disagreement, on documents the tests write."""

from __future__ import annotations

from pathlib import Path

import pytest

from vakanuvis.build import build_paths
from vakanuvis.extract.event.dates import interval
from vakanuvis.link.events import Claim, compare, relation_rows
from vakanuvis.pipeline import process
from vakanuvis.read import read
from vakanuvis.store import Store


def relations_of(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(read(path), ["event"])
    return {(r["relation"], r["source"], r["target"]) for s in doc.layers["event"] for r in s.attrs["relations"]}


@pytest.mark.parametrize("text, relation", [
    ("Türkiye ile Sovyet Rusya arasında 16 Mart 1921'de bir antlaşma imzalandı.",
     ("SIGNED_WITH", "Sovyet Rusya", "Türkiye")),
    ("Türk ordusu 1921 yazında Yunan ordusuna karşı taarruz etti.", ("AT_WAR_WITH", "Türkiye", "Yunanistan")),
    ("Sovyet Rusya, Türkiye'yi 1921'de tanımıştır.", ("RECOGNISES", "Sovyet Rusya", "Türkiye")),
    ("Türkiye ile Fransa arasında 1921 yazında görüşmeler yapılmıştır.", ("NEGOTIATES_WITH", "Fransa", "Türkiye")),
])
def test_relation_from_event_type_roles_and_cues(tmp_path, text, relation):
    assert relation in relations_of(tmp_path, text)


def test_joining_forces_is_no_war(tmp_path):
    """'X ile askerî harekâtı birleştirmek' cancels the war reading of the operation."""
    found = relations_of(tmp_path, "Türk ordusu 1920 yılında Sovyet Rusya ile askerî harekâtı birleştirmek istiyordu.")
    assert not any(r[0] == "AT_WAR_WITH" for r in found)


def test_a_far_subject_of_another_clause_is_not_paired(tmp_path):
    """The agent must stand near the opponent: 'A'nın B'ye, C'nin de D'ye karşı' pairs C–D only."""
    found = relations_of(tmp_path, "Sovyet kuvvetlerinin Gürcistan'a, Türk birliklerinin de Ermenistan'a karşı "
                                   "harekâtı 1920 yılında kabul edildi.")
    wars = {r for r in found if r[0] == "AT_WAR_WITH"}
    assert ("AT_WAR_WITH", "Ermenistan", "Türkiye") in wars
    assert not any("Gürcistan" in r and "Türkiye" in r for r in wars)


def test_a_delegate_between_states_stands_for_an_unknown_side(tmp_path):
    """'Bekir Bey ile İngiliz, Fransız temsilcileri arasında' does not make the allies negotiate together."""
    found = relations_of(tmp_path, "1921 yılında Bekir Bey ile İngiliz ve Fransız temsilcileri arasında "
                                   "görüşmeler yapılmıştır.")
    assert ("NEGOTIATES_WITH", "Fransa", "İngiltere") not in found


def test_relations_are_stored_with_interval_and_evidence(tmp_path, store_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Türkiye ile Sovyet Rusya arasında 26 Şubat 1921'de görüşmeler başladı. "
                                  "Türkiye ile Sovyet Rusya arasında 16 Mart 1921'de bir antlaşma imzalandı.\n",
                                  encoding="utf-8")
    with Store(store_path) as store:
        assert build_paths(store, [folder]).ok
        rows = {(r["type"], r["source_name"], r["target_name"]): r for r in relation_rows(store.db)}
        signed = rows[("SIGNED_WITH", "Sovyet Rusya", "Türkiye")]
        assert (signed["date_start"], signed["date_end"]) == ("1921-03-16", "1921-03-16")
        ev = store.db.execute("SELECT type FROM events WHERE id = ?", (signed["events"][0],)).fetchone()
        assert ev["type"] == "TREATY_SIGNED"
        assert relation_rows(store.db, actor="sovyet")


def _claim(stem: str, relations=(), actors=(), evidence_start: int = 0) -> Claim:
    ev = {"type": "TREATY_SIGNED", "actors": list(actors), "relations": list(relations)}
    evidence = [{"start": evidence_start, "end": evidence_start + 10, "text": "..."}]
    return Claim("d-" + stem, stem, 0, ev, evidence, [], "1920-12-03", None, "text", interval("1920-12-03"))


def _signed(a: str, b: str) -> dict:
    return {"relation": "SIGNED_WITH", "source": a, "target": b, "directed": False}


def test_sources_naming_another_party_disagree_on_the_actor():
    a = _claim("a", [_signed("Ermenistan", "Türkiye")], [{"entity": "Ermenistan", "kind": "STATE", "role": "counterpart"}])
    b = _claim("b", [_signed("Gürcistan", "Türkiye")], [{"entity": "Gürcistan", "kind": "STATE", "role": "counterpart"}])
    found = [d for d in compare(a, b) if d.kind == "actor"]
    assert len(found) == 1
    assert "Ermenistan" in found[0].explanation and "Gürcistan" in found[0].explanation_en


def test_a_fuller_account_is_no_actor_disagreement():
    """One source names both parties the other mentions: not a disagreement."""
    a = _claim("a", [_signed("Ermenistan", "Türkiye")],
               [{"entity": "Ermenistan", "kind": "STATE", "role": "counterpart"},
                {"entity": "Gürcistan", "kind": "STATE", "role": "target"}])
    b = _claim("b", [_signed("Gürcistan", "Türkiye")], [{"entity": "Gürcistan", "kind": "STATE", "role": "counterpart"}])
    assert not [d for d in compare(a, b) if d.kind == "actor"]


def test_different_people_as_the_doer_disagree():
    a = _claim("a", actors=[{"entity": "Kâzım Karabekir Paşa", "kind": "PERSON", "role": "agent",
                             "text": "Kâzım Karabekir Paşa", "sentence": 0}])
    b = _claim("b", actors=[{"entity": "Ali Fuat Paşa", "kind": "PERSON", "role": "agent",
                             "text": "Ali Fuat Paşa", "sentence": 0}])
    assert [d.kind for d in compare(a, b)] == ["actor"]
    genitive = _claim("c", actors=[{"entity": "Ali Fuat Paşa", "kind": "PERSON", "role": "agent",
                                    "text": "Ali Fuat Paşa’nın", "sentence": 0}])
    assert compare(a, genitive) == []  # a possessor is not the doer


def test_actor_disagreement_between_written_documents(tmp_path, store_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Türkiye ile Ermenistan arasında 3 Aralık 1920'de Gümrü Antlaşması imzalandı.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Türkiye ile Gürcistan arasında 3 Aralık 1920'de Gümrü Antlaşması imzalandı.\n",
                                  encoding="utf-8")
    with Store(store_path) as store:
        assert build_paths(store, [folder]).ok
        rows = store.db.execute("SELECT explanation FROM conflicts WHERE kind = 'actor'").fetchall()
    assert len(rows) == 1 and "Ermenistan" in rows[0][0] and "Gürcistan" in rows[0][0]


def test_a_negated_attack_is_no_war(tmp_path):
    found = relations_of(tmp_path, "Türk ordusu 1921 yazında Yunan ordusuna karşı taarruz etmedi.")
    assert not any(r[0] == "AT_WAR_WITH" for r in found)
