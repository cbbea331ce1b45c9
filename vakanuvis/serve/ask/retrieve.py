"""Candidate passages: sentences proposed by search (``serve.search``) and by the question's
dates, read with their annotations and the sentences before them, matched against the
question's terms, and filtered to those covering enough of it to answer from."""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve import search as S
from vakanuvis.serve.ask.corpus import FULL_DAY, Lexicon, folded_title, lexicon, original_text, phrase_in
from vakanuvis.serve.ask.documents import Author, document_authors, first_person, title_documents
from vakanuvis.serve.ask.question import Question

MAX_CANDIDATES = 60


DOC_READS, PER_DOC = 3, 12  # the best hits' documents, read further for their other matching sentences


CONTEXT = 8  # previous sentences whose words count (at half weight) for a passage


MIN_COVERAGE = 0.55  # share of the question's weight a passage must cover to answer


MIN_NAMED = 0.35  # share of the question's named-entity weight it must cover


DATE_VALUE = re.compile(r"^\d{3,4}(-\d\d|-SP|-SU|-FA|-WI)?(-\d\d)?(T\S*)?(/\d{4}(-\d\d)?(-\d\d)?)?$")


@dataclass
class Ann:
    layer: str
    start: int
    end: int
    text: str
    label: str | None
    value: dict[str, Any]


@dataclass
class Passage:
    """One sentence (rarely two) with its words and annotations, in ORIGINAL offsets."""

    sentence_ids: tuple[int, ...]
    doc_id: str
    doc: str
    title: str | None
    start: int
    end: int
    text: str
    words: list[tuple[int, int, str]]  # absolute original offsets, folded normalised word
    anns: list[Ann]
    context: str = ""  # folded words of the previous sentences, space-joined
    doc_date: str | None = None  # the document's own date
    cite: tuple[int, int, str] | None = None  # for a title: the sentence cited in its place
    matched: dict[int, list[int]] = field(default_factory=dict)  # term index -> word indices
    coverage: float = 0.0
    named: float = 1.0
    top_ok: bool = True  # the question's weightiest named term is here (or just before)
    named_all: bool = True  # every named term of the question is here, in the title or just before

    def span(self) -> tuple[int, int, str]:
        """ORIGINAL offsets and text to cite: the passage itself, or for a document's title
        (which is not in the text) the document's first sentence."""
        return self.cite or (self.start, self.end, self.text)

    def word_at(self, offset: int) -> int:
        """Index of the word containing ``offset`` (or the next word)."""
        i = bisect_right([w[0] for w in self.words], offset) - 1
        if i < 0 or self.words[i][1] <= offset:
            i += 1
        return max(0, min(len(self.words) - 1, i))


@cache
def _nonfinal() -> tuple[str, ...]:
    return tuple(tr.lower(w) for w in tr.read_lines("qa/nonfinal.tsv"))


def _cut(text: str) -> bool:
    """Does a sentence end in a word that cannot end a Turkish sentence (a stray period)?"""
    m = re.search(r"([^\W\d_]+)\W*$", text)
    return bool(m) and tr.lower(m.group(1)).endswith(_nonfinal())


