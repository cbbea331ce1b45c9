"""Names the KB does not know: capitalised word sequences typed by cues.

A sequence ending in a head word (`Kongresi`, `Cemiyeti`, `Dağı`...) takes the head's kind; a
sequence ending in a title (`Paşa`, `Bey`) or following an office (`General`, `Komiseri`) is
a PERSON; a word with a Slavic/Armenian surname ending (`-ov`, `-ski`, `-yan`) is a PERSON; a
capitalised word written with an apostrophe and a locative or ablative (`Havza’da`)
mid-sentence is a PLACE. A capitalised word that only opens a sentence is never a name on its own. Each
discovered name gets the id ``new:<normalised canonical name>``, shared across documents.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from vakanuvis.extract import morphology
from vakanuvis.extract.entity import lexicon as lx
from vakanuvis.extract.entity.match import Mention
from vakanuvis.lang import tr

CAP_WORD = rf"[{lx.CAP}][^\W\d_]*(?:-[^\W\d_]+)*(?:['’][^\W\d_]+)?"
SEQUENCE = re.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD})*")
WORD = re.compile(CAP_WORD)
SURNAME_ENDINGS = ("ov", "ev", "ski", "skiy", "viç", "vich", "ich", "off", "şvili", "dze")
PLACE_CASES = ("LOC", "ABL")
LOWER_WORD = re.compile(r"(?<![\w'])[a-zçğıöşüâîû][a-zçğıöşüâîû]+")
DISCOVERED = lx.Pattern("", "", (), role="discovered")
INSTRUMENTAL = re.compile(r"[aeıioöuü]yl[ae]$")  # -(y)lA: `Tedrisiyle` ends the phrase it is in
PAREN = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
NEXT_LOWER = re.compile(r"[ \t]+([a-zçğıöşüâîû]+)")
ADDRESS = re.compile(r"[aeıioöuü](?:n|m)[ıiuü]z(?:[ıiuü]|[ae]|[ıiuü]n|[dt][ae]n?|[cç][ae]|[dt][ıiuü]r)?$")  # -nIz/-mIz + case


@cache
def _stop_words() -> frozenset[str]:
    before = frozenset(k for k, (where, _) in lx.honorifics().items() if where == "before")
    return (frozenset(lx.normalize(w) for w in tr.stop_words("tr")) | lx.word_set("generic.tsv")
            | lx.word_set("discourse.tsv") | before)


@cache
def _index(name: str) -> dict[str, tuple[str, ...]]:
    """Heads of a word table grouped by their first three letters, longest first."""
    heads = lx.cues() if name == "cues" else lx.titles()
    out: dict[str, list[str]] = {}
    for h in sorted(heads, key=len, reverse=True):
        out.setdefault(h[:3], []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _head(word_norm: str, table: str) -> str | None:
    """The head (cue or title) this word is an inflected form of."""
    for h in _index(table).get(word_norm[:3], ()):
        if word_norm.startswith(h) and morphology.is_suffix(h, word_norm[len(h):]):
            return h
    return None


def _canonical(words: list[str], head_len: int | None) -> str:
    """The name without its inflection, synonymous heads folded and circumflexes dropped,
    so every spelling of a discovered name gets one canonical form (and one id)."""
    last = words[-1]
    last = last[:head_len] if head_len else morphology.lemma(last)
    last = lx.canonical_heads().get(lx.normalize_word(last), last)
    words = words[:-1] + [last]
    if all(w.isupper() for w in words if len(w) > 3):  # a name in a heading: `CEMAL PAŞA`
        words = ["-".join(tr.capitalize(p) for p in w.split("-")) for w in words]
    return " ".join(words).translate(lx.CIRCUMFLEX)


def _mention(start: int, end: int, kind: str, name: str, tags: str = "") -> Mention:
    return Mention(start, end, DISCOVERED, tags, (lx.new_id(name, kind),), kind=kind, name=name)


def discover(text: str, sentence_starts: frozenset[int]) -> list[Mention]:
    """Typed unknown names in ``text`` (clean offsets)."""
    common = _lowercase_words(text)
    out: list[Mention] = []
    for words in _runs(text):
        found = _typed(text, words, sentence_starts, common)
        if found is not None and found.kind == "PERSON":
            found = _without_honorifics(found)
            if found is not None:
                out += _institution_before(text, words, found.start, sentence_starts, common)
        if found is not None and _not_a_name(found.name or ""):
            continue
        if found is not None:
            out.append(found)
    return out + persons_in_form(text, common)


def _institution_before(text: str, words: list[tuple[str, int, int]], start: int,
                        sentence_starts: frozenset[int], common: frozenset[str]) -> list[Mention]:
    """The institution whose office a person holds, named in the same run before the office
    (`Ankara Hukuk Mektebi Tedris Heyeti Reisi Mahmut Esat Bey`): a cue-typed name of two or
    more words, which the person's mention would otherwise swallow."""
    before = [w for w in words if w[2] <= start]
    while before and _is_office(before[-1][0]):
        before.pop()
    if len(before) < 2 or len(before) == len(words):
        return []
    found = _typed(text, before, sentence_starts, common)
    if found is None or found.kind == "PERSON" or " " not in (found.name or ""):
        return []
    return [found]


