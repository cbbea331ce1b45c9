"""Entity commands: ``entities`` (list with mention counts) and ``entity NAME`` (one, with mentions)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from vakanuvis.cli.app import DB_HELP, DEFAULT_DB, app, clean_errors, console, open_store

DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]
KINDS = ("PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP")


@app.command("entities")
def entities_cmd(
    kind: Annotated[str | None, typer.Option("--kind", help=f"Only this kind: {', '.join(KINDS)}")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Include KB entries never mentioned")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """List entities with their mention and document counts, in Turkish alphabetical order.

    Example: vakanuvis entities --kind PERSON --db seeds.db
    """
    from vakanuvis.errors import StoreError
    from vakanuvis.link.entities import list_entities

    with clean_errors(), open_store(db) as store:
        if kind and kind.upper() not in KINDS:
            raise StoreError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
        rows = list_entities(store, kind, include_unmentioned=all_)
    table = Table(title=f"{len(rows)} entities")
    for col, justify in (("name", "left"), ("kind", "left"), ("mentions", "right"), ("docs", "right"),
                         ("id", "left")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        table.add_row(escape(r["name"]), r["kind"], str(r["mentions"]), str(r["documents"]), escape(r["id"]))
    console.print(table)


@app.command("entity")
def entity_cmd(
    name: Annotated[str, typer.Argument(help="Canonical name, alias, English name or id")],
    limit: Annotated[int, typer.Option("--limit", help="Mentions to show (0 = all)")] = 20,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one entity (aliases, Wikidata QID, validity) and its mentions with their sentences.

    Example: vakanuvis entity "Bekir Sami Bey" --db seeds.db
    """
    from vakanuvis.link.entities import find_entity, mentions

    with clean_errors(), open_store(db) as store:
        e = find_entity(store, name)
        found = mentions(store, e["id"], limit or None)
    console.print(f"[bold]{escape(e['name'])}[/bold]  {e['kind']}  [dim]{escape(e['id'])}[/dim]")
    facts = [
        ("English", e["name_en"]), ("Wikidata", e["qid"]),
        ("aliases", ", ".join(e["aliases"])),
        ("valid", f"{e['valid_from'] or '…'} – {e['valid_to'] or '…'}" if e["valid_from"] or e["valid_to"] else None),
        ("date", e["date"]), ("coords", f"{e['lat']}, {e['lon']}" if e["lat"] is not None else None),
        ("mentions", f"{e['mentions']} in {e['documents']} document(s)"),
    ]
    for label, value in facts:
        if value:
            console.print(f"  {label}: {escape(str(value))}", highlight=False)
    for m in found:
        sentence = m["sentence"].replace("\n", " ")
        mark = m["text"].replace("\n", " ")
        i = sentence.find(mark)
        shown = escape(sentence) if i < 0 else (
            escape(sentence[:i]) + "[bold yellow]" + escape(mark) + "[/bold yellow]" + escape(sentence[i + len(mark):]))
        console.print(f"\n[cyan]{escape(m['stem'])}[/cyan] {m['date'] or ''}  {shown}", highlight=False)
