"""Documents as things a question can ask about: their authors (a speech's speaker), titles,
datelines and places, and which documents' titles name what the question names."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve import search as S
from vakanuvis.serve.ask.corpus import (
    DOCUMENTS_STATE,
    Lexicon,
    key_of,
    lexicon,
    per_state,
    phrase_in,
    titles,
)
from vakanuvis.serve.ask.question import QWORD, Question, Term, event_type_of, light_verbs, verb_root


@cache
def _document_words() -> tuple[str, ...]:
    return tuple(S.fold(S.norm(w.strip())) for w in tr.read_lines("qa/document_words.txt"))


def about_a_document(q: Question) -> bool:
    """Does the question name a document (a speech, a telegram, a statement), by one of its
    words or their stems (`açıklamayı` stems to `açık`, so the word itself counts too)?"""
    words = _document_words()
    return any(S.fold(S.norm(t.word)).startswith(words) or any(alt[0].startswith(words) for alt in t.alternatives)
               for t in q.terms)


@cache
def _person_endings() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in tr.read_table("qa/first_person.tsv")}


def first_person(word: str) -> bool:
    """Is a (folded, normalised) word an active verb in the first person (`ettim`, `görüştük`)?
    Then the speaker of the document is its subject."""
    ends = _person_endings()
    if len(word) < 5 or not word.endswith(ends["active"]) or word.endswith(ends["passive"]):
        return False
    ending = max((e for e in ends["active"] if word.endswith(e)), key=len)
    return len(word) - len(ending) >= 2  # `yarım` is no `y-arım`: a verb root has two letters at least


@cache
def _author_verbs() -> tuple[str, ...]:
    return tuple(p for row in tr.read_table("qa/document_roles.tsv") if row[0] == "author" for p in row[1].split())


@dataclass(frozen=True)
class Author:
    """A document's author and how we know: `meta`, `title` (a genitive name opening the
    title: "Atatürk'ün ... telgrafı"), `signature` (a name closing the text) or `corpus` (the
    author of most documents whose author is known, for an unsigned speech or letter)."""

    label: str
    how: str
    start: int = -1  # the signature's original offsets (-1: the title is the evidence)
    end: int = -1


SPEAKER_KINDS = ("speech", "letter", "telegram", "statement", "report", "message")
_AUTHORS: dict[tuple[str, int], dict[str, Author]] = {}


def document_authors(store: Any) -> dict[str, Author]:
    """doc_id -> its author, for the documents whose author the store shows."""
    return per_state(store.db, DOCUMENTS_STATE, _AUTHORS, lambda: _read_authors(store.db))


def _read_authors(db: sqlite3.Connection) -> dict[str, Author]:
    lex = lexicon(db)
    out: dict[str, Author] = {}
    docs = db.execute("SELECT id, title, kind, meta, length(original) FROM documents").fetchall()
    tails = {}
    for doc_id, start, end, label, tail in db.execute(
            "SELECT a.doc_id, a.start, a.end, a.label, substr(d.original, a.end + 1, 40) FROM annotations a"
            " JOIN documents d ON d.id = a.doc_id WHERE a.layer = 'entity' AND a.label IS NOT NULL"
            " AND json_extract(a.value, '$.kind') = 'PERSON' AND a.start >= length(d.original) - 160"):
        if re.fullmatch(r"[\s\d.,;:)\]*]*", tail) and label:
            tails[doc_id] = Author(label, "signature", start, end)
    for doc_id, title, _kind, meta, _n in docs:
        who = json.loads(meta or "{}").get("author")
        if isinstance(who, str) and who.strip():
            labels = lex.surfaces.get(key_of(who), {})
            out[doc_id] = Author(max(labels, key=labels.get) if labels else who.strip(), "meta")
        elif title and (label := _title_author(title, lex)):
            out[doc_id] = Author(label, "title")
        elif doc_id in tails:
            out[doc_id] = tails[doc_id]
    counts: dict[str, int] = {}
    for a in out.values():
        counts[a.label] = counts.get(a.label, 0) + 1
    top = max(counts, key=lambda k: counts[k], default=None)
    if top and counts[top] >= 3 and counts[top] >= 0.6 * len(out):
        for doc_id, _title, kind, _meta, _n in docs:
            if doc_id not in out and kind in SPEAKER_KINDS:
                out[doc_id] = Author(top, "corpus")
    return out


def _title_author(title: str, lex: Lexicon) -> str | None:
    """A person named in the genitive at the start of a title (`Atatürk'ün ... telgrafı`)."""
    ws = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", title)[:4]
    for n in range(1, len(ws) + 1):
        last = ws[n - 1]
        m = re.search(r"['’](n?[ıiuü]n)$", tr.lower(last))
        if not m:
            continue
        k = key_of(" ".join(ws[:n]))
        labels = {lab: c for lab, c in lex.surfaces.get(k, {}).items() if lex.kinds.get(lab) == "PERSON"}
        return max(labels, key=labels.get) if labels else None
    return None


def asks_author(q: Question) -> bool:
    """"Mektubu kim yazdı?", "Who wrote the letter?": the question's verb makes a document."""
    if q.qtype != "who" or not about_a_document(q):
        return False
    verbs = _author_verbs()
    for w in QWORD.findall(q.text):
        f = S.fold(S.norm(w))
        finite = q.lang == "en" or verb_root(f) is not None
        if finite and f.startswith(verbs) and not f.startswith(_document_words()):
            return True
    return False


