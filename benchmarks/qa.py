"""Question-answering benchmark: answer accuracy, evidence hit rate, refusals, latency.

Builds the seed corpus into a temporary database, asks every question of a gold file
(``questions.dev.jsonl``: one JSON object per line with ``question``, ``type``,
``answer.value`` / ``answer.alternatives`` / ``answer.keywords`` and ``evidence``) and
prints per-question results and the totals.

    .venv/bin/python benchmarks/qa.py                      # layers from the pipeline
    .venv/bin/python benchmarks/qa.py --gold-layers        # layers from the gold files (QA alone)
    .venv/bin/python benchmarks/qa.py --db /tmp/demo.db --latency-only     # demo corpus latency
    .venv/bin/python benchmarks/qa.py --questions benchmarks/questions.demo.jsonl --db /tmp/demo.db
        # held-out style questions over the demo corpus (``vakanuvis demo --db /tmp/demo.db``)
    .venv/bin/python benchmarks/qa.py --questions benchmarks/questions.fresh.jsonl --db /tmp/qa3.db
        # fresh questions written in rounds (demo corpus + seed articles in one db); each line
        # records ``round`` and ``before`` (right before that round's changes): the script also
        # prints those before-figures, whose average is the estimate for unseen questions

Scoring is ``vakanuvis.serve.ask.score_answer``: a value matches the gold value or an
accepted alternative after Turkish lower-casing and diacritic folding (lists as sets; a
phrase answer must contain every gold keyword); the evidence hits when one evidence span
overlaps a gold evidence span of the same document; an unanswerable question (gold value
null) is right only when refused.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vakanuvis.model import Span  # noqa: E402
from vakanuvis.serve.ask import ask, score_answer  # noqa: E402
from vakanuvis.store import Store  # noqa: E402

SHARED = ROOT.parent / "shared"
# Unseen-style questions over the demo corpus (Atatürk's speeches and telegrams), for latency.
DEMO_QUESTIONS = [
    "Mütareke ne zaman imzalandı?", "Mustafa Kemal Sivas'a ne zaman geldi?",
    "Ali Rıza Paşa Kabinesi ne zaman istifa etti?", "İstanbul ne zaman işgal edildi?",
    "Türkiye Büyük Millet Meclisi ne zaman toplandı?", "Meşrutiyet ne zaman ilan edildi?",
    "Misak-ı Milli ne zaman ilan edildi?", "When did the Ali Rıza Pasha cabinet resign?",
    "When did Mustafa Kemal arrive in Sivas?", "When was Istanbul occupied?", "When was the armistice signed?",
    "Asiler kaç ölü verdi?", "Lozan Antlaşması ne zaman imzalandı?", "Hilafet ne zaman kaldırıldı?",
    "Who was the commander of the Kuva-yi Tedibiye?", "23 Nisan 1920'de ne oldu?", "What happened on 16 March 1920?",
    "Who resigned on 23 March 1920?", "Sivas Kongresi nerede toplandı?", "Kaç kanun kabul edildi?",
    "İstanbul'un işgali ne zaman oldu? Kaynaklar aynı tarihi mi veriyor?",
]
GOLD_LAYERS = ("timex", "entity", "event", "citation")


def load_gold_layers(store: Store, gold_dir: Path) -> None:
    """Replace the pipeline's layers with the gold annotations (to measure QA on its own)."""
    for doc_id, stem in store.db.execute("SELECT id, stem FROM documents").fetchall():
        for layer in GOLD_LAYERS:
            f = gold_dir / f"{stem}.{layer}.json"
            if not f.exists():
                continue
            data = json.loads(f.read_text(encoding="utf-8"))
            store.db.execute("DELETE FROM annotations WHERE doc_id = ? AND layer = ?", (doc_id, layer))
            if layer == "event":
                spans = [Span(e["evidence"][0]["start"], e["evidence"][0]["end"], layer, "", e)
                         for e in data["events"] if e.get("evidence")]
            else:
                spans = [Span(s["start"], s["end"], layer, s["text"],
                              {k: v for k, v in s.items() if k not in ("start", "end", "text")})
                         for s in data["spans"]]
            store.save_spans(doc_id, layer, spans)
    store.db.commit()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=Path, default=SHARED / "gold" / "questions.dev.jsonl")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--db", type=Path, help="use this database instead of building the seed corpus")
    ap.add_argument("--gold-layers", action="store_true", help="annotations from the gold files")
    ap.add_argument("--latency-only", action="store_true", help="only time the questions")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    if args.db and args.latency_only and args.questions == SHARED / "gold" / "questions.dev.jsonl":
        questions = [{"question": q, "answer": {"value": None}} for q in DEMO_QUESTIONS]
    else:
        questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines()
                     if line.strip()]
    if args.db:
        store = Store(args.db)
    else:
        from vakanuvis.build import build_paths

        tmp = Path(tempfile.mkdtemp()) / "qa.db"
        store = Store(tmp)
        t = time.perf_counter()
        try:
            build_paths(store, [args.corpus])
        except Exception as e:  # another layer's corpus pass failing must not stop the benchmark
            print(f"warning: build did not finish cleanly: {type(e).__name__}: {e}")
        print(f"built {args.corpus} in {time.perf_counter() - t:.1f} s")
        if args.gold_layers:
            load_gold_layers(store, args.questions.parent)

    for warm in ("Moskova ne zaman?", "Mustafa Kemal mektubu kim yazdı?"):
        ask(store, warm)  # warm the per-database caches (lexicon, index, titles, authors) as a server would
    times, right, hits, n_ev, refused, n_unans = [], 0, 0, 0, 0, 0
    for g in questions:
        t = time.perf_counter()
        pred = ask(store, g["question"])
        times.append((time.perf_counter() - t) * 1000)
        if args.latency_only:
            continue
        ok, ev = score_answer(pred, g)
        right += ok
        if ev is None:
            n_unans += 1
            refused += not pred["answered"]
        elif not g.get("evidence"):
            ev = None  # a definition from the knowledge base: no corpus sentence to hit
        else:
            n_ev += 1
            hits += ev
        mark = "ok " if ok else "BAD"
        print(f"{mark} ev={'-' if ev is None else int(ev)} {g['id']} {g['question'][:70]}")
        if args.verbose or not ok:
            print(f"      gold: {json.dumps(g['answer'].get('value'), ensure_ascii=False)}"
                  f"   pred: {json.dumps(pred['answer']['value'], ensure_ascii=False)} ({pred['answer']['text'][:80]})"
                  f" conf={pred['confidence']}")
            if args.verbose or not ev:
                for e in pred["evidence"][:2]:
                    print(f"      ev {e['doc'][:3]} {e['start']}-{e['end']}: {e['text'][:110]}")
    med = statistics.median(times)
    rounds: dict[int, list[bool]] = {}
    for g in questions:
        if "round" in g and "before" in g:
            rounds.setdefault(g["round"], []).append(bool(g["before"]))
    if rounds and not args.latency_only:
        figs = ", ".join(f"round {r}: {sum(v)}/{len(v)}" for r, v in sorted(rounds.items()))
        n_before = sum(len(v) for v in rounds.values())
        right_before = sum(sum(v) for v in rounds.values())
        print(f"before-figures  {figs}; all {right_before}/{n_before} = {right_before / n_before:.2f}"
              " (the estimate for unseen questions)")
    if not args.latency_only:
        print(f"answer accuracy {right}/{len(questions)} = {right / len(questions):.2f}")
        print(f"evidence hit    {hits}/{n_ev} = {hits / max(1, n_ev):.2f}")
        print(f"refused         {refused}/{n_unans} unanswerable")
    print(f"latency ms: median {med:.1f}, p90 {sorted(times)[int(0.9 * (len(times) - 1))]:.1f}, max {max(times):.1f}")


if __name__ == "__main__":
    main()
