"""Events across documents: historical events, each source's claims, disagreements, relations.

Every ``event`` annotation of a document is a *claim*. Claims of different documents that
tell the same happening (same type, and the same named event, or near dates with shared
actors) are merged into one *historical event*; a document contributes at most one claim to
an event. The claims are then compared pairwise: different dates (compatible, contradictory,
different granularity, a calendar artefact) and different spellings of one actor become
``conflicts`` with a plain-language explanation. No claim is dropped: the consensus date is
stored beside the claims. ``relations`` between actors are derived from the events by the
rules in ``data/tr/events/relations.tsv``. Rebuilding gives the same rows (sorted inputs,
content-derived ids).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import combinations
from typing import Any

from vakanuvis import kb
from vakanuvis.extract.event import ACCENTS, RUMI_YEARS, name_words, same_name
from vakanuvis.extract.event.dates import Interval, interval, precise
from vakanuvis.extract.event.lexicon import explanations, relation_rules
from vakanuvis.extract.event.relations import canonical
from vakanuvis.lang import tr
from vakanuvis.registry import corpus_pass

JULIAN_END = date(1918, 2, 14)  # Soviet Russia switched to the Gregorian calendar
JULIAN_SHIFT = 13  # days, 1900-03-01 … 2100-02-28
MANY_SOURCES = 3  # an event told by this many sources keeps the actors two of them name
MAX_PARTIES = 3  # a named treaty with more parties pairs only its first listed party with the others
NEAR_DAYS = 14  # unnamed claims further apart than this are different happenings
FAR_DAYS = 366  # one named happening told a year apart is rather two (or a misread name)
POINT_DAYS = 10  # "early December" is still a point in time; a season or a period is not
NAMED = 10.0  # the score of two claims about one named event


@dataclass
class Claim:
    """One document's account of an event (an ``event`` annotation)."""

    doc_id: str
    stem: str
    order: int
    event: dict[str, Any]
    evidence: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    date: str | None = None
    mod: str | None = None
    date_source: str | None = None
    span: Interval | None = None
    row_id: int | None = None
    names: set[str] = field(default_factory=set)
    roles: dict[str, set[str]] = field(default_factory=dict)  # name → roles in the sentence

    @property
    def type(self) -> str:
        return self.event["type"]

    @property
    def key(self) -> str | None:
        return self.event.get("key")

    def label(self) -> str:
        return self.stem


# --- the pass --------------------------------------------------------------------------------
@corpus_pass("events", requires=("entities", "bibliography"))
def link_events(store: Any) -> None:
    """Rebuild ``events``, ``claims``, ``conflicts`` and ``relations`` from the event layer."""
    db = store.db
    for table in ("relations", "conflicts", "claims", "events"):
        db.execute(f"DELETE FROM {table}")
    claims = load_claims(db)
    groups = {}
    for group in merge(claims):
        groups[_store_event(db, group)] = group
    _store_relations(db, groups)


def load_claims(db: Any) -> list[Claim]:
    """Every event annotation as a claim, with its evidence text, citations and KB date."""
    docs = {r["id"]: (r["stem"], r["original"]) for r in db.execute("SELECT id, stem, original FROM documents")}
    cites: dict[str, list[tuple[int, int, Any]]] = defaultdict(list)
    for r in db.execute("SELECT doc_id, start, end, value FROM annotations WHERE layer = 'citation' ORDER BY start"):
        cites[r["doc_id"]].append((r["start"], r["end"], json.loads(r["value"]).get("refs", [])))
    out = []
    rows = db.execute(
        "SELECT a.doc_id, a.start, a.value, d.stem FROM annotations a JOIN documents d ON d.id = a.doc_id"
        " WHERE a.layer = 'event' ORDER BY d.stem, d.id, a.start, a.end, a.id").fetchall()
    for n, r in enumerate(rows):
        ev = json.loads(r["value"])
        stem, original = docs[r["doc_id"]]
        dated = ev.get("date_evidence") or {}
        evidence = [{"start": e["start"], "end": e["end"], "text": original[e["start"]:e["end"]]}
                    for e in sorted(ev.get("evidence", []), key=lambda e: e.get("start") != dated.get("start"))]
        refs = [ref for s, e, rs in cites[r["doc_id"]] for ev_ in evidence
                if ev_["start"] <= s and e <= ev_["end"] for ref in rs]
        c = Claim(r["doc_id"], stem, n, ev, evidence, refs, ev.get("date"), ev.get("mod"), ev.get("date_source"))
        if c.date is None and c.key:
            c.date, c.date_source = _kb_date(c.key), "kb"
            if c.date is None:
                c.date_source = None
        c.span = interval(c.date, c.mod)
        c.names = {a["entity"] for a in ev.get("actors", [])} | ({ev["place"]} if ev.get("place") else set())
        for a in ev.get("actors", []) + ev.get("places", []):
            c.roles.setdefault(a["entity"], set()).add(a.get("role"))
        out.append(c)
    return out


