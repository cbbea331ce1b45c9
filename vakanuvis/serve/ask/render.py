"""Human wording of answer values (dates, ranges, seasons, modifiers) and of the fixed
messages, in Turkish or English; the words come from ``qa/months.tsv`` and ``qa/messages.tsv``."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from vakanuvis.lang import tr


@cache
def _month_names() -> dict[int, tuple[str, str]]:
    return {int(r[0]): (r[1], r[2]) for r in tr.read_table("qa/months.tsv")}


@cache
def _messages() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in tr.read_table("qa/messages.tsv")}


def msg(key: str, lang: str, *args: Any, **kw: Any) -> str:
    tr_text, en_text = _messages()[key]
    return (en_text if lang == "en" else tr_text).format(*args, **kw)


def render_timex(value: str, mod: str | None, lang: str) -> str:
    """`1921-03-16` -> `16 Mart 1921` / `16 March 1921`; ranges, seasons and mods in words."""
    if "/" in value:
        a, b = value.split("/", 1)
        ra, rb = render_timex(a, None, lang), render_timex(b, None, lang)
        ya, yb = ra.split()[-1], rb.split()[-1]
        if ya == yb and len(ra.split()) > 1:
            ra = " ".join(ra.split()[:-1])
            ma, mb = ra.split()[-1:], rb.split()[1:2]
            if len(ra.split()) == 2 and ma == mb:
                ra = ra.split()[0]
        text = msg("range", lang, ra, rb) if not (mod == "APPROX") else msg("or", lang, ra, rb)
        return text
    m = re.match(r"^(\d{4})(?:-(\d\d|SP|SU|FA|WI))?(?:-(\d\d))?", value)
    if not m:
        return value
    year, mid, day = m.groups()
    if mid in ("SP", "SU", "FA", "WI"):
        text = msg(f"season.{mid}", lang, year)
    elif mid:
        name = _month_names()[int(mid)][1 if lang == "en" else 0]
        text = f"{int(day)} {name} {year}" if day else f"{name} {year}"
    else:
        text = year
    if mod and f"mod.{mod}" in _messages():
        text = msg(f"mod.{mod}", lang, text)
    return text
