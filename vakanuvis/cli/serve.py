"""`vakanuvis serve`: the read-only web UI over a database that `build` made."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vakanuvis.cli.app import DB_HELP, DEFAULT_DB, app, clean_errors, console


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind (127.0.0.1 keeps it on this machine)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port", min=1, max=65535)] = 8000,
) -> None:
    """Serve the knowledge base in a browser: overview, timeline, events, network, map,
    entities, reader, search and questions (Sor / Ask), with a JSON API under /api/
    (endpoints listed at /api, schema at /api/openapi.json).

    The database is opened read-only. Interactive views need `bash scripts/build_assets.sh`
    once (front-end libraries from npm); without them the pages still show their content.

    Example: vakanuvis demo --db demo.db && vakanuvis serve --db demo.db
    """
    import uvicorn

    from vakanuvis.serve.web import create_app

    with clean_errors():
        web_app = create_app(db)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"Vakanüvis: serving {db} at http://{shown}:{port}/  (Ctrl+C stops)", highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