PAREN_SURNAME = re.compile(rf"({CAP_WORD}(?:[ \t]+{CAP_WORD})?)[ \t]*\([ \t]*({CAP_WORD})[ \t]*\)[ \t]+({CAP_WORD})")
PARTICLE_NAME = re.compile(rf"({CAP_WORD})[ \t]+(?:de|du|da|di|von|van|der|den|del|della|dos|le|la)[ \t]+({CAP_WORD})")


def persons_in_form(text: str, common: frozenset[str]) -> list[Mention]:
    """Person names discovery cannot see as one capitalised run: a surname in parentheses
    before a title (`Galip Kemali (Söylemezoğlu) Bey’in`) and a foreign name with a particle
    (`Robert de Caix`, `Liman von Sanders`). Known names win over these (see find_mentions)."""
    out: list[Mention] = []
    for m in PAREN_SURNAME.finditer(text):
        title = _head(lx.normalize_word(m.group(3).split("’")[0].split("'")[0]), "titles")
        given = m.group(1).split()
        if title is None or lx.normalize_word(given[0]) in _stop_words():
            given = given[1:] if title else []
        if not given or any(_is_office(w) or _head(lx.normalize_word(w), "titles") for w in given):
            continue
        start = m.start(1) if len(given) == len(m.group(1).split()) else m.start(1) + m.group(1).rfind(given[0])
        name = f"{' '.join(given)} ({m.group(2)}) {m.group(3)[:len(title)]}"
        out.append(_mention(start, m.end(3), "PERSON", name))
    for m in PARTICLE_NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if any(_known_word(w) or _is_listed(w, lx.word_set("not_names.tsv")) or _is_office(w)
               or _head(lx.normalize_word(w), "titles") for w in (first, last)) \
                or lx.normalize_word(last.split("’")[0].split("'")[0]) in _name_words():
            continue  # `Mustafa Kemal de Ankara’ya`, `Ali de Mehmet’i`: the Turkish clitic between two names
        if _is_common(first, lx.normalize_word(first), common):
            continue
        cut = max(last.find("’"), last.find("'"))
        name = text[m.start(1):m.end(2) if cut < 0 else m.start(2) + cut]
        out.append(_mention(m.start(1), m.end(2), "PERSON", " ".join(name.split())))
    return out


def _not_a_name(name: str) -> bool:
    """A bare demonym (`Türk sancağı`: no agent noun, no entity) or a name of God."""
    norm = lx.normalize_word(name)
    return norm in lx.demonym_keys() or norm in lx.word_set("not_names.tsv")


@lru_cache(maxsize=65536)
def _known_word(word: str) -> bool:
    """A word that is a whole KB name, inflected or not (`Fransızlar`, `Ankara’nın`)."""
    keys = _kb_keys()
    return any(lx.normalize_word(stem) in keys for stem in morphology.stem_candidates(word.split("’")[0].split("'")[0]))


@cache
def _kb_keys() -> frozenset[str]:
    return frozenset(p.key for p in lx.lexicon().patterns if p.role == "name" and " " not in p.key)


