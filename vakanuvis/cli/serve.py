"""CLI commands of this area (to be built); add them with `@app.command()`."""

from vakanuvis.cli.app import app  # noqa: F401
