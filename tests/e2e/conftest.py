"""Browser fixtures: a live server over the test database and headless Debian Chromium.

Chromium comes from Debian (`scripts/setup_browser.sh`), driven by the Python playwright
package through ``executable_path`` (no `playwright install`). Tests are marked
``browser`` and skip with the reason when Chromium or playwright is missing.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_web import build_web_db  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: run `bash scripts/setup_browser.sh` (Debian chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed: run scripts/setup_browser.sh")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="tr-TR")
    p = context.new_page()
    p.set_default_timeout(15_000)
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.js_errors = errors
    yield p
    context.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def e2e_db(tmp_path_factory) -> Path:
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"seed corpus not found at {CORPUS}")
    return build_web_db(tmp_path_factory.mktemp("e2e"), files)


@pytest.fixture(scope="session")
def server(e2e_db) -> str:
    """``http://127.0.0.1:PORT`` of a real uvicorn server in a thread."""
    import uvicorn

    from vakanuvis.serve.web import create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(e2e_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="session")
def shots() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
