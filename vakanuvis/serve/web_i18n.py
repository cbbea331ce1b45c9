"""Interface language (Turkish first, English by ``?lang=en``), display dates and URLs.

Strings live in ``templates/messages.tsv``; this module only loads them and formats TIMEX
values for people (``1921-03-16`` → ``16 Mart 1921``). Every link a page builds goes
through :func:`url_for_lang`, so the language and the view's state stay in the query string
and any URL can be shared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

LANGS = ("tr", "en")
MESSAGES = Path(__file__).parent / "templates" / "messages.tsv"


@cache
def messages() -> dict[str, dict[str, str]]:
    """``{lang: {key: text}}`` from the TSV file (key, tr, en)."""
    out: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for line in MESSAGES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, *texts = line.split("\t")
        for lang, text in zip(LANGS, texts, strict=False):
            out[lang][key] = text
    return out


def pick_lang(value: str | None) -> str:
    return value if value in LANGS else "tr"


def translator(lang: str) -> Callable[[str], str]:
    table = messages()[pick_lang(lang)]
    return lambda key: table.get(key, key)


def url_for_lang(lang: str) -> Callable[..., str]:
    """``url("/events/" , eid, type="X")``: quoted path parts, non-empty params, and the language."""

    def url(path: str, *parts: object, **params: object) -> str:
        full = path.rstrip("/") + "".join("/" + quote(str(p), safe="") for p in parts) if parts else path
        query = {k: v for k, v in params.items() if v not in (None, "", [], ())}
        if lang != "tr":
            query["lang"] = lang
        return full + ("?" + urlencode(query, doseq=True) if query else "")

    return url


CENTURY_RE = re.compile(r"^\d{2,3}$")
TIMEX_RE = re.compile(r"^(\d{4})(?:-(\d{2}|SP|SU|FA|WI))?(?:-(\d{2}))?")


def ordinal(n: int, lang: str) -> str:
    """``20.`` in Turkish, ``20th``/``21st``/``22nd`` in English."""
    if lang != "en":
        return f"{n}."
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(value: object, lang: str = "tr") -> str:
    """A TIMEX value for people; what it does not understand is shown as it is.

    >>> format_date("1921-03-16"), format_date("19", "en"), format_date("192")
    ('16 Mart 1921', '20th century', "1920'ler")
    """
    if value is None or value == "":
        return ""
    text = str(value)
    if "/" in text:
        a, b = text.split("/", 1)
        return f"{format_date(a, lang)} – {format_date(b, lang)}"
    t = translator(lang)
    if CENTURY_RE.match(text):  # `19` is the 20th century, `192` the 1920s
        n = int(text)
        return t("century").format(ordinal(n + 1, lang)) if len(text) == 2 else t("decade").format(n * 10)
    m = TIMEX_RE.match(text)
    if not m or m.end() != len(text):
        return text
    year, month, day = m.groups()
    if month in ("SP", "SU", "FA", "WI"):
        return f"{year} {t('season_' + month)}"
    if month and 1 <= int(month) <= 12:
        name = t(f"month_{int(month)}")
        if day:
            return f"{int(day)} {name} {year}"
        return f"{name} {year}"
    return year
