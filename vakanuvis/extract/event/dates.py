"""TIMEX values as day intervals, so that dates of different precision can be compared.

``1920-12`` with ``mod=START`` is 1–10 December 1920, ``1920-12-02/1920-12-03`` two days,
``1917`` a whole year. Comparing intervals (overlap, gap, calendar shifts) is what tells a
compatible claim from a contradictory one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

PRECISION = {"day": 0, "range": 1, "month": 2, "season": 3, "year": 4, "decade": 5, "century": 6}
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # months; 14 = Feb next year
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


@dataclass(frozen=True)
class Interval:
    """Inclusive day bounds of a TIMEX value and how precise it was written."""

    start: date
    end: date
    precision: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    def gap(self, other: Interval) -> int:
        """Days between the two intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0
        return (other.start - self.end).days if self.end < other.start else (self.start - other.end).days

    def shifted(self, days: int) -> Interval:
        return Interval(self.start + timedelta(days), self.end + timedelta(days), self.precision)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _single(value: str) -> Interval | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return Interval(d, d, "day")
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return Interval(date(y, mo, 1), _month_end(y, mo), "month")
    if m := _SEASON.match(value):
        y = int(m[1])
        a, b = SEASONS[m[2]]
        yb, mb = (y + 1, b - 12) if b > 12 else (y, b)
        return Interval(date(y, a, 1), _month_end(yb, mb), "season")
    if m := _YEAR.match(value):
        y = int(m[1])
        return Interval(date(y, 1, 1), date(y, 12, 31), "year")
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return Interval(date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade")
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return Interval(date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century")
    return None


def _part(iv: Interval, mod: str | None) -> Interval:
    """Narrow an interval to its START/MID/END third (early, mid, late)."""
    if mod not in ("START", "MID", "END") or iv.precision == "day":
        return iv
    third = iv.days // 3
    if mod == "START":
        return Interval(iv.start, iv.start + timedelta(third - 1), iv.precision)
    if mod == "MID":
        return Interval(iv.start + timedelta(third), iv.end - timedelta(third), iv.precision)
    return Interval(iv.end - timedelta(third - 1), iv.end, iv.precision)


def interval(value: str | None, mod: str | None = None) -> Interval | None:
    """Day interval of a TIMEX value (None for null, deictic or unparsable values).

    >>> interval("1920-12", "START")
    Interval(start=datetime.date(1920, 12, 1), end=datetime.date(1920, 12, 10), precision='month')
    >>> interval("1920-12-02/1920-12-03").days
    2
    """
    if not value or value.startswith(("PRESENT", "PAST", "FUTURE", "XXXX", "P")):
        return None
    value = value.split("T")[0]
    try:
        if "/" in value:
            a, b = (_single(v) for v in value.split("/", 1))
            if a is None or b is None:
                return None
            return Interval(a.start, b.end, "range" if a.precision == "day" else a.precision)
        iv = _single(value)
    except ValueError:
        return None
    return _part(iv, mod) if iv else None


def precise(value: str | None, mod: str | None = None) -> int:
    """Rank of precision (0 = a day; larger = coarser; 99 = no date)."""
    iv = interval(value, mod)
    if iv is None:
        return 99
    return PRECISION[iv.precision] + (1 if mod in ("START", "MID", "END", "APPROX") and iv.precision != "day" else 0)
