"""Mentions that only the document makes names: a first name or surname alone after the
person was named in full (`Celâl` after `Celâl Bayar`), a ministry's short form (`Maarifçe`,
`Dahiliye`), a town's people as an adjective (`Tekirdağlı kardeşlerim`); and the opposite
case, a `meclis` that is some other assembly (`belediye meclisleri`, GOLD_FORMAT convention 3).
"""

from __future__ import annotations

import re
from functools import cache

from vakanuvis.extract import morphology
from vakanuvis.extract.entity import lexicon as lx
from vakanuvis.extract.entity.match import Mention, next_word, previous_word
from vakanuvis.lang import tr

INHABITANT = re.compile(rf"(?<![\w'’-])([{lx.CAP}][^\W\d_]{{2,}}?)(l[ıiuü])(?![^\W\d_])")
PLURAL_OF = {"ı": "lar", "u": "lar", "i": "ler", "ü": "ler"}


def _pattern(lex: lx.Lexicon, eid: str) -> lx.Pattern:
    entry = lex.kb.entries[eid]
    return lx.Pattern(entry.name, lx.normalize(entry.name).strip(), (eid,))


def _inflected(word: str, stem: str) -> str | None:
    """Tags when ``word`` is ``stem`` plus inflection (apostrophe or not), else ``None``."""
    norm = lx.normalize_word(word).replace("'", "")
    if not norm.startswith(stem):
        return None
    return morphology.suffix_tags(stem, norm[len(stem):])


def _short_names(lex: lx.Lexicon, chosen: list[Mention]) -> dict[str, str | None]:
    """First name or surname -> the one KB person the document named in full with it
    (``None`` when two persons share it)."""
    out: dict[str, str | None] = {}
    for m in chosen:
        if m.pattern.role != "name" or len(m.ids) != 1 or " " not in m.pattern.key:
            continue
        entry = lex.kb.entries.get(m.ids[0])
        if entry is None or entry.kind != "PERSON":
            continue
        words = lx.normalize(m.pattern.form).split()
        titles = lx.titles() | lx.prefix_titles()
        first = next((w for w in words if w not in titles and w.rstrip(".") not in titles), None)
        parts = ({first} if first else set()) | ({lx.normalize_word(entry.surname).strip()} if entry.surname else set())
        for w in parts:
            if len(w) > 2 and out.get(w, entry.id) == entry.id:
                out[w] = entry.id
            elif len(w) > 2:
                out[w] = None
    return out