def load_passages(store: Any, ids: list[int]) -> list[Passage]:
    """The sentences ``ids`` as passages (a sentence cut by a stray period is joined to its
    neighbour), with their annotations and the words of the sentences before them; read with
    a few queries per document."""
    if not ids:
        return []
    db = store.db
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT s.id, s.doc_id, d.stem, d.title, s.start, s.end, s.idx, d.date FROM sentences s"
        f" JOIN documents d ON d.id = s.doc_id WHERE s.id IN ({marks})", ids).fetchall()
    by_id = {r[0]: r for r in rows}
    table = S.ready_table(store)  # its `folded` column holds each sentence's words, normalised
    need: dict[str, set[int]] = {}
    for r in rows:
        need.setdefault(r[1], set()).update(range(max(0, r[6] - CONTEXT - 1), r[6] + 2))
    sents: dict[tuple[str, int], tuple[int, int, int, str, str]] = {}  # (doc, idx) -> id, start, end, text, folded
    anns_of: dict[str, list[Any]] = {}  # raw rows sorted by start, decoded per passage
    starts_of: dict[str, list[int]] = {}
    for doc_id, idxs in need.items():
        im = ",".join("?" * len(idxs))
        for sid, idx, st, en, text, folded in db.execute(
                f"SELECT s.id, s.idx, s.start, s.end, substr(d.original, s.start + 1, s.end - s.start), x.folded"
                f" FROM sentences s JOIN documents d ON d.id = s.doc_id LEFT JOIN {table} x ON x.rowid = s.id"
                f" WHERE s.doc_id = ? AND s.idx IN ({im})", (doc_id, *sorted(idxs))):
            sents[(doc_id, idx)] = (sid, st, en, text, folded or "")
        lo = min(v[1] for k, v in sents.items() if k[0] == doc_id)
        hi = max(v[2] for k, v in sents.items() if k[0] == doc_id)
        anns_of[doc_id] = db.execute(
            "SELECT start, layer, end, text, label, value FROM annotations WHERE doc_id = ?"
            " AND layer IN ('timex', 'entity', 'event', 'citation') AND start >= ? AND start < ?"
            " ORDER BY start", (doc_id, lo, hi)).fetchall()
        starts_of[doc_id] = [a[0] for a in anns_of[doc_id]]
    out, seen = [], set()
    for sid in ids:
        r = by_id.get(sid)
        if r is None:
            continue
        sids, doc_id, stem_, title, start, end, idx, doc_date = (r[0],), *r[1:]
        text = sents[(doc_id, idx)][3]
        prev, nxt = sents.get((doc_id, idx - 1)), sents.get((doc_id, idx + 1))
        if prev and _cut(prev[3]):
            sids, start, idx = (prev[0], *sids), prev[1], idx - 1
        elif _cut(text) and nxt:
            sids, end = (*sids, nxt[0]), nxt[2]
        if sids in seen:
            continue
        seen.add(sids)
        if len(sids) > 1:
            text = original_text(db, doc_id, start, end)
        rows_, starts = anns_of[doc_id], starts_of[doc_id]
        i0 = bisect_left(starts, start)
        i1 = bisect_left(starts, end, lo=i0)
        anns = [Ann(a[1], a[0], a[2], a[3], a[4], json.loads(a[5] or "{}")) for a in rows_[i0:i1]]
        words = [(start + s, start + e, S.fold(w)) for s, e, w in S.words(text)]
        ctx = " ".join(sents[(doc_id, i)][4] for i in range(max(0, idx - CONTEXT), idx) if (doc_id, i) in sents)
        if title:
            # the title is the topic of every sentence (`Heyet-i Aliyyeniz` under a title naming the Assembly)
            ctx = f"{folded_title(title)} {ctx}"
        out.append(Passage(sids, doc_id, stem_, title, start, end, text, words, anns, ctx, doc_date=doc_date))
    return out


