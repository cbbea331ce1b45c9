"""Entity layer cost and morphology choice.

    python benchmarks/entities.py              # recognition + linking MB/s on the demo corpus
    python benchmarks/entities.py --morphology # suffix table vs zemberek-python vs akana

Documents are repaired and segmented before the clock starts; the timed part is the whole
``entity`` extractor (automaton scan, suffix checks, discovery, time-aware linking), without
the ``timex`` layer (years then come from the text). One core. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

from vakanuvis.extract import morphology
from vakanuvis.extract.entity import extract_entities, lexicon
from vakanuvis.pipeline import prepare
from vakanuvis.read.demo import demo_docs

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def recognition(limit: int | None) -> None:
    t0 = time.perf_counter()
    lexicon.lexicon()
    build = time.perf_counter() - t0
    docs = [prepare(d) for d in demo_docs(limit)]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    kinds: Counter[str] = Counter()
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        for s in extract_entities(d):
            kinds[s.attrs["kind"]] += 1
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"KB + automaton build: {build:.2f} s ({len(lexicon.lexicon().patterns)} patterns)")
    print(f"demo corpus: {len(docs)} texts, {size / 1e6:.2f} MB clean text")
    print(f"entity layer: {elapsed:.2f} s wall = {size / 1e6 / elapsed:.2f} MB/s; {cpu:.2f} s CPU = "
          f"{size / 1e6 / cpu:.2f} MB/s per core; {sum(kinds.values())} mentions")
    print("  " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


def morphology_choice() -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    words = sorted(set(WORD.findall(text)))
    print(f"{len(words)} word types from the seed articles")
    t0 = time.perf_counter()
    morphology.suffix_table()
    start = time.perf_counter() - t0
    t0 = time.perf_counter()
    for w in words:
        morphology.analyses(w)
    rate = len(words) / (time.perf_counter() - t0)
    print(f"suffix table (ours): start {start:.2f} s, {rate:,.0f} types/s, no dependency")
    _compare("zemberek-python (Apache-2.0)", "zemberek-python", words,
             lambda: import_module("zemberek").TurkishMorphology.create_with_defaults(),
             lambda zm, w: zm.analyze(w.replace("’", "'")))
    _compare("akana (MIT/Apache-2.0)", "akana", words,
             lambda: import_module("akana").Morphology(), lambda am, w: am.analyze(w))


def _compare(label: str, package: str, words: list[str], create: Callable[[], Any],
             analyze: Callable[[Any, str], object]) -> None:
    """Print start-up time and analysis rate of one optional back-end, or how to install it."""
    try:
        t0 = time.perf_counter()
        backend = create()
    except ImportError:
        print(f"{package}: not installed (pip install {package} to compare)")
        return
    start = time.perf_counter() - t0
    t0 = time.perf_counter()
    for w in words:
        analyze(backend, w)
    print(f"{label}: start {start:.2f} s, {len(words) / (time.perf_counter() - t0):,.0f} types/s")


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--morphology", action="store_true", help="compare morphology back-ends")
    ap.add_argument("--limit", type=int, default=None, help="only the first N demo texts")
    args = ap.parse_args(argv)
    if args.morphology:
        morphology_choice()
    else:
        recognition(args.limit)


if __name__ == "__main__":
    main(sys.argv[1:])
