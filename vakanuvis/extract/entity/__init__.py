"""The ``entity`` layer: names of persons, states, organisations, places, named events and
peoples, each linked to one canonical entity (a KB id, or ``new:<name>`` for a discovered one).

Steps, each a small function: :func:`match.scan` finds KB forms (Aho–Corasick, Turkish
suffixes), persons grow over surnames and titles, singular demonyms are kept only before an
agent noun (GOLD_FORMAT convention 1), :func:`discover.discover` adds unknown names typed by
cues, the longest mention wins, short forms (`Kongre’de`) point back to the last named
congress, and :mod:`resolve` picks the entry valid in the mention's year. Attributes follow
GOLD_FORMAT.md: ``entity`` (canonical name), ``kind``, ``stands_for`` when relevant, plus
``entity_id``.
"""

from __future__ import annotations

import re

from vakanuvis.extract import morphology
from vakanuvis.extract.entity import document, refer
from vakanuvis.extract.entity import lexicon as lx
from vakanuvis.extract.entity.context import citation_ranges, year_index
from vakanuvis.extract.entity.discover import (
    discover,
    document_words,
    name_word,
    opens_sentence,
    plausible_name,
)
from vakanuvis.extract.entity.match import Mention, extend_person, longest, next_word, previous_word, scan
from vakanuvis.extract.entity.resolve import choose, stands_for, stands_for_then
from vakanuvis.model import Doc, Span
from vakanuvis.registry import extractor

__all__ = ["extract_entities", "find_mentions"]
COORDINATED = re.compile(r"[ \t]*(?:,|ve\b|ile\b|veya\b)")
IZAFET_NEXT = re.compile(r"-y?[ıiuü](?![^\W\d_])")
OFFICE = re.compile(r"l[ıiuü][kğ][ıiuü]")  # -lIk + possessive: büyükelçiliği, konsolosluğu


def _agent_role(text: str, pos: int) -> tuple[str, int] | None:
    """After a demonym: ``("agent"|"state", end of the head)`` when an agent noun or a state
    head follows (`Yunan birlikleri`, `Türk Milli Devleti`), else ``None``."""
    nouns = lx.agent_nouns()
    demonyms = lx.demonym_keys()
    for _ in range(8):  # `skip` words (Milli) and coordinated demonyms (`İngiliz, Fransız ve İtalyan`)
        nxt = COORDINATED.match(text, pos)
        if nxt:
            pos = nxt.end()
            continue
        nxt = next_word(text, pos)
        if nxt is None:
            return None
        word, _, end = nxt
        norm = lx.normalize_word(word)
        if norm in demonyms:
            pos = end
            continue
        role = None
        for noun, r in nouns.items():
            if norm.startswith(noun) and morphology.is_suffix(noun, norm[len(noun):]):
                role = r
                break
        if role == "skip":
            pos = end
            continue
        if role == "agent" and word[:1].isupper() and lx.cues().get(norm) == "ORG":
            return None  # `Yunan Ordusu`: a name, left to discovery
        return (role, end) if role else None
    return None


def _generic(text: str, m: Mention) -> bool:
    """A common-noun-like name (`meclis`) or short form after an indefinite determiner
    (`hiçbir meclis`); a proper name stays one (`bir Türkiye`)."""
    if not (m.pattern.lower_ok and " " not in m.pattern.key) and m.pattern.role != "short":
        return False
    return lx.normalize_word(previous_word(text, m.start)) in lx.word_set("generic.tsv")


def _one_member(text: str, m: Mention) -> bool:
    """`bir Fransız askerine`: a demonym between `bir` and a singular soldier noun names one
    person, not the nation acting."""
    if lx.normalize_word(previous_word(text, m.start)) != "bir":
        return False
    nxt = next_word(text, m.end)
    if nxt is None:
        return False
    word = lx.normalize_word(nxt[0]).split("'")[0]
    return any(word.startswith(stem) and not word[len(stem):].startswith(("ler", "lar"))
               and morphology.is_suffix(stem, word[len(stem):]) for stem in lx.word_set("single_agents.tsv"))


def _lower_head(text: str, m: Mention) -> bool:
    """A KB form ending in a common noun written in lower case (`Musul meselesi`, `Musul
    vilayetinin`): the name before it is the mention, not the phrase."""
    if " " not in m.pattern.key or m.pattern.lower_ok:
        return False
    head = m.pattern.key.rsplit(" ", 1)[1]
    written = text[m.start:m.end].split()[-1]
    return head in lx.word_set("common_heads.tsv") and written[:1].islower()


