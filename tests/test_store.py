"""The store: schema, WAL, idempotent re-ingest, replacement, FTS, and crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from vakanuvis.build import build_paths
from vakanuvis.store import Store

TEXT = "Moskova Antlaşması 16 Mart 1921’de imzalandı. Heyet Ankara’ya döndü."


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_schema_and_wal(store_path):
    with Store(store_path) as s:
        tables = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"documents", "sentences", "annotations", "sentences_fts", "_migrations"} <= tables
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reingest_unchanged_is_noop_and_changed_replaces(tmp_path, store_path):
    doc = write(tmp_path / "a.txt", TEXT)
    with Store(store_path) as s:
        assert build_paths(s, [doc]).ingested == [str(doc)]
        first = s.db.execute("SELECT id, ingested_at FROM documents").fetchall()
        report = build_paths(s, [doc])
        assert report.ingested == [] and report.unchanged == [str(doc)]
        assert s.db.execute("SELECT id, ingested_at FROM documents").fetchall() == first
        write(doc, TEXT + " Yeni bir cümle eklendi.")
        assert build_paths(s, [doc]).ingested == [str(doc)]
        rows = s.db.execute("SELECT id, path FROM documents").fetchall()
        assert len(rows) == 1 and rows[0]["id"] != first[0]["id"]
        assert s.db.execute("SELECT count(*) FROM sentences").fetchone()[0] == 3
        assert s.db.execute("SELECT count(*) FROM sentences WHERE doc_id = ?", (first[0]["id"],)).fetchone()[0] == 0


def test_sentences_carry_original_offsets_and_are_searchable(tmp_path, store):
    path = write(tmp_path / "b.txt", "Moskova Ant-\n\nlaşması imzalandı.\n\nHeyet döndü.")
    build_paths(store, [path])
    doc = store.load_document(store.document_rows()[0]["id"])
    hits = store.search_sentences("Antlaşması")
    assert len(hits) == 1
    assert doc.original[hits[0]["start"] : hits[0]["end"]] == "Moskova Ant-\n\nlaşması imzalandı."
    assert store.search_sentences('") OR 1=1 --') == []


def test_annotations_round_trip_in_original_offsets(tmp_path, store):
    from vakanuvis.model import Doc
    from vakanuvis.pipeline import prepare

    doc = prepare(Doc(id="x1", path="x.txt", original="Ankara-\nya vardı."))
    doc.layers["demo"] = [doc.span(0, 8, "demo", value="Ankara")]
    store.save_document(doc)
    row = next(store.annotations("demo"))
    assert doc.original[row["start"] : row["end"]] == row["text"] == "Ankara-\nya"
    assert row["value"] == {"value": "Ankara"} and row["label"] == "Ankara"


KILLER = """
import sys, time
from vakanuvis.build import build_paths
from vakanuvis.store import Store
import vakanuvis.build as b
orig = b.process
def slow(doc, layers=None):
    time.sleep(0.05)
    return orig(doc, layers)
b.process = slow
with Store(sys.argv[1]) as s:
    build_paths(s, [sys.argv[2]])
"""


def test_sigkill_mid_build_leaves_a_sound_database(tmp_path, store_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(60):
        write(folder / f"d{i:03}.txt", f"Belge {i}. " + TEXT * (i % 5 + 1))
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(store_path), str(folder)])
    deadline = time.time() + 30
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            with sqlite3.connect(store_path) as c:
                if c.execute("SELECT count(*) FROM documents").fetchone()[0] >= 5:
                    break
        except sqlite3.Error:
            pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(store_path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = c.execute("SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
    assert 0 < partial < 60 and orphans == 0
    with Store(store_path) as s:
        report = build_paths(s, [folder])
        assert len(report.ingested) == 60 - partial and len(report.unchanged) == partial
        assert s.stats()["documents"] == 60
