"""Names found from the document around them, not from the name alone.

Before the longest-mention choice (they compete with KB and cue names):
:func:`numbered_units` (`7’nci Ordu`, `7’nci ve 2’nci ordular`), :func:`dated_treaties`
(`20 Teşrîn-i Evvel İtilafı`, from the ``timex`` layer) and :func:`fronts` (`Bursa
cephesinde`, `Batı kolunun`). After it, on the chosen mentions: :func:`spread` (a name
discovered once is found in its other forms: `Hendek’te` → `Hendek`, `Sabri Efendi` →
`Sabri`), :func:`place_lists` (an unknown capitalised word listed with places is a place;
a person-like name between places is a place) and :func:`inhabitants` (`Düzceliler`: the
people of a known place). Canonical names are looked up in the KB, else ``new:<name>``.
"""

from __future__ import annotations

import re
from functools import cache

from vakanuvis.extract import morphology
from vakanuvis.extract.entity import lexicon as lx
from vakanuvis.extract.entity.match import Mention, next_word
from vakanuvis.lang import tr
from vakanuvis.model import Doc

DISCOVERED = lx.Pattern("", "", (), role="discovered")
ORDINAL = r"(?:\d{1,3}(?:['’][ıiuü]?nc[ıiuü]|\.)|[IVX]{1,6}\.)"
UNIT_LIST = re.compile(rf"(?<![\w.'’]){ORDINAL}(?:[ \t]*(?:,|ve|ile)[ \t]+{ORDINAL})*")
ONE_ORDINAL = re.compile(ORDINAL)
CAP_WORD = re.compile(rf"(?<![\w'’-])[{lx.CAP}][^\W\d_]*(?:['’][^\W\d_]+)?")
CAP_START = re.compile(rf"[{lx.CAP}][^\W\d_]*(?:['’][^\W\d_]+)?")


@cache
def _head_after() -> re.Pattern[str]:
    """A capitalised word followed by a word starting with a head of lower_heads.tsv."""
    heads = "|".join(f"[{h[0].upper()}{h[0]}]{re.escape(h[1:])}" for h, *_ in _table("lower_heads.tsv"))
    return re.compile(rf"(?<![\w'’-])([{lx.CAP}][^\W\d_]+)[ \t]+((?:{heads})[^\W\d_]*)")
SEPARATOR = re.compile(r"[ \t]*(?:,|-|ve\b|veya\b|ile\b)[ \t]*")
SEPARATOR_BEFORE = re.compile(r"[ \t]*(?:,|-|ve|veya|ile)[ \t]*$")
HIGH_VOWELS = ("ı", "i", "u", "ü")
PAREN_NAME = re.compile(rf"[ \t]*\(((?:[{lx.CAP}][^\W\d_]+)(?:[ \t]+[{lx.CAP}][^\W\d_]+){{0,2}})\)")
INHABITANTS = re.compile(r"(l[ıiuü])(l[ae]r)")
INHABITANT_WORD = re.compile(rf"(?<![\w'’-])[{lx.CAP}][^\W\d_]{{2,}}l[ıiuü]l[ae]r[^\W\d_]*(?:['’][^\W\d_]+)?")


def _new(start: int, end: int, kind: str, name: str, tags: str = "", eid: str | None = None) -> Mention:
    return Mention(start, end, DISCOVERED, tags, (eid or lx.new_id(name, kind),),
                   kind=kind, name=name)


@cache
def name_index() -> dict[str, tuple[str, ...]]:
    """KB ids by normalised written form (names and aliases)."""
    out: dict[str, tuple[str, ...]] = {}
    for p in lx.lexicon().patterns:
        if p.role == "name" and not p.softened:
            out[p.key] = out.get(p.key, ()) + p.ids
    return out


def known(name: str, kinds: tuple[str, ...]) -> tuple[str, str] | None:
    """``(id, canonical name)`` of the one KB entry of one of ``kinds`` written ``name``."""
    kb = lx.lexicon().kb
    hits = [kb.entries[i] for i in name_index().get(lx.normalize(name).strip(), ()) if kb.entries[i].kind in kinds]
    return (hits[0].id, hits[0].name) if len(hits) == 1 else None


def _linked(start: int, end: int, kind: str, name: str, tags: str = "") -> Mention:
    hit = known(name, (kind,))
    return _new(start, end, kind, hit[1] if hit else name, tags, hit[0] if hit else None)


