"""The Typer application object and helpers shared by the command modules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from vakanuvis.errors import VakanuvisError

app = typer.Typer(
    name="vakanuvis",
    help="Vakanüvis — an evidence-backed, time-aware knowledge base from historical texts.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console()
err_console = Console(stderr=True)

DB_HELP = "SQLite database file."
DEFAULT_DB = Path("vakanuvis.db")

@contextmanager
def clean_errors() -> Iterator[None]:
    """Turn library errors into a readable message and exit code 1 (no traceback)."""
    try:
        yield
    except VakanuvisError as e:
        err_console.print("[red]error:[/red] " + escape(str(e)), highlight=False)
        raise typer.Exit(1) from None


def open_store(db: Path, readonly: bool = True):
    from vakanuvis.store import Store

    return Store(db, readonly=readonly)
