"""From matches to TIMEX3 values: interpret the groups, convert calendars, resolve context.

Normalisation has two steps (HeidelTime's ``specifyAmbiguousValues``): :func:`interpret`
turns one match into a :class:`Partial` (a year may be missing), then
:func:`resolve` walks the document in reading order and fills what the text leaves out from
the narrative time (the previous dates, the next explicit one, the document's own date).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from vakanuvis.extract.timex import calendars
from vakanuvis.extract.timex.match import Match, guards
from vakanuvis.extract.timex.rules import fold, key, lexicon, role
from vakanuvis.lang import tr

Ymd = tuple[int | None, int | None, int | None]
_ABLATIVE = re.compile(r"(?<!\bbun)(?<!\bşimdi)(?:d[ae]n|t[ae]n)[’\s]\s*$", re.IGNORECASE)


@dataclass
class Partial:
    """What one match says, before context: a point or range of (year, month, day)."""

    type: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    end: Ymd | None = None  # range end (y, m, d), or the second alternative when ``alt``
    alt: bool = False
    season: str | None = None
    century: int | None = None
    decade: int | None = None
    tod: str | None = None  # part of day (MO, EV...) or clock time (14:00)
    value: str | None = None  # a fixed value (durations, sets, PRESENT_REF)
    mod: str | None = None
    calendar: str | None = None
    relative: bool = False
    anchor: str | None = None
    shift: tuple[int | None, str] | None = None  # (count or None for unknown, unit letter)
    gran: str | None = None
    fallback: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)  # source months/years kept for context


def _num(text: str) -> int | None:
    """A count: digits or a number word; ``None`` for an unknown number (birkaç)."""
    if text.isdigit():
        return int(text)
    words = text.split()
    if len(words) > 1:  # "on altı" = 16, "altı yüz" = 600; "bir iki" (one or two) is unknown
        total = group = 0
        smallest = 10**9
        for w in words:
            v = _num(w)
            if v is None:
                return None
            if v in (100, 1000):
                total, group, smallest = total + max(group, 1) * v, 0, 10**9
            elif v >= smallest:
                return None
            else:
                group, smallest = group + v, v
        return total + group
    entry = lexicon("numbers.tsv").get(key(text))
    if entry is None or entry[0] == "X":
        return None
    return int(entry[0])


HALF = re.compile(r"\s*\bbuçuk$")


def _count(text: str) -> float | None:
    """A count that may be a half: ``üç buçuk`` = 3.5, ``yarım`` = 0.5 (else as :func:`_num`)."""
    if key(text) == "yarım":
        return 0.5
    whole = HALF.sub("", text)
    n = _num(whole)
    return None if n is None else n + (0.5 if whole != text else 0)


def _digits(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _whole(n: float, unit: str) -> tuple[int, str]:
    """A fractional count of a unit as a whole count of a smaller one (``unit_steps.tsv``):
    3.5 years = 42 months; a unit without a smaller step is rounded down."""
    if n == int(n):
        return int(n), unit
    step = lexicon("unit_steps.tsv").get(key(unit))
    if step is None:
        return int(n), unit
    return round(n * int(step[1])), step[0]


def _month(text: str) -> tuple[int, str]:
    entry = lexicon("months.tsv").get(key(text))
    if entry is None:
        entry = lexicon("roman_months.tsv").get(key(text))
        return (int(entry[0]), "gregorian") if entry else (int(text), "gregorian")
    return int(entry[0]), entry[1]


def _unit(text: str) -> str:
    entry = lexicon("units.tsv").get(key(text))
    if entry is None:  # a plural the lexicon does not list: strip -lar/-ler/-s
        entry = lexicon("units.tsv").get(key(re.sub(r"(?:lar|ler|s)$", "", text)), ("D",))
    return entry[0]


def _years(g: dict[str, str], suffix: str) -> int | None:
    for name in ("yil", "ryil", "yilb", "yilsoz"):
        v = g.get(name + suffix)
        if v:
            y = _num(v) if name == "yilsoz" else int(v)
            if y is None:
                return None
            return y + 1000 if name == "ryil" else y
    return None


def _convert(y: int | None, m: int | None, d: int | None, system: str, julian: bool) -> tuple[Ymd, str | None]:
    """Gregorian (y, m, d) and the calendar name when the text used another calendar."""
    if y is None or m is None:
        if y is not None and calendars.is_rumi_year(y) and system != "hijri":
            return (y + 584, m, d), "rumi"
        return (y, m, d), None
    if system == "hijri":
        if not 1200 <= y <= 1500:
            return (None, None, None), "hijri"
        g = calendars.hijri_to_gregorian(y, m, d or 15)
        return ((g.year, g.month, g.day if d else None), "hijri")
    if calendars.is_rumi_year(y):
        if d is None:
            return (calendars.rumi_year_to_gregorian(y, m), m, None), "rumi"
        g = calendars.rumi_to_gregorian(y, m, d)
        return (g.year, g.month, g.day), "rumi"
    if julian and d is not None:
        g = calendars.julian_to_gregorian(y, m, d)
        return (g.year, g.month, g.day), "julian"
    return (y, m, d), None


def interpret(match: Match) -> Partial | None:
    """One match → a :class:`Partial`; ``None`` when the groups make no valid date."""
    rule, g = match.rule, match.groups
    opt, flags = rule.options, rule.flags
    p = Partial(rule.type, value=opt.get("value"), mod=opt.get("mod"),
                relative="relative" in flags, anchor=opt.get("anchor"), gran=opt.get("gran"),
                fallback=opt.get("fallback"))
    by_role: dict[str, str] = {}
    for k, v in g.items():
        by_role.setdefault(role(k), v)
    roles = set(by_role)
    if p.value is not None and p.type == "DATE":  # a fixed date (an event known by its day)
        p.calendar = opt.get("cal")
        return p
    count, unit = by_role.get("sayi"), by_role.get("birim")
    part = by_role.get("kisim") or by_role.get("kisimen")
    if part:
        p.mod = lexicon("parts.tsv")[key(part)][0]
    daypart = by_role.get("vakit") or by_role.get("vakitek")
    if daypart:
        p.tod = lexicon("dayparts.tsv")[key(daypart)][0]
        if p.type == "DATE" and not flags & {"dur", "set"}:
            p.type = "TIME"  # a day with its part of day: "altıncı günü öğleden sonra"
    if "dur" in flags:
        n = _count(count) if count else None
        u = _unit(unit or "gün")
        p.value = f"P{'T' if u.startswith('T') else ''}{'X' if n is None else _digits(n)}{u.lstrip('T')}"
        return p
    if "set" in flags:
        n = _num(count) if count else 1
        u = _unit(unit) if unit else ""
        if p.tod:  # "her sabah", "her gece": once a day (GOLD_FORMAT has no X-placeholder values)
            n, u = 1, "D"
        p.value = f"P{'T' if u.startswith('T') else ''}{n or 'X'}{u.lstrip('T')}"
        return p
    if "shift" in opt:
        s = opt["shift"]
        sign = -1 if s[0] == "-" else 1
        if s[1:] == "N":
            n = _count(count) if count else 1
            u = _unit(unit or "gün")
            u = CLOCK_UNITS.get(u, u.lstrip("T"))  # "TM" is minutes, not months
            # "üç buçuk sene evvel" shifts by months, is still a year; "iki hafta sonra" is a day
            p.gran = p.gran or ("D" if u == "W" else u)
            if n is None:
                p.shift = (None, u)
            else:
                whole, u = _whole(n, u)
                p.shift = (sign * whole, u)
        else:
            p.shift = (sign * int(s[1:-1]), s[-1])
        p.gran = p.gran or p.shift[1]
    if "saat" in roles:
        if "saat2" in g:  # "saat üçten (19.00’dan)": the alafranga equivalent in parentheses
            h, minute = _num(g["saat2"]), g.get("dakika2", "0")
        else:
            h, minute = _num(by_role["saat"]), by_role.get("dakika", "0")
        if h is None or h > 24:
            return None
        pm = "" if "saat2" in g else key(by_role.get("pm") or by_role.get("pms") or "")
        if h < 12 and (pm in ("öğledensonra", "akşam") or pm.startswith("sonra")):
            h += 12  # "saat 7 sonra" (an Ottoman time stamp) is p.m.; "gece saat üç" may be
            # alaturka (hours from sunset), so night hours are left as written
        p.tod = f"{h:02d}:{int(minute):02d}"
    if p.anchor:
        day = _written_day(g)
        if day is not None:  # "bu ayın 15’inde": the month from the anchor, the day as written
            p.raw["day"] = day
        return p
    if "yuzyil" in roles or "yuzyilr" in roles or "sira" in roles:
        if "yuzyil" in roles:
            n = int(by_role["yuzyil"])
        elif "yuzyilr" in roles:
            n = _roman(by_role["yuzyilr"])
        else:
            n = int(lexicon("ordinals.tsv")[key(by_role["sira"])][0])
        if not 1 <= n <= 21:
            return None
        p.century = n - 1
        return p
    if "onyil" in roles or "onyilk" in roles:
        p.decade = int(by_role["onyil"]) // 10 if "onyil" in roles else 190 + int(by_role["onyilk"]) // 10
        return p
    month = month2 = None
    system = system2 = "gregorian"
    for k in g:
        r = role(k)
        if r in ("ay", "aynum", "ayroma"):
            mm, sys_ = _month(g[k])
            if k.endswith("2"):
                month2, system2 = mm, sys_
            else:
                month, system = mm, sys_
    day = _written_day(g)
    if "onlar" in g and day is not None and day < 10:  # "on 1’inci" = on birinci, 11th
        day += _num(g["onlar"]) or 0
    day2 = int(g["gun2"]) if "gun2" in g else None
    if "gsoz" in g and system == "english":  # "on March 5": English "on", not Turkish ten
        return None
    y, y2 = _years(g, ""), _years(g, "2")
    if "mevsim" in roles:
        p.season = lexicon("seasons.tsv")[key(by_role["mevsim"])][0]
    julian = opt.get("cal") == "julian"
    if day2 is not None or month2 is not None or y2 is not None and day is None and month is None:
        # a range or two alternatives; the written parts of each side complete the other
        if y2 is not None and month is None and day is None:  # year range 1919-1923
            p.y, p.end = y, (y2, None, None)
            return p
        month2 = month2 if month2 is not None else month
        system2 = system2 if month2 is not None else system
        yy = y if y is not None else y2
        yy2 = y2 if y2 is not None else y
        if month2 is not None and month is None:
            month, system = month2, system2
        if not (_valid(yy, month, day) and _valid(yy2, month2, day2)):
            return None
        try:
            (p.y, p.m, p.d), c1 = _convert(yy, month, day, system, julian)
            p.end, c2 = _convert(yy2, month2, day2, system2, julian)
        except ValueError:  # no such day in that calendar (31 Nisan 1336)
            return None
        p.calendar = c1 or c2
        p.alt = "alt" in flags
        p.raw = {"months": (month, month2), "system": system}
        return p
    if not _valid(y, month, day):
        return None
    try:
        (p.y, p.m, p.d), p.calendar = _convert(y, month, day, system, julian)
    except ValueError:
        return None
    if system == "hijri" and y is None:
        p.calendar = "hijri"
    p.raw = {"months": (month, None), "system": system}
    if "yiliki" in g:  # 7.12.36: the century comes from context (resolve)
        p.raw["yy"] = int(g["yiliki"])
    return p


def _written_day(g: dict[str, str]) -> int | None:
    """The day as written: digits, an ordinal (``Eylül’ün sekizinci günü``) or a number word
    (``yirmi Haziran’da``); a rule's alternatives let at most one of them match."""
    if "gun" in g:
        return int(g["gun"])
    if "gsira" in g:
        return int(lexicon("ordinals.tsv")[key(g["gsira"])][0])
    if "gsoz" in g:
        return _num(g["gsoz"])
    return None


