"""End-to-end: the web UI in real headless Chromium over the seed corpus (+ test rows).

Each view is opened, the interactive libraries must draw (when vendor assets are built),
and a screenshot is saved under test-artifacts/.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from vakanuvis.serve.web import vendor_status

VIEWS = ["/", "/documents", "/timeline", "/network", "/map", "/entities", "/entities/t-sovyet", "/search?q=Moskova",
         "/events/t-e1", "/ask"]


def needs_vendor(view: str) -> None:
    if not vendor_status()[view]:
        pytest.skip(f"vendor assets for the {view} are not built: run `bash scripts/build_assets.sh`")


@pytest.mark.parametrize("path", VIEWS)
def test_each_view_opens(page, server, shots, path):
    response = page.goto(server + path)
    assert response.status == 200
    assert page.locator("header.top nav a").count() == 7
    assert page.locator("main h1").inner_text().strip()
    name = re.sub(r"\W+", "_", path.strip("/")) or "overview"
    page.screenshot(path=str(shots / f"view_{name}.png"), full_page=True)
    assert page.js_errors == []


def test_timeline_to_event_to_reader(page, server, shots, e2e_db):
    needs_vendor("timeline")
    page.goto(server + "/timeline?actor=t-tbmm")  # the filter is in the URL
    page.wait_for_selector("#timeline[data-ready='1']")
    assert page.locator("#timeline .vis-item-content").count() == 2
    page.locator("#timeline .vis-item.vis-box.conflict").wait_for()
    page.screenshot(path=str(shots / "flow_1_timeline.png"), full_page=True)
    page.locator("#timeline .vis-item-content", has_text="Antlaşma imzalandı").click()
    page.wait_for_url(re.compile(r"/events/t-e1"))
    assert page.locator("article.claim").count() == 2
    assert page.locator("#disagreement.has-conflict").is_visible()
    page.screenshot(path=str(shots / "flow_2_event.png"), full_page=True)
    claim = page.locator("article.claim").first
    claim.locator("a.read-link").first.click()
    page.wait_for_url(re.compile(r"/doc/.+hl=\d+-\d+"))
    marked = "".join(page.locator("#reader mark.l-evidence").all_inner_texts())
    start, end = map(int, re.search(r"hl=(\d+)-(\d+)", page.url).groups())
    with sqlite3.connect(e2e_db) as db:  # the evidence sentence, as the reader shows it (repaired text)
        sentence = db.execute("SELECT text FROM sentences WHERE start = ? AND end = ?", (start, end)).fetchone()[0]
    assert re.sub(r"\s+", "", marked) == re.sub(r"\s+", "", sentence)
    assert page.locator("#hl").is_visible()
    page.screenshot(path=str(shots / "flow_3_reader_evidence.png"))


def test_reader_layer_toggle_and_date_hover(page, server, shots):
    page.goto(server + "/documents")
    page.locator("table.docs a", has_text=re.compile(r"^0")).first.click()
    timex = page.locator("#reader .l-timex[data-value]").first
    value = timex.get_attribute("data-value")
    assert re.match(r"\d{4}", value)
    timex.hover()
    after = page.evaluate("e => getComputedStyle(e, '::after').content", timex.element_handle())
    assert value in after
    page.screenshot(path=str(shots / "reader_hover.png"))
    before = timex.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator("#layer-toggles input[data-layer='timex']").uncheck()
    assert "hide=timex" in page.url
    assert timex.evaluate("e => getComputedStyle(e).backgroundColor") != before
    page.reload()  # the state is in the URL
    assert not page.locator("#layer-toggles input[data-layer='timex']").is_checked()


def test_network_time_slider(page, server, shots):
    import json
    import urllib.request

    needs_vendor("network")
    page.goto(server + "/network")
    page.wait_for_selector("#network[data-ready='1']")
    slider = page.locator("#time-slider")
    assert int(slider.get_attribute("max")) > 12
    page.screenshot(path=str(shots / "network_all.png"))

    def move(index: int) -> tuple[str, int]:
        slider.evaluate("(e, v) => { e.value = String(v); e.dispatchEvent(new Event('input', {bubbles: true})); }", index)
        at = page.locator("#slider-label").inner_text()
        page.wait_for_function("m => document.querySelector('#network').dataset.at === m", arg=at)
        return at, int(page.locator("#network").get_attribute("data-edges"))

    def api_edges(at: str) -> int:
        with urllib.request.urlopen(f"{server}/api/network?at={at}") as r:
            return len(json.load(r)["edges"])

    first = slider.get_attribute("data-from")[:7]
    months = (int("1921") - int(first[:4])) * 12 + 3 - int(first[5:7])
    at, drawn = move(months)
    assert at == "1921-03" and "at=1921-03" in page.url
    assert drawn == api_edges("1921-03") >= 3  # the test rows: signed, negotiating, at war
    page.screenshot(path=str(shots / "network_1921_03.png"))
    at0, drawn0 = move(0)
    assert at0 == first and drawn0 == api_edges(at0)
    assert drawn0 != drawn


def test_map_draws_offline_base_layer_and_markers(page, server, shots):
    needs_vendor("map")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/map")
    page.wait_for_selector("#map[data-ready='1']")
    assert int(page.locator("#map").get_attribute("data-markers")) >= 2
    assert page.locator("#map path.leaflet-interactive").count() > 100  # countries + markers
    assert all(u.startswith(server) for u in requests), "everything is served locally"
    page.screenshot(path=str(shots / "map.png"))


def test_search_box(page, server, shots):
    page.goto(server + "/")
    page.fill("header input[name=q]", "Moskova")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Moskova"))
    hits = page.locator("#search-results mark.l-hit")
    assert hits.count() >= 1 and "moskova" in hits.first.inner_text().lower()
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    page.locator("#search-results a.hit-link").first.click()
    page.wait_for_url(re.compile(r"/doc/"))
    assert page.locator("#reader").is_visible()


def test_english_interface(page, server, shots):
    page.goto(server + "/timeline?lang=en")
    assert page.locator("nav a", has_text="Timeline").count() == 1
    page.locator("#event-table a.event-link").first.click()
    assert "lang=en" in page.url
    page.screenshot(path=str(shots / "event_en.png"), full_page=True)


def test_hostile_document_shows_as_text(page, server, shots):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/documents")
    page.locator("table.docs a", has_text="<script>alert(1)</script>").first.click()
    assert page.locator("main h1").inner_text() == "<script>alert(1)</script>"
    assert "<script>alert(1)</script>" in page.locator("#reader").inner_text()
    assert page.locator("#reader script, #reader img").count() == 0
    for path in ("/events/t-e3", "/timeline", "/entities/t-hostile", "/search?q=alert",
                 "/ask?q=Kötü niyetli belge ne zaman?"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    page.goto(server + "/timeline?from=1922&to=1922")  # the hostile event's year (a period: no zoom)
    if vendor_status()["timeline"]:
        page.wait_for_selector("#timeline[data-ready='1']")
        assert page.locator("#timeline .vis-item-content", has_text="<script>alert(1)</script>").count() == 1
    page.screenshot(path=str(shots / "xss_timeline.png"), full_page=True)
    assert dialogs == [] and page.js_errors == []


def test_pages_work_without_javascript(browser, server, shots):
    context = browser.new_context(java_script_enabled=False)
    p = context.new_page()
    p.goto(server + "/timeline")
    assert p.locator("#event-table tbody tr").count() >= 3
    p.goto(server + "/network?at=1921-03")
    assert p.locator("#relation-table tbody tr").count() >= 1
    p.screenshot(path=str(shots / "nojs_network.png"), full_page=True)
    context.close()


def answerable_question(server: str) -> str:
    """The first gold dev question the server answers (read from ../shared at run time)."""
    import json
    import urllib.parse
    import urllib.request

    from conftest import CORPUS

    path = CORPUS.parent / "gold" / "questions.dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or json.loads(line)["answer"].get("value") is None:
            continue
        question = json.loads(line)["question"]
        with urllib.request.urlopen(f"{server}/api/ask?q={urllib.parse.quote(question)}") as r:
            if json.load(r)["answered"]:
                return question
    pytest.skip("no dev question is answered by this build")


def test_ask_box(page, server, shots, e2e_db):
    question = answerable_question(server)
    page.goto(server + "/")
    page.locator("header nav a", has_text="Sor").click()
    page.wait_for_url(re.compile(r"/ask$"))
    page.fill("#ask-q", question)
    page.press("#ask-q", "Enter")
    page.wait_for_url(re.compile(r"/ask\?q="))
    assert page.locator("#answer.answered").is_visible()
    assert page.locator("#answer-text").inner_text().strip()
    evidence = page.locator("#evidence mark.l-evidence")
    assert evidence.count() >= 1 and evidence.first.is_visible()
    assert page.input_value("#ask-q") == question  # the URL holds the state: the box keeps the question
    page.screenshot(path=str(shots / "ask_answer.png"), full_page=True)
    link = page.locator("#evidence a.read-link").first
    start, end = map(int, re.search(r"hl=(\d+)-(\d+)", link.get_attribute("href")).groups())
    link.click()
    page.wait_for_url(re.compile(r"/doc/.+hl=\d+-\d+"))
    with sqlite3.connect(e2e_db) as db:  # the evidence sentence(s), as the reader shows them (repaired text)
        sentences = "".join(r[0] for r in db.execute(
            "SELECT s.text FROM sentences s WHERE s.start < ? AND s.end > ? ORDER BY s.start", (end, start)))
    marked = "".join(page.locator("#reader mark.l-evidence").all_inner_texts())
    assert re.sub(r"\s+", "", marked) and re.sub(r"\s+", "", marked) in re.sub(r"\s+", "", sentences)
    assert page.js_errors == []


def test_ask_hostile_question_and_refusal(page, server, shots):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/ask?lang=en")
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>?"
    page.fill("#ask-q", hostile)
    page.press("#ask-q", "Enter")
    page.wait_for_url(re.compile(r"/ask\?.*q="))
    assert page.input_value("#ask-q") == hostile
    assert page.locator("main script, main img").count() == 0
    assert page.locator("#answer-text").inner_text() == "not in the sources"
    page.screenshot(path=str(shots / "ask_refusal_xss.png"), full_page=True)
    assert dialogs == [] and page.js_errors == []
