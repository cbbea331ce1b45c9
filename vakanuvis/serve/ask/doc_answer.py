"""Answers read off documents rather than sentences: a speech's date, author and place from
its title and metadata, a telegram's own date, and the knowledge base's note for "who is X?"."""

from __future__ import annotations

from typing import Any

from vakanuvis.serve import search as S
from vakanuvis.serve.ask.corpus import FULL_DAY, folded_title, phrase_in
from vakanuvis.serve.ask.documents import (
    DocHit,
    asked_kind,
    dateline_place,
    document_authors,
    title_documents,
    title_place,
)
from vakanuvis.serve.ask.question import Question
from vakanuvis.serve.ask.render import msg, render_timex
from vakanuvis.serve.ask.result import add_dated_documents, contract, doc_result, slot_result, with_verdict
from vakanuvis.serve.ask.retrieve import (
    DOC_READS,
    Passage,
    eligible,
    load_passages,
    match_question,
    sentences_in,
)
from vakanuvis.serve.ask.slots import Slot, slot_confidence


def _unique(hits: list[DocHit], value) -> DocHit | None:
    """The best document, unless another one fits as well and gives another value."""
    if not hits:
        return None
    best = hits[0]
    if value(best) is None or any(h.score == best.score and value(h) != value(best) for h in hits[1:]):
        return None
    return best


def title_answer(store: Any, q: Question) -> dict[str, Any] | None:
    """When was a speech/telegram given: the document whose title names everything the
    question names, and its date. When several fit as well with other dates (two statements
    to the same newspaper), the answer gives every one of them, at a lower confidence."""
    # the date of a document whose title does not tell the asked verb is another event's
    # ("Japon Prensi Ankara'dan ne zaman ayrıldı?" is not answered by the day of his visit)
    hits = [h for h in title_documents(store, q, need_date=True) if h.verb_ok]
    if not hits:
        return None
    best = hits[0]
    rivals = list({h.date: h for h in hits[1:] if h.score == best.score and h.date != best.date}.values())
    text = f"{render_timex(best.date, None, q.lang)} ({best.title})"
    out = doc_result(store, q, best, best.date, text, "document date")
    if rivals:
        also = "; ".join(f"{render_timex(h.date, None, q.lang)} ({h.title})" for h in rivals[:4])
        out["answer"]["text"] = f"{text}; {msg('also', q.lang)} {also}"
        add_dated_documents(store, out, rivals[:4])
        out["confidence"] = round(out["confidence"] * 0.6, 2)
    return out


def author_answer(store: Any, q: Question) -> dict[str, Any] | None:
    """Who wrote/sent/gave a document: its author (signature, title or the corpus's speaker)."""
    authors = document_authors(store)
    best = _unique(title_documents(store, q), lambda h: authors[h.doc_id].label if h.doc_id in authors else None)
    if best is None:
        return None
    a = authors[best.doc_id]
    return doc_result(store, q, best, a.label, f"{a.label} ({best.title})", f"document author ({a.how})", a.start)


def place_answer(store: Any, q: Question, min_score: float = 0.6) -> dict[str, Any] | None:
    """Where a speech was given / a telegram sent from: the document's place, else the place
    of its dateline (`Konya: 19.2.1931`)."""
    hits = [h for h in title_documents(store, q) if h.score >= min_score]
    for h in hits:
        if not h.place:
            h.place = dateline_place(store, h.doc_id) or title_place(store, h.title)
    best = _unique(hits, lambda h: h.place)
    if best is None or not best.place:
        return None
    return doc_result(store, q, best, best.place, f"{best.place} ({best.title})", "document place")


