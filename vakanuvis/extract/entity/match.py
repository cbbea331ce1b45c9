"""Recognition of KB names in a document's clean text: Aho–Corasick over the normalised text,
then Turkish checks on each hit (word start, valid suffix sequence, capitalisation), then the
longest mention wins. Works on ``doc.text``; offsets are CLEAN offsets until ``doc.span``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from vakanuvis.extract import morphology
from vakanuvis.extract.entity.lexicon import CAP, Lexicon, Pattern, normalize_word

WORD_REST = re.compile(r"(?:[^\W\d_]|')*")
NEXT_WORD = re.compile(r"[ \t]*([^\W\d_](?:[^\W\d_]|['-])*)")
PAREN_WORDS = re.compile(r"[ \t]*\([ \t]*([^\W\d_][^\W\d_ ]*(?:[ \t]+[^\W\d_]+)?)[ \t]*\)")
ENGLISH_REST = frozenset({"", "'s", "s'"})
PERSONAL = ("P1SG", "P1PL", "P2SG", "P2PL")
NAME_UNLIKELY = frozenset({"P1SG", "P2SG", "P2PL", "1SG", "WHEN"})
OUR_YOUR = re.compile(r"([ıiuü]?)([mn])[ıiuü]z([ıiuü]n|[ıiuü]|[ae]|[dt][ae]n?|l[ae]|[cç][ae]|[dt][ıiuü]r)?")
CASE_OF = {"ın": "GEN", "in": "GEN", "un": "GEN", "ün": "GEN", "ı": "ACC", "i": "ACC", "u": "ACC", "ü": "ACC",
           "a": "DAT", "e": "DAT", "da": "LOC", "de": "LOC", "ta": "LOC", "te": "LOC", "dan": "ABL",
           "den": "ABL", "tan": "ABL", "ten": "ABL", "la": "INS", "le": "INS", "ca": "EQU", "ce": "EQU",
           "ça": "EQU", "çe": "EQU"}


@dataclass
class Mention:
    """A recognised name in CLEAN offsets, before linking."""

    start: int
    end: int
    pattern: Pattern
    tags: str = ""  # inflection on the name (`GEN`, `PL+INS`...)
    ids: tuple[str, ...] = ()
    kind: str | None = None  # set for discovered names
    name: str | None = None  # canonical name for discovered names / short forms
    attrs: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def _rest_tags(p: Pattern, rest: str, text_form: str) -> str | None:
    """Tags of the letters after a name, or ``None`` when they are not inflection."""
    rest = rest.rstrip("'")
    if (p.english and rest in ENGLISH_REST) or rest == "'s":  # English `Ankara’s`
        return ""
    if p.softened and (not rest or rest[0] not in morphology.VOWELS):
        return None
    stem = p.key.rsplit(" ", 1)[-1]
    abbrev = text_form.isupper() and len(stem) <= 6
    tags = morphology.suffix_tags(stem, rest, False, abbrev)
    if p.address_ok and (tags is None or any(t in NAME_UNLIKELY for t in tags.split("+"))):
        own = _our_your(stem, rest)
        if own:
            return own
    if tags and any(t in NAME_UNLIKELY for t in tags.split("+")):
        third = morphology.suffix_tags(stem + rest[0], rest[1:]) if len(rest) > 1 and rest[0] in "ıiuü" else None
        if third is None or any(t in NAME_UNLIKELY for t in third.split("+")):
            return None  # `İtalya|n`: a name does not take 1sg/2nd-person possessives
        return "P3SG+" + third  # `meclis|i|nin`, read as `meclis|in|in` by the table
    return tags


def _our_your(stem: str, rest: str) -> str | None:
    """'Our/your' on an assembly's name, with a case after it: `Meclis|imiz`, `Meclis-i
    Âli|niz|ce` (the Assembly addressed in its own speeches)."""
    m = OUR_YOUR.fullmatch(rest)
    if not m or (bool(m.group(1)) == (stem[-1:] in morphology.VOWELS)):
        return None  # the linking vowel comes exactly after a consonant
    own = "P1PL" if m.group(2) == "m" else "P2PL"
    case = m.group(3)
    if case is None:
        return own
    tag = CASE_OF.get(case) or ("COP" if case[-1] == "r" else None)
    return f"{own}+{tag}" if tag else None


def _common_phrase(p: Pattern, tags: str, written: str) -> bool:
    """A capitalised izafet name written in lower case with 'our/your' (`Hâkimiyet-i
    milliyemizin`, our national sovereignty): the phrase, not the name (a newspaper)."""
    if p.lower_ok or " " not in p.key or "-" not in p.key or not any(t in tags for t in PERSONAL):
        return False
    return written.rsplit(" ", 1)[-1][:1].islower() and p.form.rsplit(" ", 1)[-1][:1].isupper()


def scan(text: str, norm: str, lex: Lexicon) -> list[Mention]:
    """Every acceptable KB-name hit (overlapping ones included)."""
    padded = " " + norm
    out: list[Mention] = []
    patterns = lex.patterns
    for end, (klen, idxs) in lex.automaton.iter(padded):
        start = end - klen  # clean offsets: the key is " " + form
        m = WORD_REST.match(padded, end + 1)
        rest = m.group(0) if m else ""
        first_upper = text[start].isupper() or text[start].isdigit()  # `7’nci Ordu`
        for i in idxs:
            p = patterns[i]
            if not first_upper and not p.lower_ok:
                continue
            tags = _rest_tags(p, rest, text[start:end])
            if tags is None or (tags and _common_phrase(p, tags, text[start:end])):
                continue
            stop = end + len(rest.rstrip("'"))
            out.append(Mention(start, stop, p, tags, p.ids))
    return out


def longest(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then the one with less inflection (`İtalyan`
    the demonym beats `İtalya` + `-n`), then a name before a demonym, then earliest."""
    rank = {"name": 0, "demonym": 1, "short": 2}
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in mentions), default=0))
    for m in sorted(mentions, key=lambda m: (-m.length, -len(m.pattern.key), rank.get(m.pattern.role, 3), m.start)):
        if any(taken[m.start : m.end]):
            continue
        chosen.append(m)
        taken[m.start : m.end] = b"\1" * m.length
    return sorted(chosen, key=lambda m: m.start)


GIVEN_BEFORE_PAREN = re.compile(rf"(?<![^\W\d_])((?:[{CAP}][^\W\d_]*[ \t]+)?[{CAP}][^\W\d_]*)[ \t]*\([ \t]*$")
CLOSE_PAREN = re.compile(r"[ \t]*\)")
APOSTROPHE_SUFFIX = re.compile(r"[’']([^\W\d_]{1,6})(?![^\W\d_])")


def _title_after(text: str, pos: int, titles: frozenset[str]) -> tuple[int, str] | None:
    """(end, suffix tags) of a title (`Bey’in`) right after ``pos``."""
    nxt = NEXT_WORD.match(text, pos)
    if nxt:
        word = normalize_word(nxt.group(1))
        for t in titles:
            if word.startswith(t) and morphology.is_suffix(t, word[len(t):]):
                case = APOSTROPHE_SUFFIX.match(text, nxt.end())
                tags = morphology.suffix_tags(t, normalize_word(case.group(1)) if case else word[len(t):])
                return (case.end() if case else nxt.end()), tags or ""
    return None


def extend_person(text: str, m: Mention, titles: frozenset[str],
                  given_name: Callable[[str], bool] = lambda w: True) -> None:
    """Grow a person's span over a parenthetical surname and a following title
    (`Bekir Sami (Kunduh) Bey’in`, `Rıza Nuri Beylerden`), or, for a known surname written
    in parentheses, over the given name before it and the title after (`Kazım (Karabekir)
    Bey’in`)."""
    if m.tags:
        return
    close = CLOSE_PAREN.match(text, m.end)
    given = GIVEN_BEFORE_PAREN.search(text, max(0, m.start - 40), m.start) if close else None
    titled = _title_after(text, close.end(), titles) if close and given else None
    if given and titled:
        words = given.group(1).split()
        m.start, (m.end, m.tags) = given.start(1), titled
        if len(words) > 1 and not given_name(words[0]):  # `Doğuda Kazım (Karabekir) Bey`
            m.start = given.start(1) + given.group(1).rfind(words[-1])
        return
    pos = m.end
    paren = PAREN_WORDS.match(text, pos)
    if paren and paren.group(1)[:1].isupper():
        pos = paren.end()
    nxt = NEXT_WORD.match(text, pos)
    if nxt:
        word = normalize_word(nxt.group(1))
        for t in titles:
            if word.startswith(t) and morphology.is_suffix(t, word[len(t):]):
                m.end = nxt.end()
                m.tags = morphology.suffix_tags(t, word[len(t):]) or ""
                return
    if paren and pos != m.end:
        m.end = pos


def next_word(text: str, pos: int) -> tuple[str, int, int] | None:
    """The word after ``pos`` on the same line: ``(word, start, end)``."""
    nxt = NEXT_WORD.match(text, pos)
    return (nxt.group(1), nxt.start(1), nxt.end(1)) if nxt else None


def previous_word(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
        j -= 1
    return text[j:i]
