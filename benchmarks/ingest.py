"""Ingest throughput on the demo corpus: read + repair + segment + store (MB/s).

Run: .venv/bin/python benchmarks/ingest.py   (prints figures; asserts nothing)
Fresh databases each time: the foundation stages alone (best of three), then with the corpus
passes, then every registered layer. Wall time depends on what else the machine runs; CPU time
(per core) does not, so both are printed.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from vakanuvis.build import build_docs
from vakanuvis.pipeline import process
from vakanuvis.read.demo import demo_docs
from vakanuvis.registry import EXTRACTORS, load_components
from vakanuvis.store import Store


def run(layers: list[str] | None, corpus_passes: bool) -> tuple[float, float, float, int]:
    """MB, wall seconds, CPU seconds, documents for one ingest into a fresh database."""
    with tempfile.TemporaryDirectory() as tmp:
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(demo_docs())  # reading the texts out of the package's SQLite file
        size = sum(len(d.original.encode("utf-8")) for d in docs)
        with Store(Path(tmp) / "bench.db") as store:
            if corpus_passes:
                build_docs(store, docs, layers=layers)
            else:
                for doc in docs:  # read + repair + segment + store (incl. its FTS5 index)
                    store.save_document(process(doc, layers))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return size / 1e6, wall, cpu, len(docs)


def report(label: str, mb: float, wall: float, cpu: float, n: int) -> None:
    print(f"{label}: {n} docs, {mb:.2f} MB: wall {wall:.2f} s = {mb / wall:.2f} MB/s; "
          f"CPU {cpu:.2f} s = {mb / cpu:.2f} MB/s per core")


def main() -> None:
    load_components()
    best = min((run([], False) for _ in range(3)), key=lambda r: r[1])
    report("foundation (read+repair+segment+store)", *best)
    report("foundation + corpus passes (entities, search index, ...)", *run([], True))
    report(f"full build (layers {', '.join(sorted(EXTRACTORS))} + corpus passes)", *run(None, True))


if __name__ == "__main__":
    main()
