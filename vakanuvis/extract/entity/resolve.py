"""Time-aware choice among KB entries that share a written form (`Rusya`, `Türk Hükümeti`).

An alias shared on purpose (``ambiguous: true``) lists several candidates; the one whose
``valid`` interval contains the mention's year wins, the narrowest interval first (Sovyet
Rusya 1917–1922 beats an open-ended generic entry); same-named dated documents (two
constitutions called `Teşkilat-ı Esasiye Kanunu`) count from their dates. With no year, or no candidate valid
then, the candidate nearest in time, else the one whose canonical name is the form, else the
first. A sole candidate links, unless it did not exist yet and exactly one entry sharing
other forms with it did (`Sovyetler Birliği` in 1920 → Sovyet Rusya). A ``stands_for`` list is resolved the
same way (`Ruslar` in 1920 stands for Sovyet Rusya, in 1915 for Çarlık Rusya).
"""

from __future__ import annotations

from functools import cache

from vakanuvis.extract.entity.lexicon import Lexicon, lexicon, normalize
from vakanuvis.kb import Entry


def _dated(e: Entry) -> bool:
    return e.valid == (None, None) and bool(e.date) and e.date[:4].isdigit()


def _span(e: Entry, by_date: bool = False) -> tuple[int, int]:
    """Years an entry can be meant: its ``valid`` interval; among same-named dated documents
    or events (``by_date``), each from its date on, so the latest one passed by then wins
    (`Teşkilat-ı Esasiye Kanunu` in 1922 is the 1921 one, in 1925 the 1924 one)."""
    if by_date:
        return int(e.date[:4]), 10_000
    lo = int(e.valid[0][:4]) if e.valid[0] and e.valid[0][:4].isdigit() else -10_000
    hi = int(e.valid[1][:4]) if e.valid[1] and e.valid[1][:4].isdigit() else 10_000
    return lo, hi


def _distance(e: Entry, year: int, by_date: bool = False) -> int:
    lo, hi = _span(e, by_date)
    return 0 if lo <= year <= hi else min(abs(year - lo), abs(year - hi))


def choose(lex: Lexicon, ids: tuple[str, ...], year: int | None, form: str = "") -> Entry:
    """The entry a mention of ``form`` written about ``year`` refers to."""
    entries = [lex.kb.entries[i] for i in ids if i in lex.kb.entries]
    if len(entries) == 1:
        return _in_time(lex, entries[0], year, form)
    if year is not None:
        by_date = all(_dated(e) for e in entries)
        best = min(_distance(e, year, by_date) for e in entries)
        entries = [e for e in entries if _distance(e, year, by_date) == best]
        if len(entries) > 1:
            entries.sort(key=lambda e: _span(e, by_date)[1] - _span(e, by_date)[0])
            return entries[0]
    key = normalize(form).strip()
    for e in entries:
        if normalize(e.name) == key:
            return e
    return entries[0]


@cache
def _alternates() -> dict[str, frozenset[str]]:
    """Entries of one kind that share a written form (`Sovyetler`: Sovyet Rusya and SSCB):
    the KB's successive names for one thing."""
    lex = lexicon()
    out: dict[str, set[str]] = {}
    for p in lex.patterns:
        if p.role != "name" or len(p.ids) < 2:
            continue
        for i in p.ids:
            kind = lex.kb.entries[i].kind
            out.setdefault(i, set()).update(j for j in p.ids if j != i and lex.kb.entries[j].kind == kind)
    return {k: frozenset(v) for k, v in out.items()}


def _in_time(lex: Lexicon, entry: Entry, year: int | None, form: str) -> Entry:
    """A form only one entry has (`Sovyetler Birliği`), written about a year before that
    entry existed, means the one of its alternates valid then whose name shares a word with
    the form (Sovyet Rusya in 1920). The entry's own name stays with it."""
    if year is None or entry.valid == (None, None) or _distance(entry, year) == 0 or form == entry.name:
        return entry
    words = {w[:5] for w in normalize(form).split() if len(w) > 3}
    valid = [e for e in (lex.kb.entries[i] for i in _alternates().get(entry.id, ()))
             if _distance(e, year) == 0 and words & {w[:5] for w in normalize(e.name).split()}]
    return valid[0] if len(valid) == 1 else entry


def stands_for(lex: Lexicon, entry: Entry, year: int | None) -> Entry | None:
    """The state (or government) ``entry`` stands for at ``year``, if it has one: the KB
    gives one id, or several to choose among by date (`Ruslar` → Çarlık Rusya / Sovyet Rusya)."""
    ids = tuple(i for i in entry.stands_for if i in lex.kb.entries)
    return choose(lex, ids, year) if ids else None


def stands_for_then(lex: Lexicon, entry: Entry, year: int | None) -> Entry | None:
    """:func:`stands_for`, but only a government that existed at ``year``: İstanbul in 1927
    is a city, no longer the Ottoman government's seat."""
    target = stands_for(lex, entry, year)
    return None if target is None or (year is not None and _distance(target, year) > 0) else target