def _roman(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        va, vb = values[a], values.get(b, 0)
        total += -va if va < vb else va
    return total


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    """A possible (year, month, day); Rumi and Hijri years are checked by their conversion."""
    if m is not None and not 1 <= m <= 12:
        return False
    if d is None:
        return True
    if m is None:
        return 1 <= d <= 31
    if y is not None and 1500 <= y <= 2100:
        return 1 <= d <= _cal.monthrange(y, m)[1]
    return 1 <= d <= (29 if m == 2 else 31)


# --- context ---------------------------------------------------------------------------------


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = f"{y:04d}" if y is not None else "XXXX"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    elif d is not None:
        out += f"-XX-{d:02d}"
    return out


def parse_date(text: Any) -> Ymd | None:
    """A document date from metadata (``1921-03-01``, ``1921-03``, ``1921``); of a range
    (``1923-01-25/1923-01-26``, a dateline's two days) its start."""
    if not text:
        return None
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", str(text))
    if not m:
        return None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None), (int(m.group(3)) if m.group(3) else None)


def parse_end(text: Any) -> Ymd | None:
    """The end of a document date that is a range (``A/B``), else ``None``."""
    _, slash, end = str(text or "").partition("/")
    return parse_date(end) if slash else None


def _coarser(a: Ymd, b: Ymd | None) -> bool:
    """``a`` says less than ``b`` and agrees with it (``1920`` after ``16 Mart 1920``): it
    does not move the narrated day."""
    if b is None:
        return False
    parts = [(x, y) for x, y in zip(a, b, strict=True)]
    return a != b and all(x is None or x == y for x, y in parts) and \
        sum(x is None for x in a) > sum(y is None for y in b)