def match_question(p: Passage, q: Question, author: Author | None = None) -> None:
    """Which question terms the passage contains, its weighted coverage and named coverage.

    A several-word name matches as a phrase, or loosely (its words within a short window:
    `Moskova Dostluk Antlaşması` for `Moskova Antlaşması`), or through an entity label; when
    only some of its words are there it earns part of its weight. The document's ``author``
    is named by its first-person verbs (`Bilecik'te görüştük` in his telegram).
    """
    total = sum(t.weight for t in q.terms) or 1.0
    named_total = sum(t.weight for t in q.terms if t.named) or 0.0
    got = named_got = 0.0
    labels = {a.label for a in p.anns if a.layer == "entity"}
    ws = [w for _, _, w in p.words]
    memo: dict[str, list[int]] = {}

    def at(prefix: str) -> list[int]:
        if prefix not in memo:
            memo[prefix] = [i for i, w in enumerate(ws) if w.startswith(prefix)]
        return memo[prefix]

    named = [ti for ti, t in enumerate(q.terms) if t.named]
    top = q.top_named()
    p.top_ok = top is None
    seen_named = 0
    for ti, t in enumerate(q.terms):
        hits: list[int] = []
        part = 0.0
        for alt in t.alternatives:
            n = len(alt)
            rest = [set(at(x)) for x in alt[1:]]
            for i in at(alt[0]):
                if all(any(i < j <= i + n + 2 for j in r) for r in rest):
                    hits.append(i)
            if not hits and n > 1:
                found = [at(x) for x in alt]
                f = sum(1 for x in found if x) / n
                if f >= 0.5 and found[0]:
                    # every word of the name, in order, only farther apart (`Doğu cephesinde ...
                    # başlayan ... harekât` for `Doğu Harekâtı`): most of its weight, and present
                    spread = f == 1 and in_order_within(found, LOOSE_NAME_WINDOW)
                    part = max(part, 0.75 if spread else 0.5 * f)
                    hits_part = [i for x in found for i in x]
                    p.matched.setdefault(ti, sorted(set(hits_part)))
                    p.top_ok = p.top_ok or (spread and ti == top)
        if not hits and author and author.label in t.labels:
            hits = [i for i, w in enumerate(ws) if first_person(w)]
            if not hits and author.label in q.according:
                # "Atatürk'e göre ...": every sentence of his own speech is what he says
                got += t.weight
                named_got += t.weight
                p.top_ok = p.top_ok or ti == top
                seen_named += 1
                continue
        by_label = not hits and bool(t.labels & labels)
        if t.labels & labels:
            hits += [p.word_at(a.start) for a in p.anns if a.layer == "entity" and a.label in t.labels]
        if hits:
            p.matched[ti] = sorted(set(hits))
            got += t.weight * (0.85 if by_label else 1.0)  # the linker may be wrong; the words are there
            named_got += t.weight if t.named else 0.0
            p.top_ok = p.top_ok or ti == top
            seen_named += t.named
        elif any(phrase_in(p.context, alt) for alt in t.alternatives):
            seen_named += t.named
            p.matched.pop(ti, None)
            got += t.weight * max(0.4, part)
            named_got += t.weight * max(0.4, part) if t.named else 0.0
            p.top_ok = p.top_ok or ti == top
        elif part:
            got += t.weight * part
            named_got += t.weight * part if t.named else 0.0
    p.named_all = seen_named == len(named)
    p.coverage = got / total if q.terms else 1.0  # a question of dates only: the dates decide
    p.named = named_got / named_total if named_total else 1.0


LOOSE_NAME_WINDOW = 12  # words a name's words may spread over and still name it


def in_order_within(found: list[list[int]], window: int) -> bool:
    """Do the word positions ``found`` (one list per word of a name) hold one occurrence of
    each word, in order, all within ``window`` words of the first?"""
    for i in found[0]:
        last, ok = i, True
        for xs in found[1:]:
            nxt = next((j for j in xs if last < j <= i + window), None)
            if nxt is None:
                ok = False
                break
            last = nxt
        if ok:
            return True
    return False


def query_of(q: Question) -> str:
    """The search query of every alternative of every term (phrases quoted). An alternative
    whose every word extends the word of a shorter one (of four letters or more) is left out:
    `topl` finds `toplan`, `buyuk mecl` finds `buyuk meclis`, and each would count again in
    the ranking (a frequent verb or name crowding out the rare words)."""
    alts = sorted({a for t in q.terms for a in t.alternatives})

    def covered(b: tuple[str, ...]) -> bool:  # `tel` is too loose to stand for `telgraf`
        return any(a != b and len(a) == len(b) and all(len(x) >= 4 and y.startswith(x) for x, y in zip(a, b, strict=True))
                   for a in alts)

    prefixes = [" ".join(a) for a in alts if not covered(a)]
    return " ".join(f'"{p}"' if " " in p else p for p in prefixes)


