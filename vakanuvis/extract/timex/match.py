"""Run the timex rules over a text: candidates, guards, and overlap removal.

Matching is on a folded copy of the clean text (Turkish lower case, â/î/û → a/i/u, ’ for
every apostrophe) of exactly the same length, so match offsets are clean-text offsets.
"""

from __future__ import annotations

import re
import re._compiler as sre_compiler
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from vakanuvis.extract.timex.rules import (
    Rule,
    expand_files,
    fold,
    key,
    lexicon,
    patterns,
    role,
    rules,
)
from vakanuvis.lang import tr


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    rule: Rule
    order: int  # the rule's position in the file (earlier wins a tie)
    groups: dict[str, str]


@cache
def guards() -> dict[str, re.Pattern[str]]:
    out = {}
    for line in tr.read_lines("timex/guards.tsv"):
        name, regex = line.split("\t", 1)
        out[name] = re.compile(expand_files(regex))
    return out


@cache
def counters() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(word after a number, word before a number) that make it a count, page or label."""
    after, before = [], []
    for surface, (side, *_) in _counter_rows():
        (after if side == "after" else before).append(re.escape(surface))
    longest = lambda xs: "|".join(sorted(xs, key=len, reverse=True))  # noqa: E731
    return (
        re.compile(rf"\.?\s*(?:{longest(after)})[a-zçğıöşü’]{{0,5}}(?![\w])"),  # 1920. sayfa
        re.compile(rf"(?:^|[\s(\[])(?:{longest(before)})\s*$"),
    )


@cache
def triggers() -> re.Pattern[str]:
    """Word starts near which a rule can match (``triggers.tsv``): the prefilter."""
    alts = [expand_files(line.strip()) for line in tr.read_lines("timex/triggers.tsv")]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + ")")


WINDOW = 48  # characters either side of a trigger: more than any expression reaches beyond its trigger


def windows(folded: str) -> list[tuple[int, int]]:
    """Merged regions around the triggers, widened to word boundaries."""
    out: list[list[int]] = []
    n = len(folded)
    for m in triggers().finditer(folded):
        s, e = max(0, m.start() - WINDOW), min(n, m.end() + WINDOW)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    for w in out:
        while w[1] < n and folded[w[1]].isalnum():
            w[1] += 1
    return [(s, e) for s, e in out]


def _counter_rows() -> list[tuple[str, tuple[str, ...]]]:
    return [(fold(surface.strip()), tuple(rest)) for surface, *rest in tr.read_table("timex/counters.tsv")]


def _fold(text: str) -> str:
    folded = fold(text)
    if len(folded) != len(text):  # a character whose lower case is longer: fold one by one
        folded = "".join(fold(c)[:1] or c for c in text)
    return folded


def blocked_regions(folded: str) -> list[tuple[int, int]]:
    """Citation parentheses and the reference list: no date is taken there."""
    g = guards()
    regions = [(m.start(), m.end()) for name in ("citation_paren", "citation_author_year", "citation_inline")
               for m in g[name].finditer(folded)]
    bib = g["bibliography"].search(folded)
    if bib:
        regions.append((bib.start(), len(folded)))
    return regions


def _has_month(m: re.Match[str]) -> bool:
    return any(v and role(g) in ("ay", "aynum", "ayroma") for g, v in m.groupdict().items())


def _english_month_ok(text: str, m: re.Match[str]) -> bool:
    """English month names count only when capitalised (``may`` is a verb)."""
    months = lexicon("months.tsv")
    for g, v in m.groupdict().items():
        if v and role(g) == "ay":
            entry = months.get(key(v))
            if entry and entry[1] == "english" and not text[m.start(g)].isupper():
                return False
    return True


def candidates(text: str, folded: str | None = None) -> list[Match]:
    """Every rule match that passes the guards (overlapping ones included)."""
    folded = _fold(text) if folded is None else folded
    after, before = counters()
    out = []
    spans = windows(folded)
    gated = gate_positions(folded, spans)
    genitive = guards()["genitive"]
    texts = [folded[s:e] for s, e in spans]
    for order, (rule, lead, need, first) in enumerate(plan()):
        cap, nogen, label = "cap" in rule.flags, "nogen" in rule.flags, "label" in rule.flags
        found = _matches_at(rule.regex, folded, gated[lead]) if lead in gated else \
            _finditer(rule.regex, folded, _live(spans, texts, need), first)
        for m in found:
            s, e = m.span()
            if s == e:
                continue
            if cap and not text[s].isupper():
                continue
            if nogen and genitive.search(folded, max(0, s - 30), s):
                continue
            if folded[s].isdigit() and (label or not _has_month(m)) and \
                    (after.match(folded, e) or before.search(folded, max(0, s - 12), s)):
                continue  # a count, a page or a volume ("C. 3"); a date with its month is none,
                # except in a "label" rule (a two-digit year: "sürüm 1.12.36")
            if not _english_month_ok(text, m):
                continue
            if "bare" in rule.flags and not bare_month_ok(text, folded, m):
                continue
            if "noun" in rule.flags and not noun_month_ok(text, folded, m):
                continue
            out.append(Match(s, e, rule, order, {k: v for k, v in m.groupdict().items() if v is not None}))
    return out


@cache
def plan() -> tuple[tuple[Rule, str | None, str | re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """Each rule with its gating lead pattern, what its match must hold (one literal; or, when
    the regex engine cannot skip ahead on its own, a regex of alternatives) and, for such a
    rule, a regex of the word starts where it can begin. Pure speed-ups: same matches."""
    out = []
    for r in rules():
        lits, first, skips = required_literals(r.regex), None, _engine_skips(r.regex)
        need = None if not lits else lits[0] if len(lits) == 1 else \
            None if skips else re.compile("|".join(map(re.escape, lits)))
        chars = None if skips else first_chars(r.regex)
        if chars and len(chars) <= MAX_FIRST:  # the character, then "no letter or digit before it"
            first = re.compile("[" + "".join(map(re.escape, sorted(chars))) + r"](?<![^\W_].)")
        out.append((r, r.lead, need, first))
    return tuple(out)


def _engine_skips(regex: re.Pattern[str]) -> bool:
    """Whether ``re`` itself scans for the regex's first characters (then a window with no
    match is already cheap and a prefilter would only add a call)."""
    try:
        tree = sre_parse.parse(regex.pattern, regex.flags)
        return bool(sre_compiler._get_literal_prefix(tree, regex.flags)[0]) or \
            sre_compiler._get_charset_prefix(tree, regex.flags) is not None
    except Exception:  # noqa: BLE001 - private helpers of ``re``: without them, prefilter all
        return False


MAX_FIRST = 12  # first characters: more match too many word starts to try each
MAX_NEEDS = 24  # more alternatives than this make a poor filter


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of ``regex`` contains (``None``: no such set known).

    A window holding none of them cannot hold a match, so the rule's search is skipped
    there: a pure speed-up, read off the regex's own parse tree so that it is always sound.
    """
    if regex.flags & re.IGNORECASE:
        return None
    try:
        need = _seq_needs(sre_parse.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - an unreadable tree only means no prefilter
        return None
    return need or None


def _seq_needs(seq) -> tuple[str, ...] | None:
    """The most selective required set of a sequence: a run of literals or one item's set."""
    found, run = [], []
    for op, av in [*seq, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if op is not None and (got := _item_needs(op, av)):
            found.append(got)
    found = [c for c in found if len(c) <= MAX_NEEDS]
    return max(found, key=lambda c: (min(map(len, c)), -len(c))) if found else None


def _item_needs(op, av) -> tuple[str, ...] | None:
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _seq_needs(branch)
            if not got:
                return None
            out.update(got)
        return tuple(sorted(out))
    if op is sre.SUBPATTERN:
        return None if av[1] or av[2] else _seq_needs(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _seq_needs(av[2]) if av[0] >= 1 else None
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
        return tuple(sorted(chr(v) for _, v in av))
    return None  # look-arounds, classes, anchors, back-references: nothing required


def first_chars(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Characters every match of ``regex`` starts with (``None``: unknown, or it can be empty)."""
    try:
        chars, empty = _seq_first(sre_parse.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - an unreadable tree only means no prefilter
        return None
    return None if chars is None or empty or regex.flags & re.IGNORECASE else frozenset(chars)


def _seq_first(seq) -> tuple[set[str] | None, bool]:
    """(first characters, can be empty) of a sequence."""
    out: set[str] = set()
    for op, av in seq:
        chars, empty = _item_first(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item_first(op, av) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for o, v in av:
            if o is sre.LITERAL:
                chars.add(chr(v))
            elif o is sre.RANGE and v[1] - v[0] < 256:
                chars.update(map(chr, range(v[0], v[1] + 1)))
            else:
                return None, False
        return chars, False
    if op is sre.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, e = _seq_first(branch)
            if chars is None:
                return None, False
            out |= chars
            empty = empty or e
        return out, empty
    if op is sre.SUBPATTERN:
        return (None, False) if av[1] or av[2] else _seq_first(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        chars, empty = _seq_first(av[2])
        return chars, empty or av[0] == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: the next item starts the match
    return None, False


def _live(spans: list[tuple[int, int]], texts: list[str], need: str | re.Pattern[str] | None,
          ) -> list[tuple[int, int]]:
    """The windows (``texts``: their text) holding the rule's required literal or one of its
    required literals (``need``: the literal, or a regex of the alternatives)."""
    if need is None:
        return spans
    if isinstance(need, str):
        return [w for w, t in zip(spans, texts, strict=True) if need in t]
    return [w for w, t in zip(spans, texts, strict=True) if need.search(t)]


SENTENCE_END = re.compile(r"[.!?:;\n]\s*[\"“‘«(]*$")


@cache
def month_nouns() -> frozenset[str]:
    return frozenset(lexicon("month_nouns.tsv"))


def _year_near(folded: str, s: int) -> bool:
    """A year in the same or the previous sentence, before ``s``."""
    ends = [i for i in range(s - 1, max(-1, s - 600), -1) if folded[i] in ".!?\n"
            and (i + 1 >= len(folded) or folded[i + 1].isspace())]
    start = ends[1] if len(ends) > 1 else max(0, s - 600)
    return guards()["year_near"].search(folded, start, s) is not None


def bare_month_ok(text: str, folded: str, m: re.Match[str]) -> bool:
    """A month with a case suffix and no day (``Eylülde``), or after a day in words (``yirmi
    Haziran’da``), is a date; one that is also a noun or a name (``month_nouns.tsv``:
    ``ocakta``, ``iki aralıkla``, ``Kasım Bey``) only in a date context."""
    g = guards()
    v = m.group("ay")
    entry = lexicon("months.tsv").get(key(v))
    if entry is None or entry[1] == "english" or entry[1] == "hijri" and not m.groupdict().get("gsoz"):
        return False  # "Ramazanda" without its day is the fasting month of any year
    if key(v) not in month_nouns():
        return True
    s, e = m.start("ay"), m.end()
    post = g["month_post"].match(folded, e) is not None
    if not text[s].isupper():
        return post and _year_near(folded, s)
    if g["title"].match(folded, e):
        return False
    initial = s == 0 or SENTENCE_END.search(folded, max(0, s - 6), s) is not None
    return not initial or post or _year_near(folded, s)


NAME_CASE = re.compile(r"’(?:da|de|ta|te|dan|den|tan|ten)")  # a name-month's cases that are the month's
AY_NEXT = re.compile(r"\s+ay(?:ı|ın|ında|ının|ına|ından)?(?![a-zçğıöşü])")


def noun_month_ok(text: str, folded: str, m: re.Match[str]) -> bool:
    """After a year (``1920 yılında ekim zamanı``, ``1920 yılında Kasım Bey``) a month that is
    also a noun or a name is one only with a suffix of its own or ``ayı`` after it, or
    capitalised and not before a title."""
    v = m.group("ay")
    if key(v) not in month_nouns():
        return True
    s, e = m.start("ay"), m.end("ay")
    if guards()["title"].match(folded, e):
        return False
    word_end = e
    while word_end < len(folded) and (folded[word_end].isalpha() or folded[word_end] == "’"):
        word_end += 1
    if folded.startswith("’", e) and lexicon("month_nouns.tsv")[key(v)][0].startswith("personal name") \
            and m.end() <= word_end and not NAME_CASE.fullmatch(folded, e, word_end):
        return False  # "1920 yılında Kasım’ın evi", "Kasım’a": the man, not the month
    suffixed = word_end > e
    return suffixed or text[s].isupper() or AY_NEXT.match(folded, e) is not None


GATED = ("sayi", "ay")  # leading patterns shared by many rules: found once, then rules tried there


@cache
def gates() -> dict[str, re.Pattern[str]]:
    pats = patterns()
    return {name: re.compile(f"(?<!\\w)(?=(?:{pats[name].regex}))") for name in GATED}


def gate_positions(folded: str, spans: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Word-start positions (with their window end) where a gated leading pattern matches."""
    out: dict[str, list[tuple[int, int]]] = {}
    for name, rx in gates().items():
        out[name] = [(m.start(), e) for s, e in spans for m in rx.finditer(folded, s, e)]
    return out


def _starts_word(folded: str, s: int) -> bool:
    """Not inside a word, a longer number, a page range (40-41) or a label (1.2)."""
    if not s:
        return True
    prev = folded[s - 1]
    return not (prev.isalnum() or s > 1 and prev in ".,/:-–" and folded[s - 2].isdigit())


def _matches_at(regex: re.Pattern[str], folded: str, positions: list[tuple[int, int]]):
    for pos, end in positions:
        m = regex.match(folded, pos, end)
        if m and _starts_word(folded, pos):
            yield m


def _finditer(regex: re.Pattern[str], folded: str, spans: list[tuple[int, int]],
              first: re.Pattern[str] | None = None):
    """Matches that start a word; after a mid-word match the scan resumes one character on
    (a rule regex has no look-behind, so that the engine can skip ahead on its first char).

    With ``first`` (the word starts where the rule can begin) the regex is tried only there:
    the same matches, found without trying every position of the window."""
    for s, e in spans:
        if first is not None:
            yield from _at_starts(regex, folded, s, e, first)
            continue
        pos = s
        while True:
            m = regex.search(folded, pos, e)
            if m is None:
                break
            if _starts_word(folded, m.start()):
                yield m
                pos = m.end() if m.end() > m.start() else m.start() + 1
            else:
                pos = m.start() + 1


def _at_starts(regex: re.Pattern[str], folded: str, s: int, e: int, first: re.Pattern[str]):
    """``_finditer`` over one window: the first match at a word start, then on from its end."""
    pos = s
    for c in first.finditer(folded, s, e):
        at = c.start()
        if at < pos or not _starts_word(folded, at):
            continue
        m = regex.match(folded, at, e)
        if m:
            yield m
            pos = m.end() if m.end() > at else at + 1


def filter_spans(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches: the longest wins, then the earliest, then the rule listed first."""
    taken: list[Match] = []
    occupied: list[tuple[int, int]] = []
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.start, m.order)):
        if all(m.end <= s or m.start >= e for s, e in occupied):
            taken.append(m)
            occupied.append((m.start, m.end))
    return sorted(taken, key=lambda m: m.start)


def find(text: str, blocked: list[tuple[int, int]] | None = None,
         keep: Callable[[Match], bool] | None = None) -> list[Match]:
    """Matches in reading order, none inside a blocked region (citations, reference list).

    ``keep`` drops matches whose groups make no valid value before overlaps are settled, so
    that an invalid longer match ("on March" read as Turkish "ten") does not hide a valid one.
    """
    folded = _fold(text)
    regions = blocked_regions(folded) + list(blocked or [])
    found = candidates(text, folded)
    if regions:
        found = [m for m in found if not any(m.start < e and s < m.end for s, e in regions)]
    if keep is not None:
        found = [m for m in found if keep(m)]
    return filter_spans(found)
