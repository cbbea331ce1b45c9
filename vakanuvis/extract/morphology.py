"""Turkish nominal morphology from a suffix table: is this a valid suffix sequence, what is the stem.

Measured against two offline analysers (``benchmarks/entities.py --morphology``):
``zemberek-python`` (Apache-2.0) starts in ~3 s and analyses ~1,500 new word types/s;
``akana`` (MIT/Apache-2.0) starts in 0.05 s and does ~40,000 types/s but lower-cases lemmas.
Entity recognition only needs to know whether the letters after a known name are
inflection (`Sovyet|lerle`, `Ermenistan’|a`, `Kongresi’|ndeki`), which a table of suffix
sequences under vowel harmony answers in one set lookup, with no start-up cost and no
dependency. The table lives in ``data/tr/entity/suffixes.tsv``; this module only expands it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from vakanuvis.lang import tr

VOWELS = frozenset("aeıioöuüâîû")
BACK = frozenset("aıouâû")
VOICELESS = frozenset("çfhkpsşt")
APOSTROPHES = "'’‘`´"
SOFTENED = {"b": "p", "c": "ç", "d": "t", "ğ": "k", "g": "k"}  # kitabı → kitap


def last_vowel(text: str) -> str:
    for ch in reversed(text):
        if ch in VOWELS:
            return {"â": "a", "î": "i", "û": "u"}.get(ch, ch)
    return "e"  # no vowel (abbreviations like `TBMM’nin` are read letter by letter: -e-)


def _realize(template: str, tail: str) -> str:
    """Write one morpheme template after ``tail`` (what precedes it) under harmony."""
    out = ""
    i = 0
    while i < len(template):
        ch = template[i]
        ctx = tail + out
        prev = ctx[-1] if ctx else "a"
        if ch == "(":
            j = template.index(")", i)
            inner = template[i + 1 : j]
            if inner == "I":
                if prev not in VOWELS:
                    out += _realize("I", ctx)
            elif prev in VOWELS:
                out += inner
            i = j + 1
            continue
        v = last_vowel(ctx)
        if ch == "A":
            out += "a" if v in BACK else "e"
        elif ch == "I":
            out += {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[v]
        elif ch == "D":
            out += "t" if prev in VOICELESS else "d"
        elif ch == "C":
            out += "ç" if prev in VOICELESS else "c"
        else:
            out += ch
        i += 1
    return out


@cache
def _morphemes() -> dict[str, list[tuple[str, str]]]:
    slots: dict[str, list[tuple[str, str]]] = {}
    for slot, template, tag in tr.read_table("entity/suffixes.tsv"):
        slots.setdefault(slot, []).append((template, tag))
    return slots


PRONOMINAL = {"ACC": "nI", "DAT": "nA", "LOC": "ndA", "ABL": "ndAn", "GEN": "nIn", "EQU": "ncA"}
STEM_STATES = tuple(v + f for v in "aeıioöuü" for f in ("V", "b", "p"))  # vowel-final, voiced, voiceless


def _state_tail(state: str) -> str:
    """A minimal stem standing for a state: last vowel + final letter class."""
    v, f = state[0], state[1]
    return {"V": v, "b": v + "r", "p": v + "t"}[f]


def _sequences(tail: str, compound: bool = False) -> Iterator[tuple[str, str]]:
    """Every ``(surface, tags)`` inflection sequence after a stem ending in ``tail``;
    ``compound``: the stem already ends in a 3rd person possessive (`Kongresi`, `Birliği`),
    so only what may follow one (`Kongresi|nde`, `Birliği|nin`)."""
    m = _morphemes()
    if compound:
        for case, ctag in m["case"]:
            base = PRONOMINAL.get(ctag, case)
            s3 = _realize(base, tail)
            yield s3, ctag
            if ctag in ("LOC", "GEN"):
                for ki, ktag in m["ki"]:
                    yield s3 + _realize(ki, tail + s3), ctag + "+" + ktag
        for cop, ptag in m["cop"]:
            yield _realize(cop, tail), ptag
        return
    for pl in [("", "")] + m["plural"]:
        s1 = _realize(pl[0], tail) if pl[0] else ""
        for po in [("", "")] + m["poss"]:
            if pl[0] and po[1] == "P3PL":
                continue
            s2 = s1 + (_realize(po[0], tail + s1) if po[0] else "")
            third = po[1] in ("P3SG", "P3PL")
            tags = "+".join(t for t in (pl[1], po[1]) if t)
            yield s2, tags
            for case, ctag in m["case"]:
                if third and ctag in PRONOMINAL:  # pronominal n: Kongresi-n-de, Meclisi-n-in
                    s3 = s2 + _realize(PRONOMINAL[ctag], tail + s2)
                else:
                    s3 = s2 + _realize(case, tail + s2)
                t3 = "+".join(t for t in (tags, ctag) if t)
                yield s3, t3
                if ctag in ("LOC", "GEN"):
                    for ki, ktag in m["ki"]:
                        yield s3 + _realize(ki, tail + s3), t3 + "+" + ktag
            for cop, ptag in m["cop"]:
                yield s2 + _realize(cop, tail + s2), "+".join(t for t in (tags, ptag) if t)


@cache
def suffix_table(compound: bool = False) -> dict[str, dict[str, str]]:
    """``{surface suffix: {stem state: tags}}`` over all stem states (built once)."""
    table: dict[str, dict[str, str]] = {}
    for state in STEM_STATES:
        if compound and state[1] != "V":
            continue
        for surface, tags in _sequences(_state_tail(state), compound):
            table.setdefault(surface, {}).setdefault(state, tags)
    return table


def stem_state(stem: str) -> str:
    end = stem[-1] if stem else "a"
    final = "V" if end in VOWELS else ("p" if end in VOICELESS else "b")
    return last_vowel(stem) + final


def strip_apostrophes(text: str) -> str:
    return "".join(ch for ch in text if ch not in APOSTROPHES)


@lru_cache(maxsize=65536)
def suffix_tags(stem: str, rest: str, strict: bool = False, abbrev: bool = False) -> str | None:
    """Tags of ``rest`` as inflection of ``stem`` (both lower-case), else ``None``.

    ``strict=False`` relaxes vowel harmony but keeps buffer letters and voicing: names of
    foreign origin take suffixes by pronunciation (`Kemal’in`, `Paris’e`), not by spelling.
    ``abbrev``: the stem is an abbreviation read letter by letter (`TBMM’nin`, `ABD’ye`),
    so any harmony and either final class goes.
    """
    rest = strip_apostrophes(rest)
    if not rest:
        return ""
    by_state = suffix_table().get(rest)
    if stem[-1:] in "ıiuü" and len(stem) > 3:  # maybe a compound head: `Kongresi’nde`
        compound = suffix_table(True).get(rest)
        if compound and stem_state(stem) in compound:
            return compound[stem_state(stem)]
    if not by_state:
        return None
    if abbrev:
        return next(iter(by_state.values()))
    state = stem_state(stem)
    if state in by_state:
        return by_state[state]
    if strict:
        return None
    for s, tags in by_state.items():
        if s[1] == state[1]:
            return tags
    return None


def is_suffix(stem: str, rest: str, strict: bool = False) -> bool:
    return suffix_tags(stem, rest, strict) is not None


@lru_cache(maxsize=65536)
def analyses(word: str) -> tuple[tuple[str, str], ...]:
    """All ``(stem, tags)`` splits of a word into a stem and an inflection sequence.

    Longest stem first (a hardened stem just before its softened spelling). A stem keeps the word's original letters (case preserved); a stem
    whose final consonant was softened before a vowel (`kitab-ı`) is also offered hardened
    (`kitap`). An apostrophe is a boundary: the split happens there or after it.
    """
    low = tr.lower(word)
    cut = min((low.find(a) for a in APOSTROPHES if a in low), default=-1)
    out: list[tuple[str, str]] = []
    start = cut if cut > 0 else 1
    for i in range(len(word), start - 1, -1):
        stem, rest = low[:i], low[i:]
        if cut > 0 and i > cut:
            continue
        abbrev = cut > 0 and word[:i].isupper() and i <= 6
        if not abbrev and not any(c in VOWELS for c in stem):
            continue
        tags = suffix_tags(stem, rest, strict=cut < 0, abbrev=abbrev)
        if tags is None:
            continue
        if rest and rest[0] in VOWELS and stem[-1] in SOFTENED and len(stem) > 3:
            out.append((word[: i - 1] + SOFTENED[stem[-1]], tags))  # kitab-ı → kitap
        out.append((word[:i], tags))
    return tuple(out)


def stem_candidates(word: str) -> list[str]:
    """Possible stems of an inflected word, longest first (the word itself included)."""
    seen: dict[str, None] = {}
    for stem, _ in analyses(word.strip(APOSTROPHES)):
        seen.setdefault(stem, None)
    return list(seen) or [word]


@lru_cache(maxsize=65536)
def lemma(word: str, known: frozenset[str] | None = None) -> str:
    """The most likely uninflected form of ``word``.

    Preference: a stem in ``known`` (lower-case); the part before an apostrophe (Turkish
    writes a proper name's suffixes after one); for a capitalised word without apostrophe,
    the word itself unless a plural is written (`Bolşeviklerin` → `Bolşevik`); otherwise the
    split with the most morphemes, then the longest stem (`antlaşmasını` → `antlaşma`).
    """
    word = word.strip(APOSTROPHES)
    cut = min((word.find(a) for a in APOSTROPHES if a in word), default=-1)
    if cut > 0 and not known:
        return word[:cut]  # Turkish writes a proper name's suffixes after an apostrophe
    found = analyses(word)
    if not found:
        return word
    if known:
        for stem, _ in found:
            if tr.lower(stem) in known:
                return stem
    if cut > 0:
        return word[:cut]
    candidates = [(s, t) for s, t in found if len(s) >= 2 and any(c in VOWELS for c in tr.lower(s))]
    if not candidates:
        return word
    best = max(candidates, key=_plausibility)
    if word[:1].isupper() and not best[1].startswith("PL") and len(best[1].split("+")) < 2:
        return word  # a capitalised word with at most one suffix is more likely a bare name
    return best[0]


RARE_TAGS = frozenset({"P1SG", "P2SG", "P2PL", "1SG", "1PL", "WHEN", "EQU", "COND", "WHILE"})


def _plausibility(analysis: tuple[str, str]) -> tuple[int, int, int]:
    """Prefer analyses without rare person forms, then more morphemes, then a longer stem."""
    stem, tags = analysis
    parts = tags.split("+") if tags else []
    return (-sum(p in RARE_TAGS for p in parts), len(parts), len(stem))
