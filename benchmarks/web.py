"""Web UI benchmark: first page loads on the demo corpus and timeline data for 10,000 events.

Usage:
    vakanuvis demo --db /tmp/demo.db          # once (the 411-text demo corpus)
    python benchmarks/web.py [--db /tmp/demo.db] [--events 10000]

Both are measured over real HTTP against uvicorn on 127.0.0.1 (a fresh server, so the
first request of each page is cold: new read-only connection, templates compiled on use).
Targets (issue 7): first page load < 1 s; /api/timeline for 10,000 events < 300 ms;
(issue 8) /api/ask median < 100 ms, over the demo-corpus questions of ``benchmarks/qa.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import uvicorn

from vakanuvis.serve.web import create_app
from vakanuvis.store import Store

TYPES = ("TREATY_SIGNED", "NEGOTIATION", "DELEGATION_SENT", "WAR_OR_BATTLE", "CONFERENCE", "LETTER_OR_TELEGRAM")
ACTORS = ("TBMM Hükümeti", "Sovyet Rusya", "İngiltere", "Fransa", "Ermenistan", "Gürcistan", "Yunanistan")


def serve(db: Path) -> tuple[str, uvicorn.Server]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return f"http://127.0.0.1:{port}", server


def fetch(url: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        size = len(r.read())
    return time.perf_counter() - t0, size


def browser_loads(base: str, paths: tuple[str, ...]) -> None:
    """Full page loads in headless Chromium (HTML + CSS + JS + the view's API data), if present."""
    if not Path("/usr/bin/chromium").exists():
        print("  (no /usr/bin/chromium: browser load times skipped; see scripts/setup_browser.sh)")
        return
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page()
        for path in paths:
            t0 = time.perf_counter()
            page.goto(base + path, wait_until="load")
            ready = "#timeline, #network, #map"
            if page.locator(ready).count() and not page.locator(ready).first.is_hidden():
                page.wait_for_selector("[data-ready='1']", timeout=30_000)
            total = time.perf_counter() - t0
            nav = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
            print(f"  chromium {path:<30} load event {nav:7.1f} ms, drawn {total * 1000:7.1f} ms")
        browser.close()


def ask_latency(base: str) -> None:
    """``/api/ask`` and the ``/ask`` page over HTTP for the QA benchmark's demo questions."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from qa import DEMO_QUESTIONS

    api, pages, answered = [], [], 0
    for question in DEMO_QUESTIONS:
        quoted = urllib.parse.quote(question)
        t0 = time.perf_counter()
        with urllib.request.urlopen(f"{base}/api/ask?q={quoted}") as r:
            answered += json.load(r)["answered"]
        api.append(time.perf_counter() - t0)
        pages.append(fetch(f"{base}/ask?q={quoted}")[0])
    print(f"  /api/ask  {len(api)} questions ({answered} answered): median {statistics.median(api) * 1000:.1f} ms,"
          f" max {max(api) * 1000:.1f} ms (first, cold {api[0] * 1000:.1f} ms)")
    print(f"  /ask page median {statistics.median(pages) * 1000:.1f} ms, max {max(pages) * 1000:.1f} ms")


def synthetic_events(path: Path, n: int, seed: int = 7) -> None:
    """A database with ``n`` events spread over 1917–1923, some ranges, some disagreements."""
    rnd = random.Random(seed)
    with Store(path) as store, store.atomic() as db:
        rows = []
        for i in range(n):
            day = rnd.randrange(0, 7 * 365)
            start = time.strftime("%Y-%m-%d", time.gmtime(-1672531200 + day * 86400))  # from 1917-01-01
            end = time.strftime("%Y-%m-%d", time.gmtime(-1672531200 + (day + rnd.choice((0, 0, 0, 30, 90))) * 86400))
            parts = [{"entity": a, "entity_id": None, "role": None} for a in rnd.sample(ACTORS, 2)]
            rows.append((f"b{i}", rnd.choice(TYPES), f"Olay {i}", start, start, end, None, None, None,
                         json.dumps(parts, ensure_ascii=False), rnd.randint(1, 3), int(rnd.random() < 0.1)))
        db.executemany("INSERT INTO events(id, type, title, date, date_start, date_end, mod, place, place_id,"
                       " participants, sources, has_conflict) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/demo.db"))
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    if args.db.exists():
        base, server = serve(args.db)
        with Store(args.db, readonly=True) as st:
            docs = st.db.execute("SELECT count(*) FROM documents").fetchone()[0]
            longest = st.db.execute("SELECT id FROM documents ORDER BY length(original) DESC LIMIT 1").fetchone()[0]
        print(f"demo corpus: {args.db} ({docs} documents)")
        for path in ("/", "/timeline", "/network", "/map", "/entities", "/documents", f"/doc/{longest}",
                     "/search?q=Moskova", "/ask"):
            first, size = fetch(base + path)
            again = statistics.median(fetch(base + path)[0] for _ in range(3))
            print(f"  first load {path:<28} {first * 1000:7.1f} ms  (warm {again * 1000:6.1f} ms, {size / 1024:6.1f} KiB)")
        ask_latency(base)
        browser_loads(base, ("/", "/timeline", "/network", "/map"))
        server.should_exit = True
    else:
        print(f"skipping the demo corpus: {args.db} not found (run `vakanuvis demo --db {args.db}`)")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.db"
        synthetic_events(db, args.events)
        base, server = serve(db)
        url = f"{base}/api/timeline?limit={args.events}"
        first, size = fetch(url)
        times = [fetch(url)[0] for _ in range(args.runs)]
        filtered = statistics.median(fetch(f"{base}/api/timeline?limit={args.events}&actor=Fransa&from=1920&to=1921")[0]
                                     for _ in range(3))
        server.should_exit = True
    print(f"timeline data, {args.events:,} events ({size / 1024 / 1024:.1f} MiB JSON): first {first * 1000:.1f} ms,"
          f" median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms;"
          f" filtered by actor+period {filtered * 1000:.1f} ms")


if __name__ == "__main__":
    main()
