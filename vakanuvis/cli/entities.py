"""Entity commands: ``entities`` (list with mention counts) and ``entity NAME`` (one, with mentions)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from vakanuvis.cli.app import DB_HELP, DEFAULT_DB, app, clean_errors, console, open_store
from vakanuvis.kb import KINDS

DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]
KIND_LABEL = {"PERSON": "person", "STATE": "state", "ORG": "org.", "PLACE": "place",
              "EVENT_NAME": "event/doc.", "GROUP": "people"}
SORTS = ("name", "mentions")


def source(e: dict[str, Any]) -> str:
    """`KB` for a knowledge-base entry, `found` for a name discovered in the texts."""
    return "found" if e["id"].startswith("new:") else "KB"


@app.command("entities")
def entities_cmd(
    kind: Annotated[str | None, typer.Option("--kind", help=f"Only this kind: {', '.join(KINDS)}")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Include KB entries never mentioned")] = False,
    sort: Annotated[str, typer.Option("--sort", help="Order: name (Turkish alphabetical) or mentions")] = "name",
    found: Annotated[bool, typer.Option("--found", help="Only names discovered in the texts (not in the KB)")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Rows to show (0 = all)")] = 0,
    db: DbOption = DEFAULT_DB,
) -> None:
    """List entities: name, kind, KB entry or discovered name, Wikidata QID, mention and
    document counts; Turkish alphabetical order by default.

    Example: vakanuvis entities --kind PERSON --sort mentions --limit 30 --db seeds.db
    """
    from vakanuvis.errors import StoreError
    from vakanuvis.link.entities import list_entities

    with clean_errors(), open_store(db) as store:
        if kind and kind.upper() not in KINDS:
            raise StoreError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
        if sort not in SORTS:
            raise StoreError(f"unknown order {sort!r}; choose one of {', '.join(SORTS)}")
        rows = list_entities(store, kind, include_unmentioned=all_)
    if found:
        rows = [r for r in rows if source(r) == "found"]
    if sort == "mentions":
        rows = sorted(rows, key=lambda r: (-r["mentions"], -r["documents"]))  # stable: Turkish order within
    total = len(rows)
    rows = rows[:limit] if limit else rows
    kb_n = sum(source(r) == "KB" for r in rows)
    title = f"{total} entities" + (f" (first {len(rows)})" if len(rows) < total else "")
    table = Table(title=title, caption=f"KB: knowledge-base entry ({kb_n}) · found: discovered in the texts "
                                       f"({len(rows) - kb_n})")
    table.add_column("name", no_wrap=True)
    for col in ("kind", "source", "Wikidata"):
        table.add_column(col, no_wrap=True)
    for col in ("mentions", "docs"):
        table.add_column(col, justify="right", no_wrap=True)
    table.add_column("id", overflow="fold", min_width=8)
    for r in rows:
        table.add_row(escape(r["name"]), KIND_LABEL.get(r["kind"], r["kind"]), source(r), r["qid"] or "",
                      str(r["mentions"]), str(r["documents"]), f"[dim]{escape(r['id'])}[/dim]")
    console.print(table)


@app.command("entity")
def entity_cmd(
    name: Annotated[str, typer.Argument(help="Any name, alias, inflected form (`Bekir Sami Bey’in`), English name or id")],
    limit: Annotated[int, typer.Option("--limit", help="Mentions to show (0 = all)")] = 20,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one entity (kind, KB or discovered, Wikidata QID, aliases, validity) and its
    mentions with their sentences, oldest document first. Case, Turkish letters and
    suffixes need not match (`ciçerin`, `Sovyetlerle`); near names are suggested when
    nothing does.

    Example: vakanuvis entity "Bekir Sami Bey’in" --db seeds.db
    """
    from vakanuvis.link.entities import find_entities, find_entity, mentions

    with clean_errors(), open_store(db) as store:
        hits = find_entities(store, name) or [find_entity(store, name)]  # none: raises with near names
        e, others = hits[0], [o for o in hits[1:] if o["mentions"]]
        found = mentions(store, e["id"], limit or None)
    kind = KIND_LABEL.get(e["kind"], e["kind"])
    origin = "knowledge base" if source(e) == "KB" else "discovered in the texts"
    console.print(f"[bold]{escape(e['name'])}[/bold]  {kind} · {origin}  [dim]{escape(e['id'])}[/dim]")
    facts = [
        ("English", e["name_en"]), ("Wikidata", e["qid"]),
        ("also written" if source(e) == "found" else "aliases", ", ".join(a for a in e["aliases"] if a != e["name"])),
        ("valid", f"{e['valid_from'] or '…'} – {e['valid_to'] or '…'}" if e["valid_from"] or e["valid_to"] else None),
        ("date", e["date"]), ("coords", f"{e['lat']}, {e['lon']}" if e["lat"] is not None else None),
        ("mentions", f"{e['mentions']} in {e['documents']} document(s)"
         + (f", first {len(found)} shown" if len(found) < e["mentions"] else "")),
        ("other matches", "; ".join(f"{o['name']} ({KIND_LABEL.get(o['kind'], o['kind'])}, {o['mentions']})"
                                    for o in others[:5])),
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
