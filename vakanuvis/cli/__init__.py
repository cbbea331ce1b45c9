"""The ``vakanuvis`` command: a thin Typer app. Each module adds its commands to ``app``.

Commands parse arguments, call one library function and turn a
:class:`~vakanuvis.errors.VakanuvisError` into a clean exit; Rich lives only here.
"""

from __future__ import annotations

from vakanuvis.cli.app import app
from vakanuvis.cli import core, entities, events, sources, serve, ask  # noqa: F401,E402

__all__ = ["app", "main"]


def main() -> None:
    app()
