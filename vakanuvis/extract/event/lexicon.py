"""Event data files (``vakanuvis/data/tr/events``), parsed and checked once.

A malformed line raises :class:`~vakanuvis.errors.RuleError` naming the file, line and
pattern, so a broken lexicon fails at load time, not silently at match time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vakanuvis.errors import RuleError
from vakanuvis.lang.tr import DATA

EVENT_DIR = DATA / "events"
BLOCK = "-"
SUFFIXES = r"\w*(?:['’]\w+)?"  # what "\w*" means in a trigger: suffixes, also after an apostrophe


@dataclass(frozen=True)
class Trigger:
    type: str  # event type, or BLOCK
    pattern: re.Pattern[str]
    example: str
    line: int
    weak: bool  # a generic event noun: needs a name, a date or an earlier mention
    needles: tuple[str, ...] = ()  # literals, one of which every match contains (() = unknown)
    proper: bool = False  # the match must start with a capitalised word (a proper name)


PAIRINGS = ("agent-counterpart", "agent-opponent", "agent-target", "between", "participants",
            "agent-counterpart+cue", "agent-target+cue")
RELATIONS = ("ALLIED_WITH", "SUPPORTS", "AT_WAR_WITH", "NEGOTIATES_WITH", "SIGNED_WITH", "RECOGNISES")


@dataclass(frozen=True)
class RelationRule:
    relation: str
    types: frozenset[str] | None  # None: any event type
    pairing: str
    cue: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    directed: bool
    line: int

    def applies(self, event_type: str, clause: str, cancel: bool = True) -> bool:
        """Whether the rule holds for an event of this type told in this (lower-cased) clause
        (``cancel=False``: the caller checks the UNLESS cue itself, closer to the pair)."""
        return ((self.types is None or event_type in self.types)
                and (self.cue is None or bool(self.cue.search(clause)))
                and not (cancel and self.unless and self.unless.search(clause)))


def _rows(name: str, width: int) -> list[tuple[int, list[str]]]:
    path = EVENT_DIR / name
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != width:
            raise RuleError(f"{path.name}:{no}: expected {width} tab-separated columns, got {len(cols)}")
        out.append((no, cols))
    return out


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise RuleError(f"{where}: bad regex {pattern!r}: {e}") from None


@cache
def event_types() -> dict[str, tuple[str, str]]:
    """``{TYPE: (turkish label, english label)}`` in the order of GOLD_FORMAT.md."""
    return {t: (tr, en) for _, (t, tr, en, _once, _needs) in _rows("types.tsv", 5)}


@cache
def told_once() -> frozenset[str]:
    """Types a text usually tells once (an undated, unnamed mention refers back to it)."""
    return frozenset(t for _, (t, _tr, _en, once, _needs) in _rows("types.tsv", 5) if once == "yes")


@cache
def needs_party() -> frozenset[str]:
    """Types that count only in a sentence naming a state or people (types.tsv NEEDS)."""
    return frozenset(t for _, (t, _tr, _en, _once, needs) in _rows("types.tsv", 5) if needs == "party")


@cache
def needs_place() -> frozenset[str]:
    """Types that count only in a sentence naming a state, people or place (types.tsv NEEDS)."""
    return frozenset(t for _, (t, _tr, _en, _once, needs) in _rows("types.tsv", 5) if needs == "place")


@cache
def triggers() -> tuple[Trigger, ...]:
    types = event_types()
    out = []
    for no, (typ, pat, example, strength) in _rows("triggers.tsv", 4):
        if typ != BLOCK and typ not in types:
            raise RuleError(f"triggers.tsv:{no}: unknown event type {typ!r}")
        if strength not in ("strong", "weak", "proper"):
            raise RuleError(f"triggers.tsv:{no}: strength must be strong, weak or proper, not {strength!r}")
        pat = pat.replace(r"\w*", SUFFIXES)
        out.append(Trigger(typ, _compile(r"(?<!\w)(?:" + pat + ")", f"triggers.tsv:{no}"), example, no,
                           strength == "weak", required_literals(pat), strength == "proper"))
    return tuple(out)


def required_literals(pattern: str) -> tuple[str, ...]:
    """One required literal per top-level alternative (empty when some branch has none)."""
    found: list[str] = []
    for b in required_branches(pattern):
        lit = required_literal(b)
        words = [lit] if lit is not None else leading_words(b)
        if not words:
            return ()
        found += words
    return tuple(found)


LEADING = re.compile(r"^\(\?:((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))+)\)")


def leading_words(pattern: str) -> list[str] | None:
    """Literals of a leading group of alternatives ("(?:ateşkes|mütareke)..."): every match
    contains one of them (their letters up to the first special character, ≥ 3 long)."""
    m = LEADING.match(pattern)
    if not m:
        return None
    out = []
    for alt in required_branches(m[1]):
        lit = re.match(r"[^\\\[\](){}?*+|.]*", alt)[0]  # type: ignore[index]
        if len(lit) < 3:
            return None
        out.append(lit)
    return out


def required_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    branches, depth, start = [], 0, 0
    for i, c in enumerate(pattern):
        if c == "\\" or (i and pattern[i - 1] == "\\"):
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    return branches


def required_literal(pattern: str) -> str | None:
    """The longest run of plain letters outside any group, alternation or quantifier: a
    substring every match must contain (``None`` when there is none)."""
    runs, cur, depth, i = [], "", 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            runs.append(cur)
            cur, i = "", i + 2
            continue
        if c == "[":
            runs.append(cur)
            cur, i = "", pattern.index("]", i + 1) + 1
            continue
        if c in "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        if depth == 0 and c in "?*{" and cur:
            cur = cur[:-1]  # the quantified letter is optional
        if depth == 0 and (c.isalpha() or c == " ") and c not in "()":
            cur += c
        else:
            runs.append(cur)
            cur = ""
        i += 1
    runs.append(cur)
    best = max(runs, key=lambda r: len(r.strip()))
    return best if len(best.strip()) >= 3 else None


@cache
def clause_cues() -> dict[str, re.Pattern[str]]:
    return {name: _compile(pat, f"clauses.tsv:{no}") for no, (name, pat) in _rows("clauses.tsv", 2)}


@cache
def roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, _compile(pat, f"roles.tsv:{no}")) for no, (role, pat) in _rows("roles.tsv", 2))


@cache
def relation_rules() -> tuple[RelationRule, ...]:
    types = event_types()
    out = []
    for no, (rel, typs, pairing, cue, unless, directed) in _rows("relations.tsv", 6):
        where = f"relations.tsv:{no}"
        wanted = None if typs == "*" else frozenset(typs.split(","))
        if rel not in RELATIONS:
            raise RuleError(f"{where}: unknown relation {rel!r}")
        if wanted and not wanted <= set(types):
            raise RuleError(f"{where}: unknown event type in {typs!r}")
        if pairing not in PAIRINGS:
            raise RuleError(f"{where}: pairing must be one of {', '.join(PAIRINGS)}, not {pairing!r}")
        out.append(RelationRule(rel, wanted, pairing, None if cue == "-" else _compile(cue, where),
                                None if unless == "-" else _compile(unless, where), directed == "yes", no))
    return tuple(out)


@cache
def relation_roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(role, pattern)`` read from the words after a mention (karşı, ile, arasında)."""
    return tuple((role, _compile(pat, f"relation_roles.tsv:{no}"))
                 for no, (role, pat) in _rows("relation_roles.tsv", 2))