def _title_after_name(words: list[tuple[str, int, int]], norms: list[str], k: int, first: int) -> bool:
    """A title after a name word, before an honorific (`Kazım Paşa Hazretleri`): part of the
    name, not an office (`Kumandan Paşa Hazretleri` has none)."""
    return (k > first and bool(_head(norms[k], "titles")) and not _is_office(words[k - 1][0])
            and norms[k - 1].split("'")[0] not in lx.titles())


def _honorific(word: str) -> tuple[str, str] | None:
    """``(after|before, folded title)`` when the word is an honorific, inflected or not."""
    table = lx.honorifics()
    norm = lx.normalize_word(word)
    if norm in table:
        return table[norm]
    head = _head(norm, "titles")
    return table.get(head) if head else None


def person_name(name: str) -> str | None:
    """A person's canonical name without honorifics (`Yushida Hazretleri` → `Yushida`,
    `Salahattin Beyefendi` → `Salahattin Bey`); None when only titles and offices are left
    (`Beyefendi Hazretleri`, `Japon İmparatoru Hazretleri`)."""
    words = name.split()
    while words and (h := _honorific(words[0])) and h[0] == "before":
        words = words[1:]
    while words and (h := _honorific(words[-1])) and h[0] == "after" and not h[1]:
        words = words[:-1]
    if words and (h := _honorific(words[-1])) and h[1]:
        words[-1] = h[1]
    while len(words) > 2 and all(_head(lx.normalize_word(w), "titles") for w in words[-2:]):
        words = words[:-1]  # `Hamdi Bey Efendi` (= Beyefendi) → `Hamdi Bey`
    core = words[:]
    while len(core) > 1 and _head(lx.normalize_word(core[-1]), "titles"):
        core = core[:-1]
    if _is_office(" ".join(core)):
        return None  # `Katib-i Umumi Bey`: an office with a title
    norms = [lx.normalize_word(w) for w in words]
    if not words or (_is_office(words[-1]) and not _head(norms[-1], "titles")) or (
            len(words) > 1 and _is_office(" ".join(words[-2:]))):
        return None  # `Japon İmparatoru Hazretleri`, `Yunan Reis-i Cumhuru`: an office, not a name
    if all(n in lx.titles() or _head(n, "titles") or _is_office(w) for w, n in zip(words, norms, strict=True)):
        return None
    return " ".join(words)


def _without_honorifics(m: Mention) -> Mention | None:
    name = person_name(m.name or "")
    if name is None:
        return None
    return m if name == m.name else _mention(m.start, m.end, m.kind or "PERSON", name, m.tags)


def plausible_name(text: str, word: str, pos: int, starts: frozenset[int], common: frozenset[str]) -> bool:
    """Whether a lone capitalised word may be an unknown name (for list and context
    rules): not a common or function word, not a month, not an office, not a sentence
    opener that the document also writes in lower case, not inflected without an apostrophe."""
    norm = lx.normalize_word(word)
    if _is_listed(word, lx.word_set("not_names.tsv")) or _is_office(word) or _head(norm, "titles"):
        return False
    if _is_common(word, norm, common):
        return False
    return not (opens_sentence(text, pos, starts) and len(word) < 4)