def _other_assembly(lex: lx.Lexicon, text: str, m: Mention) -> bool:
    """A lower-case-able one-word assembly name (`meclis`) that names another assembly."""
    return _has_kind(lex, m, "ORG") and refer.other_assembly(text, m)


def _has_kind(lex: lx.Lexicon, m: Mention, kind: str) -> bool:
    """Whether one of the KB candidates of ``m`` is of ``kind``."""
    return any(lex.kb.entries[i].kind == kind for i in m.ids if i in lex.kb.entries)


def _regimes(lex: lx.Lexicon, ids: tuple[str, ...]) -> bool:
    """Whether the candidates are successive states (`Rusya`), not same-named documents
    (`Teşkilat-ı Esasiye Kanunu’nda` is in the 1921 or the 1924 constitution)."""
    return all(i in lex.kb.entries and lex.kb.entries[i].kind == "STATE" for i in ids)


def find_mentions(doc: Doc) -> list[Mention]:
    """Recognised mentions (clean offsets), overlaps resolved, before linking."""
    lex = lx.lexicon()
    text = doc.text
    norm = lx.normalize(text)
    kept: list[Mention] = []
    titles = lx.titles()
    lower_words = document_words(text)
    for m in scan(text, norm, lex):
        role = m.pattern.role
        if m.pattern.english and m.pattern.key in lower_words:
            continue  # `Kabul edilmiş`: an English form that is a Turkish word of this document
        if role != "discovered" and " " not in m.pattern.key and IZAFET_NEXT.match(text, m.end):
            continue  # `Heyet-i Aliyyeniz`: the head of a longer izafet, not this name
        if role == "demonym":
            if m.tags:
                continue
            found = _agent_role(text, m.end)
            if found is None or _one_member(text, m):
                continue
            if found[0] == "state":
                m.end, m.attrs["state"] = found[1], True
        elif _generic(text, m) or _other_assembly(lex, text, m) or _lower_head(text, m):
            continue
        elif role == "name" and _has_kind(lex, m, "PERSON"):
            extend_person(text, m, titles, name_word)
        kept.append(m)
    starts = frozenset(s.clean_start for s in doc.sentences) | frozenset(p[0] for p in doc.paragraphs)
    known = [(m.start, m.end) for m in kept if m.pattern.role == "name"]
    ends = {m.end for m in kept if m.pattern.role == "name"}
    dates = [(doc.to_clean(s.start), doc.to_clean(s.end)) for s in doc.layers.get("timex", [])]
    for d in discover(text, starts) + document.numbered_units(text) + document.fronts(text):
        if d.kind == "PERSON" and any(d.start < e and s < d.end for s, e in known):
            continue  # a known name with a title or office around it (`Romanya Kralı Hazretleri`)
        if d.end in ends:
            continue  # the known name already ends there (`Böylece Sovyetler Birliği`)
        if any(d.start < e and s < d.end for s, e in dates):
            continue  # a month inside a date (`7 Kânun-ı Sânî’den`) is no name
        kept.append(d)
    kept += document.dated_treaties(doc, text) + refer.ministries(text, norm)
    cited = citation_ranges(doc)
    chosen = [m for m in longest(kept) if not any(m.start < e and s < m.end for s, e in cited)]
    added = [m for m in _from_context(doc, norm, chosen, starts) if not any(m.start < e and s < m.end for s, e in cited)]
    return sorted(chosen + added, key=lambda m: m.start)


def _from_context(doc: Doc, norm: str, chosen: list[Mention], starts: frozenset[int]) -> list[Mention]:
    """Names found through the document: other forms of discovered names, unknown places
    listed with known ones, people of known places (:mod:`document`)."""
    text = doc.text
    common = document_words(text)
    document.shared_heads(text, chosen)
    added = document.spread(text, norm, chosen)
    lex = lx.lexicon()
    places = {lx.normalize_word(m.name or m.pattern.form) for m in chosen + added
              if m.kind == "PLACE" or (not m.kind and _has_kind(lex, m, "PLACE"))}
    added += document.inhabitants(text, chosen + added, places)
    added += document.place_lists(text, chosen + added, lambda w, pos: plausible_name(text, w, pos, starts, common))
    added += refer.inhabitant_adjectives(text, [(m.start, m.end) for m in chosen + added], places, document.known)
    added += refer.first_names(text, norm, chosen + added, common, lambda pos: opens_sentence(text, pos, starts))
    return added


