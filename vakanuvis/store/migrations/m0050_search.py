"""Morphology-aware search index over sentences (``vakanuvis.link.search_index``).

``search_fts`` holds, per sentence (rowid = ``sentences.id``), its words normalised for
Turkish: lower-cased the Turkish way, the suffix after an apostrophe dropped
(``Moskova’ya`` -> ``moskova``), spelling variants merged (``andlaşma`` -> ``antlaşma``), and a
second column with diacritics folded (``çiçerin`` -> ``cicerin``). Queries stem their words
and match prefixes, so ``antlaşmasını`` finds ``antlaşmalar``.

Normalising needs Python, so rows are added by ``vakanuvis.link.search_index.sync_index`` (run
as a corpus pass after ingest and checked before each search); deleting a sentence deletes
its row here through a trigger, so the index never points at a missing sentence.
"""

import sqlite3


def up(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE VIRTUAL TABLE search_fts USING fts5(
            words, folded, tokenize="unicode61 remove_diacritics 0"
        );
        CREATE TRIGGER search_fts_ad AFTER DELETE ON sentences BEGIN
            DELETE FROM search_fts WHERE rowid = old.id;
        END;
        """
    )
