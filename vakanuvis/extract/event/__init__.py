"""The ``event`` layer: typed happenings with date, participants, place and evidence.

Per document: trigger phrases from ``data/tr/events/triggers.tsv`` (verbs with their
morphology, event nouns, named events) are found in each sentence; a verb next to a noun of
another type tells the noun's event (``absorb.tsv``) and the rest of the sentence may overrule
a type (``type_rules.tsv``). Hits of one type in one sentence become one *mention*, unless
their dates, named events, clauses or captured places tell them apart; a verb said once for
several "date, place" pairs (gapping) tells one mention per pair. Each mention takes the date of the nearest preceding time expression of its clause,
the actors and place around it (``entity`` layer). Mentions of one happening across the
document (same named event, or same type with shared actors and no clashing date) form one
event whose evidence is every sentence that tells it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vakanuvis.extract.event.dates import Interval, interval, precise
from vakanuvis.extract.event.lexicon import (
    BLOCK,
    Trigger,
    absorbed,
    clause_cues,
    name_variants,
    needs_party,
    needs_place,
    roles,
    told_once,
    triggers,
    type_rules,
)
from vakanuvis.extract.event.relations import clause_relations, party_name
from vakanuvis.extract.event.titles import title
from vakanuvis.lang import tr
from vakanuvis.model import Doc, Sentence, Span
from vakanuvis.registry import extractor

ACTOR_KINDS = ("PERSON", "STATE", "ORG", "GROUP")
SPLIT_BY_PLACE = ("CAPTURE",)  # "Sarıkamış ve Merdenek ele geçirilmiş" tells two captures
DATE_TYPES = ("DATE", "TIME")
WINDOW = 60  # characters searched on each side of a trigger's literal
YEAR = re.compile(r"\d{4}")
BOUNDARY = re.compile(r"[.;:!?]|\bve\b")
SPACES = re.compile(r"\s+")
UNRELATED = ("OTHER",)  # a catch-all type: two nearby mentions are not one happening for that
CLUSTER_WINDOW = 1  # sentences: an undated mention right after one of its type continues it
WEAK_WINDOW = 3  # a bare event noun ("antlaşmanın") may refer a little further back


@dataclass
class Hit:
    type: str
    start: int  # ORIGINAL offsets
    end: int
    text: str
    weak: bool = False
    key: str | None = None  # canonical name of the named event it is part of
    date: Span | None = None
    clean: str = ""  # the repaired text of the trigger (titles: no line-end hyphens)


@dataclass
class Actor:
    entity: str
    entity_id: str | None
    kind: str
    role: str
    text: str
    forms: list[str] = field(default_factory=list)  # every surface form in the evidence
    sentence: int = -1  # original start of the sentence where the actor first appears

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "entity_id": self.entity_id, "kind": self.kind,
                "role": self.role, "text": self.text, "forms": self.forms or [self.text],
                "sentence": self.sentence}


@dataclass
class Mention:
    """One event as told in one sentence."""

    type: str
    sentence: Sentence
    hits: list[Hit]
    key: str | None = None
    date: Span | None = None
    actors: list[Actor] = field(default_factory=list)
    place: str | None = None
    places: list[Actor] = field(default_factory=list)  # places of the clause with their roles
    relations: list[dict[str, Any]] = field(default_factory=list)  # actor pairs its clauses tell
    anaphoric: bool = False  # "bu andlaşmalar": a further mention of an event told before

    @property
    def weak(self) -> bool:
        return all(h.weak for h in self.hits)

    @property
    def names(self) -> set[str]:
        return {a.entity for a in self.actors} | ({self.place} if self.place else set()) | self.salient

    @property
    def salient(self) -> set[str]:
        """Names that identify a happening: the people in it and the named event."""
        return {a.entity for a in self.actors if a.kind == "PERSON"} | ({self.key} if self.key else set())


@dataclass
class Cluster:
    mentions: list[Mention]
    inherited: bool = False  # the date comes from another event of the same sentence

    @property
    def type(self) -> str:
        return self.mentions[0].type

    @property
    def key(self) -> str | None:
        return next((m.key for m in self.mentions if m.key), None)

    @property
    def date(self) -> Span | None:
        """The first date told, or a more precise one inside it ("1917", then "9 Kasım 1917")."""
        dated = [m.date for m in self.mentions if m.date]
        if not dated:
            return None
        first = interval(dated[0].attrs.get("value"), dated[0].attrs.get("mod"))
        inside = [d for d in dated if first is None or _within_interval(d, first)]
        return min(inside, key=lambda d: precise(d.attrs.get("value"), d.attrs.get("mod")))

    @property
    def last(self) -> int:
        return self.mentions[-1].sentence.index


def _within_interval(d: Span, outer: Interval) -> bool:
    iv = interval(d.attrs.get("value"), d.attrs.get("mod"))
    return iv is not None and outer.start <= iv.start and iv.end <= outer.end


@extractor("event", requires=("timex", "entity", "citation"), gold_key="events")
def extract_events(doc: Doc) -> list[Span]:
    """Events of one document as spans on their first trigger; attrs are the event dict."""
    hits = find_hits(doc)
    if not hits:
        return []
    by_sentence: dict[int, list[Hit]] = {}
    for h in hits:
        s = doc.sentence_at(h.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(h)
    timexes = _layer(doc, "timex", _is_date)
    entities = _layer(doc, "entity", lambda s: True)
    timex_starts, entity_starts = [t.start for t in timexes], [e.start for e in entities]
    mentions: list[Mention] = []
    main = _main_language(doc)
    for idx in sorted(by_sentence):
        sent = doc.sentences[idx]
        ents = _within(entities, entity_starts, sent)
        sent_hits = by_sentence[idx]
        sent_hits = _decide_types(sent_hits, tr.lower(doc.sentence_text(sent)))
        summary = sent.language != main  # a summary in another language (an article's English abstract)
        if summary:
            named = [e for e in ents if e.attrs.get("kind") == "EVENT_NAME"]
            sent_hits = [h for h in sent_hits if any(e.start < h.end and h.start < e.end for e in named)]
        if not any(party_name(e) for e in ents):
            sent_hits = [h for h in sent_hits if h.type not in needs_party()]
            if not any(e.attrs.get("kind") == "PLACE" for e in ents):
                sent_hits = [h for h in sent_hits if h.type not in needs_place()]
        if sent_hits:
            mentions += sentence_mentions(sent, sent_hits, [] if summary else _within(timexes, timex_starts, sent), ents,
                                          doc.original)
    clusters = _merge_by_place(cluster(mentions), doc.original)
    _date_from_instrument(clusters, _Lower(doc.original))
    return [_event_span(doc, i, c) for i, c in enumerate(clusters, 1)]


# --- triggers --------------------------------------------------------------------------------
def find_hits(doc: Doc) -> list[Hit]:
    """Trigger matches, longest first then earliest; blockers consume text and are dropped."""
    low = tr.lower(doc.text)
    if len(low) != len(doc.text):  # a rare character whose lower case is longer
        low = "".join(tr.lower(c)[:1] or c for c in doc.text)
    found = []
    where = needle_positions(low)
    for trig in triggers():
        for start, end in _matches(trig, low, where):
            found.append((start, end, trig))
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0], t[2].line))
    taken = bytearray(len(low))  # 1 where an earlier (longer) match already sits
    out = []
    for start, end, trig in found:
        if taken.find(1, start, end) >= 0 or (trig.proper and not doc.text[start].isupper()):
            continue
        taken[start:end] = b"\x01" * (end - start)
        if trig.type != BLOCK:
            span = doc.span(start, end, "event")
            out.append(Hit(trig.type, span.start, span.end, span.text, trig.weak, clean=doc.text[start:end]))
    out.sort(key=lambda h: h.start)
    _absorb(out, doc.original)
    return out


def _absorb(hits: list[Hit], original: str) -> None:
    """A verb next to a noun trigger of another type tells the noun's event (absorb.tsv):
    "Mütarekesi imzalandı", "imzalanan Mondros Mütarekesi", "toplanan konferans" are one
    armistice, one conference, not a treaty or a meeting besides."""
    rules = absorbed()
    clause_end = clause_cues()["clause_end"]
    reach = max((r[0] for r in rules.values()), default=0)
    for i, b in enumerate(hits):
        for a in reversed(hits[:i]):  # the nearest noun before the verb, other triggers may sit between
            if b.start - a.end > reach:
                break
            rule = rules.get((a.type, b.type))
            if rule is None or b.start - a.end > rule[0] or not rule[2].search(tr.lower(a.clean)):
                continue
            if not BOUNDARY.search(original[a.end:b.start]) and not clause_end.search(original, a.end, b.start):
                b.type, b.weak = a.type, False
            break
    for a, b in zip(hits, hits[1:], strict=False):  # a participle right before its noun
        before = rules.get((b.type, a.type))
        if before is not None and b.start - a.end <= before[1] and before[2].search(tr.lower(b.clean)) \
                and not BOUNDARY.search(original[a.end:b.start]):
            a.type, a.weak = b.type, False


@cache
def _needle_automaton() -> Any:
    """One Aho–Corasick automaton over every trigger's required literals."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for needle in {n for trig in triggers() for n in trig.needles}:
        automaton.add_word(needle, needle)
    automaton.make_automaton()
    return automaton


