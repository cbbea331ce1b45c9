"""The ``vakanuvis`` command: a thin Typer app. Each module adds its commands to ``app``.

Commands parse arguments, call one library function and turn a
:class:`~vakanuvis.errors.VakanuvisError` into a clean exit; Rich lives only here.
"""

from __future__ import annotations

from vakanuvis.cli import ask, core, entities, events, serve, sources  # noqa: F401,E402
from vakanuvis.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