@cache
def _table(name: str) -> tuple[tuple[str, ...], ...]:
    rows = tr.read_table(f"entity/{name}")
    return tuple(sorted((tuple(c.strip() for c in r) for r in rows), key=lambda r: -len(r[0])))


def _inflected(word_norm: str, stems: tuple[tuple[str, ...], ...], possessive: bool = False) -> tuple[str, ...] | None:
    """The table row whose stem ``word_norm`` is an inflected form of (with a possessive
    when ``possessive``)."""
    for row in stems:
        stem = row[0]
        if word_norm.startswith(stem):
            rest = word_norm[len(stem):]
            tags = morphology.suffix_tags(stem, rest)
            if tags is not None and (not possessive or tags.startswith("P") or rest in HIGH_VOWELS):
                return row  # a bare high vowel is the possessive as much as the accusative
    return None


def _number(token: str) -> str:
    return token.split("'")[0].split("’")[0].rstrip(".")


def numbered_units(text: str) -> list[Mention]:
    """`7’nci Ordu`, `3’üncü Kolordu`, `20. Fırka`; in `7’nci ve 2’nci ordular` the first
    ordinal alone names the 7th army (the noun is shared)."""
    out: list[Mention] = []
    for m in UNIT_LIST.finditer(text):
        nxt = next_word(text, m.end())
        if nxt is None or nxt[1] - m.end() > 2:
            continue
        row = _inflected(lx.normalize_word(nxt[0]), _table("units.tsv"))
        if row is None:
            continue
        tokens = list(ONE_ORDINAL.finditer(m.group(0)))
        if tokens[0].group(0).endswith(".") and text[:m.start()].rstrip()[-1:] in ("", ".", ":", ";", "\n"):
            continue  # `… ederim. 4. Grup karargâhının`: a paragraph number
        for i, tok in enumerate(tokens):
            start = m.start() + tok.start()
            end = nxt[2] if i == len(tokens) - 1 else m.start() + tok.end()
            tags = morphology.suffix_tags(row[0], lx.normalize_word(nxt[0])[len(row[0]):]) or ""
            out.append(_linked(start, end, "ORG", f"{_number(tok.group(0))}. {row[1]}", tags))
    return out


def dated_treaties(doc: Doc, text: str) -> list[Mention]:
    """A date followed by a word for treaty names that treaty (`20 Teşrîn-i Evvel
    İtilafı`); it links to the KB event of that date when the KB has one."""
    out: list[Mention] = []
    for span in doc.layers.get("timex", []):
        if span.attrs.get("type") != "DATE":
            continue
        start, end = doc.to_clean(span.start), doc.to_clean(span.end)
        nxt = next_word(text, end)
        if nxt is None or nxt[1] - end > 1:
            continue
        row = _inflected(lx.normalize_word(nxt[0]), _table("treaty_heads.tsv"), possessive=True)
        if row is None:
            continue
        name = f"{text[start:end]} {row[1]}"
        tags = morphology.suffix_tags(row[0], lx.normalize_word(nxt[0])[len(row[0]):]) or ""
        event = _event_on(str(span.attrs.get("value") or ""))
        out.append(_new(start, nxt[2], "EVENT_NAME", event[1] if event else name, tags, event[0] if event else None))
    return out


def _event_on(value: str) -> tuple[str, str] | None:
    """The one KB treaty dated ``value`` (a full ISO date)."""
    if len(value) != 10:
        return None
    stems = tuple(r[0] for r in _table("treaty_heads.tsv"))
    hits = [e for e in lx.lexicon().kb if e.kind == "EVENT_NAME" and (e.date or "")[:10] == value
            and any(s in lx.normalize(f) for f in e.forms for s in stems)]
    return (hits[0].id, hits[0].name) if len(hits) == 1 else None


def fronts(text: str) -> list[Mention]:
    """A direction or a KB place followed by `cephe`/`kol` in any case and person:
    `Bursa cephesinde` → `Bursa Cephesi` (PLACE), `Batı Cephemizin` → `Batı Cephesi`."""
    out: list[Mention] = []
    directions = lx.word_set("directions.tsv")
    heads = _table("lower_heads.tsv")
    for m in _head_after().finditer(text):
        word, head = m.group(1), m.group(2)
        row = _inflected(lx.normalize_word(head), heads, possessive=True)
        if row is None:
            continue
        norm = lx.normalize_word(word)
        if norm not in directions and known(word, ("PLACE",)) is None:
            continue
        name = f"{word} {row[1]}"
        tags = morphology.suffix_tags(row[0], lx.normalize_word(head)[len(row[0]):]) or ""
        out.append(_linked(m.start(1), m.end(2), row[2], name, tags))
    return out


