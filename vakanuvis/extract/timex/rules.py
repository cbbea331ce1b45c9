"""Timex rules as data: patterns, lexicons and rules from ``vakanuvis/data/tr/timex``.

Rules are HeidelTime-style records, one per line, that refer to named patterns (``%gun``,
``%ay2``). Everything is checked at load time: an unknown pattern, a regex that does not
compile, a duplicate name, a bad option or a rule without its ``# ÖRNEK:`` example raises
:class:`~vakanuvis.errors.RuleError` naming the file, the line and the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from vakanuvis.errors import RuleError
from vakanuvis.lang import tr

DATA = tr.DATA / "timex"
TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER")
FLAGS = frozenset({"alt", "relative", "dur", "set", "cap", "nogen", "thatday", "label", "bare", "noun"})
KEYS = {
    "value": None,
    "mod": MODS,
    "anchor": ("doc", "narr", "last", "ago", "stamp"),
    "shift": None,
    "gran": ("D", "W", "M", "Y", "C"),
    "fallback": None,
    "cal": ("julian", "rumi", "hijri"),
}
SHIFT = re.compile(r"[+-](?:N|[0-9]+[DWMYC])")
REF = re.compile(r"%([a-z]+)([0-9]?)")


_FOLD_PAIRS = (("I", "ı"), ("İ", "i"), ("â", "a"), ("î", "i"), ("û", "u"), ("Â", "a"), ("Î", "i"),
               ("Û", "u"), ("'", "’"), ("‘", "’"))


def fold(text: str) -> str:
    """Matching form: Turkish lower case, â/î/û → a/i/u, every apostrophe → ’ (same length).

    A chain of ``str.replace`` is several times faster than ``str.translate`` on long texts.
    """
    for a, b in _FOLD_PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text.lower()


SEPARATORS = re.compile(r"[\s\-’.]+")


def key(surface: str) -> str:
    """Lookup key of a lexicon entry or a matched group: folded, without separators."""
    return SEPARATORS.sub("", fold(surface))


@dataclass(frozen=True)
class Example:
    text: str  # the example sentence without brackets
    start: int  # the expected span inside it
    end: int
    value: str | None


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    pattern: str  # the rule's own pattern, as written
    regex: re.Pattern[str]
    options: dict[str, str] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()
    examples: tuple[Example, ...] = ()
    file: str = ""
    line: int = 0

    @property
    def lead(self) -> str | None:
        """The pattern the rule starts with (``%sayi ...`` → ``sayi``), used to gate rules."""
        m = REF.match(self.pattern)
        return m.group(1) if m else None


def _lines(name: str) -> list[tuple[int, str]]:
    path = DATA / name
    if not path.exists():
        raise RuleError(f"data file {name} not found", path=str(path))
    return list(enumerate(path.read_text(encoding="utf-8").splitlines(), 1))


@cache
def lexicon(name: str) -> dict[str, tuple[str, ...]]:
    """``{key(surface): other columns}`` of a tab-separated lexicon (comments skipped)."""
    out: dict[str, tuple[str, ...]] = {}
    for no, line in _lines(name):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].strip():
            raise RuleError(f"line {no}: empty surface", path=str(DATA / name))
        out.setdefault(key(cols[0]), tuple(c.strip() for c in cols[1:]))
    return out


@cache
def alternatives(name: str) -> str:
    """The first column of a lexicon as one regex alternation that prefers the longest entry.

    Built as a trie (``a(?:ralı(?:k|ğ)|ğustos)``): the regex engine then tests a handful of
    first letters at each position instead of every entry, which is most of the tagger's speed.
    """
    surfaces: set[str] = set()
    for _, line in _lines(name):
        if line.strip() and not line.startswith("#"):
            surfaces.add(re.sub(r"[\s\-]+", " ", fold(line.split("\t")[0].strip())))
    trie: dict = {}
    for s in surfaces:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


_TOKEN = {" ": r"[-\s]*", "’": "’?"}


def _trie_regex(node: dict) -> str:
    """Alternation for a trie node; a word that ends here is the last (shortest) choice."""
    ends = "" in node
    branches = [_TOKEN.get(ch) or re.escape(ch) for ch in sorted(k for k in node if k)]
    branches = [b + _trie_regex(node[ch]) for b, ch in zip(branches, sorted(k for k in node if k), strict=True)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


def expand_files(regex: str, where: str = "") -> str:
    def repl(m: re.Match[str]) -> str:
        try:
            return alternatives(m.group(1))
        except RuleError as e:
            raise RuleError(f"{where}: {e}") from None

    return re.sub(r"@([a-z_]+\.tsv)", repl, regex)


@dataclass(frozen=True)
class Pattern:
    name: str
    kind: str  # "value" (captured) or "form"
    regex: str


@cache
def patterns() -> dict[str, Pattern]:
    out: dict[str, Pattern] = {}
    path = str(DATA / "patterns.tsv")
    for no, line in _lines("patterns.tsv"):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        where = f"{path}:{no}"
        if len(cols) != 3 or cols[1] not in ("value", "form"):
            raise RuleError(f"line {no}: expected name<TAB>value|form<TAB>regex", path=path)
        name = cols[0]
        if not re.fullmatch(r"[a-z]+", name) or name in out:
            raise RuleError(f"line {no}: bad or duplicate pattern name {name!r}", path=path)
        regex = expand_files(cols[2].replace(" ", r"\s+"), where)
        try:
            re.compile(regex)
        except re.error as e:
            raise RuleError(f"line {no}: pattern {name!r} does not compile: {e}", path=path) from None
        out[name] = Pattern(name, cols[1], regex)
    return out


def expand(pattern: str, where: str, rule: str) -> str:
    """Replace ``%name[digit]`` by the pattern (a named group for value patterns)."""
    pats = patterns()

    def repl(m: re.Match[str]) -> str:
        p = pats.get(m.group(1))
        if p is None:
            raise RuleError(f"{where}: rule {rule!r} refers to unknown pattern %{m.group(1)}")
        if p.kind == "form":
            return f"(?:{p.regex})"
        return f"(?P<{m.group(1)}{m.group(2)}>{p.regex})"

    return REF.sub(repl, pattern.replace(" ", r"\s+"))


_EXAMPLE = re.compile(r"#\s*ÖRNEK:\s*(.+?)\s*=>\s*(\S+)\s*$")


def _example(text: str, value: str, where: str) -> Example:
    if "[" in text:
        m = re.fullmatch(r"([^\[\]]*)\[([^\[\]]+)\]([^\[\]]*)", text)
        if not m:
            raise RuleError(f"{where}: example needs one [span]: {text!r}")
        start = len(m.group(1))
        plain = m.group(1) + m.group(2) + m.group(3)
        return Example(plain, start, start + len(m.group(2)), None if value == "null" else value)
    return Example(text, 0, len(text), None if value == "null" else value)


def parse_rules(text: str, path: str) -> list[Rule]:
    """Parse a rule file's text; every problem raises :class:`RuleError` with file and line."""
    rules: list[Rule] = []
    seen: set[str] = set()
    pending: list[Example] = []
    for no, line in enumerate(text.splitlines(), 1):
        where = f"{path}:{no}"
        if line.startswith("#"):
            m = _EXAMPLE.match(line)
            if m:
                pending.append(_example(m.group(1), m.group(2), where))
            continue
        if not line.strip():
            continue
        cols = line.split("\t")
        name = cols[0].strip()
        if len(cols) not in (3, 4):
            raise RuleError(f"{where}: rule {name!r}: expected name<TAB>type<TAB>pattern[<TAB>options]")
        if name in seen:
            raise RuleError(f"{where}: duplicate rule name {name!r}")
        if cols[1] not in TYPES:
            raise RuleError(f"{where}: rule {name!r}: unknown type {cols[1]!r} (one of {', '.join(TYPES)})")
        if not pending:
            raise RuleError(f"{where}: rule {name!r} has no '# ÖRNEK:' example line before it")
        options, flags = _options(cols[3] if len(cols) == 4 else "", where, name)
        regex = expand(cols[2], where, name)
        try:
            compiled = re.compile(regex)
        except re.error as e:
            raise RuleError(f"{where}: rule {name!r} does not compile: {e}") from None
        rules.append(Rule(name, cols[1], cols[2], compiled, options, flags, tuple(pending), path, no))
        seen.add(name)
        pending = []
    return rules