def candidates(store: Any, q: Question) -> list[Passage]:
    """Sentences proposed by search (any question word) and, for a dated question, the
    sentences that carry one of its dates; then the documents that cover the question best
    are read further, since the answer is often a sentence or two away from where the
    question's other words are ("Fransa seyahati ..." / "General Mougain ile görüşmüş")."""
    ids: list[int] = []
    query = query_of(q)
    if query:
        hits = S.search(store, query, fold=True, limit=MAX_CANDIDATES, any_term=True, raw_prefixes=True, marks=False)
        ids = [h.sentence_id for h in hits]
        for d in q.dates:
            if d[:4].isdecimal():
                ids += [i for i in _in_dated_documents(store, query, d) if i not in ids]
    if q.dates:
        ids += [i for i in _dated_sentences(store, q.dates) if i not in ids]
    authors = document_authors(store) if any("PERSON" in t.kinds for t in q.terms) else {}
    ps = load_passages(store, ids)
    for p in ps:
        match_question(p, q, authors.get(p.doc_id))
    if query:
        more = [i for doc_id in _covering_documents(q, ps)
                for i in sentences_in(store, q, doc_id) if i not in ids]
        extra = load_passages(store, list(dict.fromkeys(more)))
        for p in extra:
            match_question(p, q, authors.get(p.doc_id))
        ps += extra
    return ps


def _covering_documents(q: Question, ps: list[Passage]) -> list[str]:
    """The documents whose candidate sentences together cover most of the question."""
    cover: dict[str, set[int]] = {}
    for p in ps:
        cover.setdefault(p.doc_id, set()).update(p.matched)
    weight = {d: sum(q.terms[ti].weight for ti in got) for d, got in cover.items()}
    return sorted(weight, key=lambda d: -weight[d])[:DOC_READS]


def sentences_in(store: Any, q: Question, doc_id: str) -> list[int]:
    """A document's best sentences for the question: the most weight of its terms, read from
    the folded words of the document's sentences (one id range). A full-text query limited to
    the range would still expand every prefix over the whole index (a third of a second for
    `mecl*`); one document's rows are read faster."""
    table = S.ready_table(store)
    lo, hi = store.db.execute("SELECT min(id), max(id) FROM sentences WHERE doc_id = ?", (doc_id,)).fetchone()
    if lo is None:
        return []
    scored = []
    for rowid, folded in store.db.execute(f"SELECT rowid, folded FROM {table} WHERE rowid BETWEEN ? AND ?", (lo, hi)):
        text = f" {folded or ''}"
        got = sum(t.weight for t in q.terms if any(f" {alt[0]}" in text and phrase_in(text, alt) for alt in t.alternatives))
        if got:
            scored.append((-got, rowid))
    return [rowid for _, rowid in sorted(scored)[:PER_DOC]]


