"""Events across documents: historical events, each source's claims, disagreements, relations.

A *historical event* groups the per-document events (``event`` layer annotations) that tell
the same happening; each per-document event is a *claim* with its own date, participants,
place, evidence and citations. ``conflicts`` compares two claims of one event;
``relations`` are typed actor-actor links over a time interval derived from events.
"""

import sqlite3


def up(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,                      -- consensus TIMEX value (or the only one)
            date_start TEXT,                -- ISO day bounds of the uncertainty interval
            date_end TEXT,
            mod TEXT,
            place TEXT,                     -- canonical place name
            place_id TEXT,                  -- entities.id
            participants TEXT NOT NULL DEFAULT '[]',   -- JSON [{"entity","entity_id","role"}]
            sources INTEGER NOT NULL DEFAULT 0,        -- number of documents
            has_conflict INTEGER NOT NULL DEFAULT 0,
            meta TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_date ON events(date_start);

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            title TEXT,
            date TEXT,
            date_start TEXT,
            date_end TEXT,
            mod TEXT,
            date_source TEXT,               -- 'text', 'context', 'kb'
            place TEXT,
            participants TEXT NOT NULL DEFAULT '[]',
            evidence TEXT NOT NULL DEFAULT '[]',      -- JSON [{"start","end","text"}] original offsets
            citations TEXT NOT NULL DEFAULT '[]'      -- JSON refs of the citations in the evidence
        );
        CREATE INDEX claims_event ON claims(event_id);
        CREATE INDEX claims_doc ON claims(doc_id);

        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,             -- date_contradiction, date_compatible, granularity,
                                            -- calendar_julian, calendar_rumi, actor, spelling
            claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            explanation TEXT NOT NULL
        );

        CREATE TABLE relations (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,             -- ALLIED_WITH SUPPORTS AT_WAR_WITH NEGOTIATES_WITH SIGNED_WITH RECOGNISES
            source TEXT NOT NULL,           -- entities.id
            target TEXT NOT NULL,
            source_name TEXT NOT NULL,
            target_name TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            events TEXT NOT NULL DEFAULT '[]'   -- JSON event ids
        );
        CREATE INDEX relations_source ON relations(source);
        """
    )
