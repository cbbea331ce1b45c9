"""`/api/ask` and the Sor (Ask) page: httpx against the ASGI app over the seed corpus built for real.

The questions are the gold dev questions (read from ../shared at run time): the API must give
exactly what ``serve.ask.ask`` gives (the JSON contract of issue 8), its offsets must point
into the original documents, and the page must show the answer or the refusal with the
evidence highlighted and escaped.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape
from test_web import HOSTILE, build_web_db

CONTRACT = {"answered", "answer", "evidence", "claims", "confidence"}


@pytest.fixture(scope="module")
def ask_db(tmp_path_factory, corpus_files) -> Path:
    return build_web_db(tmp_path_factory.mktemp("ask"), corpus_files)


@pytest.fixture(scope="module")
def client(ask_db):
    from fastapi.testclient import TestClient

    from vakanuvis.serve.web import create_app

    with TestClient(create_app(ask_db)) as c:
        yield c


@pytest.fixture(scope="module")
def questions(gold_dir) -> list[dict]:
    path = gold_dir / "questions.dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def answers(client, questions) -> list[tuple[dict, dict]]:
    """(gold question, API result) for every dev question."""
    out = []
    for g in questions:
        r = client.get("/api/ask", params={"q": g["question"]})
        assert r.status_code == 200, r.text[:300]
        assert r.headers["content-type"].startswith("application/json")
        out.append((g, r.json()))
    return out


def originals(client, docs: set[str]) -> dict[str, str]:
    return {d: client.get(f"/api/documents/{d}").json()["text"] for d in docs}


def test_api_ask_is_the_contract_of_serve_ask(answers, ask_db):
    from vakanuvis.serve.ask import ask
    from vakanuvis.serve.queries import Database

    database = Database(ask_db)
    for g, result in answers[:8]:
        with database.session() as store:
            direct = json.loads(json.dumps(ask(store, g["question"]), ensure_ascii=False))
        assert result == direct, g["question"]


def test_contract_keys_and_types(answers):
    for g, r in answers:
        assert CONTRACT <= set(r), g["question"]
        assert isinstance(r["answered"], bool) and isinstance(r["confidence"], (int, float))
        assert set(r["answer"]) >= {"value", "text"} and isinstance(r["answer"]["text"], str)
        for ev in r["evidence"]:
            assert {"doc", "start", "end", "text"} <= set(ev) and ev["start"] < ev["end"]
        for c in r["claims"]:
            assert {"value", "doc", "start", "end"} <= set(c)


def test_answered_and_refused_shapes(answers):
    answered = [r for _, r in answers if r["answered"]]
    refused = [r for _, r in answers if not r["answered"]]
    assert answered and refused, "the dev questions have answerable and unanswerable ones"
    for r in answered:
        assert r["answer"]["value"] is not None and r["answer"]["text"] and r["evidence"] and r["confidence"] > 0
    for r in refused:
        assert r["answer"]["value"] is None and r["claims"] == [] and r["confidence"] == 0
        assert r["answer"]["text"] in ("bilmiyorum — kaynaklarda yok", "not in the sources")


def test_offsets_point_into_the_original_text(client, answers):
    spans = [(x["doc"], x["start"], x["end"], x.get("text")) for _, r in answers for x in r["evidence"] + r["claims"]]
    texts = originals(client, {d for d, *_ in spans})
    for doc, start, end, text in spans:
        assert 0 <= start < end <= len(texts[doc])
        if text is not None:
            assert texts[doc][start:end] == text


def test_ask_page_shows_answer_evidence_and_links(client, answers):
    g, r = next((g, r) for g, r in answers if r["answered"])
    page = client.get("/ask", params={"q": g["question"]}).text
    assert '<section id="answer" class="answer answered">' in page
    shown = html_lib.unescape(re.search(r'id="answer-text">(.*?)</p>', page, re.S).group(1))
    assert shown == r["answer"]["text"]
    marked = html_lib.unescape("".join(re.findall(r'<mark class="[^"]*l-evidence[^"]*"[^>]*>(.*?)</mark>', page, re.S)))
    assert marked, "the evidence is highlighted"
    ev = r["evidence"][0]
    assert f'hl={ev["start"]}-{ev["end"]}#hl' in page  # a link into the reader at the evidence
    reader = client.get(f"/doc/{ev['doc']}", params={"hl": f"{ev['start']}-{ev['end']}", "text": "original"}).text
    in_reader = html_lib.unescape("".join(re.findall(r'<mark class="[^"]*l-evidence[^"]*"[^>]*>(.*?)</mark>', reader, re.S)))
    assert in_reader == ev["text"]
    assert f"{round(r['confidence'] * 100)}%" in page
    english = client.get("/ask", params={"q": g["question"], "lang": "en"}).text
    assert "Ask the sources" in english and '<html lang="en">' in english


def test_ask_page_shows_every_claim_with_its_source(client, answers):
    found = [(g, r) for g, r in answers if len({json.dumps(c["value"]) for c in r["claims"]}) > 1]
    if not found:
        pytest.skip("no dev question gets disagreeing claims from this build")
    g, r = found[0]
    page = client.get("/ask", params={"q": g["question"]}).text
    rows = re.findall(r'<tr class="claim-row[^"]*">(.*?)</tr>', page, re.S)
    assert len(rows) == len(r["claims"]) and 'claim-row differs' in page
    for c, row in zip(r["claims"], rows, strict=True):
        assert f'hl={c["start"]}-{c["end"]}' in row


def test_refusal_page(client, answers):
    g, r = next((g, r) for g, r in answers if not r["answered"])
    tr = client.get("/ask", params={"q": g["question"]}).text
    assert "bilmiyorum — kaynaklarda yok" in tr and 'class="answer refused"' in tr
    en = client.get("/ask", params={"q": g["question"], "lang": "en"}).text
    assert "not in the sources" in en
    if r["evidence"]:  # the closest passages, linked into the reader
        assert "En yakın geçen yerler" in tr and tr.count('class="ask-evidence"') == len(r["evidence"])


@pytest.mark.parametrize("q", [HOSTILE, f"{HOSTILE} ne zaman?", "Kötü niyetli belge ne zaman yazıldı?",
                               '"><img src=x onerror=alert(2)> kim?'])
def test_hostile_question_is_shown_as_text(client, q):
    page = client.get("/ask", params={"q": q}).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert str(escape(q)) in page  # in the question box, as text
    assert client.get("/api/ask", params={"q": q}).status_code == 200


def test_ask_input_limits(client):
    assert client.get("/api/ask").status_code == 422
    assert client.get("/api/ask", params={"q": ""}).status_code == 422
    assert client.get("/api/ask", params={"q": "x" * 501}).status_code == 422
    empty = client.get("/ask")
    assert empty.status_code == 200 and 'id="ask-examples"' in empty.text and 'id="ask-q"' in empty.text


def test_openapi_documents_the_contract(client):
    schema = client.get("/api/openapi.json").json()
    op = schema["paths"]["/api/ask"]["get"]
    assert op["parameters"][0]["name"] == "q"
    ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert CONTRACT <= set(schema["components"]["schemas"][ref]["required"])


def test_question_box_on_overview_and_search_links_to_ask(client):
    assert 'id="ask-form"' in client.get("/").text
    page = client.get("/search", params={"q": "Moskova antlaşması ne zaman imzalandı?"}).text
    assert 'href="/ask?q=' in page
