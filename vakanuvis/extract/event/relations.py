"""Actor–actor relations told by one event mention (rules: ``data/tr/events/relations.tsv``).

Turkish puts an event's actors before its trigger and marks their part by case and
postposition: "Türkiye ile Sovyet Rusya arasında ... imzalandı" (two parties), "Türk
birliklerinin Ermenistan’a karşı harekâtı" (an agent and its opponent), "Rusya ... Türkiye’yi
tanımıştır" (an agent and its target). So a relation is read from the trigger's own clause:
the actors between the previous trigger of the sentence and this one, each with the role its
suffix or the following word gives, paired by the rule of the event type, and kept only when
the clause carries the rule's cue and not its cancelling cue ("askerî harekâtı birleştirmek" is
joining forces, not war).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from vakanuvis.extract.event.lexicon import (
    RelationRule,
    head_nouns,
    head_roles,
    polities,
    relation_roles,
    relation_rules,
    roles,
)
from vakanuvis.lang import tr
from vakanuvis.model import Sentence, Span

PARTY_KINDS = ("STATE", "GROUP")  # and places that stand for a state ("Moskova" = Sovyet Rusya)
HOLDERS = ("PERSON", "ORG")  # actors that are no party but take a role (a delegate, a committee)
TAIL = 40  # characters after the trigger searched for cues ("... harekâtı birleştirmek")
CUE_REACH = 30  # characters after the other actor where a "+cue" pairing looks for its cue
SUBJECT_REACH = 60  # characters at most between a pairing's agent and the other actor
CLAUSE_END = re.compile(r"[;:.!?]")
AND = re.compile(r"^(?:\s+ve\s+|\s+and\s+|\s*,\s*ve\s+)$")
SPLIT_NAME = re.compile(r"^(?:\s+[A-ZÇĞİÖŞÜ][\w-]*){1,3}\s+$")  # capitalised words only, on the original text
COMMA = re.compile(r"^\s*,\s*$")
WORD_REST = re.compile(r"[\w’']*")
NEXT_WORD = re.compile(r"\s+(\w+)")
AND_WITH = re.compile(r"^(?:\s*,\s*|\s+ve\s+|\s+ile\s+|\s+and\s+|\s*,\s*ve\s+)$")


@dataclass
class Party:
    name: str | None  # canonical (polities.tsv); None: a person or organisation (holds a place, pairs with none)
    start: int
    end: int
    role: str
    side: int = 0  # "between" parties: which side of "ile" they stand on


def canonical(name: str) -> str:
    return polities().get(name, name)


def party_name(e: Span) -> str | None:
    """The state or group an entity mention stands for (None: not a party to relations)."""
    kind = e.attrs.get("kind")
    if kind in PARTY_KINDS or (kind == "PLACE" and e.attrs.get("stands_for")):
        return canonical(e.attrs.get("stands_for") or e.attrs.get("entity") or e.text)
    return None


def _role(e: Span, low: Any) -> tuple[str, int]:
    """The role of a mention and where its phrase ends: the case of its word, or of the head
    noun after it ("Yunan ordusuna"), unless a postposition after the phrase decides."""
    end = e.end + WORD_REST.match(low[e.end:e.end + 30]).end()  # type: ignore[union-attr]
    word = tr.lower(" ".join(e.text.split())) + low[e.end:end]
    role = next((r for r, pat in roles() if pat.search(word)), "agent")
    nxt = NEXT_WORD.match(low[end:end + 30])
    if nxt and nxt[1].startswith(head_nouns()):
        end += nxt.end()
        role = next((r for r, pat in head_roles() if pat.search(nxt[1])), "agent")
    after = low[end:end + 25]
    return next((r for r, pat in relation_roles() if pat.search(after)), role), end


def parties(entities: list[Span], start: int, end: int, low: Any) -> list[Party]:
    """The parties of a clause with their roles; coordinated parties share the role of the last."""
    out = []
    for e in entities:
        if e.start < start or e.end > end:
            continue
        name = party_name(e)
        if name is not None or e.attrs.get("kind") in HOLDERS:
            role, phrase_end = _role(e, low)
            out.append(Party(name, e.start, phrase_end, role))
    out = _join_split_names(out, low)
    listed = False  # the next party is part of an "A, B ve C" list
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        gap = low[a.end:b.start]
        if b.role == "between" and a.role in ("agent", "counterpart") and AND_WITH.match(gap):
            a.role, a.side = "between", b.side + (" ile " in gap or a.role == "counterpart")
        elif (b.role in ("opponent", "target", "counterpart") and a.role == "agent"
              and (AND.match(gap) or listed and COMMA.match(gap))):
            a.role, listed = b.role, True
            continue
        listed = False
    return out


def _join_split_names(ps: list[Party], low: Any) -> list[Party]:
    """One long state name tagged as two ("Ukrayna Sosyalist Sovyet Cumhuriyeti"): parties
    joined by capitalised words only are one, named by the first, with the role of the last."""
    out: list[Party] = []
    for p in ps:
        prev = out[-1] if out else None
        gap = low.text[prev.end:p.start] if prev is not None else ""
        if prev is not None and prev.role == "agent" and SPLIT_NAME.match(gap):
            out[-1] = Party(prev.name or p.name, prev.start, p.end, p.role)
            continue
        out.append(p)
    return out


def _subject(ps: list[Party], other: Party) -> Party | None:
    """The agent of a pairing: the nearest before the other actor, else the nearest after it
    (within a few words: a far agent is the subject of another clause)."""
    before = [p for p in ps if p.role == "agent" and p.end <= other.start and other.start - p.end <= SUBJECT_REACH]
    if before:
        return before[-1]
    after = [p for p in ps if p.role == "agent" and p.start >= other.end and p.start - other.end <= SUBJECT_REACH]
    return after[0] if after else None


def pairs(rule: RelationRule, ps: list[Party], low: Any = None,
          tail_end: int | None = None) -> list[tuple[str, str, str | None]]:
    """``(source, target, doer)`` a rule makes of a clause's parties (source and target sorted
    when the relation is symmetric; the doer is the agent of an agent pairing);
    the rule's UNLESS cue cancels a pair when it stands between the pair's first actor and
    the clause end ("Rusya ile harekâtı birleştirmek")."""
    found: list[tuple[Party, Party]] = []
    if rule.pairing == "between":
        among = [p for p in ps if p.role == "between"]
        split = len({p.side for p in among}) > 1
        found = [(a, b) for i, a in enumerate(among) for b in among[i + 1:]
                 if a.name and b.name and (not split or a.side != b.side)]
    elif rule.pairing.startswith("agent-"):
        role, _, near = rule.pairing.split("-", 1)[1].partition("+")
        for other in (p for p in ps if p.role == role):
            if near and rule.cue and not (low is not None and rule.cue.search(low[other.end:other.end + CUE_REACH])):
                continue
            subject = _subject(ps, other)
            if subject is not None and subject.name and other.name:
                found.append((subject, other))
    out = []
    for pa, pb in found:
        a, b = pa.name or "", pb.name or ""
        if a == b or a.startswith(b + " ") or b.startswith(a + " "):
            continue  # one polity ("Mısır", "Mısır Hükümeti")
        if rule.unless and low is not None and rule.unless.search(low[min(pa.start, pb.start):tail_end]):
            continue
        x, y = (a, b) if rule.directed else sorted((a, b), key=tr.sort_key)
        doer = a if rule.pairing.startswith("agent-") else None
        if (x, y, doer) not in out:
            out.append((x, y, doer))
    return out


def clause_relations(event_type: str, trigger: tuple[int, int], previous_end: int, sent: Sentence,
                     entities: list[Span], low: Any) -> list[dict[str, Any]]:
    """Relations told by one trigger occurrence: ``[{relation, source, target, directed, rule}]``."""
    start, end = trigger
    tail_end = min(sent.end, end + TAIL)
    if m := CLAUSE_END.search(low[end:tail_end]):
        tail_end = end + m.start()
    wide = low[sent.start:start]
    clause_start = max(previous_end, sent.start)
    if b := list(CLAUSE_END.finditer(wide)):
        clause_start = max(clause_start, sent.start + b[-1].end())
    ps = parties(entities, clause_start, end, low)
    if len({p.name for p in ps if p.name}) < 2 and clause_start > sent.start:  # the parties before an earlier trigger
        clause_start = sent.start + (b[-1].end() if b else 0)
        ps = parties(entities, clause_start, end, low)
    if len({p.name for p in ps if p.name}) < 2:
        return []
    clause = low[clause_start:tail_end]
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for rule in relation_rules():
        if rule.pairing == "participants" or not rule.applies(event_type, clause, cancel=False):
            continue
        for a, b, doer in pairs(rule, ps, low, tail_end):
            if (rule.relation, a, b) not in seen:
                seen.add((rule.relation, a, b))
                out.append({"relation": rule.relation, "source": a, "target": b, "directed": rule.directed,
                            "by": doer, "rule": rule.line})
    return out
