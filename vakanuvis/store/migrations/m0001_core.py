"""Core schema: documents, sentences (+ FTS5), generic annotations in ORIGINAL offsets."""

import sqlite3


def up(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,            -- content hash of the source bytes
            path TEXT NOT NULL,
            stem TEXT NOT NULL,
            title TEXT,
            language TEXT,
            kind TEXT,                      -- speech, telegram, article, ...
            date TEXT,                      -- the document's own date (ISO), anchors deixis
            place TEXT,
            meta TEXT NOT NULL DEFAULT '{}',  -- JSON
            original TEXT NOT NULL,
            clean TEXT NOT NULL,
            offsets TEXT NOT NULL,          -- JSON runs [clean_start, orig_start, length]
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX documents_path ON documents(path);

        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,         -- original offsets
            end INTEGER NOT NULL,
            clean_start INTEGER NOT NULL,
            clean_end INTEGER NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL              -- clean sentence text
        );
        CREATE INDEX sentences_doc ON sentences(doc_id, idx);

        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id',
            tokenize="unicode61 remove_diacritics 0"
        );
        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            layer TEXT NOT NULL,
            start INTEGER NOT NULL,         -- original offsets
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT,                     -- the layer's key value (timex value, entity name...)
            value TEXT NOT NULL DEFAULT '{}'  -- JSON: the layer's fields as in GOLD_FORMAT.md
        );
        CREATE INDEX annotations_doc ON annotations(doc_id, layer, start);
        CREATE INDEX annotations_label ON annotations(layer, label);
        """
    )
