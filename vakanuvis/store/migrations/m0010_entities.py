"""Entities: one row per canonical entity (KB entry or discovered cluster).

Mentions are the ``entity`` layer rows of ``annotations``; their ``value`` JSON carries
``entity`` (canonical name), ``kind``, ``entity_id`` (this table's id) and ``stands_for``.
"""

import sqlite3


def up(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,            -- KB id, or 'new:<normalised name>' for discovered ones
            name TEXT NOT NULL,             -- canonical (Turkish) name
            name_en TEXT,
            kind TEXT NOT NULL,             -- PERSON STATE ORG PLACE EVENT_NAME GROUP
            qid TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',   -- JSON list
            lat REAL,
            lon REAL,
            valid_from TEXT,
            valid_to TEXT,
            date TEXT,                      -- for named events/documents
            meta TEXT NOT NULL DEFAULT '{}',
            mentions INTEGER NOT NULL DEFAULT 0,
            documents INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX entities_kind ON entities(kind);
        """
    )