def _kb_date(name: str) -> str | None:
    """The date the knowledge base gives a named event (None when unknown)."""
    entry = kb.load().get(name)
    return entry.date if entry is not None and entry.kind == "EVENT_NAME" else None


# --- merging ---------------------------------------------------------------------------------
def merge(claims: list[Claim]) -> list[list[Claim]]:
    """Group claims of different documents that tell the same happening (best pairs first)."""
    by_type: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_type[c.type].append(c)
    pairs = []
    for same_type in by_type.values():
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in same_type:
            by_doc[c.doc_id].append(c)
        for a, b in _candidates(same_type):
            if a.doc_id != b.doc_id:
                score = same_happening(a, b)
                if score > 0 and score < NAMED and (_rival(a, b, by_doc[a.doc_id]) or _rival(b, a, by_doc[b.doc_id])):
                    continue
                if score > 0:
                    pairs.append((-score, a.order, b.order, a, b))
    pairs.sort(key=lambda t: t[:3])
    group_of: dict[int, list[Claim]] = {c.order: [c] for c in claims}
    for _, _, _, a, b in pairs:
        ga, gb = group_of[a.order], group_of[b.order]
        if ga is gb or {c.doc_id for c in ga} & {c.doc_id for c in gb}:
            continue
        if any(same_happening(x, y) <= 0 for x in ga for y in gb if (x, y) != (a, b)):
            continue  # every claim of the merged event must fit every other one
        ga.extend(gb)
        for c in gb:
            group_of[c.order] = ga
    groups = {id(g): g for g in group_of.values()}.values()
    return sorted((sorted(g, key=lambda c: c.order) for g in groups), key=lambda g: g[0].order)


