"""Event titles that read as a chronology line, in Turkish and English.

Templates come from ``data/tr/events/titles.tsv``: per type and language, the first template
whose slots the event fills is used ("Moskova Antlaşması imzalandı", "Kars’ın ele
geçirilmesi", "Mustafa Kemal Paşa’nın Lenin’e mektubu"). Turkish case suffixes follow vowel
harmony (``case_suffixes.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vakanuvis.errors import RuleError
from vakanuvis.extract.event.lexicon import _compile, _rows, event_types
from vakanuvis.lang import tr

SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
VOWELS = "aıoueiöüâîû"
BACK = "aıouâû"
VOICELESS = "fstkçşhp"
COMPOUND = re.compile(r"\S\s+\S+s[ıiuü]$")  # "Doğu Cephesi": a compound with the possessive -sI
FOUR = {"a": 0, "ı": 0, "â": 0, "e": 1, "i": 1, "î": 1, "o": 2, "u": 2, "û": 2, "ö": 3, "ü": 3}


@dataclass(frozen=True)
class Template:
    type: str
    lang: str
    trigger: re.Pattern[str] | None
    text: str
    slots: tuple[str, ...]


@cache
def templates() -> tuple[Template, ...]:
    types = event_types()
    out = []
    for no, (typ, lang, trig, text) in _rows("titles.tsv", 4):
        if typ != "*" and typ not in types:
            raise RuleError(f"titles.tsv:{no}: unknown event type {typ!r}")
        if lang not in ("tr", "en"):
            raise RuleError(f"titles.tsv:{no}: language must be tr or en, not {lang!r}")
        out.append(Template(typ, lang, None if trig == "-" else _compile(trig, f"titles.tsv:{no}"), text,
                            tuple(m[1] for m in SLOT.finditer(text))))
    return tuple(out)


@cache
def case_suffixes() -> dict[str, tuple[list[str], list[str], list[str], list[str]]]:
    return {case: (v.split(","), c.split(","), vl.split(","), cp.split(","))
            for _, (case, v, c, vl, cp) in _rows("case_suffixes.tsv", 5)}


def inflect(name: str, case: str) -> str:
    """``name`` with a Turkish case suffix after an apostrophe: ``inflect("Kars", "gen")`` →
    ``Kars’ın``; an abbreviation is read by its letter names (``TBMM’nin``)."""
    after_vowel, after_voiced, after_voiceless, after_compound = case_suffixes()[case]
    word = name.split()[-1] if name.split() else name
    if word.isupper() and len(word) > 1:
        sound = "e"  # the letter names be, ce, me ... end in e
    else:
        sound = tr.lower(word)
    vowels = [c for c in sound if c in VOWELS]
    last = vowels[-1] if vowels else "e"
    forms = after_vowel if sound[-1:] in VOWELS else after_voiceless if sound[-1:] in VOICELESS else after_voiced
    if COMPOUND.search(tr.lower(name)):
        forms = after_compound
    index = FOUR[last] if len(forms) == 4 else (0 if last in BACK else 1)
    return f"{name}’{forms[index]}"


def title(event_type: str, lang: str, slots: dict[str, str | None], trigger: str = "") -> str:
    """The first template of the type (then of ``*``) whose slots are all filled."""
    low = tr.lower(trigger)
    for t in (*_of(event_type, lang), *_of("*", lang)):
        if t.trigger and not t.trigger.search(low):
            continue
        if all(slots.get(s) for s in t.slots):
            return SLOT.sub(lambda m: _fill(slots[m[1]] or "", m[2]), t.text)
    return event_types()[event_type][0 if lang == "tr" else 1]


def _fill(value: str, case: str | None) -> str:
    return inflect(value, case) if case else value


@cache
def _of(event_type: str, lang: str) -> tuple[Template, ...]:
    return tuple(t for t in templates() if t.type == event_type and t.lang == lang)