def document_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case (see :func:`_is_common`)."""
    return _lowercase_words(text)


CASE_TAGS = frozenset({"ACC", "DAT", "LOC", "ABL", "INS"})
OUR_YOUR = frozenset({"P1SG", "P1PL", "P2SG", "P2PL", "1SG", "1PL"})  # personal endings: no bare name


def name_word(word: str) -> bool:
    """Whether a word is part of a KB person's or place's name (`Ali`, `Fuat`)."""
    return lx.normalize_word(word) in _name_words()


@lru_cache(maxsize=65536)
def _case_marked(word: str) -> bool:
    """A sentence opener with a case ending a name would take after an apostrophe
    (`Cephaneyi`, `Müfrezeye`, `Düşmanda`), on a softened stem (`Mektubu`) or with
    'our/your' (`Kuvvetimiz`): a common noun, unless the KB knows the word."""
    if "'" in word or "’" in word or lx.normalize_word(word) in _name_words():
        return False
    for stem, tags in morphology.analyses(word):
        rest = tr.lower(word[len(stem):])
        if len(stem) >= 4 and len(rest) >= 2 and (tags in CASE_TAGS and rest[0] in "ydtln" or bool(OUR_YOUR & set(tags.split("+")))):
            return True
        if len(stem) >= 4 and tags in CASE_TAGS and not tr.lower(word).startswith(tr.lower(stem)):
            return True  # a softened stem before a case ending (`Mektubu` = mektup + -u)
    return False


@cache
def _name_words() -> frozenset[str]:
    """Every word of a KB person's or place's name (`Mustafa`, `Hüseyin`, `Naciye`)."""
    kb = lx.lexicon().kb
    return frozenset(w for e in kb if e.kind in ("PERSON", "PLACE") for f in e.forms for w in lx.normalize(f).split())


@lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    """Words the document also writes in lower case: a capitalised one of them that opens a
    sentence is a common word (`Böylece`, `Askerler`), not a name."""
    return frozenset(w.translate(lx.FOLD) for w in set(LOWER_WORD.findall(text)))  # already lower case


def _is_common(word: str, norm: str, common: frozenset[str]) -> bool:
    bare = norm.split("'")[0]
    if bare in _stop_words() or bare in common:
        return True
    if any(lx.normalize_word(stem) in _stop_words() for stem in morphology.stem_candidates(word)[1:]):
        return True  # `Bunu` = bu + -nu
    if "'" in norm:
        return False
    return morphology.lemma(word) != word  # inflected without an apostrophe: not a proper name


def _name_start(text: str, words: list[tuple[str, int, int]], norms: list[str], starts: frozenset[int],
                common: frozenset[str]) -> int:
    """Index of the first word of a run that can open a name (``len(words)`` when none):
    stop words, a common or case-marked sentence opener, listed non-names and bare titles
    are passed over."""
    first = 0
    while first < len(words) and norms[first].split("'")[0] in _stop_words():
        first += 1
    if first < len(words) and opens_sentence(text, words[first][1], starts) and len(words) - first > 1:
        if _is_common(words[first][0], norms[first], common) or _case_marked(words[first][0]):
            first += 1
    skip = lx.word_set("not_names.tsv")
    while first < len(words) - 1 and _is_listed(words[first][0], skip) and not _head(norms[first + 1], "titles"):
        first += 1  # `Mayısta Ankara’dan`: a month name does not start a name (`Recep Efendi` does)
    prefixes, titles = lx.prefix_titles(), lx.titles()
    while first < len(words) and (norms[first].rstrip(".") in prefixes or norms[first] in titles):
        if first + 1 < len(words) and not _head(norms[first + 1], "titles"):
            break  # an office before a name (`General Frunze`): handled below
        first += 1  # `Paşa Hazretleri`, `Sadrazam Paşa`: titles only, no name
    return first


def _typed(text: str, words: list[tuple[str, int, int]], starts: frozenset[int],
           common: frozenset[str]) -> Mention | None:
    """The typed name in one capitalised run, if any."""
    cues, prefixes = lx.cues(), lx.prefix_titles()
    norms = [lx.normalize_word(w) for w, _, _ in words]
    first = _name_start(text, words, norms, starts, common)
    if first >= len(words):
        return None
    place = _place_context(text, words[-1][2])
    izafet = next((k for k in range(first, len(words) - 1) if "-" in norms[k] and norms[k] in cues), None)
    if izafet is not None:  # an Ottoman izafet head opens the name: `Heyet-i Vekile’de`, `Harb-i Umumi`
        if ADDRESS.search(norms[-1]):
            return None  # `Heyet-i Aliyyenizi`: a form of address, not a name
        last = next((k for k in range(izafet + 1, len(words) - 1) if INSTRUMENTAL.search(norms[k])), len(words) - 1)
        names = [w for w, _, _ in words[izafet : last + 1]]  # `Heyet-i Tedrisiyle Fahrî Riyaseti`: ends at `-(y)lA`
        return _mention(words[izafet][1], words[last][2], cues[norms[izafet]], _canonical(names, None), "")
    for i in range(len(words) - 1, first, -1):  # rightmost head with a name before it
        head = _head(norms[i], "cues")
        if head and "-" in head:
            head = None
        kind = cues.get(head) if head else None
        if head is None:
            head = _head(norms[i], "titles")
            kind = "PERSON" if head else None
        elif kind != "PERSON" and i - 1 > first and _head(norms[i - 1], "titles"):
            continue  # `Sabri Efendi Kolu`: the unit is named by its commander, who is the name
        if head and kind == "PERSON" and place and i == len(words) - 1:
            return _mention(words[first][1], words[i][2], "PLACE", _canonical([w for w, _, _ in words[first:]], None))
        if head and kind == "PERSON":
            offices = [k for k in range(first, i) if (_is_office(words[k][0]) or norms[k].split("'")[0] in common)
                       and not _title_after_name(words, norms, k, first)]
            start = offices[-1] + 1 if offices else first  # `Belediye Reisi Beyefendi`, `Kurmay
            if start == i:  # Yüzbaşısı Nuri Bey`: the name is what follows the last office word
                return None
            first = start
        if head and kind:
            offices = [k for k in range(first, i) if norms[k].rstrip(".") in prefixes]
            first = offices[-1] + 1 if offices and offices[-1] + 1 < i else first  # `Kurmay Binbaşı Derne Kolu`
            names = [w for w, _, _ in words[first : i + 1]]
            if tr.lower(" ".join(names[:-1] + [words[i][0]])) in text:
                return None  # the document writes the phrase in lower case: `ihtiyat kolu`
            tags = morphology.suffix_tags(head.rsplit(" ", 1)[-1], norms[i][len(head):]) or ""
            return _mention(words[first][1], words[i][2], kind, _canonical(names, len(head)), tags)
    prev = text[max(0, words[first][1] - 30) : words[first][1]].split()
    office = [k for k in range(first, len(words) - 1) if norms[k].rstrip(".") in prefixes]
    if office or (prev and lx.normalize_word(prev[-1]).strip(" .'") in prefixes):
        span = words[office[-1] + 1 :] if office else words[first:]
        span = [w for w in span if not _is_office(w[0]) and not _head(lx.normalize_word(w[0]), "titles")]
        if not span:
            return None  # `Padişah Hazretlerinin`: titles only
        return _mention(span[0][1], span[-1][2], "PERSON", _canonical([w for w, _, _ in span], None))
    span = words[first:]
    if place and "'" not in norms[-1] and not (len(span) == 1 and _is_common(span[0][0], norms[first], common)):
        return _mention(span[0][1], span[-1][2], "PLACE", _canonical([w for w, _, _ in span], None))
    if len(span) == 1 and opens_sentence(text, span[0][1], starts):
        return None
    last = morphology.lemma(span[-1][0])
    if tr.lower(last).endswith(SURNAME_ENDINGS) and len(last) > 4:
        return _mention(span[0][1], span[-1][2], "PERSON", _canonical([w for w, _, _ in span], None))
    while len(span) > 1 and _known_word(span[0][0]):
        span = span[1:]  # `Fransızlar Kanada’da`: a known name does not open an unknown one
    word = span[-1][0]
    cut = max(word.find("’"), word.find("'"))
    if cut > 1 and place:
        return _mention(span[0][1], span[-1][2], "PLACE", " ".join([w for w, _, _ in span[:-1]] + [word[:cut]]))
    if cut > 1:
        tags = morphology.suffix_tags(tr.lower(word[:cut]), tr.lower(word[cut + 1 :])) or ""
        if tags.split("+")[-1] in PLACE_CASES and not _not_a_place(text, span, common):
            names = [w for w, _, _ in span[:-1]] + [word[:cut]]
            return _mention(span[0][1], span[-1][2], "PLACE", " ".join(names), tags)
    return None


IZAFET_LINK = re.compile(r"[^\W\d_]+-y?[ıiuü]$")


def _not_a_place(text: str, span: list[tuple[str, int, int]], common: frozenset[str]) -> bool:
    """Signs that a name in the locative/ablative is no place: an office in it (`Harbiye
    Nazırı’ndan`, `Hazret-i Ömer’den`), an izafet on a common noun (`Kanun-ı Esasi’de`) or
    after one (`anasır-ı İslâmiye’den`), or a temporal reading (`Ömer’den sonra`)."""
    for w, _, _ in span:
        head = w.split("-")[0].split("’")[0].split("'")[0]
        if _is_office(head) or (head != w and "-" in w and lx.normalize_word(head) in common):
            return True
    before = text[max(0, span[0][1] - 30):span[0][1]].split()
    if before and IZAFET_LINK.match(before[-1]) and before[-1][:1].islower():
        return True
    nxt = NEXT_LOWER.match(text, span[-1][2])
    return bool(nxt) and lx.normalize_word(nxt.group(1)).startswith(_not_place_after())


@cache
def _not_place_after() -> tuple[str, ...]:
    return tuple(lx.word_set("not_place_after.tsv"))


def _place_context(text: str, end: int) -> bool:
    """Whether the word after ``end`` (past a parenthesis) is a lower-case place noun with
    a possessive (`mevkiinde`, `batısında`, `çiftliğindeki`, `Kasr-ı Atik (Eski Kasır)
    istikametinde`), or a dative name goes on to a motion word (`Karaköy’e kadar`)."""
    follow = text[end + 1:end + 2]
    if not follow or not (follow.islower() or follow == "("):
        return False
    paren = PAREN.match(text, end) if follow == "(" else None
    nxt = NEXT_LOWER.match(text, paren.end() if paren else end)
    if not nxt:
        return False
    word = text[max(0, end - 12):end]
    if "'" in word or "’" in word:
        cut = max(word.rfind("'"), word.rfind("’"))
        stem = (tr.lower(word[:cut]).split() or ["a"])[-1]
        tags = morphology.suffix_tags(stem, tr.lower(word[cut + 1:])) or ""
        if tags.endswith("DAT"):
            return lx.normalize_word(nxt.group(1)).startswith(_motion_words())
    return _is_place_noun(nxt.group(1))


@cache
def _motion_words() -> tuple[str, ...]:
    return tuple(lx.word_set("motion.tsv"))


@lru_cache(maxsize=65536)
def _is_place_noun(word: str) -> bool:
    norm = lx.normalize_word(word)
    for stem in lx.word_set("place_context.tsv"):
        if norm.startswith(stem) and len(norm) > len(stem):
            tags = morphology.suffix_tags(stem, norm[len(stem):], True) or ""
            if tags.startswith(("P3SG", "P2SG", "PL+P3SG", "P3PL")) or (stem[-1] in "iıuü" and tags and not tags.startswith(("PL", "P"))):
                return True
    return False


def _runs(text: str):
    """Capitalised word runs ``[(word, start, end)]``; a word with an apostrophe suffix ends
    its run (`Ankara’dan Moskova’ya` is two names), a month or day name is left out."""
    skip = lx.word_set("not_names.tsv")
    for seq in SEQUENCE.finditer(text):
        run: list[tuple[str, int, int]] = []
        for m in WORD.finditer(seq.group(0)):
            word = m.group(0)
            run.append((word, seq.start() + m.start(), seq.start() + m.end()))
            if "'" in word or "’" in word:
                yield from _keep(run, skip)
                run = []
        yield from _keep(run, skip)


def _is_listed(word: str, table: frozenset[str]) -> bool:
    """Whether the word or one of its stems is in ``table`` (`Mayısta` → `Mayıs`)."""
    return _not_name(word) if table is lx.word_set("not_names.tsv") else any(
        lx.normalize_word(stem) in table for stem in morphology.stem_candidates(word))


@lru_cache(maxsize=65536)
def _not_name(word: str) -> bool:
    skip = lx.word_set("not_names.tsv")
    return any(lx.normalize_word(stem) in skip for stem in morphology.stem_candidates(word))


@lru_cache(maxsize=65536)
def _is_office(word: str) -> bool:
    """An office or rank word, inflected or not (`Yüzbaşısı`, `Kralı`, `Elçi`)."""
    offices = lx.prefix_titles() | lx.word_set("offices.tsv")
    return any(lx.normalize_word(stem).rstrip(".") in offices for stem in morphology.stem_candidates(word))


def _keep(run: list[tuple[str, int, int]], skip: frozenset[str]):
    if len(run) == 1:
        word = run[0][0]
        if _is_listed(word, skip):
            return
    if run:
        yield run


def opens_sentence(text: str, pos: int, starts: frozenset[int]) -> bool:
    """Whether only quotes/brackets/dashes stand between a sentence start and ``pos``."""
    i = pos
    while i > 0 and text[i - 1] in "\"“”‘’'«»([-–— \t":
        i -= 1
    return i in starts or i == 0 or text[i - 1] == "\n"
