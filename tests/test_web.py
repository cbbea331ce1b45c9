"""Web UI API and page tests: httpx against the ASGI app over a real database.

The database is the seed corpus built for real, plus a hostile document, plus events,
claims, a conflict, relations and entities inserted with plain SQL (ids prefixed ``t-``),
so the views have something to show whether or not the event and entity layers have run.
Evidence ranges are real sentences of the seed documents, found at run time.
"""

from __future__ import annotations

import json
import re
import sqlite3
import warnings
from pathlib import Path

import pytest

HOSTILE = "<script>alert(1)</script>"


def build_web_db(tmp_dir: Path, corpus_files: list[Path]) -> Path:
    """Build the seed corpus + a hostile document into ``tmp_dir/web.db`` and add test rows."""
    import importlib.util

    from vakanuvis.build import build_paths
    from vakanuvis.store import Store

    if importlib.util.find_spec("vakanuvis.serve.search"):  # registers its index pass, as `serve` will use it
        importlib.import_module("vakanuvis.serve.search")

    hostile = tmp_dir / "hostile.txt"
    hostile.write_text(f"Kötü niyetli belge {HOSTILE} ve <img src=x onerror=alert(2)> 16 Mart 1921.\n",
                       encoding="utf-8")
    path = tmp_dir / "web.db"
    files = [*corpus_files, hostile]
    try:
        with Store(path) as store:
            report = build_paths(store, files)
    except Exception as e:  # noqa: BLE001 - another layer is broken right now; the web is tested anyway
        report = None
        reason = repr(e)
    if report is None or report.failed:
        reason = reason if report is None else report.failed[0][1]
        warnings.warn(f"full build failed ({reason[:200]}); testing the web on repaired text only", stacklevel=2)
        for leftover in tmp_dir.glob("web.db*"):
            leftover.unlink()
        with Store(path) as store:
            report = build_paths(store, files, layers=[])
    assert len(report.ingested) == len(files), report.failed
    with Store(path) as store, store.atomic() as db:
        add_test_rows(db)
    return path


def year_sentences(db: sqlite3.Connection, doc_id: str, n: int) -> list[sqlite3.Row]:
    """Sentences of a document that mention a year (real evidence for the test events)."""
    rows = db.execute("SELECT start, end, text FROM sentences WHERE doc_id = ? ORDER BY idx", (doc_id,)).fetchall()
    picked = [r for r in rows if re.search(r"\b1[89]\d\d\b", r["text"])] or rows
    return picked[:n]


