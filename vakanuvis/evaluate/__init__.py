"""Scoring predictions against gold annotation files (GOLD_FORMAT.md).

Metrics per layer (all micro-averaged over documents):

- ``timex``: strict span P/R/F1; relaxed (overlapping) span P/R/F1; value accuracy on the
  relaxed matches; and ``relaxed_value_f1``, where a hit needs an overlapping span AND the
  same ``value``.
- ``citation``: strict span P/R/F1; ``refs_accuracy`` on strict matches (authors, year,
  pages, et_al equal).
- ``entity``: relaxed span P/R/F1; ``kind_accuracy`` on matches; pairwise linking P/R/F1:
  over all pairs of matched gold mentions (across documents too), a pair is linked in gold
  when both have the same ``entity`` and in the prediction when both predicted mentions
  carry the same ``entity``. Canonical names need not agree, only the grouping.
- ``event``: a predicted event matches a gold one when both have the same ``type`` and an
  evidence span of one overlaps an evidence span of the other (one-to-one, greedy by
  overlap); match P/R/F1, and ``date_accuracy`` on matches (same ``date``; null = null).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

LAYERS = ("timex", "citation", "entity", "event")
Item = dict[str, Any]


def load_dir(folder: str | Path) -> dict[str, dict[str, list[Item]]]:
    """``{layer: {doc: items}}`` from every ``<doc>.<layer>.json`` in ``folder``."""
    out: dict[str, dict[str, list[Item]]] = defaultdict(dict)
    for path in sorted(Path(folder).glob("*.json")):
        parts = path.name.rsplit(".", 2)
        if len(parts) != 3 or parts[1] not in LAYERS:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        out[parts[1]][parts[0]] = data.get("events" if parts[1] == "event" else "spans", [])
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def _overlap(a: Item, b: Item) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_spans(gold: list[Item], pred: list[Item], strict: bool,
                ok: Callable[[Item, Item], bool] = lambda g, p: True) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index): exact offsets, or best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if strict:
                if g["start"] == p["start"] and g["end"] == p["end"] and ok(g, p):
                    pairs.append((g["end"] - g["start"], gi, pi))
            else:
                ov = _overlap(g, p)
                if ov and ok(g, p):
                    pairs.append((ov, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score_timex(gold: dict[str, list[Item]], pred: dict[str, list[Item]]) -> dict[str, Any]:
    strict = relaxed = value_ok = both = n_gold = n_pred = 0
    for doc in sorted(set(gold) | set(pred)):
        g, p = gold.get(doc, []), pred.get(doc, [])
        n_gold, n_pred = n_gold + len(g), n_pred + len(p)
        strict += len(match_spans(g, p, True))
        rel = match_spans(g, p, False)
        relaxed += len(rel)
        hits = sum(1 for gi, pi in rel if g[gi].get("value") == p[pi].get("value"))
        value_ok += hits
        both += len(match_spans(g, p, False, lambda a, b: a.get("value") == b.get("value")))
    return {
        "strict": prf(strict, n_pred, n_gold),
        "relaxed": prf(relaxed, n_pred, n_gold),
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "relaxed_value": prf(both, n_pred, n_gold),
    }


def _norm_ref(ref: Item) -> tuple:
    return (
        tuple(a.strip() for a in ref.get("authors", [])),
        ref.get("year"),
        str(ref.get("pages")) if ref.get("pages") is not None else None,
        bool(ref.get("et_al", False)),
    )


def score_citation(gold: dict[str, list[Item]], pred: dict[str, list[Item]]) -> dict[str, Any]:
    strict = refs_ok = n_gold = n_pred = 0
    for doc in sorted(set(gold) | set(pred)):
        g, p = gold.get(doc, []), pred.get(doc, [])
        n_gold, n_pred = n_gold + len(g), n_pred + len(p)
        pairs = match_spans(g, p, True)
        strict += len(pairs)
        refs_ok += sum(
            1 for gi, pi in pairs
            if [_norm_ref(r) for r in g[gi].get("refs", [])] == [_norm_ref(r) for r in p[pi].get("refs", [])]
        )
    return {"strict": prf(strict, n_pred, n_gold), "refs_accuracy": round(refs_ok / strict, 4) if strict else 0.0}


def score_entity(gold: dict[str, list[Item]], pred: dict[str, list[Item]]) -> dict[str, Any]:
    relaxed = kind_ok = n_gold = n_pred = 0
    matched: list[tuple[str, str]] = []  # (gold entity, pred entity) per matched mention
    for doc in sorted(set(gold) | set(pred)):
        g, p = gold.get(doc, []), pred.get(doc, [])
        n_gold, n_pred = n_gold + len(g), n_pred + len(p)
        pairs = match_spans(g, p, False)
        relaxed += len(pairs)
        kind_ok += sum(1 for gi, pi in pairs if g[gi].get("kind") == p[pi].get("kind"))
        matched += [(str(g[gi].get("entity")), str(p[pi].get("entity"))) for gi, pi in pairs]
    both = gold_links = pred_links = 0
    by_gold: dict[str, int] = defaultdict(int)
    by_pred: dict[str, int] = defaultdict(int)
    by_both: dict[tuple[str, str], int] = defaultdict(int)
    for ge, pe in matched:
        by_gold[ge] += 1
        by_pred[pe] += 1
        by_both[(ge, pe)] += 1
    pairs_of = lambda n: n * (n - 1) // 2  # noqa: E731
    gold_links = sum(pairs_of(n) for n in by_gold.values())
    pred_links = sum(pairs_of(n) for n in by_pred.values())
    both = sum(pairs_of(n) for n in by_both.values())
    return {
        "relaxed": prf(relaxed, n_pred, n_gold),
        "kind_accuracy": round(kind_ok / relaxed, 4) if relaxed else 0.0,
        "linking": prf(both, pred_links, gold_links),
    }


def _events_overlap(a: Item, b: Item) -> int:
    return sum(_overlap(x, y) for x in a.get("evidence", []) for y in b.get("evidence", []))


def score_event(gold: dict[str, list[Item]], pred: dict[str, list[Item]]) -> dict[str, Any]:
    tp = date_ok = n_gold = n_pred = 0
    for doc in sorted(set(gold) | set(pred)):
        g, p = gold.get(doc, []), pred.get(doc, [])
        n_gold, n_pred = n_gold + len(g), n_pred + len(p)
        cands = sorted(
            ((-_events_overlap(ge, pe), gi, pi) for gi, ge in enumerate(g) for pi, pe in enumerate(p)
             if ge.get("type") == pe.get("type") and _events_overlap(ge, pe) > 0),
        )
        used_g, used_p = set(), set()
        for _, gi, pi in cands:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            tp += 1
            date_ok += g[gi].get("date") == p[pi].get("date")
    return {"match": prf(tp, n_pred, n_gold), "date_accuracy": round(date_ok / tp, 4) if tp else 0.0}


SCORERS = {"timex": score_timex, "citation": score_citation, "entity": score_entity, "event": score_event}


def evaluate(gold_dir: str | Path, pred_dir: str | Path) -> dict[str, Any]:
    """Scores for every layer present in the gold folder."""
    gold, pred = load_dir(gold_dir), load_dir(pred_dir)
    return {layer: SCORERS[layer](gold[layer], pred.get(layer, {})) for layer in LAYERS if layer in gold}
