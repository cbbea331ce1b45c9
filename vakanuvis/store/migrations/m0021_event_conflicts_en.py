"""Disagreements carry their explanation in English too (``explanation`` stays Turkish)."""

import sqlite3


def up(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE conflicts ADD COLUMN explanation_en TEXT")