def add_test_rows(db: sqlite3.Connection) -> None:
    docs = db.execute("SELECT id, stem, original FROM documents ORDER BY stem").fetchall()
    seeds = [d for d in docs if not d["stem"].startswith("hostile")]
    hostile = next(d for d in docs if d["stem"].startswith("hostile"))
    db.execute("UPDATE documents SET title = ? WHERE id = ?", (HOSTILE, hostile["id"]))
    # dates: a timex annotation on each year in the texts (when the timex layer has not run)
    for d in docs:
        if db.execute("SELECT 1 FROM annotations WHERE doc_id = ? AND layer = 'timex'", (d["id"],)).fetchone():
            continue
        for m in list(re.finditer(r"\b1[89]\d\d\b", d["original"]))[:40]:
            db.execute("INSERT INTO annotations(doc_id, layer, start, end, text, label, value) VALUES (?,?,?,?,?,?,?)",
                       (d["id"], "timex", m.start(), m.end(), m.group(), m.group(),
                        json.dumps({"value": m.group(), "type": "DATE"})))
    entities = [
        ("t-sovyet", "Sovyet Rusya", "Soviet Russia", "STATE", "Q2184", None, None),
        ("t-tbmm", "TBMM Hükümeti", "Government of the GNA", "STATE", None, None, None),
        ("t-ingiltere", "İngiltere", "Britain", "STATE", "Q174193", None, None),
        ("t-moskova", "Moskova", "Moscow", "PLACE", "Q649", 55.75, 37.62),
        ("t-ankara", "Ankara", "Ankara", "PLACE", "Q3640", 39.93, 32.86),
        ("t-hostile", HOSTILE, None, "PERSON", None, None, None),
    ]
    for eid, name, en, kind, qid, lat, lon in entities:
        db.execute("INSERT INTO entities(id, name, name_en, kind, qid, aliases, lat, lon, mentions, documents)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (eid, name, en, kind, qid, json.dumps([name.upper()], ensure_ascii=False), lat, lon, 3, 1))
    # mentions of the place names where the texts have them
    for d in docs:
        for eid, name in (("t-moskova", "Moskova"), ("t-ankara", "Ankara")):
            for m in list(re.finditer(name, d["original"]))[:5]:
                db.execute("INSERT INTO annotations(doc_id, layer, start, end, text, label, value) VALUES (?,?,?,?,?,?,?)",
                           (d["id"], "entity", m.start(), m.end(), m.group(), name,
                            json.dumps({"entity": name, "kind": "PLACE", "entity_id": eid}, ensure_ascii=False)))
    a_sents, b_sents = year_sentences(db, seeds[0]["id"], 3), year_sentences(db, seeds[-1]["id"], 3)
    parts = json.dumps([{"entity": "TBMM Hükümeti", "entity_id": "t-tbmm", "role": "agent"},
                        {"entity": "Sovyet Rusya", "entity_id": "t-sovyet", "role": "partner"}], ensure_ascii=False)
    events = [
        ("t-e1", "TREATY_SIGNED", "Antlaşma imzalandı", "1921-03-16", "1921-03-16", "1921-03-16", None,
         "Moskova", "t-moskova", parts, 2, 1),
        ("t-e2", "DELEGATION_SENT", "Heyet gönderildi", "1920-SU", "1920-06-21", "1920-09-22", "APPROX",
         "Ankara", "t-ankara", parts, 1, 0),
        ("t-e3", "OTHER", HOSTILE, "1922", "1922-01-01", "1922-12-31", None, None, None,
         json.dumps([{"entity": HOSTILE, "entity_id": "t-hostile"}]), 1, 0),
        ("t-e4", "OTHER", "Sınırsız olay", "1920-12", None, None, None, None, None, '["Fransa", null, 3]', 0, 0),
    ]
    db.executemany("INSERT INTO events(id, type, title, date, date_start, date_end, mod, place, place_id,"
                   " participants, sources, has_conflict) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events)

    def claim(event_id: str, doc: sqlite3.Row, sent: sqlite3.Row, date: str, cites: list) -> int:
        cur = db.execute(
            "INSERT INTO claims(event_id, doc_id, type, title, date, date_start, date_end, date_source, place,"
            " participants, evidence, citations) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, doc["id"], "TREATY_SIGNED", "Antlaşma", date, date, date, "text", "Moskova", parts,
             json.dumps([{"start": sent["start"], "end": sent["end"], "text": doc["original"][sent["start"]:sent["end"]]}],
                        ensure_ascii=False),
             json.dumps(cites)))
        return cur.lastrowid

    ca = claim("t-e1", seeds[0], a_sents[0], "1921-03-16", [{"authors": ["Yazar"], "year": 1997, "pages": "40-41"}])
    cb = claim("t-e1", seeds[-1], b_sents[0], "1921-03-18", [])
    claim("t-e2", seeds[0], a_sents[-1], "1920-SU", [])
    claim("t-e3", hostile, db.execute("SELECT start, end, text FROM sentences WHERE doc_id = ?",
                                      (hostile["id"],)).fetchone(), "1922", [])
    db.execute("INSERT INTO conflicts(event_id, kind, claim_a, claim_b, explanation, explanation_en) VALUES (?,?,?,?,?,?)",
               ("t-e1", "date_contradiction", ca, cb, "İki kaynak farklı gün veriyor: 16 Mart ve 18 Mart 1921.",
                "The two sources give different days: 16 and 18 March 1921."))
    db.executemany(
        "INSERT INTO relations(type, source, target, source_name, target_name, date_start, date_end, events)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [("SIGNED_WITH", "t-tbmm", "t-sovyet", "TBMM Hükümeti", "Sovyet Rusya", "1921-03-16", None, '["t-e1"]'),
         ("NEGOTIATES_WITH", "t-tbmm", "t-sovyet", "TBMM Hükümeti", "Sovyet Rusya", "1920-06-01", "1921-03-15",
          '["t-e2"]'),
         ("AT_WAR_WITH", "t-tbmm", "t-ingiltere", "TBMM Hükümeti", "İngiltere", "1919-05-15", "1922-10-11", "[]")])


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_files) -> Path:
    return build_web_db(tmp_path_factory.mktemp("web"), corpus_files)


