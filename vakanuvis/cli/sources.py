"""Citation commands: ``sources`` (the corpus bibliography) and ``export-bib``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from vakanuvis.cli.app import DB_HELP, DEFAULT_DB, app, clean_errors, console, open_store

DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class BibFormat(StrEnum):
    bibtex = "bibtex"
    csl_json = "csl-json"


def _authors(row: dict) -> str:
    names = [a.split(",")[0] for a in row["authors"]]
    shown = "; ".join(names[:3]) + (" vd." if len(names) > 3 or row["et_al"] else "")
    return shown or "—"


@app.command()
def sources(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ListFormat, typer.Option("--format", help="table or json")] = ListFormat.table,
) -> None:
    """List the works the corpus cites, Turkish-sorted by author, with how many claims and
    documents cite each (the same work cited by several documents is one row).

    Example: vakanuvis sources --db seeds.db --format json
    """
    from vakanuvis.serve.bibtex import works

    with clean_errors(), open_store(db) as store:
        rows = works(store)
    if fmt == ListFormat.json:
        keep = ("id", "authors", "year", "title", "type", "container", "publisher", "place", "documents",
                "citations", "claims")
        typer.echo(json.dumps([{k: r.get(k) for k in keep} for r in rows], ensure_ascii=False, indent=1))
        return
    table = Table(title=f"{len(rows)} works cited")
    for col, justify in (("author", "left"), ("year", "right"), ("title", "left"), ("claims", "right"),
                         ("documents", "right")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        year = f"{r['year']}{r['year_suffix'] or ''}" if r["year"] else "t.y."
        table.add_row(_authors(r), year, r["title"] or "", str(r["claims"]), str(r["documents"]))
    console.print(table)


@app.command("export-bib")
def export_bib(
    fmt: Annotated[BibFormat, typer.Option("--format", help="bibtex or csl-json")] = BibFormat.bibtex,
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the corpus bibliography as BibTeX or CSL-JSON (one entry per work).

    Example: vakanuvis export-bib --format bibtex --out kaynakca.bib --db seeds.db
    """
    from vakanuvis.serve.bibtex import export

    with clean_errors(), open_store(db) as store:
        text = export(store, fmt.value)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        console.print(f"wrote {out}", highlight=False)
