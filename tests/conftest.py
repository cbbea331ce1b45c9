"""Shared fixtures: real stores (in memory and on disk) and the seed material in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"


@pytest.fixture
def store():
    from vakanuvis.store import Store

    with Store(":memory:") as s:
        yield s


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"seed corpus not found at {CORPUS} (../shared is absent)")
    return files


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not (GOLD / "GOLD_FORMAT.md").exists():
        pytest.skip(f"gold annotations not found at {GOLD} (../shared is absent)")
    return GOLD


@pytest.fixture(scope="session")
def seed_docs(corpus_files):
    """The two seed articles, fully processed (all registered layers)."""
    from vakanuvis.pipeline import process
    from vakanuvis.read import read

    return [process(read(p)) for p in corpus_files]
