"""Event commands: timeline, conflicts, relations (read-only views of the built database)."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from vakanuvis.cli.app import DB_HELP, DEFAULT_DB, app, clean_errors, console, open_store

DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Only events/relations with this actor (part of a name)")]


EVIDENCE_SHOWN = 2  # events named per relation row in the table (json/csv list them all)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _date(value: str | None, mod: str | None) -> str:
    from vakanuvis.link.events import show_date

    return show_date(value, mod) if value else "—"


@app.command()
def timeline(
    actor: ActorOption = None,
    start: Annotated[str | None, typer.Option("--from", help="From this date (1919, 1920-05, 1920-05-11)")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Up to this date (inclusive)")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Event type, e.g. TREATY_SIGNED")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format")] = Format.table,
    lang: Annotated[str, typer.Option("--lang", help="Language of the event titles: tr or en")] = "tr",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Events in chronological order: date (with its uncertainty), title, participants, sources.

    A ⚠ marks an event whose sources disagree (see `vakanuvis conflicts`).

    Example: vakanuvis timeline --from 1920 --to 1921 --actor "Sovyet" --lang en
    """
    if lang not in ("tr", "en"):
        raise typer.BadParameter("use tr or en", param_hint="--lang")
    from vakanuvis.link.events import timeline as query

    with clean_errors(), open_store(db) as store:
        rows = query(store.db, actor, start, end, type_)
    flat = [{
        "date": r["date"], "mod": r["mod"], "date_start": r["date_start"], "date_end": r["date_end"],
        "type": r["type"], "title": r["meta"].get("title_en", r["title"]) if lang == "en" else r["title"],
        "place": r["place"],
        "participants": [p["entity"] for p in r["participants"]],
        "sources": [s["stem"] for s in r["sources"]], "conflict": bool(r["has_conflict"]), "id": r["id"],
    } for r in rows]
    if fmt is Format.json:
        typer.echo(json.dumps(flat, ensure_ascii=False, indent=1))
        return
    if fmt is Format.csv:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["date", "mod", "type", "title", "place", "participants", "sources", "conflict", "id"])
        for r in flat:
            w.writerow([r["date"] or "", r["mod"] or "", r["type"], r["title"], r["place"] or "",
                        "; ".join(r["participants"]), "; ".join(r["sources"]), int(r["conflict"]), r["id"]])
        typer.echo(buf.getvalue(), nl=False)
        return
    table = Table(title=f"Timeline ({len(flat)} events)", show_lines=False)
    for col in ("date", "type", "title", "participants", "sources"):
        table.add_column(col, overflow="fold")
    for r in flat:
        table.add_row(("⚠ " if r["conflict"] else "") + _date(r["date"], r["mod"]), r["type"], escape(r["title"]),
                      escape(", ".join(r["participants"][:5])), escape(", ".join(r["sources"])))
    console.print(table)


@app.command()
def conflicts(
    fmt: Annotated[Format, typer.Option("--format", help="Output format (table prints each disagreement)")] = Format.table,
    lang: Annotated[str, typer.Option("--lang", help="Language of the explanations: tr or en")] = "tr",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Where the sources disagree: both claims, their evidence sentences and an explanation.

    Kinds: date_contradiction, date_compatible, granularity, calendar_julian, calendar_rumi,
    actor (the sources name different actors), spelling. No claim is dropped; the event's consensus date is shown beside them.

    Example: vakanuvis conflicts --db seed.db --lang en
    """
    from vakanuvis.link.events import conflict_rows

    with clean_errors(), open_store(db) as store:
        rows = conflict_rows(store.db)
    if fmt is not Format.table:
        _dump(rows, fmt, ["kind", "event_title", "consensus", "explanation", "explanation_en"])
        return
    if not rows:
        console.print("no disagreements found")
        return
    for r in rows:
        text = r["explanation_en"] if lang == "en" and r.get("explanation_en") else r["explanation"]
        console.print(f"[bold]{escape(r['event_title'])}[/bold] [dim]({r['event_type']}; consensus "
                      f"{escape(_date(r['consensus'], r['consensus_mod']))})[/dim] — [yellow]{r['kind']}[/yellow]")
        console.print("  " + escape(text), highlight=False)
        for side in ("a", "b"):
            c = r[side]
            ev = c["evidence"][0]["text"] if c["evidence"] else ""
            console.print(f"  [cyan]{escape(c['doc'])}[/cyan] {escape(_date(c['date'], c['mod']))}: "
                          f"“{escape(' '.join(ev.split()))}”", highlight=False)
        console.print()


@app.command()
def relations(
    actor: ActorOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format")] = Format.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Relations between actors over time (SIGNED_WITH, AT_WAR_WITH, NEGOTIATES_WITH, SUPPORTS, ...),
    each with the period its events span and those events as evidence.

    Example: vakanuvis relations --actor Ermenistan
    """
    from vakanuvis.link.events import relation_rows

    with clean_errors(), open_store(db) as store:
        rows = relation_rows(store.db, actor)
    if fmt is not Format.table:
        _dump(rows, fmt, ["type", "source_name", "target_name", "date_start", "date_end", "events"])
        return
    table = Table(title=f"Relations ({len(rows)})")
    for col in ("from", "to", "relation", "source", "target", "evidence (events)"):
        table.add_column(col, overflow="fold")
    for r in rows:
        shown = [f"{e['title']} ({_date(e['date'], e['mod'])})" for e in r["evidence"][:EVIDENCE_SHOWN]]
        more = len(r["evidence"]) - len(shown)
        table.add_row(r["date_start"] or "—", r["date_end"] or "—", r["type"], escape(r["source_name"]),
                      escape(r["target_name"]), escape("; ".join(shown) + (f" +{more}" if more > 0 else "")))
    console.print(table)


def _dump(rows: list[dict[str, Any]], fmt: Format, columns: list[str]) -> None:
    if fmt is Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for r in rows:
        w.writerow([json.dumps(r[c], ensure_ascii=False) if isinstance(r[c], (list, dict)) else r[c] for c in columns])
    typer.echo(buf.getvalue(), nl=False)
