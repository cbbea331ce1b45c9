"""Ingest throughput on the demo corpus: read + repair + segment + store (MB/s).

Run: .venv/bin/python benchmarks/ingest.py   (prints figures; asserts nothing)
Two passes into fresh databases: the foundation stages only, then with every registered layer.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from vakanuvis.build import build_docs
from vakanuvis.read.demo import demo_docs
from vakanuvis.registry import EXTRACTORS, load_components
from vakanuvis.store import Store


def run(layers: list[str] | None) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        docs = list(demo_docs())  # reading the texts out of the package's SQLite file
        size = sum(len(d.original.encode("utf-8")) for d in docs)
        with Store(Path(tmp) / "bench.db") as store:
            build_docs(store, docs, layers=layers)
        elapsed = time.perf_counter() - t0
    return size / 1e6, elapsed, len(docs)


def main() -> None:
    load_components()
    mb, sec, n = run([])
    print(f"foundation (read+repair+segment+store): {n} docs, {mb:.2f} MB in {sec:.2f} s = {mb / sec:.2f} MB/s")
    mb, sec, n = run(None)
    print(f"full build (+ layers {', '.join(sorted(EXTRACTORS)) or 'none'} + corpus passes): "
          f"{mb:.2f} MB in {sec:.2f} s = {mb / sec:.2f} MB/s")


if __name__ == "__main__":
    main()