def _options(text: str, where: str, name: str) -> tuple[dict[str, str], frozenset[str]]:
    options: dict[str, str] = {}
    flags: set[str] = set()
    for item in text.split():
        k, eq, v = item.partition("=")
        if not eq:
            if k not in FLAGS:
                raise RuleError(f"{where}: rule {name!r}: unknown flag {k!r}")
            flags.add(k)
            continue
        if k not in KEYS:
            raise RuleError(f"{where}: rule {name!r}: unknown option {k!r}")
        allowed = KEYS[k]
        if allowed is not None and v not in allowed:
            raise RuleError(f"{where}: rule {name!r}: {k}={v!r} not one of {', '.join(allowed)}")
        if k == "shift" and not SHIFT.fullmatch(v):
            raise RuleError(f"{where}: rule {name!r}: bad shift {v!r} (e.g. +1D, -1Y, +N)")
        options[k] = v
    return options, frozenset(flags)


@cache
def rules(name: str = "rules.tsv") -> tuple[Rule, ...]:
    path = DATA / name
    if not path.exists():
        raise RuleError("rule file not found", path=str(path))
    return tuple(parse_rules(path.read_text(encoding="utf-8"), str(path)))


def role(group: str) -> str:
    """The role of a named group: the pattern name without its digit (``ay2`` → ``ay``)."""
    return group.rstrip("0123456789")


def data_path(name: str) -> Path:
    return DATA / name
