"""Everything recognition needs, built once: the Aho–Corasick automaton over normalised KB
forms, and the small word tables of ``data/tr/entity`` (titles, cues, demonyms...).

Normalisation keeps length (one character in, one out) so a match in the normalised text is
a match at the same offsets in ``doc.text``: Turkish lower-case (`İ` → `i`, `I` → `ı`),
circumflexes folded (`Millî` → `milli`), every apostrophe written `'` (a space when it opens
a word: an opening quote), a hyphen before a capital written as a space (`Uşak-Afyon` is two
names, `Teşkilat-ı` one word), and every character that is neither a letter, a digit, an
apostrophe nor a hyphen written as a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from vakanuvis import kb as kbmod
from vakanuvis.lang import tr

CAP = "A-ZÇĞİÖŞÜÂÎÛ"  # capital letters of Turkish names, as a regex class body
CIRCUMFLEX = str.maketrans("âîûÂÎÛ", "aiuAİU")  # circumflexes of both cases only; FOLD also unifies apostrophes
FOLD = str.maketrans({"â": "a", "î": "i", "û": "u", "ô": "o", "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
NON_WORD = re.compile(r"[^\w'\-]|_")
OPENING_QUOTE = re.compile(r"(?<![^\W\d_])'")  # `’Rusya’`: a quote, not a suffix mark
HYPHEN_CAPITAL = re.compile(rf"-(?=[{CAP}])")


def normalize(text: str) -> str:
    """Length-preserving normal form used for matching (see module doc)."""
    low = tr.lower(text)
    if len(low) != len(text):  # a character whose lower-case is longer (rare): go one by one
        low = "".join(tr.lower(c)[:1] or c for c in text)
    low = OPENING_QUOTE.sub(" ", NON_WORD.sub(" ", low.translate(FOLD)))
    if "-" in text:
        cuts = [m.start() for m in HYPHEN_CAPITAL.finditer(text)]
        if cuts:
            low = "".join(low[a:b] + " " for a, b in zip([0] + [c + 1 for c in cuts[:-1]], cuts, strict=True)) + low[cuts[-1] + 1:]
    return low


@lru_cache(maxsize=131072)
def normalize_word(word: str) -> str:
    """:func:`normalize` for one word, cached by word type (discovery looks at many)."""
    return normalize(word)


@dataclass(frozen=True)
class Pattern:
    """One KB form in the automaton. ``role``: ``name`` (an alias), ``demonym`` (a singular
    demonym that names its people only before an agent noun), ``short`` (a short form such
    as `Kongre` referring back to the last congress named)."""

    form: str  # as written in the KB / data file
    key: str  # normalised
    ids: tuple[str, ...]  # candidate entries (several when an alias is shared)
    role: str = "name"
    lower_ok: bool = False  # may be written in lower case
    softened: bool = False  # final consonant softened (`Çarlığ`): a vowel suffix must follow
    english: bool = False
    address_ok: bool = False  # an assembly addressed as 'our/your' (`Meclisimiz`, `Meclis-i Âliniz`)


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(normalize(line.strip()) for line in tr.read_lines(f"entity/{name}"))


@cache
def word_table(name: str) -> dict[str, str]:
    return {normalize(row[0].strip()): row[1].strip() for row in tr.read_table(f"entity/{name}")}


def new_id(name: str, kind: str | None = None) -> str:
    """The id of a discovered name, shared across documents: ``new:<normalised name>``. A
    person named with two or more words keeps one id with or without a title after them
    (`Şevket Turgut`, `Şevket Turgut Paşa`; `İsmet Bey` promoted `İsmet Paşa` is not merged:
    one-word names are too common for that)."""
    key = normalize_word(name).strip()
    words = key.split(" ")
    if kind == "PERSON" and len(words) > 2 and words[-1] in titles():
        key = " ".join(words[:-1])
    return "new:" + key


@cache
def titles() -> frozenset[str]:
    """Words after a personal name that the span covers: titles and ``after`` honorifics."""
    return word_set("titles.tsv") | frozenset(k for k, (where, _) in honorifics().items() if where == "after")


@cache
def honorifics() -> dict[str, tuple[str, str]]:
    """``{normalised form: (after|before, title it folds into or "")}`` from honorifics.tsv:
    forms of address that are not part of a person's canonical name."""
    return {normalize(row[0].strip()): (row[1].strip(), row[2].strip() if len(row) > 2 else "")
            for row in tr.read_table("entity/honorifics.tsv")}


@cache
def prefix_titles() -> frozenset[str]:
    return frozenset(w.rstrip(". ") for w in word_set("prefix_titles.tsv"))


def cues() -> dict[str, str]:
    return word_table("cues.tsv")