def _le(a: Ymd, b: Ymd) -> bool:
    """``a`` ≤ ``b`` compared on the parts both have."""
    for x, y in zip(a, b, strict=True):
        if x is None or y is None:
            return True
        if x != y:
            return x < y
    return True


CLOCK_UNITS = {"TH": "H", "TM": "MIN", "TS": "SEC"}  # units.tsv clock units as shift units
PER_DAY = {"H": 24, "MIN": 1440, "SEC": 86400}


def _shift(point: Ymd, n: int, unit: str) -> Ymd | None:
    y, m, d = point
    if y is None:
        return None
    if unit == "Y":
        return (y + n, m, d)
    if unit == "C":
        return (y + 100 * n, m, d)
    if unit == "DE":
        return (y + 10 * n, m, d)
    if unit == "M":
        if m is None:
            return None
        k = y * 12 + (m - 1) + n
        yy, mm = divmod(k, 12)
        return (yy, mm + 1, min(d, _cal.monthrange(yy, mm + 1)[1]) if d else None)
    if unit in PER_DAY:  # hours or minutes from a day: whole days, or the same day within a day
        k = PER_DAY[unit]
        if n % k and abs(n) >= k:
            return None  # "36 saat sonra": the day depends on the hour, which we do not track
        n, unit = n // k if n > 0 else -(-n // k), "D"
    if unit in ("D", "W"):
        if m is None or d is None:
            return None
        try:
            t = dt.date(y, m, d) + dt.timedelta(days=n * (7 if unit == "W" else 1))
        except (ValueError, OverflowError):
            return None
        return (t.year, t.month, t.day)
    return None


