"""Event extraction: quality on the seed gold and cost on the demo corpus.

    python benchmarks/events.py score [--gold-layers]   # F1 and date accuracy per document
    python benchmarks/events.py time [--limit N]        # share of build time spent on events

``--gold-layers`` feeds the gold timex/entity/citation layers to the event extractor (a dev
aid for building events before those layers exist); without it the real extractors run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from vakanuvis.evaluate import score_event  # noqa: E402
from vakanuvis.model import Span  # noqa: E402
from vakanuvis.pipeline import prepare, process  # noqa: E402
from vakanuvis.read import read  # noqa: E402
from vakanuvis.registry import EXTRACTORS, load_components  # noqa: E402

INPUT_LAYERS = ("timex", "entity", "citation")
REPEAT = 3


def load_gold_layers(doc, gold_dir: Path = SHARED / "gold") -> None:
    """Put the gold timex/entity/citation spans of ``doc`` into ``doc.layers`` (dev helper)."""
    for layer in INPUT_LAYERS:
        path = gold_dir / f"{doc.stem}.{layer}.json"
        if path.exists():
            items = json.loads(path.read_text(encoding="utf-8"))["spans"]
            doc.layers[layer] = sorted(
                Span(i["start"], i["end"], layer, i["text"],
                     {k: v for k, v in i.items() if k not in ("start", "end", "text")})
                for i in items)


def annotate(path: Path, gold_layers: bool):
    from vakanuvis.extract.event import extract_events

    doc = read(path)
    if gold_layers:
        prepare(doc)
        load_gold_layers(doc)
        doc.layers["event"] = sorted(extract_events(doc))
    else:
        process(doc, ["event"])
    return doc


def score(gold_layers: bool, verbose: bool) -> dict:
    gold, pred = {}, {}
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        doc = annotate(path, gold_layers)
        gold[doc.stem] = json.loads((SHARED / "gold" / f"{doc.stem}.event.json").read_text())["events"]
        pred[doc.stem] = [s.attrs for s in doc.layers["event"]]
        per = score_event({doc.stem: gold[doc.stem]}, {doc.stem: pred[doc.stem]})
        print(f"{doc.stem}: {per['match']} date_accuracy={per['date_accuracy']}")
        if verbose:
            _explain(doc, gold[doc.stem], pred[doc.stem])
    total = score_event(gold, pred)
    print("ALL", json.dumps(total))
    return total


def _explain(doc, gold: list[dict], pred: list[dict]) -> None:
    """Print, per sentence, gold and predicted events (for error analysis)."""
    def key(e):
        return [(x["start"], x["end"]) for x in e["evidence"]]
    sents = {}
    for tag, items in (("G", gold), ("P", pred)):
        for e in items:
            for s in key(e):
                sents.setdefault(s, []).append((tag, e["type"], e.get("date"), e.get("title", "")[:50], e["id"]))
    for (s, e), rows in sorted(sents.items()):
        print("\n  ", doc.original[s:e].replace("\n", " ")[:220])
        for r in sorted(rows, key=lambda r: (r[1], r[0])):
            print("     ", *r)


def timing(limit: int | None) -> None:
    """Cost of the event layer on the demo corpus, against the rest of the build.

    Warm-up first (lazy lexicons, KB), then: the pipeline without the event layer, the event
    extractor alone on those processed documents, and a whole ``build_docs`` (store writes and
    corpus passes included) with the ``events`` pass timed separately.
    """
    from vakanuvis.build import build_docs
    from vakanuvis.extract.event import extract_events
    from vakanuvis.link.events import link_events
    from vakanuvis.read.demo import demo_docs
    from vakanuvis.store import Store

    load_components()
    docs = list(demo_docs(limit=limit))
    others = [x for x in EXTRACTORS if x != "event"]
    for d in docs[:20]:
        extract_events(process(_fresh(d), others))
    t_rest = t_event = float("inf")
    for _ in range(REPEAT):  # the machine is shared: keep the best of a few runs of each
        t0 = time.perf_counter()
        done = [process(_fresh(d), others) for d in docs]
        t_rest = min(t_rest, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for d in done:
            extract_events(d)
        t_event = min(t_event, time.perf_counter() - t0)
    with Store(":memory:") as store:
        t0 = time.perf_counter()
        build_docs(store, (_fresh(d) for d in docs))
        t_build = time.perf_counter() - t0
        t0 = time.perf_counter()
        with store.atomic():
            link_events(store)
        t_pass = time.perf_counter() - t0
        n_events = store.db.execute("SELECT count(*) FROM events").fetchone()[0]
    print(f"documents={len(docs)} other layers={others}")
    print(f"pipeline without event: {t_rest:.2f}s; event extractor: {t_event:.2f}s "
          f"(+{100 * t_event / t_rest:.1f}% of the pipeline)")
    print(f"whole build with everything: {t_build:.2f}s; event extractor share: {100 * t_event / t_build:.1f}%; "
          f"events corpus pass: {t_pass:.2f}s ({n_events} events)")


def _fresh(d):
    from vakanuvis.model import Doc

    return Doc(id=d.id, path=d.path, original=d.original, meta=dict(d.meta))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("score", "time"))
    ap.add_argument("--gold-layers", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--limit", type=int)
    a = ap.parse_args()
    if a.what == "score":
        score(a.gold_layers, a.verbose)
    else:
        timing(a.limit)