def best_document(store: Any, q: Question, ps: list[Passage], min_cover: float = 0.75) -> DocHit | None:
    """The one document whose sentences and title together cover the question (a telegram
    about museums sent to the Prime Ministry), when the question asks about a document as a
    whole."""
    total = sum(t.weight for t in q.terms) or 1.0
    by_doc: dict[str, set[int]] = {}
    spoken: dict[str, set[int]] = {}  # terms naming the document's own author: half credit
    authors = document_authors(store)
    for p in ps:
        got = by_doc.setdefault(p.doc_id, set())
        got.update(p.matched)
        if (author := authors.get(p.doc_id)) is not None:
            spoken[p.doc_id] = {ti for ti, t in enumerate(q.terms) if author.label in t.labels}
        title = folded_title(p.title or "")
        got.update(ti for ti, t in enumerate(q.terms)
                   if any(phrase_in(p.context, alt) or phrase_in(title, alt) for alt in t.alternatives))
    def cover(d: str, got: set[int]) -> float:
        own = spoken.get(d, set()) - got
        return (sum(q.terms[ti].weight for ti in got) + 0.5 * sum(q.terms[ti].weight for ti in own)) / total

    scored = sorted(((cover(d, got), d) for d, got in by_doc.items()), reverse=True)
    if not scored or scored[0][0] < min_cover or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.1):
        return None
    cover, doc_id = scored[0]
    row = store.db.execute("SELECT stem, title, date, place FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return DocHit(cover, doc_id, row[0], row[1] or row[0], row[2], row[3] or dateline_place(store, doc_id))


def document_date(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any] | None:
    """When was the document sent that the question describes by its title and its content
    together (`illere telgraf` in the title, `meclisin Ankara'da toplanması` in the text): the
    documents of the asked kind whose titles hold part of the question are read too, and a
    document of another kind (a long speech that mentions all the words) does not count."""
    kind = asked_kind(q)
    if kind:
        kinds = dict(store.db.execute("SELECT id, kind FROM documents WHERE kind IS NOT NULL").fetchall())
        seen = {p.doc_id for p in ps}
        more = [i for h in title_documents(store, q, min_score=0.3, need_top=False)[:DOC_READS]
                if h.doc_id not in seen and kinds.get(h.doc_id) == kind for i in sentences_in(store, q, h.doc_id)]
        extra = load_passages(store, more)
        for p in extra:
            match_question(p, q)
        ps = [p for p in ps + extra if kinds.get(p.doc_id) in (kind, None)]
    doc = best_document(store, q, ps)
    if doc is None or not doc.date or not FULL_DAY.fullmatch(doc.date):
        return None
    return doc_result(store, q, doc, doc.date, f"{render_timex(doc.date, None, q.lang)} ({doc.title})", "document date")


def date_of_passage(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any] | None:
    """When was a letter/telegram written that the question describes by its content: the
    document date of the passage that covers the question best (the text need not repeat it)."""
    el = sorted(eligible(ps, q), key=lambda p: -(p.coverage + p.named))
    if not el:
        return None
    p = el[0]
    row = store.db.execute("SELECT date, title FROM documents WHERE id = ?", (p.doc_id,)).fetchone()
    if not row or not row[0] or not FULL_DAY.fullmatch(row[0]):
        return None
    date, title = row
    slot = Slot(date, render_timex(date, None, q.lang), p, p.start, p.end, 1.0)
    out = slot_result(q, date, f"{render_timex(date, None, q.lang)} ({title})", [slot], slot_confidence(slot) * 0.9)
    out["source"] = "document date"
    return out


def kb_definition(store: Any, q: Question) -> dict[str, Any] | None:
    """"Who is X?": the knowledge base's entry (its name and note), with the corpus sentences
    that mention X as evidence; None when X has no entry with a note."""
    from vakanuvis import kb

    labels = [lab for t in q.terms if t.named for lab in t.labels]
    base = kb.load()
    entry = next((e for lab in labels if (e := base.get(lab)) and e.note), None)
    if entry is None:
        return None
    rows = store.db.execute(
        "SELECT d.stem, s.start, s.end, substr(d.original, s.start + 1, s.end - s.start) FROM annotations a"
        " JOIN sentences s ON s.doc_id = a.doc_id AND s.start <= a.start AND a.start < s.end"
        " JOIN documents d ON d.id = a.doc_id WHERE a.layer = 'entity' AND a.label = ? LIMIT 3",
        (entry.name,)).fetchall()
    name = entry.name_en if q.lang == "en" and entry.name_en else entry.name
    return contract(q, entry.name, f"{name}: {entry.note}",
                    [{"doc": r[0], "start": r[1], "end": r[2], "text": r[3]} for r in rows], [], 0.8,
                    source="knowledge base")


def title_conflict(store: Any, q: Question) -> dict[str, Any] | None:
    """Do the sources agree, asked of documents rather than of a sentence (two speeches under
    one title, dated differently): every document whose title fits as well as the best one,
    with its date, and the verdict over those dates."""
    hits = title_documents(store, q, need_date=True)
    if not hits:
        return None
    fit = [h for h in hits if h.score >= hits[0].score - 1e-9][:6]
    out = doc_result(store, q, fit[0], fit[0].date, "", "document date")
    add_dated_documents(store, out, fit[1:])
    says = "; ".join(f"{h.stem}: {render_timex(h.date, None, q.lang)} ({h.title})" for h in fit)
    return with_verdict(out, says, q.lang)


def title_with_the_verb(store: Any, q: Question, result: dict[str, Any]) -> dict[str, Any] | None:
    """A title that names everything the question asks, its verb included (`Erzurum Kongresi’nin
    Kapanışı` for "ne zaman kapandı?"), dates the question better than a sentence that only
    names the same things (`Erzurum Kongresi’nden 16 Mart’a kadar`)."""
    verbs = q.verbs()
    if not verbs or not result["evidence"]:
        return None
    words = {S.fold(w) for ev in result["evidence"][:1] for _, _, w in S.words(ev["text"])}
    if any(w.startswith(alt[0]) for t in verbs for alt in t.alternatives for w in words):
        return None  # the sentence tells the asked event itself
    hits = [h for h in title_documents(store, q, need_date=True) if h.score >= 0.99 and h.verb_ok]
    if not hits or not any(phrase_in(folded_title(hits[0].title), alt) for t in verbs for alt in t.alternatives):
        return None
    return title_answer(store, q)