def _truncate(point: Ymd, gran: str | None) -> Ymd:
    y, m, d = point
    if gran == "Y":
        return (y, None, None)
    if gran == "M":
        return (y, m, None)
    return point


def _value(p: Partial) -> str | None:
    if p.value is not None:
        return p.value
    if p.century is not None:
        return f"{p.century:02d}"
    if p.decade is not None:
        return f"{p.decade:03d}"
    if p.y is None or p.m is None and p.d is not None or p.end is not None and p.end[0] is None:
        return None  # a year the text does not give and the context cannot: no "XXXX" value
    if p.season:
        return f"{_iso(p.y)}-{p.season}"
    first = _iso(p.y, p.m, p.d)
    if p.gran == "W" and None not in (p.y, p.m, p.d):
        iso = dt.date(p.y, p.m, p.d).isocalendar()  # type: ignore[arg-type]
        first = f"{iso[0]:04d}-W{iso[1]:02d}"
    if p.tod:
        if p.d is None:
            return None
        first += f"T{p.tod}"
    if p.end is not None:
        return f"{first}/{_iso(*p.end)}"
    return first


@dataclass(frozen=True)
class Timex:
    start: int  # clean-text offsets
    end: int
    attrs: dict[str, Any]


def _point(p: Partial) -> Ymd | None:
    """The narrative time a resolved date sets (None for durations, centuries, deixis-less)."""
    if p.value is not None or p.century is not None or p.decade is not None or p.y is None:
        return None
    return (p.y, p.m, p.d)


