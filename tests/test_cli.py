"""The CLI against real files: build, info, text, annotate (the offset contract) and eval."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from vakanuvis.cli import app
from vakanuvis.store import Store

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def test_build_seed_corpus_stores_two_documents(corpus_files, tmp_path):
    db = tmp_path / "seeds.db"
    result = runner.invoke(app, ["build", str(corpus_files[0].parent), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db, readonly=True) as s:
        assert s.stats()["documents"] == 2
    again = runner.invoke(app, ["build", str(corpus_files[0].parent), "--db", str(db)])
    assert "unchanged 2" in again.output
    info = runner.invoke(app, ["info", "--db", str(db)])
    assert info.exit_code == 0 and "documents" in info.output


def test_annotate_spans_satisfy_the_offset_contract(corpus_files, tmp_path):
    out = tmp_path / "pred"
    result = runner.invoke(app, ["annotate", *map(str, corpus_files), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for path in corpus_files:
        original = open(path, encoding="utf-8", newline="").read()
        for f in out.glob(f"{path.stem}.*.json"):
            data = json.loads(f.read_text(encoding="utf-8"))
            assert data["doc"] == path.stem
            for item in data.get("spans", []):
                assert original[item["start"] : item["end"]] == item["text"], (f.name, item)
            for event in data.get("events", []):
                for ev in event["evidence"]:
                    assert 0 <= ev["start"] < ev["end"] <= len(original)


def test_eval_scores_gold_against_itself(gold_dir, tmp_path):
    result = runner.invoke(app, ["eval", str(gold_dir), str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["timex"]["strict"]["f1"] == 1.0
    assert scores["entity"]["linking"]["f1"] == 1.0
    assert scores["event"]["match"]["f1"] == 1.0
    empty = runner.invoke(app, ["eval", str(gold_dir), str(tmp_path), "--json"])
    assert json.loads(empty.output)["timex"]["strict"]["recall"] == 0.0


def test_text_prints_repaired_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Kara-\ndeniz ve Boğazlar'da", encoding="utf-8")
    result = runner.invoke(app, ["text", str(f)])
    assert result.exit_code == 0 and "Karadeniz ve Boğazlar’da" in result.output
    raw = runner.invoke(app, ["text", str(f), "--original"])
    assert raw.output == "Kara-\ndeniz ve Boğazlar'da"


def test_missing_database_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["info", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "vakanuvis build" in result.output


def test_every_command_has_help_and_is_documented():
    import typer.main

    group = typer.main.get_command(app)
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in group.commands.items():
        assert (command.help or "").strip(), f"`{name}` has no help text"
        assert re.search(rf"^## `vakanuvis {re.escape(name)}`", docs, re.M), f"`{name}` missing from docs/cli.md"
        assert runner.invoke(app, [name, "--help"]).exit_code == 0
