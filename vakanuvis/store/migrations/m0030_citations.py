"""Citations: the corpus bibliography (works), each document's reference-list entries, and
each citation's links to a work, to an entry and to the claim (sentence/clause) it supports.

Filled by the ``bibliography`` corpus pass from the ``citation`` and ``reference`` layers of
``annotations``; the pass rebuilds these tables, so they never disagree with the layers.
"""

import sqlite3


def up(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE works (
            id TEXT PRIMARY KEY,            -- work key: 'sadikov-2010', 'cebesoy-moskova-hatiralari'
            authors TEXT NOT NULL DEFAULT '[]',   -- JSON ["Family, Given", ...] or as cited
            first_author TEXT,              -- family name of the first author (sorting)
            year INTEGER,
            year_suffix TEXT,
            title TEXT,
            type TEXT,                      -- book, article, chapter, thesis, web
            container TEXT,                 -- journal or book a part appears in
            volume TEXT,
            issue TEXT,
            publisher TEXT,
            place TEXT,
            pages TEXT,                     -- page range of an article/chapter
            doi TEXT,
            url TEXT,
            et_al INTEGER NOT NULL DEFAULT 0,
            source TEXT,                    -- where the fields come from: reference, note, intext
            documents INTEGER NOT NULL DEFAULT 0,
            citations INTEGER NOT NULL DEFAULT 0,
            claims INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX works_author ON works(first_author, year);

        CREATE TABLE reference_entries (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,           -- position in the document's reference list
            start INTEGER NOT NULL,         -- original offsets
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            style TEXT,                     -- apa, isnad, chicago, classic
            fields TEXT NOT NULL DEFAULT '{}',   -- JSON: the parsed entry
            work_id TEXT REFERENCES works(id) ON DELETE SET NULL
        );
        CREATE INDEX reference_entries_doc ON reference_entries(doc_id, idx);
        CREATE INDEX reference_entries_work ON reference_entries(work_id);

        CREATE TABLE citation_refs (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,         -- the citation span (original offsets)
            end INTEGER NOT NULL,
            kind TEXT NOT NULL,             -- intext, note
            ref_idx INTEGER NOT NULL,       -- position of the ref inside the citation
            authors TEXT NOT NULL DEFAULT '[]',
            year INTEGER,
            pages TEXT,
            et_al INTEGER NOT NULL DEFAULT 0,
            backref TEXT,                   -- a.g.e., ibid. ... when the ref points back
            work_id TEXT REFERENCES works(id) ON DELETE SET NULL,
            entry_id INTEGER REFERENCES reference_entries(id) ON DELETE SET NULL
        );
        CREATE INDEX citation_refs_doc ON citation_refs(doc_id, start);
        CREATE INDEX citation_refs_work ON citation_refs(work_id);

        CREATE TABLE citation_claims (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,         -- the citation span
            end INTEGER NOT NULL,
            sentence_idx INTEGER,
            sentence_start INTEGER,         -- original offsets of the supported sentence
            sentence_end INTEGER,
            claim_start INTEGER NOT NULL,   -- original offsets of the clause it closes
            claim_end INTEGER NOT NULL
        );
        CREATE INDEX citation_claims_doc ON citation_claims(doc_id, sentence_idx);
        """
    )
