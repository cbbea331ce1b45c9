"""Regenerate docs/cli.md from the commands' own help texts (run after adding a command)."""

from __future__ import annotations

from pathlib import Path

import typer.main
from typer.testing import CliRunner

from vakanuvis.cli import app

HEADER = """# Command-line reference

Generated from the commands' own `--help` by `python scripts/gen_cli_docs.py`; every command
that uses the database takes `--db FILE` (default `vakanuvis.db`; `demo` defaults to `demo.db`).
"""


def main() -> None:
    group = typer.main.get_command(app)
    runner = CliRunner(env={"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"})
    parts = [HEADER]
    for name in group.commands:
        out = runner.invoke(app, [name, "--help"], color=False).output
        body = "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip("\n")
        parts.append(f"## `vakanuvis {name}`\n\n```text\n{body}\n```\n")
    path = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