def _bases(m: Mention) -> list[str]:
    """Forms under which a discovered name recurs: the name, and a person's name without
    its title (`Sabri Efendi` → `Sabri`)."""
    name = m.name or ""
    out = [name]
    words = name.split()
    titles = lx.titles()
    if m.kind == "PERSON" and len(words) > 1 and lx.normalize_word(words[-1]) in titles:
        out.append(" ".join(words[:-1]))
    return out


def _unify(mentions: list[Mention]) -> None:
    """A discovered place written with its compound possessive (`İslâmköyü’nden`) is the
    one written without it (`İslâmköy`): one id."""
    names = {lx.normalize_word(m.name or ""): m for m in mentions if m.pattern.role == "discovered" and m.kind == "PLACE"}
    for key, m in names.items():
        for cut in (1, 2):
            base = names.get(key[:-cut])
            if base is not None and key[-1] in "ıiuü" and (cut == 1 or key[-2] == "s"):
                m.ids, m.name = base.ids, base.name
                break


def _parenthesised(text: str, mentions: list[Mention], taken: bytearray) -> list[Mention]:
    """`Kasr-ı Atik (Eski Kasır)`: a capitalised name in brackets right after a discovered
    place is another name of it."""
    out = []
    for m in mentions:
        if m.pattern.role != "discovered" or m.kind != "PLACE":
            continue
        p = PAREN_NAME.match(text, m.end)
        if p and not any(taken[p.start(1):p.end(1)]):
            out.append(Mention(p.start(1), p.end(1), DISCOVERED, "", m.ids, kind=m.kind, name=m.name, attrs={"via": "paren"}))
            taken[p.start(1):p.end(1)] = b"\1" * (p.end(1) - p.start(1))
    return out


