"""Synthetic dev sets A and B: four hand-annotated academic-style articles (timex, citation,
entity), scored end to end, one set and one layer at a time.

The texts and gold live in ``tests/devsets/synthetic/`` (see ``docs/devset-synthetic-A.md`` and
``docs/devset-synthetic-B.md``). Each set is scored against a folder holding only its own gold
for the layer, so the other set's files do not count as misses. The floors are the scores
measured after the timex/entity fixes for these sets, minus about 0.04: the test fails on a
regression, not on the gaps that remain.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from devset_support import assert_floor, score_files

DEVSET = Path(__file__).resolve().parent / "devsets" / "synthetic"
SETS = {"A": ("A1", "A2"), "B": ("B1", "B2")}
LAYERS = ("citation", "timex", "entity")

# Measured 2026-11-22 (A: 77 timex, 20 citations, 263 entity mentions; B: 103, 25, 269):
#   A timex strict 0.974, relaxed 1.000, value accuracy 1.000, relaxed+value 1.000
#     (the two misses: A leaves `içinde` out of `on beş gün içinde`, B keeps it; the tool keeps it)
#   B timex 1.000 on every metric
#   A citation 1.000 / refs 1.000; B citation 1.000 / refs 1.000
#   A entity relaxed 0.979, kind accuracy 1.000, linking 0.993
#   B entity relaxed 0.993, kind accuracy 0.989, linking 0.979
FLOORS = {
    "A": {
        ("timex", "strict"): 0.93, ("timex", "relaxed"): 0.96,
        ("timex", "value_accuracy"): 0.96, ("timex", "relaxed_value"): 0.96,
        ("citation", "strict"): 0.96, ("citation", "refs_accuracy"): 0.96,
        ("entity", "relaxed"): 0.94, ("entity", "kind_accuracy"): 0.96, ("entity", "linking"): 0.95,
    },
    "B": {
        ("timex", "strict"): 0.96, ("timex", "relaxed"): 0.96,
        ("timex", "value_accuracy"): 0.96, ("timex", "relaxed_value"): 0.96,
        ("citation", "strict"): 0.96, ("citation", "refs_accuracy"): 0.96,
        ("entity", "relaxed"): 0.95, ("entity", "kind_accuracy"): 0.95, ("entity", "linking"): 0.94,
    },
}


def _stems_present() -> bool:
    return all((DEVSET / f"{stem}.txt").exists() for stems in SETS.values() for stem in stems)


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[tuple[str, str], dict]:
    """``{(set, layer): evaluate(...)[layer]}`` for every set and layer."""
    if not _stems_present():
        pytest.skip("the synthetic dev-set texts are missing")
    out: dict[tuple[str, str], dict] = {}
    for name, stems in SETS.items():
        result = score_files(DEVSET, list(stems), list(LAYERS), tmp_path_factory.mktemp(f"synthetic_{name}"))
        out.update({(name, layer): result[layer] for layer in LAYERS})
    return out


@pytest.mark.parametrize(("name", "layer", "metric"),
                         [(n, layer, m) for n, floors in FLOORS.items() for layer, m in floors])
def test_synthetic_scores_stay_above_floor(scores, name, layer, metric):
    assert_floor({layer: scores[name, layer]}, layer, metric, FLOORS[name][layer, metric])