def _candidates(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Pairs worth scoring: same event name, or dates close enough to link (a sweep over
    the claims sorted by date instead of all pairs)."""
    pairs: dict[tuple[int, int], tuple[Claim, Claim]] = {}
    named: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.key:
            named[name_words(c.key)[-1:]].append(c)  # same head word ("antlaşma"): compare
    for group in named.values():
        for a, b in combinations(group, 2):
            pairs[(a.order, b.order)] = (a, b)
    dated = sorted((c for c in claims if c.span is not None), key=lambda c: (c.span.start, c.order))
    reach = max(NEAR_DAYS, JULIAN_SHIFT + 1)
    for i, a in enumerate(dated):
        limit = a.span.end.toordinal() + reach
        for b in dated[i + 1:]:
            if b.span.start.toordinal() > limit:
                break
            x, y = (a, b) if a.order < b.order else (b, a)
            pairs[(x.order, y.order)] = (x, y)
    return [pairs[k] for k in sorted(pairs)]


def _rival(a: Claim, b: Claim, same_doc: list[Claim]) -> bool:
    """Another claim of a's document could as well be b's happening (a text that tells the
    fighting day by day): near dates then identify nothing."""
    if a.span is None or b.span is None or a.span.overlaps(b.span):
        return False
    return any(o is not a and o.span is not None and o.span.gap(b.span) <= NEAR_DAYS
               and not direction_clash(o, b) for o in same_doc)


def same_happening(a: Claim, b: Claim) -> float:
    """How sure we are that two claims tell one happening (0: not the same)."""
    if a.key and b.key:
        if not same_name(a.key, b.key):
            return 0.0
        if a.span and b.span and a.span.gap(b.span) > FAR_DAYS and not rumi_artefact(a.span, b.span):
            return 0.0  # "Sivas Kongresi" of 1919 and a congress of 1927 linked to its name
        return NAMED
    if a.span is None or b.span is None or "kb" in (a.date_source, b.date_source):
        return 0.0  # a date from the KB says nothing about which happening a source tells
    rel = date_relation(a.span, b.span)
    base = {"equal": 5.0, "overlap": 4.0, "julian": 3.0, "near": 2.0}.get(rel, 0.0)
    if not base or (base < 4 and (a.event.get("date_relative") or b.event.get("date_relative"))):
        return 0.0  # a date resolved from "bugün" is too loose to link differing dates
    if direction_clash(a, b):
        return 0.0  # "from Türkiye" and "to Türkiye" are two journeys
    shared = len(a.names & b.names)
    if not shared and max(a.span.days, b.span.days) > POINT_DAYS:
        return 0.0  # without a common actor or place, only two near point dates identify a happening
    return base + 0.5 * shared


def direction_clash(a: Claim, b: Claim) -> bool:
    """One claim has a name as the origin, the other as the destination."""
    for name in a.roles.keys() & b.roles.keys():
        ra, rb = a.roles[name], b.roles[name]
        if not ra & rb and {"source", "target"} <= ra | rb:
            return True
    return False


def date_relation(a: Interval, b: Interval) -> str:
    if a == b:
        return "equal"
    if a.overlaps(b):
        return "overlap"
    if julian_artefact(a, b):
        return "julian"
    return "near" if a.gap(b) <= NEAR_DAYS else "far"


def julian_artefact(a: Interval, b: Interval) -> bool:
    """Shifting the earlier date by the Old Style gap makes the two agree (before Feb 1918)."""
    early, late = (a, b) if a.start <= b.start else (b, a)
    if early.start > JULIAN_END:
        return False
    return early.shifted(JULIAN_SHIFT).overlaps(late) or early.shifted(JULIAN_SHIFT).gap(late) <= 1


def rumi_artefact(a: Interval, b: Interval) -> bool:
    """One date is the other's Rumi year written as Gregorian (584 years apart)."""
    early, late = (a, b) if a.start <= b.start else (b, a)
    try:
        moved = Interval(early.start.replace(year=early.start.year + RUMI_YEARS),
                         early.end.replace(year=early.end.year + RUMI_YEARS), early.precision)
    except ValueError:  # 29 February
        return False
    return moved.overlaps(late) or moved.gap(late) <= JULIAN_SHIFT + 1


# --- disagreements ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Disagreement:
    kind: str
    a: Claim
    b: Claim
    explanation: str
    explanation_en: str


def compare(a: Claim, b: Claim) -> list[Disagreement]:
    """Every disagreement between two claims of one historical event."""
    out = []
    kind, fields = date_disagreement(a, b)
    if kind:
        out.append(_explain(kind, a, b, **fields))
    spelled = spelling_variants(a, b)
    for name_a, name_b in spelled:
        out.append(_explain("spelling", a, b, a_name=name_a, b_name=name_b))
    if not spelled:
        for name_a, name_b in actor_disagreements(a, b):
            out.append(_explain("actor", a, b, a_name=name_a, b_name=name_b))
    return out


def date_disagreement(a: Claim, b: Claim) -> tuple[str | None, dict[str, Any]]:
    """The kind of date disagreement (None when the dates agree or one is missing)."""
    if a.span is None or b.span is None or (a.date == b.date and a.mod == b.mod):
        return None, {}
    if "kb" in (a.date_source, b.date_source):
        return None, {}  # the KB is not a source: only texts disagree
    fa, fb = precise(a.date, a.mod), precise(b.date, b.mod)
    days = a.span.gap(b.span)
    if a.span.overlaps(b.span):
        if fa != fb and (a.mod or b.mod) is None and "/" not in f"{a.date}{b.date}":
            return None, {}  # "1917" and "9 Kasım 1917": one is only more precise
        return "date_compatible", {"days": 0}
    if julian_artefact(a.span, b.span):
        shift = abs((a.span.start - b.span.start).days) if a.span.precision == b.span.precision == "day" else JULIAN_SHIFT
        return "calendar_julian", {"shift": shift, "days": days}
    if rumi_artefact(a.span, b.span):
        return "calendar_rumi", {"years": abs(a.span.start.year - b.span.start.year), "days": days}
    if fa != fb and days <= NEAR_DAYS:
        return "granularity", {"days": days}
    return "date_contradiction", {"days": _distance(a.span, b.span)}


def _distance(a: Interval, b: Interval) -> int:
    return abs((a.start - b.start).days) if a.precision == b.precision == "day" else a.gap(b)


def spelling_variants(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Pairs of differently written names of one person (``Bekir Sıtkı`` / ``Bekir Sami``)."""
    forms: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    for c in (a, b) if a is not b else (a,):
        for actor in c.event.get("actors", []):
            if actor.get("kind") == "PERSON":
                for f in actor.get("forms") or [actor.get("text", "")]:
                    forms[actor["entity"]].append((f, c))
    out = []
    for entries in forms.values():
        cores = {}
        for f, _ in entries:
            cores.setdefault(_name_core(f), f)
        for (ca, fa), (cb, fb) in combinations(sorted(cores.items()), 2):
            if _conflicting_names(ca, cb):
                out.append((fa, fb))
    out += _lookalike_people(a, b)
    return out


GENITIVE = re.compile(r"['’]n?[ıiuü]n$")  # "Paşa’nın": the possessor of a noun, not the doer


def _doers(c: Claim) -> set[str]:
    """People named as the subject (nominative) of the sentence that tells the claim."""
    main = c.evidence[0]["start"] if c.evidence else None
    return {x["entity"] for x in c.event.get("actors", [])
            if x.get("kind") == "PERSON" and x.get("role") == "agent" and x.get("sentence", main) == main
            and not GENITIVE.search(x.get("text", ""))}


def actor_disagreements(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Two sources name different actors in one role of one happening: the other party of the
    same relation ("Türkiye signed with Ermenistan" / "... with Gürcistan"), or the person who
    did it ("Kâzım Karabekir Paşa" / "Ali Fuat Paşa"). Only when neither source names the
    other's actor anywhere in its account (then it is a fuller account, not a disagreement)."""
    if a is b or a.doc_id == b.doc_id:
        return []
    every_a = {canonical(x["entity"]) for x in a.event.get("actors", [])} | a.names
    every_b = {canonical(x["entity"]) for x in b.event.get("actors", [])} | b.names
    out: list[tuple[str, str]] = []
    for ra in a.event.get("relations", []):
        for rb in b.event.get("relations", []):
            if ra["relation"] != rb["relation"]:
                continue
            sa, sb = {ra["source"], ra["target"]}, {rb["source"], rb["target"]}
            if len(sa & sb) != 1:
                continue
            (xa,), (xb,) = sa - sb, sb - sa
            if xa not in every_b and xb not in every_a and (xa, xb) not in out:
                out.append((xa, xb))
    da, db = _doers(a), _doers(b)
    if da and db and not (da & every_b or db & every_a):
        if not any(_name_core(x)[:1] == _name_core(y)[:1] for x in da for y in db):  # else: a spelling question
            out.append((", ".join(sorted(da, key=tr.sort_key)), ", ".join(sorted(db, key=tr.sort_key))))
    return out


def _lookalike_people(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Two people of one event whose names differ in one inner word, one of them unknown to
    the KB: most likely one person misnamed ("Bekir Sıtkı Bey" beside "Bekir Sami Bey")."""
    people: dict[str, str | None] = {}
    for c in (a, b) if a is not b else (a,):
        for actor in c.event.get("actors", []):
            if actor.get("kind") == "PERSON":
                people.setdefault(actor["entity"], actor.get("entity_id"))
    out: list[tuple[str, str]] = []
    if len(people) < 2:
        return out
    sentences = [tr.lower(" ".join(e["text"].split())) for c in {id(a): a, id(b): b}.values() for e in c.evidence]
    for (na, ia), (nb, ib) in combinations(sorted(people.items()), 2):
        known = [i for i in (ia, ib) if i and not str(i).startswith("new:")]
        wa, wb = _name_core(na), _name_core(nb)
        if len(known) != 1 or len(wa) != len(wb) or len(wa) < 3:
            continue  # exactly one of them must be a name the KB does not know
        differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
        if wa[0] != wb[0] or wa[-1] != wb[-1] or len(differ) != 1:
            continue
        x, y = differ[0]
        if any(x in s and y in s for s in sentences):
            continue  # named side by side ("Ali Rıza Bey, Ali Şükrü Bey"): two people
        out.append((na, nb))
    return out


@cache
def _name_core(form: str) -> tuple[str, ...]:
    """Words of a name without its case suffix, parentheses and accents (for comparison)."""
    text = re.sub(r"\([^)]*\)", " ", form)
    text = re.split(r"['’]", text)[0]
    return tuple(tr.lower(text).translate(ACCENTS).split())


@cache
def _titles() -> frozenset[str]:
    """Honorifics (Bey, Paşa...): a changed title is a promotion, not a misspelling."""
    return frozenset(_name_core(t)[0] for t in tr.read_lines("entity/titles.tsv") if t.strip())


def _conflicting_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both forms have a word the other lacks (titles and case suffixes aside)."""
    a = tuple(w for w in a if w not in _titles())
    b = tuple(w for w in b if w not in _titles())
    only_a = [w for w in a if not any(w.startswith(x) or x.startswith(w) for x in b)]
    only_b = [w for w in b if not any(w.startswith(x) or x.startswith(w) for x in a)]
    return bool(only_a and only_b) and a[:1] == b[:1]


def _explain(kind: str, a: Claim, b: Claim, **fields: Any) -> Disagreement:
    values = {"a": a.label(), "b": b.label(), "a_date": show_date(a.date, a.mod, "tr"),
              "b_date": show_date(b.date, b.mod, "tr"), "days": 0, "shift": 0, "years": 0,
              "a_name": "", "b_name": "", **fields}
    values_en = dict(values, a_date=show_date(a.date, a.mod, "en"), b_date=show_date(b.date, b.mod, "en"))
    table = explanations()
    return Disagreement(kind, a, b, table[(kind, "tr")].format(**values), table[(kind, "en")].format(**values_en))


MOD_WORDS = {"tr": {"START": "başı", "MID": "ortası", "END": "sonu", "APPROX": "civarı",
                    "BEFORE": "öncesi", "AFTER": "sonrası"},
             "en": {"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
                    "BEFORE": "before", "AFTER": "after"}}


def show_date(value: str | None, mod: str | None = None, lang: str = "tr") -> str:
    """A TIMEX value with its uncertainty, for people: ``1920-12 (başı)``."""
    if not value:
        return "?"
    return f"{value} ({MOD_WORDS[lang][mod]})" if mod in MOD_WORDS[lang] else value


def consensus(claims: list[Claim]) -> Claim | None:
    """The claim whose date most others agree with (then the most precise, then the first)."""
    dated = [c for c in claims if c.span is not None]
    if not dated:
        return None

    def support(c: Claim) -> int:
        return sum(1 for o in dated if o.span.overlaps(c.span))  # type: ignore[union-attr]

    return min(dated, key=lambda c: (-support(c), precise(c.date, c.mod), c.order))


# --- storage ---------------------------------------------------------------------------------
def _event_id(group: list[Claim]) -> str:
    basis = "|".join(f"{c.doc_id}:{c.event.get('id')}:{c.type}" for c in group)
    return "ev_" + hashlib.sha1(basis.encode()).hexdigest()[:12]


def _participants(group: list[Claim]) -> list[dict[str, Any]]:
    """The event's actors, most often named first; an event told by many sources keeps only
    the actors at least two of them name (one speech's aside is no participant of a congress)."""
    seen: dict[str, dict[str, Any]] = {}
    support: dict[str, int] = defaultdict(int)
    for c in group:
        for a in c.event.get("actors", []):
            seen.setdefault(a["entity"], {"entity": a["entity"], "entity_id": a.get("entity_id"),
                                          "role": a.get("role"), "kind": a.get("kind")})
        for name in {a["entity"] for a in c.event.get("actors", [])}:
            support[name] += 1
    names = sorted(seen, key=lambda n: -support[n])  # stable: first named first among equals
    if len(group) >= MANY_SOURCES and any(support[n] >= 2 for n in names):
        names = [n for n in names if support[n] >= 2]
    return [seen[n] for n in names]


def _store_event(db: Any, group: list[Claim]) -> str:
    best = consensus(group)
    head = best or group[0]
    eid = _event_id(group)
    disagreements = [d for a, b in combinations(group, 2) for d in compare(a, b)]
    disagreements += [d for c in group for d in compare(c, c)]  # one source, two spellings
    place = next((c.event.get("place") for c in group if c.event.get("place")), None)
    meta = {"dates": sorted({show_date(c.date, c.mod) for c in group if c.date}),
            "key": next((c.key for c in group if c.key), None)}
    named = next((c for c in group if c.key), None)
    titled = named or head
    title = titled.event.get("title") or titled.key or head.type
    meta["title_en"] = titled.event.get("title_en") or title
    place = head.event.get("place") or place
    db.execute(
        "INSERT INTO events(id, type, title, date, date_start, date_end, mod, place, participants, sources,"
        " has_conflict, meta) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (eid, head.type, title, head.date,
         head.span.start.isoformat() if head.span else None, head.span.end.isoformat() if head.span else None,
         head.mod, place, json.dumps(_participants(group), ensure_ascii=False), len({c.doc_id for c in group}),
         int(bool(disagreements)), json.dumps(meta, ensure_ascii=False)))
    for c in group:
        cur = db.execute(
            "INSERT INTO claims(event_id, doc_id, type, title, date, date_start, date_end, mod, date_source, place,"
            " participants, evidence, citations) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (eid, c.doc_id, c.type, c.event.get("title"), c.date,
             c.span.start.isoformat() if c.span else None, c.span.end.isoformat() if c.span else None,
             c.mod, c.date_source, c.event.get("place"),
             json.dumps(c.event.get("actors", []), ensure_ascii=False),
             json.dumps(c.evidence, ensure_ascii=False), json.dumps(c.citations, ensure_ascii=False)))
        c.row_id = cur.lastrowid
    for d in disagreements:
        db.execute("INSERT INTO conflicts(event_id, kind, claim_a, claim_b, explanation, explanation_en)"
                   " VALUES (?,?,?,?,?,?)", (eid, d.kind, d.a.row_id, d.b.row_id, d.explanation, d.explanation_en))
    return eid


def _store_relations(db: Any, groups: dict[str, list[Claim]]) -> None:
    """Actor–actor relations: the pairs each claim's clauses tell (event type + roles + cues,
    ``data/tr/events/relations.tsv``) and the parties the KB gives a named treaty or war; each
    relation spans the dates of its events and keeps them as evidence."""
    ids = {r["name"]: r["id"] for r in db.execute("SELECT id, name FROM entities ORDER BY id")}
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ev in db.execute("SELECT id, type, date, mod FROM events ORDER BY id").fetchall():
        group = groups[ev["id"]]
        told = [(rel, _relation_date(rel, c)) for c in group for rel in c.event.get("relations", [])]
        keys = {c.key for c in group if c.key}
        span = interval(ev["date"], ev["mod"]) if ev["date"] else None
        for key in sorted(keys):  # the KB's own date of the named event first
            kb_span = interval(_kb_date(key)) or span
            told += [(rel, kb_span) for rel in kb_relations(ev["type"], key)]
        for rel, when in told:
            key = (rel["relation"], rel["source"], rel["target"])
            item = found.setdefault(key, {"start": None, "end": None, "events": []})
            if ev["id"] not in item["events"]:
                item["events"].append(ev["id"])
            if when is not None:
                item["start"] = min(filter(None, (item["start"], when.start.isoformat())))
                item["end"] = max(filter(None, (item["end"], when.end.isoformat())))
    for (typ, src, dst), rel in sorted(found.items()):
        db.execute(
            "INSERT INTO relations(type, source, target, source_name, target_name, date_start, date_end, events)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (typ, ids.get(src, src), ids.get(dst, dst), src, dst, rel["start"], rel["end"],
             json.dumps(sorted(set(rel["events"])))))