def _in_dated_documents(store: Any, query: str, date: str, limit: int = MAX_CANDIDATES // 2) -> list[int]:
    """Sentences matching any query word in the documents written at ``date`` (a letter of
    December 1920 tells what its writer did then, whatever dates its sentences carry)."""
    table = S.ready_table(store)
    expr = S.match_expression(S.parse_query(query, folded=True, raw=True), folded=True, any_term=True)
    rows = store.db.execute(
        f"SELECT s.id FROM {table} JOIN sentences s ON s.id = {table}.rowid JOIN documents d ON d.id = s.doc_id"
        f" WHERE {table} MATCH ? AND d.date LIKE ? ORDER BY bm25({table}) LIMIT ?", (expr, date + "%", limit))
    return [r[0] for r in rows]


def _title_names(title: str, ws: list[tuple[int, int, str]], lex: Lexicon) -> list[Ann]:
    """The capitalised names in a title the store's entity surfaces know, as entity annotations
    (title offsets, a case ending after an apostrophe included)."""
    anns = []
    for i, n, labels in lex.names_in([S.fold(S.stem(w)) for _, _, w in ws],
                                     lambda i, _n, _labels: title[ws[i][0]:ws[i][0] + 1].isupper()):
        label = max(labels, key=labels.get)
        s_, e_ = ws[i][0], ws[i + n - 1][1]
        m = re.match(r"['’][^\W_]+", title[e_:])
        e_ += m.end() if m else 0
        anns.append(Ann("entity", s_, e_, title[s_:e_], label, {"kind": lex.kinds.get(label, "")}))
    return anns


def title_passages(store: Any, q: Question, limit: int = 5) -> list[Passage]:
    """Documents' titles as passages (`... Celal Bayar’a Okuması İçin Gönderdiği Mesaj`), their
    names found through the store's entity surfaces; cited by the document's first sentence."""
    lex = lexicon(store.db)
    out = []
    for hit in title_documents(store, q)[:limit]:
        title = hit.title
        ws = list(S.words(title))
        anns = _title_names(title, ws, lex)
        first = store.db.execute("SELECT s.start, s.end, substr(d.original, s.start + 1, s.end - s.start) FROM sentences s"
                                 " JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ? ORDER BY s.idx LIMIT 1",
                                 (hit.doc_id,)).fetchone()
        if first is None:
            continue
        p = Passage((-1,), hit.doc_id, hit.stem, title, 0, len(title), title,
                    [(a, b, S.fold(w)) for a, b, w in ws], anns, doc_date=hit.date, cite=tuple(first))
        match_question(p, q, document_authors(store).get(hit.doc_id))
        out.append(p)
    return out


def _dated_sentences(store: Any, dates: list[str], limit: int = MAX_CANDIDATES) -> list[int]:
    """Sentences with a timex whose value is one of ``dates`` (full ISO days only)."""
    out: list[int] = []
    for d in dates:
        if not FULL_DAY.fullmatch(d):
            continue
        rows = store.db.execute(
            "SELECT s.id FROM annotations a JOIN sentences s ON s.doc_id = a.doc_id AND s.start <= a.start"
            " AND a.start < s.end WHERE a.layer = 'timex' AND a.label = ? LIMIT ?", (d, limit)).fetchall()
        out += [r[0] for r in rows if r[0] not in out]
    return out[:limit]


def timex_ok(a: Ann) -> bool:
    v = a.value.get("value")
    return a.layer == "timex" and isinstance(v, str) and bool(DATE_VALUE.match(v)) and a.value.get("type") in ("DATE", "TIME", None)


def date_matches(value: str, wanted: str) -> bool:
    if wanted.startswith("XXXX"):
        return value[4:10] == wanted[4:]
    return value.startswith(wanted) or wanted.startswith(value.split("/")[0]) and len(value) >= len(wanted)


def has_dates(p: Passage, q: Question) -> bool:
    if not q.dates:
        return True
    vals = [a.value.get("value") for a in p.anns if timex_ok(a)]
    if p.doc_date:
        vals.append(p.doc_date)  # what a dated letter or telegram tells happened by its date
    return all(any(date_matches(v, d) for v in vals) for d in q.dates)


def eligible(ps: list[Passage], q: Question, relax: float = 1.0) -> list[Passage]:
    """Passages covering enough of the question (and its main name, dates and, for entity
    answers, its verb) to answer from."""
    verb = q.qtype in ("who", "where", "which", "count") and any(t.trigger for t in q.terms)
    return [p for p in ps if p.coverage >= MIN_COVERAGE * relax and p.named >= MIN_NAMED * relax
            and (p.top_ok or relax < 1) and has_dates(p, q) and (not verb or has_trigger(p, q))]


def has_trigger(p: Passage, q: Question) -> bool:
    return any(q.terms[ti].trigger for ti in p.matched)