def spread(text: str, norm: str, mentions: list[Mention]) -> list[Mention]:
    """Other forms of the names discovered in this document (`Hendek’te` → `Hendek`,
    `Şile’ye`; `Sabri Efendi` → `Sabri`), capitalised, where nothing else was found."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\1" * m.length
    _unify(mentions)
    found: list[Mention] = _parenthesised(text, mentions, taken)
    seen: set[str] = set()
    for m in mentions:
        if m.pattern.role != "discovered" or m.kind not in ("PLACE", "PERSON"):
            continue
        for base in _bases(m):
            key = lx.normalize(base).strip()
            if len(key) < 3 or key in seen or key in lx.demonym_keys() or key in name_index():
                continue  # `Türk`, `Ermeni`: a demonym; a KB name is found by the KB
            seen.add(key)
            found += _occurrences(text, norm, key, m, taken)
    return found


WORD_REST = re.compile(r"(?:[^\W\d_]|['’])*")


def _occurrences(text: str, norm: str, key: str, m: Mention, taken: bytearray) -> list[Mention]:
    out = []
    i = norm.find(key)
    stem = key.rsplit(" ", 1)[-1]
    while i >= 0:
        end = i + len(key)
        if (i == 0 or not (norm[i - 1].isalnum() or norm[i - 1] in "'-")) and text[i].isupper():
            rest = WORD_REST.match(text, end).group(0).rstrip("'’")
            tags = morphology.suffix_tags(stem, tr.lower(rest)) if rest else ""
            stop = end + len(rest)
            noun = text[stop:stop + 1] == "-" or (len(rest) == 1 and m.kind == "PERSON")  # `Yaver-i Hazret-i
            if tags is not None and not noun and not any(taken[i:stop]):  # Şehriyari`, `Fahri Yaveri`: nouns
                out.append(Mention(i, stop, DISCOVERED, tags, m.ids, kind=m.kind, name=m.name, attrs={"via": "spread"}))
                taken[i:stop] = b"\1" * (stop - i)
        i = norm.find(key, end)
    return out


def _kind_of(lex: lx.Lexicon, m: Mention) -> str | None:
    if m.kind:
        return m.kind
    kinds = {lex.kb.entries[i].kind for i in m.ids if i in lex.kb.entries}
    return kinds.pop() if len(kinds) == 1 else None


def place_lists(text: str, mentions: list[Mention], is_name: callable) -> list[Mention]:
    """Unknown capitalised words listed next to a place (`Yenişehir, Köprühisar, Bilecik`,
    `Uşak-Dumlupınar`) are places; a discovered person-like name between two places
    (`İnegöl, Nazif Paşa, Pazarcık`) is a place, in all its mentions here."""
    lex = lx.lexicon()
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\1" * m.length
    added: list[Mention] = []
    frontier = [m for m in mentions if _kind_of(lex, m) == "PLACE"]
    while frontier:
        nxt = []
        for m in frontier:
            for cand in (_right(text, m.end), _left(text, m.start)):
                if cand is None or len(cand[2]) < 3 or any(taken[cand[0]:cand[1]]) or not is_name(cand[2], cand[0]):
                    continue
                word = cand[2]
                cut = max(word.find("’"), word.find("'"))
                name = word[:cut] if cut > 0 else word
                tags = morphology.suffix_tags(tr.lower(name), tr.lower(word[cut + 1:])) or "" if cut > 0 else ""
                new = _linked(cand[0], cand[1], "PLACE", name, tags)
                new.attrs["via"] = "list"
                taken[cand[0]:cand[1]] = b"\1" * (cand[1] - cand[0])
                added.append(new)
                nxt.append(new)
        frontier = nxt
    places = [(m.start, m.end) for m in mentions + added if _kind_of(lex, m) == "PLACE"]
    starts, ends = {s for s, _ in places}, {e for _, e in places}
    retyped = set()
    for m in mentions:
        if m.pattern.role == "discovered" and m.kind == "PERSON":
            after = SEPARATOR.match(text, m.end)
            before = SEPARATOR_BEFORE.search(text[max(0, m.start - 8):m.start])
            if after and after.end() in starts and before and m.start - len(before.group(0)) in ends:
                retyped.add(m.ids[0])
    for m in mentions:
        if m.pattern.role == "discovered" and m.ids[0] in retyped:
            m.kind = "PLACE"
    return added


def _right(text: str, end: int) -> tuple[int, int, str] | None:
    sep = SEPARATOR.match(text, end)
    if not sep or sep.end() == end:
        return None
    w = CAP_START.match(text, sep.end())
    if not w or next_word(text, w.end()) and next_word(text, w.end())[0][:1].isupper():
        return None
    return w.start(), w.end(), w.group(0)


LEFT = re.compile(rf"(?<![\w'’-])([{lx.CAP}][^\W\d_]*)[ \t]*(?:,|-|ve|veya|ile)[ \t]*$")


def _left(text: str, start: int) -> tuple[int, int, str] | None:
    m = LEFT.search(text[max(0, start - 40):start])
    if not m:
        return None
    s = start - len(m.group(0))
    prev = text[max(0, s - 2):s].strip()
    if prev[-1:].isalpha() and prev[-1:].isupper():
        return None  # the word ends a longer capitalised name
    return s, s + len(m.group(1)), m.group(1)


def inhabitants(text: str, mentions: list[Mention], places: set[str]) -> list[Mention]:
    """`Düzceliler`, `Adapazarlılarla`: the people of a known place (GROUP)."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\1" * m.length
    out = []
    for w in INHABITANT_WORD.finditer(text):
        word = w.group(0)
        if any(taken[w.start():w.end()]):
            continue
        for suf in INHABITANTS.finditer(word):
            stem, rest = word[:suf.start()], word[suf.end():]
            if len(stem) < 3 or morphology.suffix_tags(suf.group(2), tr.lower(rest).strip("'’")) is None:
                continue
            options = (stem, stem + "ı", stem + "i", stem + "u", stem + "ü")
            if any(lx.normalize_word(o) in places or known(o, ("PLACE",)) for o in options):
                name = word[:suf.end()]
                tags = morphology.suffix_tags(suf.group(2), tr.lower(rest).strip("'’")) or ""
                out.append(_linked(w.start(), w.end(), "GROUP", name, ("PL+" + tags).rstrip("+")))
                break
    return out


