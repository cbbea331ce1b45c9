"""Final test set C1/C2 (for reporting only — do not tune on it): two hand-annotated academic
articles on the Western Front 1921–1922 and the 1925 Turkish–Soviet treaty, all four layers.

The texts and gold live in ``tests/devsets/final/`` (see ``docs/devset-final.md``). These tests
check that the gold is well formed and that scoring runs end to end; the floors are the scores
measured on 2026-11-22 minus 0.10, so they catch a collapse, not small movements.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from devset_support import assert_floor, score_files

DEVSET = Path(__file__).resolve().parent / "devsets" / "final"
STEMS = ("C1", "C2")
LAYERS = ("timex", "citation", "entity", "event")
ENTITY_KINDS = {"PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
EVENT_TYPES = {
    "REVOLUTION", "DECLARATION", "LETTER_OR_TELEGRAM", "DELEGATION_SENT", "ARRIVAL",
    "MEETING_OR_CONGRESS", "CONFERENCE", "ASSEMBLY_OPENED", "APPOINTMENT", "NEGOTIATION",
    "TREATY_DRAFTED", "TREATY_SIGNED", "ARMISTICE", "MILITARY_OPERATION", "CAPTURE",
    "WAR_OR_BATTLE", "RECOGNITION", "OTHER",
}

# Measured 2026-11-22 (96 timex, 20 citations, 263 entity mentions, 65 events):
#   timex strict 0.985, relaxed 0.995, value accuracy 0.990, relaxed+value 0.985
#   citation strict 0.900, refs accuracy 1.000
#   entity relaxed 0.971, kind accuracy 0.969, linking 0.963
#   event match 0.581, date accuracy 0.882
FLOORS = {
    ("timex", "strict"): 0.88, ("timex", "relaxed"): 0.89,
    ("timex", "value_accuracy"): 0.89, ("timex", "relaxed_value"): 0.88,
    ("citation", "strict"): 0.80, ("citation", "refs_accuracy"): 0.90,
    ("entity", "relaxed"): 0.87, ("entity", "kind_accuracy"): 0.86, ("entity", "linking"): 0.86,
    ("event", "match"): 0.48, ("event", "date_accuracy"): 0.78,
}


def _text(stem: str) -> str:
    with open(DEVSET / f"{stem}.txt", encoding="utf-8", newline="") as f:
        return f.read()


def _items(stem: str, layer: str) -> list[dict]:
    data = json.loads((DEVSET / f"{stem}.{layer}.json").read_text(encoding="utf-8"))
    assert data["doc"] == stem and data["layer"] == layer
    return data["events" if layer == "event" else "spans"]


@pytest.fixture(autouse=True)
def _present():
    if not all((DEVSET / f"{s}.txt").exists() for s in STEMS):
        pytest.skip("the final test-set texts are missing")


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("layer", ("timex", "citation", "entity"))
def test_gold_spans_match_the_text(stem, layer):
    text = _text(stem)
    spans = _items(stem, layer)
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"] == span["text"].strip(), span
    if layer == "timex":
        assert all(s["type"] in TIMEX_TYPES and "value" in s for s in spans)
    if layer == "entity":
        assert all(s["kind"] in ENTITY_KINDS and s["entity"] for s in spans)
    if layer == "citation":
        assert all(r["authors"] and isinstance(r["year"], int) for s in spans for r in s["refs"])


@pytest.mark.parametrize("stem", STEMS)
def test_gold_events_cite_whole_sentences(stem):
    text = _text(stem)
    events = _items(stem, "event")
    assert len({e["id"] for e in events}) == len(events)
    for event in events:
        assert event["type"] in EVENT_TYPES and event["title"] and event["evidence"], event["id"]
        for ev in event["evidence"]:
            sentence = text[ev["start"]:ev["end"]]
            assert sentence == sentence.strip() and sentence.endswith((".", "!", "?")), (event["id"], sentence)


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    if not all((DEVSET / f"{s}.txt").exists() for s in STEMS):
        pytest.skip("the final test-set texts are missing")
    return score_files(DEVSET, list(STEMS), list(LAYERS), tmp_path_factory.mktemp("final"))


def test_scoring_covers_every_gold_item(scores):
    assert scores["timex"]["strict"]["gold"] == sum(len(_items(s, "timex")) for s in STEMS)
    assert scores["entity"]["relaxed"]["gold"] == sum(len(_items(s, "entity")) for s in STEMS)
    assert scores["event"]["match"]["gold"] == sum(len(_items(s, "event")) for s in STEMS)


@pytest.mark.parametrize(("layer", "metric"), list(FLOORS))
def test_final_scores_stay_above_floor(scores, layer, metric):
    assert_floor(scores, layer, metric, FLOORS[layer, metric])
