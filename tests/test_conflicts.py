"""Historical events across documents and their disagreements, on constructed documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vakanuvis.build import build_paths, run_corpus_passes
from vakanuvis.cli import app
from vakanuvis.extract.event.dates import interval
from vakanuvis.link.events import Claim, compare, conflict_rows, date_disagreement, timeline
from vakanuvis.store import Store

SOURCE_A = ("Doğu cephesinde 24 Eylül 1920'de taarruz başladı. "
            "Ermenistan ile 2/3 Aralık 1920'de Gümrü Antlaşması imzalandı. "
            "1920 yılı aralık ayı başında heyet Ankara'dan ayrıldı. "
            "Bolşevikler 1917 aralığının ilk günlerinde bir bildiri yayınladılar.\n")
SOURCE_B = ("Doğu cephesinde 28 Eylül 1920'de taarruz başladı. "
            "Ermenistan ile 3 Aralık 1920'de Gümrü Antlaşması imzalandı. "
            "12 Aralık 1920'de Türkiye'den Moskova'ya yeni bir heyet gönderildi. "
            "Lenin ve Stalin 20 Kasım 1917'de bir bildiri yayınladı.\n")


@pytest.fixture
def two_sources(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SOURCE_A, encoding="utf-8")
    (folder / "b.txt").write_text(SOURCE_B, encoding="utf-8")
    return folder


@pytest.fixture
def built(two_sources: Path, store_path: Path) -> Path:
    with Store(store_path) as store:
        assert build_paths(store, [two_sources]).ok
    return store_path


def _kinds(db) -> dict[str, tuple[str, str]]:
    return {c["kind"]: tuple(sorted((c["a"]["date"] or "", c["b"]["date"] or ""))) for c in conflict_rows(db)}


def test_each_kind_of_date_disagreement(built):
    with Store(built, readonly=True) as store:
        kinds = _kinds(store.db)
    assert kinds["date_contradiction"] == ("1920-09-24", "1920-09-28")
    assert kinds["date_compatible"] == ("1920-12-02/1920-12-03", "1920-12-03")
    assert kinds["granularity"] == ("1920-12", "1920-12-12")
    assert kinds["calendar_julian"] == ("1917-11-20", "1917-12")


def test_claims_are_kept_beside_the_consensus(built):
    with Store(built, readonly=True) as store:
        db = store.db
        gumru = db.execute("SELECT * FROM events WHERE type = 'TREATY_SIGNED'").fetchone()
        claims = db.execute("SELECT date, evidence FROM claims WHERE event_id = ?", (gumru["id"],)).fetchall()
    assert gumru["sources"] == 2 and gumru["has_conflict"] == 1
    assert sorted(c["date"] for c in claims) == ["1920-12-02/1920-12-03", "1920-12-03"]
    assert gumru["date"] in {c["date"] for c in claims}
    assert all("Gümrü" in json.loads(c["evidence"])[0]["text"] for c in claims)


def test_rebuild_is_deterministic(built):
    def dump(db):
        return [[tuple(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY 1")]
                for t in ("events", "claims", "conflicts", "relations")]

    with Store(built) as store:
        before = dump(store.db)
        run_corpus_passes(store)
        assert dump(store.db) == before


def _claim(date: str | None, stem: str, mod: str | None = None, actors=()) -> Claim:
    ev = {"type": "TREATY_SIGNED", "actors": list(actors)}
    return Claim("d-" + stem, stem, 0, ev, [], [], date, mod, "text", interval(date, mod))


def test_rumi_year_written_as_gregorian_is_a_calendar_artefact():
    kind, fields = date_disagreement(_claim("1920-04-23", "a"), _claim("1336-04-23", "b"))
    assert kind == "calendar_rumi" and fields["years"] == 584


def test_one_is_only_more_precise_is_no_disagreement():
    assert date_disagreement(_claim("1917", "a"), _claim("1917-11-09", "b"))[0] is None


def test_two_spellings_of_one_person_are_reported():
    a = _claim(None, "a", actors=[{"entity": "Bekir Sami Bey", "kind": "PERSON", "forms": ["Bekir Sami Bey’in"]}])
    b = _claim(None, "b", actors=[{"entity": "Bekir Sami Bey", "kind": "PERSON", "forms": ["Bekir Sıtkı Bey"]}])
    found = compare(a, b)
    assert [d.kind for d in found] == ["spelling"]
    assert "Bekir Sıtkı" in found[0].explanation and "Bekir Sami" in found[0].explanation_en
    same = _claim(None, "c", actors=[{"entity": "Mustafa Kemal Paşa", "kind": "PERSON",
                                      "forms": ["Mustafa Kemal", "Mustafa Kemal Paşa’nın"]}])
    assert compare(same, same) == []


def test_timeline_is_chronological_and_filters(built):
    with Store(built, readonly=True) as store:
        rows = timeline(store.db)
        dated = [r["date_start"] for r in rows if r["date_start"]]
        assert dated == sorted(dated)
        in_1920 = timeline(store.db, start="1920", end="1920")
        assert in_1920 and all(r["date_start"] <= "1920-12-31" and r["date_end"] >= "1920-01-01" for r in in_1920)
        assert all(r["type"] == "TREATY_SIGNED" for r in timeline(store.db, type_="treaty_signed"))


def test_cli_commands(built):
    runner = CliRunner()
    res = runner.invoke(app, ["timeline", "--db", str(built), "--from", "1920", "--to", "1921", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert any(r["type"] == "TREATY_SIGNED" for r in json.loads(res.output))
    res = runner.invoke(app, ["timeline", "--db", str(built), "--format", "csv"])
    assert res.exit_code == 0 and res.output.startswith("date,mod,type")
    res = runner.invoke(app, ["conflicts", "--db", str(built), "--lang", "en"])
    assert res.exit_code == 0 and "Julian" in res.output
    res = runner.invoke(app, ["relations", "--db", str(built), "--format", "json"])
    assert res.exit_code == 0 and isinstance(json.loads(res.output), list)
    res = runner.invoke(app, ["timeline", "--db", str(built), "--from", "yesterday"])
    assert res.exit_code == 1 and "not a date" in res.output
    for cmd in ("timeline", "conflicts", "relations"):
        assert runner.invoke(app, [cmd, "--help"]).exit_code == 0


def test_seed_articles_disagree_where_historians_do(corpus_files, store_path):
    """Start of the eastern offensive, the December 1920 delegation, Gümrü, the 1917 appeal."""
    with Store(store_path) as store:
        build_paths(store, corpus_files)
        rows = conflict_rows(store.db)
        kinds = _kinds(store.db)
    assert kinds.get("date_contradiction") == ("1920-09-24", "1920-09-28")
    assert kinds.get("granularity") == ("1920-12", "1920-12-12")
    assert kinds.get("calendar_julian") == ("1917-11-20", "1917-12")
    gumru = [c for c in rows if "1920-12-03" in (c["a"]["date"], c["b"]["date"])]
    assert gumru and gumru[0]["kind"] == "date_compatible"
    assert all(c["a"]["evidence"] and c["b"]["evidence"] for c in rows)


def test_a_misnamed_person_beside_the_right_one_is_a_spelling_disagreement():
    one = _claim(None, "a", actors=[{"entity": "Bekir Sami Bey", "entity_id": "bekir-sami", "kind": "PERSON"},
                                    {"entity": "Bekir Sıtkı Bey", "entity_id": "new:bekir sıtkı bey", "kind": "PERSON"}])
    assert [d.kind for d in compare(one, one)] == ["spelling"]
    two_known = _claim(None, "b", actors=[{"entity": "Ali Fuat Paşa", "entity_id": "ali-fuat", "kind": "PERSON"},
                                          {"entity": "Ali İhsan Paşa", "entity_id": "ali-ihsan", "kind": "PERSON"}])
    assert compare(two_known, two_known) == []


def test_a_kb_date_is_not_a_source_disagreement():
    kb = _claim("1919-06-22", "a")
    kb.date_source = "kb"
    assert date_disagreement(kb, _claim("1919-07-23", "b"))[0] is None