def resolve(matches: list[Match], doc_date: Any = None, text: str = "") -> list[Timex]:
    """Values for every match, in reading order, with context filled in."""
    today, today_end = parse_date(doc_date), parse_end(doc_date)
    since, thatday, future = guards()["since"], guards()["thatday"], guards()["future"]
    attribute = guards()["attribute"]
    parts = [(m, interpret(m)) for m in matches]
    parts = [(m, p) for m, p in parts if p is not None]
    explicit = [(m.start, (p.end or (p.y, p.m, p.d))) for m, p in parts
                if _point(p) is not None and p.value is None and not p.anchor]
    out: list[Timex] = []
    narr: Ymd | None = None  # last date with a year (its start)
    narr_end: Ymd | None = None  # ... and its end, for ranges
    last: tuple[str | None, str | None] | None = None  # previous DATE's (value, mod)
    month_ctx: Ymd | None = None  # last (year or None, month) written, for a bare day
    night: Ymd | None = None  # the day of the last evening or night named (o gece, saat 8 akşam)
    year_before: tuple[int, int] | None = None  # (end, year) of a year deixis (geçen sene)
    clock: tuple[Ymd, str, int] | None = None  # the last clock time (day, HH:MM, its end), for "iki saat sonra"
    for i, (m, p) in enumerate(parts):
        from_context = False
        rolled = False  # dated by deixis, or a time after midnight: the narrated day stays
        if p.anchor and p.shift and out and out[-1].attrs["value"] is not None \
                and guards()["restate"].fullmatch(fold(text[out[-1].end:m.start])):
            # "saat beşte yani yarım saat sonra": the offset restates the time just written
            out.append(Timex(m.start, m.end, {**out[-1].attrs, "relative": True, "resolved_from_context": True}))
            continue
        if p.anchor and "thatday" in m.rule.flags and not thatday.search(fold(text[max(0, m.start - 60):m.start])):
            pass  # "İzmir’e girdiği gün": another event's day, not the narrated one
        elif p.anchor:
            p, from_context = _anchored(p, m, parts, i, today, narr, last, text, today_end, clock)
        elif "yy" in p.raw:
            p, from_context = _two_digit(p, today or narr)
        elif p.value is None and p.century is None and p.decade is None and p.y is None and p.m \
                and year_before and not text[year_before[0]:m.start].strip():
            # "geçen sene ağustosun beşinci günü": dated by deixis, so like deixis it leaves
            # the narrative time alone
            p, from_context, rolled = _with_year(p, year_before[1]), True, True
        elif p.value is None and p.century is None and p.decade is None and p.y is None and (p.m or p.d):
            p, from_context = _fill_year(p, m.start, narr, narr_end, explicit, today, month_ctx,
                                         _future(text, m.end, future))
        elif p.season and p.y is None and narr is not None and narr[0] is not None:
            p, from_context = replace(p, y=narr[0]), True  # "aynı yılın yazında"
        p = _old_style(p, text, m.start)
        if p.type == "TIME" and p.tod and p.d is not None:
            day = p.d
            p, night = _after_midnight(p, night)
            rolled = rolled or p.d != day
        value = _value(p)
        attrs: dict[str, Any] = {"value": value, "type": p.type}
        if p.alt:
            attrs["mod"] = "APPROX"
        elif p.mod:
            attrs["mod"] = p.mod
        if p.calendar:
            attrs["calendar"] = p.calendar
        if p.relative:
            attrs["relative"] = True
        if from_context and value is not None:
            attrs["resolved_from_context"] = True
        out.append(Timex(m.start, m.end, attrs))
        point = _point(p)
        if point is not None and value is not None and "X" not in value.split("T")[0] \
                and not rolled and not since.match(fold(text[m.end:m.end + 40])) \
                and not attribute.match(fold(text[m.end:m.end + 12])):
            # "1920 tarihinden beri" reaches the present; "1925 tarihli antlaşma" dates a thing; "sekiz sene evvel" is narrated time too
            if p.type in ("DATE", "TIME") and p.anchor in (None, "narr", "ago") \
                    and not (p.end is None and _coarser(point, narr)):  # not deixis ("dün")
                narr, narr_end = point, (p.end if p.end and not p.alt else point)
        if p.m is not None and p.value is None:
            month_ctx = p.end if p.end and p.end[1] is not None and not p.alt else (p.y, p.m, p.d)
        if p.type == "DATE" and value is not None and value != "PRESENT_REF":
            last = (value, attrs.get("mod"))
        if p.type == "TIME" and value is not None and p.tod and CLOCK.fullmatch(p.tod):
            clock = ((p.y, p.m, p.d), p.tod, m.end)
        year_before = (m.end, p.y) if p.anchor and p.gran == "Y" and p.y is not None and value else None
    return out


