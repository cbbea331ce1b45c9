"""The ``vakanuvis`` command: a thin Typer app. Each module adds its commands to ``app``.

Commands parse arguments, call one library function and turn a
:class:`~vakanuvis.errors.VakanuvisError` into a clean exit; Rich lives only here.
"""

from __future__ import annotations

# Import order is the order of `vakanuvis --help`: the pipeline first, then what it built.
from vakanuvis.cli import core  # noqa: F401  # isort: skip
from vakanuvis.cli import entities  # noqa: F401  # isort: skip
from vakanuvis.cli import events  # noqa: F401  # isort: skip
from vakanuvis.cli import sources  # noqa: F401  # isort: skip
from vakanuvis.cli import ask  # noqa: F401  # isort: skip
from vakanuvis.cli import serve  # noqa: F401  # isort: skip
from vakanuvis.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