@pytest.fixture(scope="module")
def client(web_db):
    from fastapi.testclient import TestClient

    from vakanuvis.serve.web import create_app

    with TestClient(create_app(web_db)) as c:
        yield c


def seed_stem(client) -> str:
    return next(d["stem"] for d in client.get("/api/documents").json()["documents"] if not d["stem"].startswith("hostile"))


# --- pages -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/documents", "/timeline", "/network", "/map", "/entities", "/search?q=Moskova",
                                  "/events/t-e1", "/entities/t-moskova", "/network?at=1921-03", "/map?from=1921&to=1921",
                                  "/timeline?type=TREATY_SIGNED&actor=t-tbmm&from=1920&to=1922", "/api", "/ask",
                                  "/ask?q=Moskova+ne+zaman%3F"])
def test_pages_render_in_turkish_and_english(client, path):
    tr = client.get(path)
    assert tr.status_code == 200, tr.text[:300]
    assert tr.headers["content-type"].startswith("text/html")
    assert '<html lang="tr">' in tr.text and "Zaman çizelgesi" in tr.text
    en = client.get(path + ("&" if "?" in path else "?") + "lang=en")
    assert '<html lang="en">' in en.text and "Timeline" in en.text
    assert "lang=en" in en.text  # links keep the language


def test_overview_counts_come_from_the_database(client, web_db):
    data = client.get("/api/overview").json()
    with sqlite3.connect(web_db) as db:
        assert data["documents"] == db.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert data["tables"]["events"] == db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert data["layers"]["timex"] > 0
    assert any(y["year"] == "1921" for y in data["busiest_years"])
    html = client.get("/").text
    assert str(data["documents"]) in html and "Sovyet Rusya" in html


def test_timeline_items_have_uncertainty_ranges_and_conflict_marks(client):
    items = {e["id"]: e for e in client.get("/api/timeline").json()["items"]}
    assert items["t-e1"]["conflict"] is True and items["t-e1"]["end"] is None
    assert (items["t-e2"]["start"], items["t-e2"]["end"]) == ("1920-06-21", "1920-09-22")
    starts = [e["start"] for e in items.values() if e["start"]]
    assert starts == sorted(starts)
    # no stored bounds: they come from the TIMEX value; names may be stored as plain strings
    assert (items["t-e4"]["start"], items["t-e4"]["end"]) == ("1920-12-01", "1920-12-31")
    assert items["t-e4"]["participants"] == ["Fransa"]


@pytest.mark.parametrize("params, expected", [
    ({"type": "DELEGATION_SENT"}, {"t-e2"}),
    ({"actor": "t-sovyet"}, {"t-e1", "t-e2"}),
    ({"actor": "Sovyet Rusya"}, {"t-e1", "t-e2"}),
    ({"from": "1921-01", "to": "1921-12"}, {"t-e1"}),
    ({"from": "1920-08", "to": "1920-08"}, {"t-e2"}),
])
def test_timeline_filters(client, params, expected):
    got = {e["id"] for e in client.get("/api/timeline", params=params).json()["items"]}
    assert {g for g in got if g.startswith("t-")} == expected


def test_timeline_document_filter(client):
    stem = seed_stem(client)
    got = {e["id"] for e in client.get("/api/timeline", params={"doc": stem}).json()["items"]}
    assert "t-e1" in got and "t-e3" not in got


def test_event_page_shows_claims_side_by_side_with_evidence_and_disagreement(client, web_db):
    data = client.get("/api/events/t-e1").json()
    assert len(data["claims"]) == 2 and data["conflicts"][0]["kind"] == "date_contradiction"
    html = client.get("/events/t-e1").text
    assert len(re.findall(r'<article class="claim', html)) == 2
    assert "İki kaynak farklı gün veriyor" in html
    assert "Yazar, 1997: 40-41" in html
    with sqlite3.connect(web_db) as db:
        for c in data["claims"]:
            ev = json.loads(db.execute("SELECT evidence FROM claims WHERE id = ?", (c["id"],)).fetchone()[0])[0]
            assert c["evidence"][0]["text"] == ev["text"]
    squash = lambda text: re.sub(r"\s+", "", text)  # noqa: E731
    with sqlite3.connect(web_db) as db:
        shown = "".join(db.execute("SELECT text FROM sentences WHERE start = ? AND end = ?",
                                   (c["evidence"][0]["start"], c["evidence"][0]["end"])).fetchone()[0]
                        for c in data["claims"])
    assert squash(unescape_marks(html, "l-evidence")) == squash(shown), "the evidence is highlighted"
    assert 'href="/doc/' in html and "hl=" in html