@cache
def head_roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(role, pattern)`` read from the case ending of a head noun ("Yunan ordusuna")."""
    return tuple((role, _compile(pat, f"head_roles.tsv:{no}")) for no, (role, pat) in _rows("head_roles.tsv", 2))


@cache
def head_nouns() -> tuple[str, ...]:
    """Nouns that make a demonym or state name before them an actor ("Türk birlikleri")."""
    from vakanuvis.lang.tr import lower, read_table

    return tuple(sorted({lower(row[0]) for row in read_table("entity/agent_nouns.tsv") if row[1] in ("agent", "state")},
                        key=len, reverse=True))


@cache
def absorbed() -> dict[tuple[str, str], tuple[int, int, re.Pattern[str]]]:
    """``{(noun type, verb type): (max gap after the noun, max gap before it, noun form)}``: a
    verb that close to such a noun, whose text matches the form, tells the noun's event (-1:
    never on that side)."""
    types = event_types()
    out = {}
    for no, (noun, verb, after, before, form) in _rows("absorb.tsv", 5):
        if noun not in types or verb not in types or not after.isdigit() or not (before.isdigit() or before == "-"):
            raise RuleError(f"absorb.tsv:{no}: expected two event types and two gaps (a number or -)")
        out[(noun, verb)] = (int(after), int(before) if before.isdigit() else -1, _compile(form, f"absorb.tsv:{no}"))
    return out


@cache
def polities() -> dict[str, str]:
    """``{name: canonical name}`` of names that stand for one side in relations."""
    return {name: canon for _, (name, canon) in _rows("polities.tsv", 2)}


@cache
def explanations() -> dict[tuple[str, str], str]:
    """``{(kind, lang): template}``."""
    return {(kind, lang): text for _, (kind, lang, text) in _rows("explanations.tsv", 3)}


@cache
def name_variants() -> tuple[tuple[str, str], ...]:
    """``(prefix, normal form)`` pairs, longest prefix first."""
    rows = [(a, b) for _, (a, b) in _rows("name_variants.tsv", 2)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def type_rules() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str], str], ...]:
    """``(type, trigger, needs, else type)``: a type kept only in a sentence that shows NEEDS."""
    types = event_types()
    out = []
    for no, (typ, trig, needs, other) in _rows("type_rules.tsv", 4):
        if typ not in types or (other != BLOCK and other not in types):
            raise RuleError(f"type_rules.tsv:{no}: unknown event type")
        out.append((typ, _compile(trig, f"type_rules.tsv:{no}"), _compile(needs, f"type_rules.tsv:{no}"), other))
    return tuple(out)
