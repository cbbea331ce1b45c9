"""The entities corpus pass and the `entities` / `entity` commands on a real database file."""

from __future__ import annotations

from typer.testing import CliRunner

from vakanuvis.build import build_paths
from vakanuvis.cli import app
from vakanuvis.link.entities import find_entity, list_entities, mentions
from vakanuvis.store import Store

TEXT_A = ("Bekir Sami (Kunduh) Bey 1921 yılında Londra’ya gitti. Bekir Sami Bey’in raporu Ankara’ya ulaştı.\n\n"
          "Sovyetlerle görüşmeler sürdü. Zeytinlik Muhafaza Cemiyeti’nin üyeleri toplandı.\n")
TEXT_B = "1920 yılında Zeytinlik Muhafaza Cemiyeti dağıldı. Bekir Sami Bey Moskova’ya gitti.\n"


def _build(tmp_path, store_path):
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT_B, encoding="utf-8")
    with Store(store_path) as store:
        report = build_paths(store, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert report.ok


def test_corpus_pass_counts_mentions_and_documents(tmp_path, store_path):
    _build(tmp_path, store_path)
    with Store(store_path, readonly=True) as store:
        bekir = find_entity(store, "Bekir Sami")
        assert bekir["kind"] == "PERSON" and bekir["mentions"] == 3 and bekir["documents"] == 2
        new = find_entity(store, "Zeytinlik Muhafaza Cemiyeti")
        assert new["id"].startswith("new:") and new["kind"] == "ORG" and new["documents"] == 2
        rows = list_entities(store)
        from vakanuvis.lang import tr
        assert [r["name"] for r in rows] == sorted((r["name"] for r in rows), key=tr.sort_key)
        assert all(r["mentions"] > 0 for r in rows)
        found = mentions(store, bekir["id"])
        assert any("Kunduh" in m["text"] for m in found) and all(m["sentence"] for m in found)


def test_entities_and_entity_commands(tmp_path, store_path):
    _build(tmp_path, store_path)
    runner = CliRunner()
    out = runner.invoke(app, ["entities", "--db", str(store_path), "--kind", "PERSON"])
    assert out.exit_code == 0, out.output
    assert "Bekir Sami Bey" in out.output and "Zeytinlik" not in out.output
    out = runner.invoke(app, ["entity", "bekir sami bey", "--db", str(store_path)])
    assert out.exit_code == 0, out.output
    assert "Kunduh" in out.output and "raporu" in out.output
    out = runner.invoke(app, ["entity", "Yokböyle Biri", "--db", str(store_path)])
    assert out.exit_code == 1 and "no entity" in out.output
    out = runner.invoke(app, ["entities", "--db", str(store_path), "--kind", "CITY"])
    assert out.exit_code == 1


def test_corpus_pass_is_idempotent(tmp_path, store_path):
    _build(tmp_path, store_path)
    from vakanuvis.link.entities import link_entities

    with Store(store_path) as store:
        before = [tuple(r) for r in store.db.execute("SELECT id, mentions, documents FROM entities ORDER BY id")]
        with store.atomic():
            link_entities(store)
        after = [tuple(r) for r in store.db.execute("SELECT id, mentions, documents FROM entities ORDER BY id")]
    assert before == after


def test_entity_lookup_by_any_written_form(tmp_path, store_path):
    _build(tmp_path, store_path)
    from vakanuvis.link.entities import find_entities, suggestions

    with Store(store_path, readonly=True) as store:
        bekir = find_entity(store, "Bekir Sami")
        for query in ("Bekir Sami Bey’in", "bekir sami bey'e", "BEKİR SAMİ BEY", "bekir sami kunduh"):
            assert find_entity(store, query)["id"] == bekir["id"], query
        assert find_entity(store, "Sovyetlerle")["kind"] == "STATE"
        assert find_entity(store, "zeytinlik muhafaza cemiyetinin")["id"].startswith("new:")
        assert find_entities(store, "Yokböyle Biri") == []
        assert any("Bekir Sami" in s for s in suggestions(store, "Bekir Samı Bay"))


def test_entities_table_marks_kb_and_discovered(tmp_path, store_path):
    _build(tmp_path, store_path)
    runner = CliRunner()
    out = runner.invoke(app, ["entities", "--db", str(store_path), "--sort", "mentions"], env={"COLUMNS": "160"})
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    bekir = next(line for line in lines if "Bekir Sami Bey" in line)
    zeytin = next(line for line in lines if "Zeytinlik" in line)
    assert "KB" in bekir and "person" in bekir and "found" in zeytin and "org." in zeytin
    assert lines.index(bekir) < lines.index(zeytin)  # 3 mentions before 2
    out = runner.invoke(app, ["entities", "--db", str(store_path), "--found"], env={"COLUMNS": "160"})
    assert "Zeytinlik" in out.output and "Bekir" not in out.output
    out = runner.invoke(app, ["entity", "Çiçerım", "--db", str(store_path)])
    assert out.exit_code == 1 and "did you mean" in out.output and "Çiçerin" in out.output
    from vakanuvis import kb

    lenin = kb.load().entries["lenin"]
    out = runner.invoke(app, ["entity", "lenın’in", "--db", str(store_path)], env={"COLUMNS": "160"})
    assert out.exit_code == 0 and lenin.qid and lenin.qid in out.output and "knowledge base" in out.output


def test_entity_lookup_without_honorifics(tmp_path, store_path):
    (tmp_path / "c.txt").write_text("Japon sefiri Yushida Hazretleri 1925 yılında Ankara’ya geldi.\n", encoding="utf-8")
    with Store(store_path) as store:
        assert build_paths(store, [tmp_path / "c.txt"]).ok
    with Store(store_path, readonly=True) as store:
        e = find_entity(store, "Yushida Hazretlerine")
        assert e["name"] == "Yushida" and e["kind"] == "PERSON" and e["mentions"] == 1


def test_a_person_with_and_without_title_is_one_entity_across_documents(tmp_path, store_path):
    (tmp_path / "d.txt").write_text("1920 yılında Hamdi Nuri Bey Sivas’a gitti.\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("1920 yılında Dahiliye Nazırı Hamdi Nuri istifa etti.\n", encoding="utf-8")
    with Store(store_path) as store:
        assert build_paths(store, [tmp_path / "d.txt", tmp_path / "e.txt"]).ok
    with Store(store_path, readonly=True) as store:
        e = find_entity(store, "Hamdi Nuri")
        assert e["name"] == "Hamdi Nuri Bey" and e["documents"] == 2