def test_english_event_page_explains_the_conflict_in_english(client):
    html = client.get("/events/t-e1", params={"lang": "en"}).text
    assert "The two sources give different days" in html and "İki kaynak farklı gün veriyor" not in html


def test_conflict_explanation_falls_back_to_turkish_without_english():
    from vakanuvis.serve.web import explanation

    turkish = {"kind": "date_contradiction", "explanation": "Kaynaklar ayrı yıl veriyor.", "explanation_en": None}
    assert explanation(turkish, "en") == "Kaynaklar ayrı yıl veriyor."
    assert explanation({**turkish, "explanation_en": "The sources differ."}, "en") == "The sources differ."
    assert explanation({**turkish, "explanation_en": "The sources differ."}, "tr") == "Kaynaklar ayrı yıl veriyor."


def unescape_marks(html: str, css: str) -> str:
    import html as html_lib

    return html_lib.unescape("".join(re.findall(rf'<mark class="[^"]*{css}[^"]*"[^>]*>(.*?)</mark>', html, re.S)))


def test_reader_highlights_layers_and_evidence(client, web_db):
    stem = seed_stem(client)
    data = client.get(f"/api/documents/{stem}").json()
    timex = next(s for s in data["spans"] if s["layer"] == "timex")
    assert data["clean"][timex["clean_start"]:timex["clean_end"]].strip()
    evidence = client.get("/api/events/t-e1").json()["claims"][0]["evidence"][0]
    hl = {"hl": f"{evidence['start']}-{evidence['end']}"}
    html = client.get(f"/doc/{stem}", params=hl).text
    assert f'data-value="{timex["attrs"]["value"]}' in html
    with sqlite3.connect(web_db) as db:  # the repaired text of the evidence sentence
        sentence = db.execute("SELECT text FROM sentences WHERE start = ? AND end = ?",
                              (evidence["start"], evidence["end"])).fetchone()[0]
    assert unescape_marks(html, "l-evidence") == sentence
    assert 'id="hl"' in html
    original = client.get(f"/doc/{stem}", params={**hl, "text": "original"}).text
    assert unescape_marks(original, "l-evidence") == evidence["text"]
    hidden = client.get(f"/doc/{stem}", params={"hide": "timex"}).text
    assert "hide-timex" in hidden


@pytest.mark.parametrize("view, key", [(None, "clean"), ("original", "text")])
def test_reader_text_round_trips(client, view, key):
    """The reader shows the whole text: stripping the markup gives it back."""
    import html as html_lib

    stem = seed_stem(client)
    text = client.get(f"/api/documents/{stem}").json()[key]
    page = client.get(f"/doc/{stem}", params={"text": view} if view else {}).text
    body = re.search(r'<article id="reader"[^>]*>(.*?)</article>', page, re.S).group(1)
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", body)) == text


def test_network_time_slider_dates(client):
    march = client.get("/api/network", params={"at": "1921-03"}).json()
    types = {e["type"] for e in march["edges"] if e["source"].startswith("t-")}
    assert types == {"SIGNED_WITH", "NEGOTIATES_WITH", "AT_WAR_WITH"}  # the negotiation ends 1921-03-15
    later = client.get("/api/network", params={"at": "1921-06"}).json()
    assert {e["type"] for e in later["edges"] if e["source"].startswith("t-")} == {"SIGNED_WITH", "AT_WAR_WITH"}
    before = client.get("/api/network", params={"at": "1919-01"}).json()
    assert not [e for e in before["edges"] if e["source"].startswith("t-")]
    assert march["range"][0] <= "1919-05-15"
    names = {n["name"] for n in march["nodes"]}
    assert {"TBMM Hükümeti", "Sovyet Rusya", "İngiltere"} <= names


def test_map_places_and_period(client):
    data = client.get("/api/map").json()
    moskova = next(p for p in data["places"] if p["id"] == "t-moskova")
    assert moskova["lat"] == pytest.approx(55.75)
    assert [e["id"] for e in moskova["events"] if e["id"].startswith("t-")] == ["t-e1"]
    in_1920 = client.get("/api/map", params={"from": "1920-01", "to": "1920-12"}).json()
    listed = {e["id"] for p in in_1920["places"] for e in p["events"]}
    assert "t-e2" in listed and "t-e1" not in listed
    assert all(p["events"] for p in in_1920["places"])