@dataclass
class DocHit:
    score: float
    doc_id: str
    stem: str
    title: str
    date: str | None
    place: str | None
    verb_ok: bool = True  # the title tells the question's verb (`Ayrılırken` for `ayrıldı`)


def _verb_terms(q: Question) -> list[Term]:
    """The question's own event verbs (of a family in synonyms.tsv): not names, light verbs or
    document words."""
    return [t for t in q.verbs() if any(event_type_of(alt[0]) for alt in t.alternatives)
            and not any(alt[0].startswith(light_verbs()) or alt[0].startswith(_document_words())
                        for alt in t.alternatives if len(alt[0]) <= 6)
            and not S.fold(S.norm(t.word)).startswith(_author_verbs())]  # `telgraf gönderdi`: the document's own act


def title_documents(store: Any, q: Question, *, need_date: bool = False, min_score: float = 0.6,
                    need_top: bool = True) -> list[DocHit]:
    """Documents whose title names what the question names, best first: the title must hold
    the question's most specific name (a speaker's own name seldom is in the title of his
    speech) and most of its weight, and the document's date must fit the question's dates."""
    if not q.terms:
        return []
    # the speaker of a speech is seldom named in its title: the question may name him freely
    # (any document when it names a document; else only in his own documents)
    by_doc = document_authors(store)
    authors = {a.label for a in by_doc.values()}
    speaker_all = [t for t in q.terms if t.named and t.labels & authors]
    about = about_a_document(q)
    verbs = _verb_terms(q)
    out = []
    for doc_id, stem_, title, date, place, ws in titles(store):
        if (need_date and not date) or q.dates and not (date and all(date.startswith(d[:4]) for d in q.dates)):
            continue
        own = by_doc.get(doc_id)
        speaker = speaker_all if about else [t for t in speaker_all if own and own.label in t.labels]
        total = sum(t.weight for t in q.terms if t not in speaker) or 1.0
        named = [t for t in q.terms if t.named and t not in speaker]
        top = max(named, key=lambda t: t.weight) if named else None
        hit = [t for t in q.terms if t not in speaker
               and any(alt[0] in ws and phrase_in(ws, alt) for alt in t.alternatives)]
        got = sum(t.weight for t in hit)
        if (top is None or top in hit or not need_top) and got / total >= min_score:
            out.append(DocHit(got / total, doc_id, stem_, title, date, place,
                              verb_ok=not verbs or any(t in hit for t in verbs)))
    return sorted(out, key=lambda h: -h.score)


TITLE_LOCATIVE = re.compile(r"((?:[A-ZÇĞİÖŞÜ][^\W\d_]+ ){0,2}[A-ZÇĞİÖŞÜ][^\W\d_]+)['’](?:da|de|ta|te)\b")


def title_place(store: Any, title: str) -> str | None:
    """A known place in the locative in a document's title (`Kütahya’da Öğretmenlere Hitaben
    Yaptığı Konuşma`): where the speech was given, when the metadata does not say."""
    lex = lexicon(store.db)
    for m in TITLE_LOCATIVE.finditer(title):
        words = m.group(1).split()
        for i in range(len(words)):  # the longest known name ending at the apostrophe
            labels = lex.surfaces.get(tuple(S.fold(S.stem(S.norm(w))) for w in words[i:]), {})
            places = [lab for lab in labels if lex.kinds.get(lab) in ("PLACE", "STATE")]
            if places:
                return max(places, key=labels.get)
    return None


def dateline_place(store: Any, doc_id: str) -> str | None:
    """A place that opens the text before a colon or a date: `Konya: 19.2.1931`."""
    row = store.db.execute(
        "SELECT a.label, a.end, substr(d.original, a.end + 1, 3) FROM annotations a JOIN documents d ON d.id = a.doc_id"
        " WHERE a.doc_id = ? AND a.layer = 'entity' AND json_extract(a.value, '$.kind') = 'PLACE'"
        " AND a.start < 60 ORDER BY a.start LIMIT 1", (doc_id,)).fetchone()
    if row and re.match(r"\s*[:,]", row[2]):
        return row[0]
    return None


@cache
def _document_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((row[0], tuple(row[1].split())) for row in tr.read_table("qa/document_kinds.tsv"))


def asked_kind(q: Question) -> str | None:
    """The kind of document the question names (`telgraf` -> telegram), if any."""
    for t in q.terms:
        w = S.fold(S.norm(t.word))
        for kind, prefixes in _document_kinds():
            if w.startswith(prefixes):
                return kind
    return None