def _old_style(p: Partial, text: str, start: int) -> Partial:
    """A full day right after an Old Style mark (``eski takvimle 25 Ekim 1917’de``, ``(eski
    takvimle 2 Mart)``) is Julian: converted to Gregorian (GOLD_FORMAT Convention 6)."""
    if p.calendar or p.end is not None or p.value is not None or None in (p.y, p.m, p.d) \
            or not guards()["julian_mark"].search(fold(text[max(0, start - 30):start])):
        return p
    g = calendars.julian_to_gregorian(p.y, p.m, p.d)  # type: ignore[arg-type]
    return replace(p, y=g.year, m=g.month, d=g.day, calendar="julian")


@cache
def modifiers() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(words before, words after, ``{key: mod}``) of ``modifiers.tsv``."""
    before, after, mods = [], [], {}
    for line in tr.read_lines("timex/modifiers.tsv"):
        surface, side, mod = (c.strip() for c in line.split("\t"))
        words = r"\s+".join(re.escape(w) for w in fold(surface).split())
        (before if side == "before" else after).append(words)
        mods[key(surface)] = "" if mod == "-" else mod
    alt = lambda xs: "|".join(sorted(xs, key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"(?<![\w’])(?:{alt(before)})\s+$"),
            re.compile(rf"\s+(?:{alt(after)})(?![\w’])"), mods)


def widen(items: list[Timex], text: str) -> list[Timex]:
    """Take an approximator (``yaklaşık üç ay``, ``1920 sularında``) or a postposition of
    extent (``19. yüzyıl boyunca``) into the span, with ``mod: APPROX`` where it says so."""
    before, after, mods = modifiers()
    out: list[Timex] = []
    for i, t in enumerate(items):
        start, end, mod = t.start, t.end, None
        floor = out[-1].end if out else 0
        b = before.search(fold(text[max(floor, start - 20):start]))
        if b:
            start -= len(b.group(0))
            mod = mods.get(key(b.group(0)))
        ceiling = items[i + 1].start if i + 1 < len(items) else len(text)
        a = after.match(fold(text[end:min(ceiling, end + 20)]))
        if a:
            end += len(a.group(0))
            mod = mod or mods.get(key(a.group(0)))
        if (start, end) == (t.start, t.end):
            out.append(t)
            continue
        attrs = dict(t.attrs)
        if mod and "mod" not in attrs:
            attrs["mod"] = mod
        out.append(Timex(start, end, attrs))
    return out


STAMP_EDGE = 300  # characters from either end of the text where an order's time stamp stands
SENTENCE_END = re.compile(r"[.!?;:]\s")


def _future(text: str, end: int, future: re.Pattern[str]) -> bool:
    """Whether the rest of the sentence after a date is in the future tense (``-acaktır``);
    not when a ``kadar`` comes first: the date bounds a span (``16 Mart’tan bu dakikaya kadar
    olan ahval … olacaktır``), whatever the tense of the sentence."""
    stop = SENTENCE_END.search(text, end, end + 200)
    rest = fold(text[end:stop.start() if stop else end + 200])
    verb = future.search(rest)
    return verb is not None and not BOUND.search(rest, 0, verb.start())


BOUND = re.compile(r"(?<![\w’])kadar(?![\w’])")


def _after_midnight(p: Partial, night: Ymd | None) -> tuple[Partial, Ymd | None]:
    """A clock time before 6 after a night or evening of the same day falls on the next day
    (an order written in the evening: "bu gece ... saat 01.00’de"); returns it and the night."""
    day = (p.y, p.m, p.d)
    hour = int(p.tod[:2]) if p.tod[:2].isdigit() else None  # type: ignore[index]
    if hour is not None and hour < 6 and night == day:
        nxt = _shift(day, 1, "D")
        return (replace(p, y=nxt[0], m=nxt[1], d=nxt[2]) if nxt else p), night
    if p.tod in ("EV", "NI") or hour is not None and 18 <= hour < 24:
        return p, day
    return p, night


def _fill_year(p: Partial, start: int, narr: Ymd | None, narr_end: Ymd | None,
               explicit: list[tuple[int, Ymd]], today: Ymd | None,
               month_ctx: Ymd | None = None, future: bool = False) -> tuple[Partial, bool]:
    """A day/month without a year (or a day without a month): take them from the narrative.

    A dated document narrates the past: the date is put on or before the document's date,
    unless its clause is in the future tense (``şubatın on beşinde … yapılacaktır``).
    """
    base = narr_end or narr
    if p.m is None:  # "14’üncü günleri", "ayın 5’inde": month and year from the narrative
        src = next((c for c in (month_ctx, base, today) if c is not None and c[1] is not None), None)
        if src is None:
            return p, False
        end = p.end if p.end is None or p.end[1] is not None else (src[0], src[1], p.end[2])
        return replace(p, y=src[0], m=src[1], end=end), src[0] is not None
    if p.raw.get("system") == "hijri":
        return _hijri_year(p, base or today)
    if base is None:
        if today is None or today[0] is None:
            return p, False
        y = today[0]
        if future:
            if not _le(today, (y, p.m, p.d)):  # a plan: the next such day
                y += 1
        elif not _le((y, p.m, p.d), today):  # speeches narrate the past: the previous year
            y -= 1
        return _with_year(p, y), True
    nxt = next((ymd for s, ymd in explicit if s > start), None)
    year = base[0]
    assert year is not None
    if nxt is not None:
        for y in (year, year + 1):
            here = (y, p.m, p.d)
            if not future and today is not None and not _le(here, today):
                continue  # after the document's own date: not what it narrates
            if _le(base, here) and _le(here, nxt):
                return _with_year(p, y), True
    if not future and today is not None and today[0] is not None and year >= today[0] \
            and not _le((year, p.m, p.d), today):
        year = today[0] - 1  # a dated speech recalls the past: the last such day before its date
    return _with_year(p, year), True


def _hijri_year(p: Partial, base: Ymd | None) -> tuple[Partial, bool]:
    """A Hijri day and month without a year (``Ramazan’ın 15’inde``): the Hijri year whose
    date lies nearest the narrated (else the document's) date, converted to Gregorian."""
    if base is None or base[0] is None or p.m is None:
        return p, False
    if not 1000 <= base[0] <= 2999:
        return p, False
    around = dt.date(base[0], base[1] or 7, 1)
    approx = calendars.gregorian_to_hijri_year(around)
    best: dt.date | None = None
    for h in (approx - 1, approx, approx + 1):
        try:
            g = calendars.hijri_to_gregorian(h, p.m, p.d or 15)
        except ValueError:
            continue
        if best is None or abs(g - around) < abs(best - around):
            best = g
    if best is None:
        return p, False
    return replace(p, y=best.year, m=best.month, d=best.day if p.d else None, calendar="hijri"), True


RUMI_UNTIL = 1926  # the Rumi (fiscal) calendar was abolished on 1 January 1926


def _two_digit(p: Partial, anchor: Ymd | None) -> tuple[Partial, bool]:
    """A two-digit year (``7.12.36``) in the century of the anchor (the document's date, else
    the narrated one); in a text of the Rumi years, the Rumi reading (13xx) when it lands
    nearer the anchor: ``7.12.36`` in a telegram of December 1920 is 7 Kânunuevvel 1336."""
    if anchor is None or anchor[0] is None:
        return p, False
    yy, year = p.raw["yy"], anchor[0]
    gregorian = year // 100 * 100 + yy
    if year <= RUMI_UNTIL and p.d is not None and p.m is not None:
        try:
            (ry, rm, rd), cal = _convert(1300 + yy, p.m, p.d, "gregorian", False)
        except ValueError:
            ry = None
        if ry is not None and abs(ry - year) < abs(gregorian - year):
            return replace(p, y=ry, m=rm, d=rd, calendar=cal), True
    if not _valid(gregorian, p.m, p.d):
        return p, False
    return replace(p, y=gregorian), True


def _with_year(p: Partial, y: int) -> Partial:
    end = p.end
    if end is not None:
        ey = y if end[1] is None or p.m is None or end[1] >= p.m else y + 1
        end = (end[0] if end[0] is not None else ey, end[1], end[2])
    return replace(p, y=y, end=end)


CLOCK = re.compile(r"\d\d:\d\d")


CLOCK_REACH = 300  # characters after a clock time within which an hour offset counts from it


def _clock_shift(p: Partial, clock: tuple[Ymd, str, int], n: int, unit: str) -> Partial | None:
    """An hour or minute offset from the clock time just written (``saat 14’te … iki saat
    sonra`` → 16:00 of that day), a TIME."""
    (y, mm, d), hhmm, _ = clock
    if None in (y, mm, d):
        return None
    start = dt.datetime(y, mm, d, int(hhmm[:2]) % 24, int(hhmm[3:]))  # type: ignore[arg-type]
    t = start + dt.timedelta(seconds=n * {"H": 3600, "MIN": 60, "SEC": 1}[unit])
    return replace(p, type="TIME", y=t.year, m=t.month, d=t.day, tod=f"{t.hour:02d}:{t.minute:02d}", gran=None)


def _anchored(p: Partial, m: Match, parts: list[tuple[Match, Partial]], i: int, today: Ymd | None,
              narr: Ymd | None, last: tuple[str | None, str | None] | None, text: str,
              today_end: Ymd | None = None, clock: tuple[Ymd, str, int] | None = None) -> tuple[Partial, bool]:
    """Deixis (doc), anaphora (narr, last), time stamps (doc, else narr) and relative expressions."""
    if p.anchor == "last":
        if last is None or last[0] is None:
            return p, False
        return replace(p, value=last[0], mod=p.mod or last[1]), True
    if p.anchor == "narr" and p.shift and i + 1 < len(parts):
        # "iki gün sonra 13 Eylül 1919’da": the date that follows names the same day
        nm, np_ = parts[i + 1]
        if nm.start - m.end <= 3 and not text[m.end:nm.start].strip(" \n,") and np_.y is not None \
                and not np_.anchor and np_.value is None:
            return replace(p, y=np_.y, m=np_.m, d=np_.d, end=np_.end, alt=np_.alt, gran=None,
                           calendar=np_.calendar), True
    anchor = p.anchor
    if anchor == "ago":  # "Kongreden iki gün önce" counts from the narrated date, "iki sene evvel" from now
        anaphoric = _ABLATIVE.search(text, max(0, m.start - 40), m.start)
        anchor = "narr" if anaphoric or today is None else "doc"
    if anchor == "stamp":  # a time stamp at the head or foot of the text dates the document
        glued = i > 0 and len(text[parts[i - 1][0].end:m.start]) <= 12  # "16 Mart 1336 saat 11 sonra"
        edge = m.start < STAMP_EDGE or m.end > len(text) - STAMP_EDGE
        anchor = "doc" if today is not None and today[2] is not None and edge and not glued else "narr"
    plan = anchor == "narr" and p.shift is not None and (p.shift[0] or 0) > 0 \
        and _future(text, m.end, guards()["future"])
    if plan and p.shift[1] in PER_DAY and narr is not None:  # type: ignore[index]
        plan = False  # "yarım saat sonra varacağız" (reported in a narrative): hours from the narrated day
    if plan:
        anchor = "doc"  # "iki sene sonra tekrar geleceğim": a plan, counted from the document's date
    base = today if anchor == "doc" else narr
    if base is None or base[0] is None:
        return replace(p, value=p.fallback) if p.fallback else p, False
    point: Ymd | None = base
    if p.shift and p.shift[0] is not None and p.shift[1] in PER_DAY and anchor == "narr" \
            and clock is not None and clock[0] == base and m.start - clock[2] <= CLOCK_REACH:
        timed = _clock_shift(p, clock, p.shift[0], p.shift[1])
        if timed is not None:
            return timed, True
    if p.shift:
        n, unit = p.shift
        point = None if n is None else _shift(base, n, unit)
    if point is None or point[0] is None or not 1000 <= point[0] <= 2999:
        return p, False  # "bin sene evvel" is rhetoric, not a date
    if anchor == "narr" and p.shift and not plan and today is not None and today[0] is not None \
            and point[0] > today[0]:
        return p, False  # counted from a year the text names, past its own date: not what it narrates
    gran = p.gran
    need = {"D": 2, "W": 2, "M": 1, "Y": 0, "C": 0}.get(gran or "D", 2)
    if point[need] is None and p.tod is None:
        # the anchor is coarser than the expression (a year for "ertesi gün"): no value
        return p, False
    if p.tod and point[2] is None:
        return p, False
    y, mm, d = _truncate(point, gran)
    if "day" in p.raw and gran == "M":
        if not _valid(y, mm, p.raw["day"]):
            return p, False
        return replace(p, y=y, m=mm, d=p.raw["day"]), True
    if gran == "C":  # "sekiz asır evvel", "bu asrın": the century, "11" for the 1100s
        return replace(p, century=y // 100), True
    if anchor == "doc" and today_end is not None and not p.shift and not p.tod and gran in (None, "D"):
        return replace(p, y=y, m=mm, d=d, end=today_end), True  # "bugün" of a two-day dateline
    return replace(p, y=y, m=mm, d=d), True