def _words_in(words) -> re.Pattern[str]:
    """Any of ``words`` as a whole word (plus letters after it) in the normalised text."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'.-])(?:{alts})[^\W\d_]*(?:'[^\W\d_]+)?")


def first_names(text: str, norm: str, chosen: list[Mention], common: frozenset[str],
                opens: callable) -> list[Mention]:
    """`Celâl` (or `Bayar`) alone after `Celâl Bayar` in the same document: the same person.
    Not when the document writes the word in lower case too (`kemal`), when it opens a
    sentence and is a common word, when it names something else in the KB, or when two
    persons of the document share it."""
    lex = lx.lexicon()
    names = _short_names(lex, chosen)
    if not names:
        return []
    first_at = {}
    for m in chosen:
        if m.pattern.role == "name" and len(m.ids) == 1:
            first_at.setdefault(m.ids[0], m.start)
    taken = bytearray(len(text) + 1)
    for m in chosen:
        taken[m.start:m.end] = b"\1" * m.length
    titles = lx.titles() | lx.prefix_titles()
    forms = _kb_forms()
    out: list[Mention] = []
    wanted = [n for n, i in names.items() if i]
    if not wanted:
        return []
    for w in _words_in(wanted).finditer(norm):
        if not text[w.start()].isupper() or any(taken[w.start():w.end()]):
            continue
        word = text[w.start():w.end()]
        bare = lx.normalize_word(word).split("'")[0]
        stem = next((s for s in (bare, *(c for c in _stems(word))) if s in names), None)
        if stem is None or names[stem] is None or first_at.get(names[stem], len(text)) > w.start():
            continue
        tags = "" if stem == bare and "'" not in lx.normalize_word(word) else _inflected(word, stem)
        if tags is None or stem in common or (stem in forms and forms[stem] != names[stem]):
            continue
        if POSSESSIVE & set(tags.split("+")) - {"P3SG"} or IZAFET_BEFORE.search(previous_word(text, w.start())):
            continue  # `Meclis-i Âliniz`: your high assembly, not Ali
        nxt = next_word(text, w.end())
        if nxt and nxt[0][:1].isupper() and lx.normalize_word(nxt[0]) not in titles:
            continue  # the start of another name (`Celâl Sahir`)
        if nxt and any(lx.normalize_word(nxt[0]).startswith(t) for t in lx.titles()):
            continue  # `Celâl Bey`: left to discovery and :func:`relink`
        if opens(w.start()) and _common_word(stem):
            continue
        out.append(Mention(w.start(), w.end(), _pattern(lex, names[stem]), tags or "", (names[stem],)))
    return out


def _stems(word: str) -> list[str]:
    return [lx.normalize_word(s) for s in morphology.stem_candidates(word)[1:]]


@cache
def _kb_forms() -> dict[str, str]:
    """One-word KB forms -> entry id (for a first name that is also a place: `Aras`)."""
    out: dict[str, str] = {}
    for e in lx.lexicon().kb:
        for f in e.forms:
            key = lx.normalize(f).strip()
            if " " not in key:
                out.setdefault(key, e.id)
    return out


@cache
def _common_word(word: str) -> bool:
    return word in lx.word_set("discourse.tsv") or word in {lx.normalize(w) for w in tr.stop_words("tr")}


def relink(name: str, lex: lx.Lexicon, persons: tuple[dict[str, str | None], dict[str, int]],
           pos: int) -> str | None:
    """A discovered `Celâl Bey` after `Celâl Bayar`: the KB person with that first name, when
    the title suits him (`Bey`, `Efendi`, `Paşa`, or one of his own; not `Hanım`, `Han`)."""
    titles = lx.titles()
    words = lx.normalize(name).split()
    names = [w for w in words if w not in titles]
    chosen_ids, first = persons
    if len(names) != 1 or chosen_ids.get(names[0]) is None or first.get(chosen_ids[names[0]], pos) >= pos:
        return None
    entry = lex.kb.entries[chosen_ids[names[0]]]
    allowed = _male_titles() | {lx.normalize(t).strip() for t in entry.titles}
    return entry.id if all(w in allowed for w in words if w in titles) else None


@cache
def _male_titles() -> frozenset[str]:
    return lx.word_set("relink_titles.tsv")


def short_names(chosen: list[Mention]) -> tuple[dict[str, str | None], dict[str, int]]:
    """:func:`_short_names` of the document, with where each person is first named in full."""
    first: dict[str, int] = {}
    for m in chosen:
        if m.pattern.role == "name" and len(m.ids) == 1:
            first.setdefault(m.ids[0], m.start)
    return _short_names(lx.lexicon(), chosen), first


# --- ministries ---------------------------------------------------------------------------------

EQUATIVE = ("ce", "ca", "çe", "ça")
POSSESSIVE = frozenset({"P1SG", "P1PL", "P2SG", "P2PL", "P3SG", "P3PL"})
IZAFET_BEFORE = re.compile(r"-y?[ıiuü]$")


@cache
def _ministries() -> dict[str, tuple[str, str]]:
    """Short form -> (KB id, scope) from ministries.tsv."""
    rows = tr.read_table("entity/ministries.tsv")
    return {lx.normalize(r[0]).strip(): (r[1].strip(), r[2].strip()) for r in rows}


@cache
def _honorific_office() -> re.Pattern[str]:
    """`[ ]Vekâlet-i celile…`: a ministry's head in izafet with an honorific adjective."""
    rows = tr.read_table("entity/office_honorifics.tsv")

    def alternatives(role: str) -> str:
        words = {w for r in rows if r[1].strip() == role for w in (r[0].strip(), r[0].strip().translate(lx.CIRCUMFLEX))}
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{alternatives('head')})-[iı][ \t]+(?:{alternatives('adjective')})[^\W\d_]*", re.IGNORECASE)


@cache
def _not_after_ministry() -> tuple[str, ...]:
    return tuple(lx.word_set("ministry_heads.tsv"))


@cache
def _ministry_words() -> re.Pattern[str]:
    return _words_in(_ministries())


