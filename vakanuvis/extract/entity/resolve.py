"""Time-aware choice among KB entries that share a written form (`Rusya`, `Türk Hükümeti`).

An alias shared on purpose (``ambiguous: true``) lists several candidates; the one whose
``valid`` interval contains the mention's year wins, the narrowest interval first (Sovyet
Rusya 1917–1922 beats an open-ended generic entry). With no year, or no candidate valid
then, the candidate nearest in time, else the one whose canonical name is the form, else the
first. A sole candidate always links (the KB's rule). A ``stands_for`` list is resolved the
same way (`Ruslar` in 1920 stands for Sovyet Rusya, in 1915 for Çarlık Rusya).
"""

from __future__ import annotations

from vakanuvis.extract.entity.lexicon import Lexicon, normalize
from vakanuvis.kb import Entry


def _span(e: Entry) -> tuple[int, int]:
    lo = int(e.valid[0][:4]) if e.valid[0] and e.valid[0][:4].isdigit() else -10_000
    hi = int(e.valid[1][:4]) if e.valid[1] and e.valid[1][:4].isdigit() else 10_000
    return lo, hi


def _distance(e: Entry, year: int) -> int:
    lo, hi = _span(e)
    return 0 if lo <= year <= hi else min(abs(year - lo), abs(year - hi))


def choose(lex: Lexicon, ids: tuple[str, ...], year: int | None, form: str = "") -> Entry:
    """The entry a mention of ``form`` written about ``year`` refers to."""
    entries = [lex.kb.entries[i] for i in ids if i in lex.kb.entries]
    if len(entries) == 1:
        return entries[0]
    if year is not None:
        best = min(_distance(e, year) for e in entries)
        entries = [e for e in entries if _distance(e, year) == best]
        if len(entries) > 1:
            entries.sort(key=lambda e: _span(e)[1] - _span(e)[0])
            return entries[0]
    key = normalize(form).strip()
    for e in entries:
        if normalize(e.name) == key:
            return e
    return entries[0]


def stands_for(lex: Lexicon, entry: Entry, year: int | None) -> Entry | None:
    """The state (or government) ``entry`` stands for at ``year``, if it has one: the KB
    gives one id, or several to choose among by date (`Ruslar` → Çarlık Rusya / Sovyet Rusya)."""
    ids = tuple(i for i in entry.stands_for if i in lex.kb.entries)
    return choose(lex, ids, year) if ids else None