def _relation_date(rel: dict[str, Any], c: Claim) -> Interval | None:
    """The date of the sentence that tells a relation, else its claim's when that sentence
    dates the claim (never the KB's: the KB is no source)."""
    if rel.get("date"):
        return interval(rel["date"], rel.get("mod"))
    dated = (c.event.get("date_evidence") or {}).get("start")
    return c.span if c.date_source != "kb" and dated == rel.get("sentence") else None


def kb_relations(event_type: str, key: str) -> list[dict[str, Any]]:
    """Relations the KB gives a named event: the states it lists as parties ("participants"
    lines of relations.tsv); a war or battle only when the KB lists exactly two sides."""
    table = kb.load()
    entry = table.get(key)
    if entry is None or entry.kind != "EVENT_NAME":
        return []
    states = []
    for pid in entry.participants:
        p = table.get(pid)
        if p is not None and p.kind in ("STATE", "GROUP"):
            name = canonical(p.name)
            if name not in states:
                states.append(name)
    out = []
    for rule in relation_rules():
        if rule.pairing != "participants" or not rule.applies(event_type, ""):
            continue
        if rule.relation != "SIGNED_WITH" and len(states) != 2:  # sides of a war or talks unknown
            continue
        pairs = [(a, b) for i, a in enumerate(states) for b in states[i + 1:]]
        if len(states) > MAX_PARTIES:  # a multilateral treaty: the first listed party and each other
            pairs = [(states[0], b) for b in states[1:]]
        for a, b in pairs:
            x, y = sorted((a, b), key=tr.sort_key)
            out.append({"relation": rule.relation, "source": x, "target": y, "directed": False, "rule": rule.line})
    return out