def test_entity_page(client):
    data = client.get("/api/entities/t-moskova").json()
    assert data["entity"]["qid"] == "Q649" and data["entity"]["aliases"] == ["MOSKOVA"]
    assert [e["id"] for e in data["events"] if e["id"].startswith("t-")] == ["t-e1"]
    html = client.get("/entities/t-sovyet").text
    assert "https://www.wikidata.org/wiki/Q2184" in html and "Antlaşma imzalandı" in html
    assert client.get("/api/entities", params={"kind": "PLACE"}).json()["total"] >= 2


@pytest.mark.parametrize("query", ["ingiltere", "İNGİLTERE", "İngiltere", "britain"])
def test_entity_filter_is_turkish_case_insensitive(client, query):
    found = {e["id"] for e in client.get("/api/entities", params={"q": query}).json()["entities"]}
    assert "t-ingiltere" in found


def test_search_marks_hits_and_links_to_reader(client):
    data = client.get("/api/search", params={"q": "Moskova"}).json()
    assert data["results"]
    for r in data["results"]:
        assert "".join(p[0] for p in r["parts"]) == r["text"]
        assert any(hit and "moskova" in text.lower() for text, hit in r["parts"])
    html = client.get("/search", params={"q": "Moskova"}).text
    assert '<mark class="l-hit">' in html and "/doc/" in html


@pytest.mark.parametrize("q", ['"', "NEAR(", "a OR b*", "' ; DROP TABLE documents; --", "", "   ", "ğüşıöç"])
def test_search_input_is_not_fts_syntax(client, q):
    assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/search", params={"q": q}).status_code == 200


def test_hostile_document_is_escaped_everywhere(client):
    stem = next(d["stem"] for d in client.get("/api/documents").json()["documents"] if d["stem"].startswith("hostile"))
    for path in ("/", "/documents", f"/doc/{stem}", "/timeline", "/events/t-e3", "/entities", "/entities/t-hostile",
                 "/search?q=alert", "/network", "/ask?q=Kötü niyetli belge ne zaman?", f"/ask?q={HOSTILE}"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/doc/{stem}").text
    assert "Content-Security-Policy" in client.get("/").headers


def test_not_found_and_bad_input(client):
    assert client.get("/events/nope").status_code == 404
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/doc/nope").status_code == 404
    assert client.get("/entities/nope?lang=en").status_code == 404
    assert client.get("/timeline?from=garbage&to=%00").status_code == 200
    assert client.get("/doc/../../etc/passwd").status_code == 404
    assert client.get("/static/../../store/__init__.py").status_code == 404


def test_database_is_read_only(web_db):
    from vakanuvis.serve.queries import Database

    database = Database(web_db)
    with database.session() as store, pytest.raises(sqlite3.OperationalError):
        store.db.execute("DELETE FROM documents")


def test_time_limit_interrupts_a_slow_query(web_db):
    from vakanuvis.serve.queries import Database, QueryTimeout

    database = Database(web_db, time_limit=0.05)
    with pytest.raises(QueryTimeout), database.session() as store:
        store.db.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c").fetchone()


def test_missing_database_is_a_clean_error(tmp_path):
    from vakanuvis.errors import StoreError
    from vakanuvis.serve.web import create_app

    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")


def test_empty_database_pages(tmp_path):
    """A database with no documents (layers not run) still renders every view."""
    from fastapi.testclient import TestClient

    from vakanuvis.serve.web import create_app
    from vakanuvis.store import Store

    Store(tmp_path / "empty.db").close()
    with TestClient(create_app(tmp_path / "empty.db")) as c:
        for path in ("/", "/documents", "/timeline", "/network", "/map", "/entities", "/search?q=x",
                     "/api/overview", "/api/timeline", "/api/network", "/api/map", "/api/entities"):
            assert c.get(path).status_code == 200, path


def test_openapi_documents_every_api_view(client):
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/overview", "/api/documents", "/api/documents/{doc_id}", "/api/timeline",
            "/api/events/{event_id}", "/api/network", "/api/map", "/api/entities",
            "/api/entities/{entity_id}", "/api/search", "/api/ask"} <= paths
    assert all(p.startswith("/api/") for p in paths)


def test_serve_cli_help_and_missing_db(tmp_path):
    from typer.testing import CliRunner

    from vakanuvis.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "127.0.0.1" in result.output
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