def _metonymic(text: str, m: Mention) -> bool:
    cases, verbs, place_nouns = lx.metonymy()
    last = m.tags.split("+")[-1] if m.tags else "BARE"
    nxt = next_word(text, m.end)
    following = lx.normalize_word(nxt[0]) if nxt else ""
    if last == "BARE" and following:
        cue = next((c for c in lx.cues() if following.startswith(c)), None)
        if cue and lx.cues()[cue] == "PLACE" or following.startswith(place_nouns):
            return False
        if OFFICE.search(following):
            return False  # `Moskova büyükelçiliği`, `Ankara valiliği`: an office in the city
    if last in cases and (last != "BARE" or not text[m.end:m.end + 1].isalpha()):
        return True
    return bool(following) and following.startswith(verbs)


@extractor("entity", requires=("timex",))
def extract_entities(doc: Doc) -> list[Span]:
    """Entity mentions of ``doc`` in GOLD_FORMAT.md form."""
    lex = lx.lexicon()
    years = year_index(doc)
    text = doc.text
    spans: list[Span] = []
    seen: list[tuple[str, str, str]] = []  # (normalised name, id, kind) of linked mentions so far
    starts: list[int] = []  # clean start of each of them
    pending: list[tuple[Mention, str]] = []  # short forms with no antecedent
    mentions = find_mentions(doc)
    persons = refer.short_names(mentions)
    for m in mentions:
        year = years.at(m.start)
        attrs: dict[str, str] = {}
        if m.pattern.role == "discovered":
            attrs = {"entity": m.name or "", "kind": m.kind or "", "entity_id": m.ids[0]}
            hit = document.shortened(m.name or "", m.kind or "", {s[1] for s in seen}) if m.ids[0][:4] == "new:" else None
            if hit is not None:
                attrs["entity_id"], attrs["entity"] = hit
            hit = document.known(m.name or "", (m.kind or "",)) if attrs["entity_id"][:4] == "new:" else None
            if hit is not None:  # `Lozan Sulhnamesi` -> `Lozan Antlaşması`, a KB form
                attrs["entity_id"], attrs["entity"] = hit
            person = refer.relink(m.name or "", lex, persons, m.start) if m.kind == "PERSON" else None
            if person is not None and attrs["entity_id"][:4] == "new:":  # `Celâl Bey` after `Celâl Bayar`
                attrs["entity_id"], attrs["entity"] = person, lex.kb.entries[person].name
        elif m.pattern.role == "short":
            head = m.ids[0].split(":", 1)[1]
            ante = next((s for s in reversed(seen) if head in s[0]), None)
            if ante is None:
                pending.append((m, head))  # `Grup karargâhı … Yıldırım Grubu`: named later
                continue
            attrs = {"entity": spans[-1].attrs["entity"], "kind": ante[2], "entity_id": ante[1]}
            attrs["entity"] = next(s.attrs["entity"] for s in reversed(spans) if s.attrs["entity_id"] == ante[1])
        elif len(m.ids) > 1 and "LOC" in m.tags.split("+") and _regimes(lex, m.ids):
            # a name shared by successive regimes, used as a location (`Rusya’da`), is the land
            form = m.pattern.form
            attrs = {"entity": form, "kind": "STATE",
                     "entity_id": "new:" + lx.normalize_word(form).strip()}
        else:
            entry = choose(lex, m.ids, year, m.pattern.form)
            entry = lex.kb.entries[document.member(entry.id, m.pattern.form, seen)]
            target = stands_for(lex, entry, year)
            if m.pattern.role == "demonym" and m.attrs.get("state") and target is not None:
                attrs = {"entity": target.name, "kind": target.kind, "entity_id": target.id}
            else:
                attrs = {"entity": entry.name, "kind": entry.kind, "entity_id": entry.id}
                if target is not None and entry.kind == "GROUP":
                    attrs["stands_for"] = target.name
                elif target is not None and _metonymic(text, m) and stands_for_then(lex, entry, year):
                    attrs["stands_for"] = target.name
        seen.append((lx.normalize_word(attrs["entity"]), attrs["entity_id"], attrs["kind"]))
        spans.append(doc.span(m.start, m.end, "entity", **attrs))
        starts.append(m.start)
    for m, head in pending:
        post = next((k for k, s in enumerate(seen) if starts[k] > m.start and head in s[0]), None)
        if post is not None:
            attrs = {"entity": spans[post].attrs["entity"], "kind": seen[post][2], "entity_id": seen[post][1]}
            spans.append(doc.span(m.start, m.end, "entity", **attrs))
    return spans