# --- queries (used by the CLI and the web UI) -----------------------------------------------------
def timeline(db: Any, actor: str | None = None, start: str | None = None, end: str | None = None,
             type_: str | None = None) -> list[dict[str, Any]]:
    """Events in chronological order (undated ones last unless a period is asked for)."""
    sql = "SELECT * FROM events WHERE 1=1"
    args: list[Any] = []
    if start:
        sql += " AND date_end >= ?"
        args.append(_bound(start, first=True))
    if end:
        sql += " AND date_start <= ?"
        args.append(_bound(end, first=False))
    if type_:
        sql += " AND type = ?"
        args.append(tr.upper(type_))
    rows = db.execute(sql + " ORDER BY date_start IS NULL, date_start, date_end, id", args).fetchall()
    out = []
    for r in rows:
        ev = dict(r)
        ev["participants"] = json.loads(ev["participants"])
        ev["meta"] = json.loads(ev["meta"])
        if actor and not any(_matches(actor, p["entity"]) for p in ev["participants"]):
            continue
        ev["sources"] = [dict(s) for s in db.execute(
            "SELECT DISTINCT d.stem, d.title, c.date, c.mod FROM claims c JOIN documents d ON d.id = c.doc_id"
            " WHERE c.event_id = ? ORDER BY d.stem", (ev["id"],))]
        out.append(ev)
    return out


