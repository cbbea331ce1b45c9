"""Search benchmark: median/p90 latency of `serve.search.search` over a built database.

    .venv/bin/vakanuvis demo --db /tmp/demo.db
    .venv/bin/python benchmarks/search.py --db /tmp/demo.db

Queries mix single words in inflected forms, folded spellings, phrases and filters; each is
run several times after one warm-up query (the index sync and the data files load once).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vakanuvis.serve.search import search  # noqa: E402
from vakanuvis.store import Store  # noqa: E402

QUERIES: list[tuple[str, dict]] = [
    ("Moskova", {}),
    ("Ankara’dan", {}),
    ("antlaşmasını", {}),
    ("andlaşmalar", {}),
    ("ordu", {}),
    ("millet", {}),
    ("Cumhuriyet", {}),
    ("Cumhuriyetin ilanı", {}),
    ('"Büyük Millet Meclisi"', {}),
    ('"Türk milleti"', {}),
    ("hurriyet", {"fold": True}),
    ("Sakarya", {"fold": True}),
    ("İzmir", {"period": ("1922", "1923")}),
    ("ordu", {"period": ("1919", "1920")}),
    ("Meclis", {"entity": "TBMM"}),
    ("istiklal", {"doc": "wikisource"}),
    ("halk fırkası", {"limit": 50}),
    ("zafer", {}),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with Store(args.db, readonly=True) as store:
        n = store.db.execute("SELECT count(*) FROM sentences").fetchone()[0]
        t = time.perf_counter()
        search(store, "Moskova")
        print(f"{n} sentences; first query (with index check) {1000 * (time.perf_counter() - t):.1f} ms")
        times = []
        for q, kw in QUERIES:
            run = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                hits = search(store, q, **kw)
                run.append(1000 * (time.perf_counter() - t))
            times += run
            print(f"{statistics.median(run):7.2f} ms  {len(hits):3d} hits  {q} {kw or ''}")
        times.sort()
        print(f"search latency ms: median {statistics.median(times):.2f}, p90 {times[int(0.9 * (len(times) - 1))]:.2f},"
              f" max {times[-1]:.2f}")


if __name__ == "__main__":
    main()
