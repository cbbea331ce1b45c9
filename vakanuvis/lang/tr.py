"""Turkish language data, loaded once from ``vakanuvis/data/tr``. No rules live here.

Every data file opens with ``#`` comment lines giving its FORMAT and source; blank lines
and comments are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("vakanuvis") / "data" / "tr"))



def lower(text: str) -> str:
    """Turkish lower-casing: ``I`` → ``ı``, ``İ`` → ``i`` (``str.lower`` gets both wrong).

    ``str.replace`` rather than ``str.translate``: several times faster on non-ASCII text.

    >>> lower("IĞDIR İLİ")
    'ığdır ili'
    """
    return text.replace("I", "ı").replace("İ", "i").lower()


def upper(text: str) -> str:
    """Turkish upper-casing: ``i`` → ``İ``, ``ı`` → ``I``.

    >>> upper("ılgaz istanbul")
    'ILGAZ İSTANBUL'
    """
    return text.replace("i", "İ").replace("ı", "I").upper()


def capitalize(word: str) -> str:
    return upper(word[:1]) + lower(word[1:]) if word else word


TR_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
_SORT_KEY = {c: i for i, c in enumerate(TR_ALPHABET)}


def sort_key(text: str) -> tuple[int, ...]:
    """Turkish alphabetical order (ç after c, ı before i, ...); accents fold to their base."""
    folded = lower(text).translate(str.maketrans("âîû", "aiu"))
    return tuple(_SORT_KEY.get(c, 100 + ord(c)) for c in folded)


def read_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a data file (kept with their inner tabs)."""
    path = DATA / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        out.append(line.rstrip("\n"))
    return out


def read_table(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(name)]


@dataclass(frozen=True)
class Replacements:
    pattern: re.Pattern[str]
    repl: dict[str, str]


@cache
def mojibake() -> dict[str, Replacements]:
    families: dict[str, dict[str, str]] = {}
    for wrong, right, family in read_table("mojibake.tsv"):
        families.setdefault(family, {})[wrong] = right
    return {
        fam: Replacements(
            re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))), table
        )
        for fam, table in families.items()
    }


@cache
def ligatures() -> dict[str, str]:
    return {row[0]: (row[1] if len(row) > 1 else "") for row in read_table("ligatures.tsv")}


@cache
def apostrophes() -> tuple[str, ...]:
    return tuple(line.strip() for line in read_lines("apostrophes.tsv"))


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations that end in a period but do not end a sentence (lower-cased)."""
    return frozenset(lower(row[0]) for row in read_table("abbreviations.tsv"))


@cache
def stop_words(lang: str) -> frozenset[str]:
    return frozenset(lower(w) for w in read_lines(f"stop_words_{lang}.txt"))