@cache
def canonical_heads() -> dict[str, str]:
    """Synonymous heads folded into one (`anlaşması` → `Antlaşması`), from cues.tsv."""
    return {normalize(row[0].strip()): row[2].strip() for row in tr.read_table("entity/cues.tsv") if len(row) > 2}


def agent_nouns() -> dict[str, str]:
    return word_table("agent_nouns.tsv")


@cache
def metonymy() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(case tags, next-word stems, place-noun stems) of metonymy.tsv."""
    rows = tr.read_table("entity/metonymy.tsv")
    return (frozenset(v for k, v in rows if k == "case"), tuple(normalize(v) for k, v in rows if k == "next"),
            tuple(normalize(v) for k, v in rows if k == "place"))


SOFTEN = {"p": "b", "ç": "c", "t": "d", "k": "ğ"}


@dataclass(frozen=True)
class Lexicon:
    automaton: ahocorasick.Automaton
    patterns: tuple[Pattern, ...]
    kb: kbmod.KB


def _add(table: dict[tuple[str, str], dict], key: str, form: str, eid: str, role: str, **flags) -> None:
    slot = table.setdefault((key, role), {"form": form, "ids": [], "flags": flags})
    if eid not in slot["ids"]:
        slot["ids"].append(eid)
    for k, v in flags.items():
        slot["flags"][k] = slot["flags"].get(k, False) or v


def _demonyms(kb: kbmod.KB) -> dict[str, tuple[str, str]]:
    """Singular demonyms ``{key: (form, GROUP id)}``: a GROUP's one-word plural alias without
    -lAr (`İngilizler` → `İngiliz`) and without -lI (`Yunanlılar` → `Yunan`), plus the table."""
    out: dict[str, tuple[str, str]] = {}
    for e in kb:
        if e.kind != "GROUP":
            continue
        for form in e.forms:
            key = normalize(form)
            if " " in key or len(key) < 5 or not key.endswith(("lar", "ler")):
                continue
            sing, sform = key[:-3], form[:-3]
            out.setdefault(sing, (sform, e.id))
            if sing.endswith(("lı", "li", "lu", "lü")) and len(sing) > 4:
                out.setdefault(sing[:-2], (sform[:-2], e.id))
    for sing, plural in word_table("demonyms.tsv").items():
        entry = kb.get(plural)
        if entry is not None and entry.kind == "GROUP":
            out.setdefault(sing, (sing, entry.id))
    names = {normalize(e.name) for e in kb}
    return {k: v for k, v in out.items() if k not in names}  # `Batı` (from `Batılılar`) is a name


@cache
def demonym_keys() -> frozenset[str]:
    """Normalised singular demonyms (for coordinations like `İngiliz, Fransız ve İtalyan`)."""
    return frozenset(p.key for p in lexicon().patterns if p.role == "demonym")


@cache
def lexicon() -> Lexicon:
    """Build the automaton from the KB (once per process)."""
    kb = kbmod.load()
    scope = word_table("lowercase.tsv")
    demonyms = _demonyms(kb)
    table: dict[tuple[str, str], dict] = {}
    for e in kb:
        for form in e.forms:
            key = normalize(form)
            if not key.strip(" -'"):
                continue
            if e.kind == "GROUP" and key in demonyms:
                continue  # a singular demonym names its people only before an agent noun
            words = key.split(" ")
            lower_ok = form[:1].islower() or scope.get(key) == "alone" or (
                len(words) > 1 and scope.get(words[0]) == "first")
            english = form == e.name_en and form != e.name and form not in e.aliases
            _add(table, key, form, e.id, "name", lower_ok=lower_ok, english=english, address_ok=e.kind == "ORG")
            last = words[-1]
            if len(last) > 3 and last[-1] in SOFTEN and not english:
                _add(table, key[:-1] + SOFTEN[last[-1]], form, e.id, "name", lower_ok=lower_ok, softened=True)
    for key, (form, gid) in demonyms.items():
        _add(table, key, form, gid, "demonym")
    for short, head in word_table("shortforms.tsv").items():
        _add(table, short, short, "short:" + normalize(head), "short")
    names = {key for key, role in table if role == "name"}  # a name wins over a demonym or short form
    automaton = ahocorasick.Automaton()
    patterns: list[Pattern] = []
    by_key: dict[str, list[int]] = {}
    for (key, role), slot in table.items():
        if role != "name" and key in names:
            continue
        flags = slot["flags"]
        p = Pattern(slot["form"], key, tuple(slot["ids"]), role, flags.get("lower_ok", False),
                    flags.get("softened", False), flags.get("english", False), flags.get("address_ok", False))
        by_key.setdefault(key, []).append(len(patterns))
        patterns.append(p)
    for key, idxs in by_key.items():
        automaton.add_word(" " + key, (len(key), tuple(idxs)))
    automaton.make_automaton()
    return Lexicon(automaton, tuple(patterns), kb)
