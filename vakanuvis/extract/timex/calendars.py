"""Calendar conversion to Gregorian: Rumi (Ottoman fiscal), Hijri and Julian (Old Style).

All conversions go through the Julian Day Number, so no library is needed and every year of
interest is covered (common libraries start their Hijri support at 1343 AH). The Rumi eras
(before and after 1 Mart 1333, the calendar-year numbering from 1334) are data:
``vakanuvis/data/tr/timex/calendars.tsv``. Hijri dates use the arithmetic (tabular) Islamic
calendar, type II intercalation, civil epoch 16 July 622 (Julian): it can differ by a day or
two from a date fixed by sighting the new moon.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from vakanuvis.errors import RuleError
from vakanuvis.extract.timex.rules import data_path

HIJRI_EPOCH = 1948440  # JDN of 1 Muharram 1 AH (16 July 622 Julian, civil epoch)


def julian_to_jdn(y: int, m: int, d: int) -> int:
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def gregorian_to_jdn(y: int, m: int, d: int) -> int:
    return dt.date(y, m, d).toordinal() + 1721425


def jdn_to_gregorian(jdn: int) -> dt.date:
    return dt.date.fromordinal(jdn - 1721425)


def julian_to_gregorian(y: int, m: int, d: int) -> dt.date:
    """An Old Style (Julian) date as a Gregorian date (+13 days in 1900–2099)."""
    return jdn_to_gregorian(julian_to_jdn(y, m, d))


def hijri_to_jdn(y: int, m: int, d: int) -> int:
    """Arithmetic Islamic calendar: months alternate 30/29 days, leap years end with 30."""
    return d + (59 * (m - 1) + 1) // 2 + 354 * (y - 1) + (3 + 11 * y) // 30 + HIJRI_EPOCH - 1


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date:
    if not (1 <= m <= 12 and 1 <= d <= 30):
        raise ValueError(f"no Hijri date {y}-{m}-{d}")
    return jdn_to_gregorian(hijri_to_jdn(y, m, d))


def gregorian_to_hijri_year(day: dt.date) -> int:
    """The (arithmetic) Hijri year in which a Gregorian day falls."""
    jdn = gregorian_to_jdn(day.year, day.month, day.day)
    y = (30 * (jdn - HIJRI_EPOCH) + 10646) // 10631
    while hijri_to_jdn(y + 1, 1, 1) <= jdn:
        y += 1
    while hijri_to_jdn(y, 1, 1) > jdn:
        y -= 1
    return y


@cache
def rumi_eras() -> tuple[tuple[tuple[int, int, int], str, int, int], ...]:
    """``((fiscal order key), days calendar, offset Mar–Dec, offset Jan–Feb)`` per era."""
    path = data_path("calendars.tsv")
    eras = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        try:
            cal, start, days, off1, off2 = cols
            y, m, d = map(int, start.split("-"))
            if cal != "rumi" or days not in ("julian", "gregorian"):
                raise ValueError
            eras.append((_fiscal(y, m, d), days, int(off1), int(off2)))
        except ValueError:
            raise RuleError(f"line {no}: expected rumi<TAB>Y-M-D<TAB>julian|gregorian<TAB>n<TAB>n",
                            path=str(path)) from None
    return tuple(sorted(eras))


def _fiscal(y: int, m: int, d: int) -> tuple[int, int, int]:
    """Order of a Rumi date inside its fiscal year, which begins on 1 Mart."""
    return (y, (m - 3) % 12, d)


def _era(y: int, m: int, d: int) -> tuple[str, int, int]:
    k = _fiscal(y, m, d)
    found = None
    for start, days, off1, off2 in rumi_eras():
        if start <= k:
            found = (days, off1, off2)
    if found is None:
        raise ValueError(f"Rumi date {y}-{m}-{d} is before the Rumi calendar")
    return found


def rumi_year_to_gregorian(y: int, m: int) -> int:
    """The Gregorian year in which Rumi month ``m`` of Rumi year ``y`` falls."""
    _, off1, off2 = _era(y, m, 1)
    return y + (off1 if m >= 3 else off2)


def rumi_to_gregorian(y: int, m: int, d: int) -> dt.date:
    """``23 Nisan 1336`` → 1920-04-23; ``3 Kânunusani 1327`` → 1912-01-16."""
    days, off1, off2 = _era(y, m, d)
    gy = y + (off1 if m >= 3 else off2)
    if days == "julian":
        return julian_to_gregorian(gy, m, d)
    return dt.date(gy, m, d)


def is_rumi_year(y: int) -> bool:
    """A year written 1256–1349 (or 256–349) in a Turkish text is a Rumi year."""
    return 1256 <= y <= 1349