@cache
def _long_forms() -> dict[tuple[str, str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """KB forms of two or more words by (first word, last word), for shortened names."""
    out: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}
    for e in lx.lexicon().kb:
        for form in e.forms:
            words = tuple(lx.normalize(form).split())
            if len(words) > 2:
                out.setdefault((words[0], words[-1]), []).append((e.id, words))
    return {k: tuple(v) for k, v in out.items()}


def _subsequence(short: list[str], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def shortened(name: str, kind: str, in_doc: set[str]) -> tuple[str, str] | None:
    """The KB entry a discovered name shortens (`Yıldırım Grubu` → `Yıldırım Ordular
    Grubu`): same kind, same first and last word, its words in order; one entry, or the
    one the document already names."""
    words = lx.normalize(name).split()
    if len(words) < 2:
        return None
    kb = lx.lexicon().kb
    ids = {i for i, long in _long_forms().get((words[0], words[-1]), ())
           if len(long) > len(words) and _subsequence(words, long) and kb.entries[i].kind == kind}
    if len(ids) > 1:
        ids &= in_doc
    if len(ids) != 1:
        return None
    entry = kb.entries[ids.pop()]
    return entry.id, entry.name


def _interval(date: str | None) -> tuple[str, str] | None:
    if not date or "/" not in date:
        return None
    lo, hi = date.split("/", 1)
    return lo, hi


def _same_series(general: str, specific: str) -> bool:
    """`İnönü Muharebeleri` / `Birinci İnönü Muharebesi`: the general name's first word is
    in the specific one, and both end in the same head noun."""
    g, s = lx.normalize(general).split(), lx.normalize(specific).split()
    return len(g) > 1 and g[0] in s and g[-1][:5] == s[-1][:5]


def member(entry_id: str, form: str, seen: list[tuple[str, str, str]]) -> str:
    """A general name of a series of events (`İnönü Muharebesi`, KB: the İnönü battles) in
    a document that already names exactly one event of the series (`Birinci İnönü
    Muharebesi`) refers to that event; a plural form (`İnönü Muharebeleri`) stays general.
    ``seen``: (normalised name, id, kind) of the document's mentions so far."""
    kb = lx.lexicon().kb
    entry = kb.entries[entry_id]
    span = _interval(entry.date) if entry.kind == "EVENT_NAME" else None
    if span is None:
        return entry_id
    words = lx.normalize(form).split()
    if not words or words[-1].endswith(("leri", "ları")):
        return entry_id
    inside = set()
    for _, i, _ in seen:
        other = kb.entries.get(i)
        if other is None or i == entry_id or other.kind != "EVENT_NAME" or not other.date:
            continue
        lo, hi = _interval(other.date) or (other.date, other.date)
        if span[0] <= lo[:10] and hi[:10] <= span[1] and _same_series(entry.name, other.name):
            inside.add(i)
    return inside.pop() if len(inside) == 1 else entry_id


PLURAL_HEAD = re.compile(r"(?:lar|ler)", re.IGNORECASE)
SHARED = re.compile(r"(?:-|[ \t]*,[ \t]*|[ \t]+ve[ \t]+)$")


def shared_heads(text: str, mentions: list[Mention]) -> None:
    """`Moskova-Kars Antlaşmalarının`, `Sivas ve Erzurum Kongreleri`: a plural head names
    the place before it too (`Moskova Antlaşması`), which is then no place."""
    lex = lx.lexicon()
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if _kind_of(lex, m) not in ("EVENT_NAME", "ORG"):
            continue
        written = text[m.start:m.end].split()
        if len(written) < 2 or not PLURAL_HEAD.search(written[-1][len(written[-1]) // 2:]):
            continue
        name = m.name or _entry_name(lex, m)
        words = name.split()
        if len(words) < 2 or lx.normalize_word(written[0]).split("'")[0] != lx.normalize_word(words[0]):
            continue
        before = SHARED.search(text[max(0, m.start - 6):m.start])
        prev = by_end.get(m.start - len(before.group(0))) if before else None
        if prev is None or _kind_of(lex, prev) != "PLACE":
            continue
        place = prev.name or prev.pattern.form
        hit = known(f"{place} {' '.join(words[1:])}", (_kind_of(lex, m),))
        new_name = hit[1] if hit else f"{place} {' '.join(words[1:])}"
        prev.pattern, prev.kind, prev.name = DISCOVERED, _kind_of(lex, m), new_name
        prev.ids = (hit[0],) if hit else (lx.new_id(new_name, prev.kind),)


def _entry_name(lex: lx.Lexicon, m: Mention) -> str:
    entry = lex.kb.entries.get(m.ids[0]) if m.ids else None
    return entry.name if entry else m.pattern.form
