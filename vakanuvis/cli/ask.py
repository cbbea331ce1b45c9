"""Ask the sources: ``search``, ``ask`` and ``eval-qa``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from vakanuvis.cli.app import DB_HELP, DEFAULT_DB, app, clean_errors, console, err_console, open_store

DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words and "quoted phrases"; any inflected form matches')],
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document (id, file stem or stem prefix)")] = None,
    from_: Annotated[str | None, typer.Option("--from", help="Period start (year or ISO date)")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Period end (year or ISO date)")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only sentences mentioning this entity")] = None,
    fold: Annotated[bool, typer.Option("--fold", help="Ignore Turkish diacritics (Cicerin finds Çiçerin)")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Most hits to show")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON hits")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Full-text search over sentences, best first (BM25), hit words highlighted.

    A word matches its inflected forms (Moskova finds Moskova'ya, Moskovadan; antlaşma finds
    antlaşmasını, andlaşmalar); "..." is a phrase. The period filter uses the dates written in
    the sentence, else the document's own date.

    Example: vakanuvis search "Moskova antlaşması" --from 1921 --to 1921 --db seeds.db
    """
    from vakanuvis.serve.search import search as run

    with clean_errors(), open_store(db) as store:
        period = (from_, to) if (from_ or to) else None
        hits = run(store, query, doc=doc, period=period, entity=entity, fold=fold, limit=limit)
    if as_json:
        console.print_json(json.dumps([h.to_json() for h in hits], ensure_ascii=False))
        return
    if not hits:
        err_console.print("no matching sentence")
        raise typer.Exit(1)
    for h in hits:
        text = escape(h.highlighted("\x00", "\x01")).replace("\x00", "[bold yellow]").replace("\x01", "[/bold yellow]")
        console.print(f"[cyan]{escape(h.doc)}[/cyan]:{h.start}-{h.end} [dim]{h.score:.2f}[/dim]", highlight=False)
        console.print("  " + " ".join(text.split()), highlight=False)


def _print_answer(result: dict) -> None:
    style = "green" if result["answered"] else "yellow"
    console.print(f"[bold {style}]{escape(result['answer']['text'])}[/bold {style}]"
                  f"  [dim](confidence {result['confidence']:.2f})[/dim]", highlight=False)
    if result.get("claims") and len({json.dumps(c['value']) for c in result["claims"]}) > 1:
        for c in result["claims"]:
            console.print(f"  • {escape(str(c['value']))} — {escape(c['doc'])}:{c['start']}-{c['end']}", highlight=False)
    for c in result.get("conflicts", []):
        console.print(f"  [magenta]{escape(c['kind'])}[/magenta]: {escape(c['explanation'])}", highlight=False)
    if result.get("source"):  # "document author (signature)", "document date", "knowledge base"...
        console.print(f"  [dim]from the {escape(result['source'])}[/dim]", highlight=False)
    for e in result["evidence"]:
        cites = "; ".join(
            f"{', '.join(r.get('authors', []))} {r.get('year', '')}".strip() for r in e.get("citations", [])
        )
        console.print(f"[cyan]{escape(e['doc'])}[/cyan]:{e['start']}-{e['end']}"
                      + (f" [dim]({escape(cites)})[/dim]" if cites else "")
                      + (f" [dim]— {escape(e['title'])}[/dim]" if e.get("title") else ""), highlight=False)
        console.print("  " + escape(" ".join(e["text"].split())), highlight=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in Turkish or English")],
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Answer a question from the sources, with the evidence sentences and their documents.

    Question types: when (ne zaman), who (kim), where (nerede), which (hangi), what happened
    (ne oldu), how many (kaç), and do the sources agree (kaynaklar aynı tarihi mi veriyor).
    When the sources do not say, the answer is "bilmiyorum — kaynaklarda yok" / "not in the
    sources" with the closest passages. The JSON form is the contract read by evaluations:
    {answered, answer: {value, text}, evidence: [{doc, start, end, text}], claims, confidence}.

    Example: vakanuvis ask "Moskova Antlaşması ne zaman imzalandı?" --db seeds.db
    """
    from vakanuvis.serve.ask import ask as run

    if fmt not in ("text", "json"):
        err_console.print("error: --format must be text or json")
        raise typer.Exit(2)
    with clean_errors(), open_store(db) as store:
        result = run(store, question)
    if fmt == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_answer(result)


@app.command("eval-qa")
def eval_qa(
    questions: Annotated[Path, typer.Argument(help="Gold questions, one JSON object per line")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Ask every gold question and score answer accuracy, evidence hits and refusals.

    Build the database first (the seed articles for questions.dev.jsonl); the scoring rules
    are those of benchmarks/qa.py.

    Example: vakanuvis build ../shared/corpus --db seeds.db && vakanuvis eval-qa ../shared/gold/questions.dev.jsonl --db seeds.db
    """
    from vakanuvis.serve.ask import ask as run
    from vakanuvis.serve.ask import score_answer

    if not questions.exists():
        err_console.print(f"error: {questions} does not exist")
        raise typer.Exit(1)
    gold = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    table = Table(title="vakanuvis eval-qa")
    for col in ("id", "ok", "evidence", "gold", "answer"):
        table.add_column(col)
    right = hits = n_ev = refused = n_unans = 0
    with clean_errors(), open_store(db) as store:
        for g in gold:
            pred = run(store, g["question"])
            ok, ev = score_answer(pred, g)
            right += ok
            if g["answer"].get("value") is None:
                n_unans += 1
                refused += not pred["answered"]
            else:
                n_ev += 1
                hits += bool(ev)
            table.add_row(g.get("id", ""), "✓" if ok else "✗", "-" if ev is None else ("✓" if ev else "✗"),
                          escape(json.dumps(g["answer"].get("value"), ensure_ascii=False)),
                          escape(pred["answer"]["text"][:60]))
    console.print(table)
    console.print(f"answer accuracy {right}/{len(gold)} = {right / max(1, len(gold)):.2f}; "
                  f"evidence hit {hits}/{n_ev} = {hits / max(1, n_ev):.2f}; refused {refused}/{n_unans}")
