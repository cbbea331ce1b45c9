"""Citation layer cost: extraction time per MB on the seed articles and the demo corpus, and the
bibliography corpus pass on the demo database.

Run: .venv/bin/python benchmarks/citation.py   (prints figures; asserts nothing)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from vakanuvis.build import build_docs
from vakanuvis.extract.citation import extract_citations, extract_references
from vakanuvis.link.bibliography import build_bibliography
from vakanuvis.pipeline import prepare
from vakanuvis.read import read
from vakanuvis.read.demo import demo_docs
from vakanuvis.store import Store

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def extraction(docs) -> tuple[int, float, int, int]:
    size = spans = refs = 0
    elapsed = 0.0
    for doc in docs:
        prepare(doc)
        size += len(doc.original.encode("utf-8"))
        t0 = time.perf_counter()
        cits = extract_citations(doc)
        entries = extract_references(doc)
        elapsed += time.perf_counter() - t0
        spans += len(cits)
        refs += len(entries)
    return size, elapsed, spans, refs


def main() -> None:
    for name, docs in (("seeds", [read(p) for p in sorted(SEEDS.glob("*.txt"))]), ("demo", list(demo_docs()))):
        size, elapsed, spans, entries = extraction(docs)
        if not size:
            continue
        print(f"{name:6s} {len(docs):4d} docs {size / 1e6:6.2f} MB  citation+reference {elapsed:6.3f} s"
              f"  ({size / 1e6 / max(elapsed, 1e-9):6.1f} MB/s)  {spans} citations, {entries} entries")
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        build_docs(store, demo_docs(), layers=["citation", "reference"])
        t0 = time.perf_counter()
        with store.atomic():
            build_bibliography(store)
        print(f"bibliography pass on the demo database: {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main()