def _bound(value: str, first: bool) -> str:
    iv = interval(value)
    if iv is None:
        from vakanuvis.errors import VakanuvisError

        raise VakanuvisError(f"not a date: {value!r} (use 1920, 1920-05 or 1920-05-11)")
    return (iv.start if first else iv.end).isoformat()


def _matches(query: str, name: str) -> bool:
    return tr.lower(query) in tr.lower(name)


def conflict_rows(db: Any) -> list[dict[str, Any]]:
    """Every disagreement with both claims and their evidence sentences."""
    out = []
    for r in db.execute(
            "SELECT f.*, e.title AS event_title, e.type AS event_type, e.date AS consensus, e.mod AS consensus_mod"
            " FROM conflicts f JOIN events e ON e.id = f.event_id ORDER BY e.date_start IS NULL, e.date_start, f.id"):
        item = dict(r)
        for side in ("a", "b"):
            c = db.execute("SELECT c.*, d.stem FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = ?",
                           (r[f"claim_{side}"],)).fetchone()
            item[side] = {"doc": c["stem"], "date": c["date"], "mod": c["mod"], "date_source": c["date_source"],
                          "title": c["title"], "evidence": json.loads(c["evidence"]),
                          "citations": json.loads(c["citations"])}
        out.append(item)
    return out


def relation_rows(db: Any, actor: str | None = None) -> list[dict[str, Any]]:
    rows = [dict(r) for r in db.execute("SELECT * FROM relations ORDER BY date_start IS NULL, date_start, type, id")]
    for r in rows:
        r["events"] = json.loads(r["events"])
        r["evidence"] = [dict(e) for e in db.execute(
            f"SELECT id, title, date, mod FROM events WHERE id IN ({','.join('?' * len(r['events']))})"
            " ORDER BY date_start IS NULL, date_start, id", r["events"])]
    if actor:
        rows = [r for r in rows if _matches(actor, r["source_name"]) or _matches(actor, r["target_name"])]
    return rows