def ministries(text: str, norm: str) -> list[Mention]:
    """`Dahiliye`, `Başvekalete`, `Maarifçe` (by the ministry): a ministry named by its field
    alone, capitalised and not the first word of a longer name or office (`Dahiliye Vekili`,
    `Maarif işleri`)."""
    table = _ministries()
    lex = lx.lexicon()
    out = []
    for w in _ministry_words().finditer(norm):
        if not text[w.start()].isupper():
            continue
        word = w.group(0).replace("'", "")
        stem = next((k for k in table if word.startswith(k)), None)
        if stem is None or table[stem][0] not in lex.kb.entries:
            continue
        eid, scope = table[stem]
        honorific = _honorific_office().match(text, w.end())
        if honorific:  # `Nafıa Vekâlet-i celilesince`: the whole phrase names the ministry
            out.append(Mention(w.start(), honorific.end(), _pattern(lex, eid), "", (eid,)))
            continue
        rest = word[len(stem):]
        tags = "EQU" if rest in EQUATIVE else morphology.suffix_tags(stem, rest) if scope == "any" else None
        if tags is None or POSSESSIVE & set(tags.split("+")) or text[w.end():w.end() + 1] == "-":
            continue
        if tags != "EQU" and _heads_follow(text, w.end()):
            continue
        out.append(Mention(w.start(), w.end(), _pattern(lex, eid), tags, (eid,)))
    return out


def _heads_follow(text: str, pos: int) -> bool:
    """A capitalised word follows, or an office word after coordinated fields (`Dâhiliye,
    Maliye ve Maarif Vekâletlerinden`, `Hariciye ve Harbiye Nazırlarıyla`)."""
    heads = _not_after_ministry()
    for k in range(6):
        while text[pos:pos + 1] in (",", " "):
            pos += 1
        nxt = next_word(text, pos)
        if nxt is None:
            return False
        word = lx.normalize_word(nxt[0])
        if word.startswith(heads):
            return True
        if k == 0 and nxt[0][:1].isupper():
            return True
        if word != "ve" and not nxt[0][:1].isupper():
            return False
        pos = nxt[2]
    return False


# --- inhabitants ----------------------------------------------------------------------------------

@cache
def _people_nouns() -> tuple[str, ...]:
    return tuple(sorted(lx.word_set("people_nouns.tsv"), key=len, reverse=True))


def inhabitant_adjectives(text: str, taken_ranges: list[tuple[int, int]], places: set[str],
                          known: callable) -> list[Mention]:
    """`Tekirdağlı kardeşlerim`, `Bursalı gençler`: the singular inhabitant adjective of a
    known place before a noun for people is that town's people (GROUP, entity the plural
    `Tekirdağlılar`). Before a thing (`Ankaralı bir tüccar` names one man; `Bursalı ipek`) it
    is not annotated."""
    taken = bytearray(len(text) + 1)
    for s, e in taken_ranges:
        taken[s:e] = b"\1" * (e - s)
    nouns = _people_nouns()
    out = []
    for w in INHABITANT.finditer(text):
        if any(taken[w.start():w.end()]):
            continue
        stem = w.group(1)
        options = (stem, stem + "ı", stem + "i", stem + "u", stem + "ü")
        hit = next((o for o in options if lx.normalize_word(o) in places or known(o, ("PLACE",))), None)
        if hit is None:
            continue
        nxt = next_word(text, w.end())
        if nxt is None or not nxt[0][:1].islower():
            continue
        follow = lx.normalize_word(nxt[0])
        if not any(follow.startswith(n) and morphology.is_suffix(n, follow[len(n):]) for n in nouns):
            continue
        plural = w.group(0) + PLURAL_OF[w.group(2)[-1]]
        out.append(Mention(w.start(), w.end(), lx.Pattern("", "", (), role="discovered"), "",
                           ("new:" + lx.normalize_word(plural).strip(),), kind="GROUP", name=plural))
    return out


# --- other assemblies -----------------------------------------------------------------------------

@cache
def _assembly_modifiers() -> frozenset[str]:
    return lx.word_set("other_assemblies.tsv")


def other_assembly(text: str, m: Mention) -> bool:
    """A one-word `meclis` that is not the Grand National Assembly: plural (`meclisler`,
    `belediye meclisleri`), or after a word that names another kind of assembly (`il genel
    meclisi`, `Mebusan meclisi`, `İngiliz meclisi`)."""
    if " " in m.pattern.key or not m.pattern.lower_ok or m.pattern.role != "name" or not m.tags and m.end - m.start < 3:
        return False
    if "PL" in m.tags.split("+"):
        return True
    before = lx.normalize_word(previous_word(text, m.start)).strip("'")
    if not before:
        return False
    return before in _assembly_modifiers() or before in lx.demonym_keys()