def needle_positions(low: str) -> dict[str, list[int]]:
    """Start offsets of each trigger literal in the text, found in one pass."""
    where: dict[str, list[int]] = {}
    for end, needle in _needle_automaton().iter(low):
        where.setdefault(needle, []).append(end - len(needle) + 1)
    return where


def _matches(trig: Trigger, low: str, where: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Matches of a trigger, searched only around its required literals (much faster on long
    texts that never use the word)."""
    if not trig.needles:
        return [m.span() for m in trig.pattern.finditer(low)]
    ends: dict[int, int] = {}
    for needle in trig.needles:
        for i in where.get(needle, ()):
            for m in trig.pattern.finditer(low, max(0, i - WINDOW), i + len(needle) + WINDOW):
                ends[m.start()] = max(ends.get(m.start(), 0), m.end())
    return sorted(ends.items())


def _decide_types(hits: list[Hit], sentence: str) -> list[Hit]:
    """Apply type_rules.tsv: a trigger whose type the rest of the sentence does not bear out
    takes another type ("İstanbul’dan ayrılmıştır" with no delegation: OTHER) or is dropped."""
    out = []
    for h in hits:
        for typ, trig, needs, other in type_rules():
            if h.type == typ and trig.search(tr.lower(h.clean or h.text)) and not needs.search(sentence):
                h.type = other
                break
        if h.type != BLOCK:
            out.append(h)
    return out


def _main_language(doc: Doc) -> str:
    """The language most of the document's sentences are in: a sentence in another one is a
    summary (the English abstract of a Turkish article) whose bare event nouns ("the
    negotiations", "the conference") point at events the body tells; only named events count
    there."""
    counts: dict[str, int] = {}
    for sent in doc.sentences:
        counts[sent.language] = counts.get(sent.language, 0) + 1
    return max(counts, key=lambda lang: (counts[lang], lang == doc.language), default=doc.language)


def _is_date(s: Span) -> bool:
    """A calendar date of a year or finer (a century or a decade sets a period, not an event's
    date; nor do a duration, a frequency or the author's present)."""
    v = s.attrs.get("value")
    return s.attrs.get("type") in DATE_TYPES and isinstance(v, str) and bool(YEAR.match(v))


def _layer(doc: Doc, name: str, keep) -> list[Span]:
    return sorted(s for s in doc.layers.get(name, []) if keep(s))


def _within(spans: list[Span], starts: list[int], sent: Sentence) -> list[Span]:
    """The spans starting inside the sentence (``starts``: the sorted spans' starts, built once)."""
    return spans[bisect_right(starts, sent.start - 1):bisect_left(starts, sent.end)]


# --- one sentence ----------------------------------------------------------------------------
def sentence_mentions(sent: Sentence, hits: list[Hit], timexes: list[Span], entities: list[Span],
                      original: str) -> list[Mention]:
    """Group a sentence's hits into mentions, each with its date, actors and place."""
    low = _Lower(original)
    named = [e for e in entities if e.attrs.get("kind") == "EVENT_NAME"]
    for h in hits:
        h.key = next((e.attrs.get("entity") for e in named if e.start < h.end and h.start < e.end), None)
    for h in hits:
        h.date = None if _object_noun(h, hits, low) else _governing_date(h, hits, timexes, low, named, entities)
    mentions: list[Mention] = []
    reference = clause_cues()["reference"]
    points = {id(h) for h in hits if h.weak and h.key and reference.search(low[h.end:h.end + 30])
              and not any(o.type == h.type and 0 <= h.start - o.end <= NEAR for o in hits)}
    for h in hits:
        for m in mentions:
            if any(id(x) in points for x in (*m.hits, h)):
                continue  # "Sivas Kongresi’nden sonra ... görüşmüştür": a point in time, another happening
            if _joins(m, h) and not (not h.weak and not m.weak and _new_clause(m.hits[-1], h, low, entities)):
                m.hits.append(h)
                m.key = m.key or h.key
                m.date = m.date or h.date
                break
        else:
            mentions.append(Mention(h.type, sent, [h], h.key, h.date))
    out = []
    prev_end = sent.start
    for m in sorted(mentions, key=lambda m: m.hits[0].start):
        end = max(h.end for h in m.hits)
        window = [e for e in entities if e.start >= prev_end and e.end <= end and not _inside_hit(e, m.hits)]
        m.actors = [_actor(e, sent) for e in window if e.attrs.get("kind") in ACTOR_KINDS]
        places = [e for e in window if e.attrs.get("kind") == "PLACE"]
        m.places = [_actor(e, sent) for e in places]
        m.relations = _relations(m, hits, sent, entities, low)
        m.anaphoric = bool(clause_cues()["anaphor"].search(low[max(sent.start, m.hits[0].start - 12):end]))
        gapped = _gapped(m, prev_end, timexes, [e for e in entities if e.attrs.get("kind") == "PLACE"])
        if gapped:
            out += gapped
        elif m.type in SPLIT_BY_PLACE:
            out += _split_by_place(m, places, original)
        else:
            m.place = _place(places)
            out.append(m)
        prev_end = max(prev_end, m.hits[0].end)
    return out


def _new_clause(a: Hit, b: Hit, low: _Lower, entities: list[Span]) -> bool:
    """Whether ``b`` starts a clause of its own after ``a``: a clause end between them followed by
    a new subject ("..., fakat Meclis bu anlaşmayı reddetmiştir") or by a wider gap. Coordinated
    verbs of one type with no subject of their own tell one happening of one actor ("Hariciye
    Vekilliğine getirilmiş ve ... heyetin başkanlığına atanmıştır")."""
    end = clause_cues()["clause_end"].search(low.text, a.start, b.start)
    if end is None:
        return False
    return (b.start - end.end() > COORDINATED or _new_subject(entities, end.end(), b.start)
            or (b.date is not None and b.date != a.date))  # "..., ve 1923’te imzalanacak": a date of its own


COORDINATED = 60  # characters after a clause end within which a same-type verb with no subject joins it


OBJECT_CASE = re.compile(r"(?:(?<!s)[yn]?[ıiuü]|[yn]?[ae])$")  # accusative or dative ending


def _object_noun(h: Hit, hits: list[Hit], low: _Lower) -> bool:
    """A bare event noun in the accusative or dative, followed in its clause by a verb of
    another kind of happening, is that verb's object ("barış konferansına ... davet
    etmiştir", "antlaşmayı ... onaylamış"): it takes no date, so it starts no event (it may
    still refer back to one). "ikinci bir harekat ile ... Kars geri alınmış" keeps its own."""
    if not h.weak or h.key or not OBJECT_CASE.search(low[h.start:h.end]):
        return False
    cues = clause_cues()
    for o in hits:
        if o.start >= h.end and not o.weak and o.type != h.type:
            return not (cues["boundary"].search(low[h.end:o.start])
                        or cues["clause_end"].search(low.text, h.end, o.start))
    return False


def _relations(m: Mention, hits: list[Hit], sent: Sentence, entities: list[Span], low: _Lower) -> list[dict]:
    out: list[dict[str, Any]] = []
    for h in m.hits:
        previous = max((o.end for o in hits if o.end <= h.start), default=sent.start)
        for r in clause_relations(m.type, (h.start, h.end), previous, sent, entities, low):
            if r not in out:
                out.append(r)
    return out


def _joins(m: Mention, h: Hit) -> bool:
    if m.type != h.type:
        return False
    if m.type in UNRELATED and h.start - m.hits[-1].end > NEAR:
        return False  # two far-apart catch-all triggers are two happenings ("Krizi’nin ... kararı almış")
    if m.key and h.key and not same_name(m.key, h.key):
        return False
    if m.date and h.date and m.date.attrs.get("value") != h.date.attrs.get("value"):
        return False
    return True


class _Lower:
    """Turkish-lower-cased slices of the original text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __getitem__(self, sl: slice) -> str:
        return tr.lower(self.text[sl])


def _governing_date(h: Hit, hits: list[Hit], timexes: list[Span], low: _Lower,
                    named: list[Span], entities: list[Span]) -> Span | None:
    """The nearest date before the trigger, unless a participle binds it to another event between,
    the date names another event ("1877-1878 Osmanlı-Rus Savaşı’ndan sonra Berlin Antlaşması")
    or closes an earlier clause whose event it dates."""
    cues = clause_cues()
    inside = [t for t in timexes if h.start <= t.start and t.end <= h.end]
    if inside:
        return inside[-1]  # "komutası 15 Nisan’da Kazım Bey’e verilmiştir"
    before = [t for t in timexes if t.end <= h.start
              and not (h.key and t.attrs.get("relative") and low[t.end:h.start].strip())
              and not (h.key and _far_from_kb(h.key, t)) and not _is_bound(t, low)]
    if not before or cues["boundary"].search(low[before[-1].end:h.start]):
        return _date_after(h, hits, timexes, low)  # (a named past event is not dated by "bugün" or "iki gün sonra")
    t = before[-1]
    if any(0 <= e.start - t.end <= NAME_GAP and e.end <= h.start and not same_name(e.attrs.get("entity"), h.key)
           and cues["reference"].search(low[e.end:h.start]) for e in named):
        return None
    participle = cues["participle"]
    if _modifies_other_noun(low[t.end:h.start], participle) or cues["when"].search(low[t.end:h.start]):
        return None
    for o in hits:
        if not (t.end <= o.start and o.end <= h.start):
            continue
        if o.type == h.type and not (o.key == h.key or same_name(o.key, h.key)):
            return None  # the date is the nearer event's ("4 Eylül ... Kongre'de ... Erzurum Kongresi'nde")
        if o.type != h.type and participle.search(low[t.end:o.start]):
            return None
        end = cues["clause_end"].search(low.text, o.start, h.start)
        if end and _new_subject(entities, end.end(), h.start):
            return None  # the date is the earlier clause's event's ("11 Mart’ta ... imzalamış, fakat Meclis ... reddetmiştir")
    return t


def _new_subject(entities: list[Span], start: int, end: int) -> bool:
    """A clause with a subject of its own (an actor named with no case suffix: "..., fakat
    Meclis bu anlaşmayı reddetmiştir"); without one the clause goes on telling the same
    actor's doings on the same day ("Ankara’ya gelmiş ve Mustafa Kemal Paşa’yla görüşmüştür")."""
    return any(start <= e.start and e.end <= end and e.attrs.get("kind") in ACTOR_KINDS
               and not APOSTROPHE.search(e.text) for e in entities)


APOSTROPHE = re.compile(r"['’]")
LOCATIVE = re.compile(r"['’]?(?:d[ae]|t[ae]|nd[ae])$")  # "Kars’ta": where the event took place
NEAR = 30  # characters: a verb this close before a named event tells it ("imzalanan Mondros Mütarekesi’nden sonra")
NAME_GAP = 2  # characters between a date and the event name it belongs to ("1877-1878 Osmanlı-Rus Savaşı")
HAPPENED_REACH = 160  # characters after a subject trigger searched for its "happened" verb
NOUN_WORDS = 3  # words between a participle and the trigger that make them different phrases


def _modifies_other_noun(between: str, participle: re.Pattern[str]) -> bool:
    """The date sits in a relative clause that describes another noun ("bugün Rusya’nın
    müttefiki olan Buhara Cumhuriyeti’nin ... heyetini gönderdiğinden"): a participle
    follows it and several words stand between that participle and the trigger."""
    last = max((m.end() for m in participle.finditer(between)), default=None)
    return last is not None and len(between[last:].split()) > NOUN_WORDS


def _is_bound(t: Span, low: _Lower) -> bool:
    """A date followed by "kadar" bounds a span of time ("bugüne kadar uzayıp gelen
    konferans"); it does not date the event (clauses.tsv ``until``)."""
    return bool(clause_cues()["until"].search(low[t.end:t.end + 12]))


def _day(value: str | None) -> str | None:
    """An event's date at day precision: the time of day a TIME expression adds
    ("saat 8 evvel’den", "öğleden sonra") does not tell the event apart."""
    return value.split("T")[0] if isinstance(value, str) and "T" in value else value


FAR_DAYS = 366  # a named event's date this far outside the KB's is another date of the sentence
RUMI_YEARS = 584


@cache
def _kb_interval(key: str) -> Interval | None:
    """The interval of the date the KB gives a named event (None when it gives none)."""
    from vakanuvis import kb

    entry = kb.load().get(key)
    return interval(entry.date) if entry is not None and entry.date else None


def _far_from_kb(key: str, t: Span) -> bool:
    """A date years away from the one the KB gives the named event ("14 Ağustos 1920’de ...
    Birinci Dünya Savaşı’nda"): it dates something else (a Rumi year is kept: it is a
    calendar question for the conflicts)."""
    known = _kb_interval(key)
    told = interval(t.attrs.get("value"), t.attrs.get("mod"))
    if known is None or told is None or known.gap(told) <= FAR_DAYS:
        return False
    return abs(abs(known.start.year - told.start.year) - RUMI_YEARS) > 1


def _date_after(h: Hit, hits: list[Hit], timexes: list[Span], low: _Lower) -> Span | None:
    """A date right after the trigger, bound to it by a participle ("antlaşmanın imzalandığı 30
    Ekim 1918 tarihinde"; clauses.tsv ``after``), or the last date before the verb that says
    the event happened, the event being its subject ("Bolşevik İhtilali, eski takvimle 25 Ekim
    1917’de, yeni takvimle ise 7 Kasım 1917’de gerçekleşmiştir"; clauses.tsv ``happened``)."""
    cues = clause_cues()
    after = next((t for t in timexes if t.start >= h.end and not t.attrs.get("relative")), None)
    if after is None:
        return None
    if cues["after"].search(low[h.start:after.start]):
        return after
    verb = cues["happened"].search(low[h.end:h.end + HAPPENED_REACH])
    if verb is None:
        return None
    verb_at = h.end + verb.start()
    if cues["boundary"].search(low[h.end:verb_at]) or any(h.end <= o.start < verb_at for o in hits):
        return None
    dates = [t for t in timexes if h.end <= t.start and t.end <= verb_at and not t.attrs.get("relative")]
    if not dates or cues["relative_to"].search(low[h.end:dates[-1].start]):
        return None  # "X’in kazanılmasından iki hafta sonra, 26 Eylül’de toplanmıştır": another happening's date
    return dates[-1]


def _inside_hit(e: Span, hits: list[Hit]) -> bool:
    return e.attrs.get("kind") != "EVENT_NAME" and any(h.start <= e.start and e.end <= h.end for h in hits)


def _name(e: Span) -> str:
    return e.attrs.get("stands_for") or e.attrs.get("entity") or e.text


def _actor(e: Span, sent: Sentence) -> Actor:
    low = tr.lower(" ".join(e.text.split()))
    role = next((r for r, pat in roles() if pat.search(low)), "agent")
    return Actor(_name(e), e.attrs.get("entity_id"), e.attrs.get("kind", ""), role, e.text, sentence=sent.start)


def _place(places: list[Span]) -> str | None:
    if not places:
        return None
    located = [p for p in places if LOCATIVE.search(p.text)]
    return _name((located or places)[-1])


def _gapped(m: Mention, start: int, timexes: list[Span], places: list[Span]) -> list[Mention]:
    """One mention per "date, place" pair before one verb ("16 Şubat’ta Erzurum’u, 18
    Nisan’da ise Trabzon’u işgal etmişlerdir"; "3 Ocak’ta Mersin’i, iki gün sonra da Adana’yı
    boşaltmıştır"): the verb is said once for several happenings (gapping), each with its date."""
    verb = m.hits[0].start
    dates = [t for t in timexes if start <= t.start and t.end <= verb]
    if len(dates) < 2:
        return []
    pairs = []
    for t, nxt in zip(dates, [*dates[1:], None], strict=False):
        stop = nxt.start if nxt is not None else m.hits[0].end  # the last object may open the trigger ("Kars’ı almıştır")
        place = next((p for p in places if t.end <= p.start and p.end <= stop), None)
        if place is None:
            if pairs:
                return []  # a date with no place of its own inside the run: not a gapped list
            continue  # a date of the clause before the run ("Eylül sonlarında harekete geçmiş")
        pairs.append((t, place))
    if len(pairs) < 2:
        return []
    return [Mention(m.type, m.sentence, m.hits, m.key, t, m.actors, _name(p), m.places, m.relations)
            for t, p in pairs]


def _split_by_place(m: Mention, places: list[Span], original: str) -> list[Mention]:
    """One mention per place in the coordinated run right before the trigger; gaps are
    measured with whitespace collapsed, so a hard line break inside "X ile Y’nin" keeps the run."""
    run: list[Span] = []
    cursor = m.hits[0].start
    for p in reversed([p for p in places if p.end <= cursor]):
        gap = len(SPACES.sub(" ", original[p.end:cursor]))
        gap_ok = not run and gap <= 2 or run and gap <= 6
        if not gap_ok:
            break
        run.insert(0, p)
        cursor = p.start
    if len(run) <= 1:
        m.place = _name(run[0]) if run else _place(places)
        return [m]
    return [Mention(m.type, m.sentence, m.hits, m.key, m.date, m.actors, _name(p), m.places, m.relations)
            for p in run]


# --- across sentences ------------------------------------------------------------------------
def cluster(mentions: list[Mention]) -> list[Cluster]:
    """Merge the mentions that tell one happening (one event, several evidence sentences).

    A bare event noun (a weak trigger without a name or a date) only adds evidence to an
    event already told; it never starts one.
    """
    clusters: list[Cluster] = []
    by_type: dict[str, list[Cluster]] = {}
    for m in mentions:
        target = _cluster_for(m, by_type.get(m.type, []))
        if target is not None:
            target.mentions.append(m)
        elif not (m.weak and not m.key and not m.date):
            clusters.append(Cluster([m]))
            by_type.setdefault(m.type, []).append(clusters[-1])
    return clusters


def _merge_by_place(clusters: list[Cluster], original: str) -> list[Cluster]:
    """An unnamed event at a place joins the named event of its type whose name starts with
    that place, when their dates agree ("1921 sonbaharında Kars’ta toplanan konferans" is the
    "Kars Konferansı" of 26 Eylül 1921)."""
    keyed = [c for c in clusters if c.key]
    out = []
    for c in clusters:
        place = None if c.key else next((m.place for m in c.mentions if m.place), None)
        target = next((k for k in keyed if place and k.type == c.type
                       and name_words(k.key)[:1] == name_words(place)[:1] and _agree(c.date, k.date)
                       and not _other_document(c, k.key, original)), None)
        if target is None:
            out.append(c)
        else:
            target.mentions = sorted(target.mentions + c.mentions, key=lambda m: m.sentence.index)
    return out


def _other_document(c: Cluster, key: str, original: str) -> bool:
    """The unnamed event's sentences call it by another head word than the name's ("Lozan’da
    imzalanan mübadele sözleşmesi" is not the "Lozan Antlaşması")."""
    heads = {norm for _, norm in name_variants()}
    told = {w for m in c.mentions for w in name_words(original[m.sentence.start:m.sentence.end])} & heads
    return bool(told) and name_words(key)[-1] not in told


def _agree(a: Span | None, b: Span | None) -> bool:
    """Dates that may be of one happening: either untold, equal, or one inside the other."""
    return a is None or b is None or a.attrs.get("value") == b.attrs.get("value") or _nests(a, b)


def _cluster_for(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    same = [c for c in clusters if c.last != m.sentence.index]  # mentions come in sentence order
    if m.key:
        keyed = [c for c in same if same_name(c.key, m.key)]
        if keyed:
            return keyed[-1]
    if not m.key and m.date is not None:
        told = interval(m.date.attrs.get("value"), m.date.attrs.get("mod"))
        known = next((c for c in reversed(same) if c.key and told is not None and _kb_interval(c.key) == told), None)
        if known is not None:
            return known  # "Barış antlaşması 3 Mart 1334’te imzalanmış": the day the KB gives Brest-Litovsk
    window = WEAK_WINDOW if m.weak else 0 if m.type in UNRELATED else CLUSTER_WINDOW
    if not m.key and not m.date and len(same) == 1 and (same[0].key or m.type in told_once()):
        return same[0]  # "the revolution" after the one named revolution told so far
    for c in reversed(same):
        if m.key and c.key and not same_name(m.key, c.key):
            continue
        if c.key and m.date and _far_from_kb(c.key, m.date):
            continue  # "1877-1878 savaşından" is not the "Birinci Dünya Savaşı" told just before
        cd = c.date
        if m.date and cd:
            if m.key and not c.key and _nests(m.date, cd):
                return c  # "1921 sonbaharında toplanan konferans" ... "Kars Konferansı 26 Eylül 1921’de"
            continue
        if m.sentence.index - c.last <= window and not _other_people(m, c):
            return c
        if _shares_name(m.salient, {n for x in c.mentions for n in x.salient}):
            return c
    return None


def _other_people(m: Mention, c: Cluster) -> bool:
    """The next sentence's event is done by people the event so far does not know ("İtilaf
    Devletleri ... davetiye gönderdi. Tevfik Paşa ... bir telgraf çekerek"): another happening."""
    if m.anaphoric:
        return False
    told = {a.entity for x in c.mentions for a in x.actors}
    people = {a.entity for a in m.actors if a.kind == "PERSON"}
    return bool(people) and bool(told) and not people & told


def _nests(a: Span, b: Span) -> bool:
    """One date inside the other (a season and a day in it), told of one happening."""
    ia, ib = interval(a.attrs.get("value"), a.attrs.get("mod")), interval(b.attrs.get("value"), b.attrs.get("mod"))
    if ia is None or ib is None or ia == ib:
        return False
    return ib.start <= ia.start and ia.end <= ib.end or ia.start <= ib.start and ib.end <= ia.end


def _shares_name(a: set[str], b: set[str]) -> bool:
    """A person or named event in both, also when one name ends with the other ("Ermeni Patriği
    Zaven Efendi" / "Zaven Efendi": a title or heading word glued before the name)."""
    return bool(a & b) or any(x.endswith(" " + y) or y.endswith(" " + x) for x in a for y in b
                              if " " in x and " " in y)


def _date_from_instrument(clusters: list[Cluster], low: _Lower) -> None:
    """An undated event done "by" a dated one in the same sentence takes its date
    ("Antlaşmanın 2’nci maddesiyle Batum bırakılıyordu": the treaty's date, from context)."""
    cue = clause_cues()["instrumental"]
    by_sentence: dict[int, list[tuple[Cluster, Mention]]] = {}
    for c in clusters:
        for m in c.mentions:
            by_sentence.setdefault(m.sentence.index, []).append((c, m))
    for c in clusters:
        if c.date is not None:
            continue
        for m in c.mentions:
            for other, om in by_sentence[m.sentence.index]:
                if other is c or other.date is None or not (om.key or om.weak):
                    continue  # only a named event or an event noun is an instrument
                h = om.hits[0]
                if cue.search(low[h.start:min(h.end + 40, om.sentence.end)]):
                    m.date, c.inherited = other.date, True
                    break
            if c.date is not None:
                break


# --- event names ---------------------------------------------------------------------------
ACCENTS = str.maketrans("âîû", "aiu")


@cache
def name_words(name: str) -> tuple[str, ...]:
    """A named event's words, lower-cased, without suffix after an apostrophe, head words folded."""
    out = []
    for w in re.split(r"[\s\-–]+", re.split(r"['’]", name)[0] if name.count("’") + name.count("'") == 1 else name):
        w = tr.lower(w).translate(ACCENTS).strip("()")
        if not w:
            continue
        out.append(next((norm for pre, norm in name_variants() if w.startswith(pre)), w))
    return tuple(out)


def same_name(a: str | None, b: str | None) -> bool:
    """Two names of one happening: equal after folding, or one is the other with a word left
    out, same first and last word ("Moskova Antlaşması" / "Moskova Dostluk Antlaşması")."""
    if not a or not b:
        return False
    wa, wb = name_words(a), name_words(b)
    if wa == wb:
        return True
    short, long_ = sorted((wa, wb), key=len)
    if len(short) < 2 or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    it = iter(long_)
    return all(w in it for w in short)


# --- output ----------------------------------------------------------------------------------
def _event_span(doc: Doc, number: int, c: Cluster) -> Span:
    first = c.mentions[0].hits[0]
    date = c.date
    actors: dict[str, Actor] = {}
    for m in c.mentions:
        for a in m.actors:
            known = actors.setdefault(a.entity, Actor(a.entity, a.entity_id, a.kind, a.role, a.text,
                                                      sentence=a.sentence))
            form = " ".join(a.text.split())
            if form not in known.forms:
                known.forms.append(form)
    place = next((m.place for m in c.mentions if m.place), None)
    attrs: dict[str, Any] = {
        "id": f"e{number}",
        "type": c.type,
        "date": _day(date.attrs.get("value")) if date else None,
    }
    if date is not None:
        dated = next(m for m in c.mentions if m.date is date)
        attrs["date_evidence"] = {"start": dated.sentence.start, "end": dated.sentence.end}
        if date.attrs.get("mod"):
            attrs["mod"] = date.attrs["mod"]
        if date.attrs.get("calendar"):
            attrs["calendar"] = date.attrs["calendar"]
        attrs["date_source"] = "context" if c.inherited or date.attrs.get("resolved_from_context") else "text"
        if date.attrs.get("relative"):
            attrs["date_relative"] = True  # "bugün", "iki gün sonra": resolved, not written
        attrs["date_text"] = date.text
    relations = _unique_relations(c)
    slots = _slots(c, actors, place, relations)
    triggers_text = " ".join(h.clean or h.text for m in c.mentions for h in m.hits)
    attrs.update(
        title=title(c.type, "tr", slots, triggers_text),
        title_en=title(c.type, "en", dict(slots, key=_english_name(c.key)), triggers_text),
        participants=list(actors),
        roles={name: a.role for name, a in actors.items()},
        actors=[a.to_json() for a in actors.values()],
        place=place,
        places=_unique([p.to_json() for m in c.mentions for p in m.places]),
        key=c.key,
        evidence=sorted({(m.sentence.start, m.sentence.end) for m in c.mentions}),
        triggers=[{"start": h.start, "end": h.end, "text": h.text} for m in c.mentions for h in m.hits],
        relations=relations,
    )
    attrs["evidence"] = [{"start": s, "end": e} for s, e in attrs["evidence"]]
    return doc.original_span(first.start, first.end, "event", **attrs)


def _unique_relations(c: Cluster) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in c.mentions:
        for r in m.relations:
            r = dict(r, sentence=m.sentence.start)
            if m.date is not None:  # the mention's own date (a cluster may hold several)
                r.update(date=m.date.attrs.get("value"), mod=m.date.attrs.get("mod"))
            if not any((o["relation"], o["source"], o["target"]) == (r["relation"], r["source"], r["target"])
                       for o in out):
                out.append(r)
    return out


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for i in items:
        seen.setdefault((i["entity"], i["role"]), i)
    return list(seen.values())


def _english_name(key: str | None) -> str | None:
    """The KB's English name of a named event (the Turkish name when it has none)."""
    if not key:
        return None
    from vakanuvis import kb

    entry = kb.load().get(key)
    return entry.name_en if entry is not None and entry.name_en else key


def _slots(c: Cluster, actors: dict[str, Actor], place: str | None,
           relations: list[dict[str, Any]]) -> dict[str, str | None]:
    """What a title template may name (see data/tr/events/titles.tsv)."""
    def first(role: str) -> str | None:
        return next((n for n, a in actors.items() if a.role == role), None)

    rel = relations[0] if relations else {}
    a = rel.get("by") or rel.get("source")
    b = rel.get("target") if a == rel.get("source") else rel.get("source")
    dest = next((p.entity for m in c.mentions for p in m.places if p.role == "target"), None)
    return {"key": c.key, "agent": first("agent"), "target": first("target"), "a": a, "b": b,
            "place": place, "dest": dest, "trigger": " ".join((c.mentions[0].hits[0].clean or c.mentions[0].hits[0].text).split())}
