"""The era knowledge base: persons, states, organisations, places, named events and peoples.

Entries live in ``vakanuvis/data/kb/*.yaml`` (each file a list of entries, or a mapping with
an ``entries`` list). Schema of an entry:

``id`` unique slug · ``kind`` PERSON|STATE|ORG|PLACE|EVENT_NAME|GROUP · ``name`` canonical
Turkish name · ``name_en`` · ``aliases`` bare forms (no suffixes) · ``titles`` (Paşa, Bey...)
· ``surname`` later surname · ``qid`` Wikidata id · ``valid: [from, to]`` ISO dates, null open
· ``coords: [lat, lon]`` · ``date`` (events; ISO or A/B) · ``place`` (id) · ``participants``
(ids) · ``stands_for`` (GROUP → state id, or a list of ids chosen by date; capital PLACE →
government id) · ``ambiguous: true``
(an alias shared with another entry on purpose) · ``note``.

The KB is loaded and validated once (:func:`load`). Hard errors (a missing field, a bad kind,
a duplicate id) raise :class:`KBError`; softer problems (alias collisions not marked
ambiguous, malformed QIDs, dangling references) are listed by :func:`problems`, which the
test suite requires to be empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from vakanuvis.errors import RuleError
from vakanuvis.lang import tr

KB_DIR = Path(str(resources.files("vakanuvis") / "data" / "kb"))
KINDS = ("PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP")
QID = re.compile(r"Q[1-9][0-9]*")
ISO = re.compile(r"-?\d{4}(-\d{2}(-\d{2})?)?")


class KBError(RuleError):
    """The knowledge base is malformed (names the file and the entry)."""

    code = "V202"


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    name: str
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    surname: str | None = None
    qid: str | None = None
    valid: tuple[str | None, str | None] = (None, None)
    coords: tuple[float, float] | None = None
    date: str | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    stands_for: tuple[str, ...] = ()
    ambiguous: bool = False
    note: str | None = None
    source: str = ""  # file the entry came from

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form that names the entry: name, English name, aliases."""
        seen: dict[str, None] = {}
        for f in (self.name, self.name_en, *self.aliases):
            if f and str(f).strip():
                seen.setdefault(str(f).strip(), None)
        return tuple(seen)

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "name_en": self.name_en, "kind": self.kind,
            "qid": self.qid, "aliases": list(self.aliases),
            "lat": self.coords[0] if self.coords else None, "lon": self.coords[1] if self.coords else None,
            "valid_from": self.valid[0], "valid_to": self.valid[1], "date": self.date,
            "meta": {k: v for k, v in (("titles", list(self.titles)), ("surname", self.surname),
                                        ("place", self.place), ("participants", list(self.participants)),
                                        ("stands_for", list(self.stands_for)), ("note", self.note)) if v},
        }


@dataclass(frozen=True)
class KB:
    entries: dict[str, Entry]
    by_name: dict[str, Entry] = field(default_factory=dict)  # Turkish-lower name/alias → first entry

    def get(self, key: str) -> Entry | None:
        """An entry by id, canonical name or alias (case-insensitive, Turkish casing)."""
        return self.entries.get(key) or self.by_name.get(tr.lower(key))

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def parse_entry(raw: dict[str, Any], source: str) -> Entry:
    """One YAML mapping → :class:`Entry`; raises :class:`KBError` on a hard error."""
    where = f"{source}: entry {raw.get('id', '?')!r}"
    if not isinstance(raw, dict):
        raise KBError(f"{source}: an entry must be a mapping, got {type(raw).__name__}")
    for key in ("id", "kind", "name"):
        if not raw.get(key):
            raise KBError(f"{where}: missing {key!r}")
    if raw["kind"] not in KINDS:
        raise KBError(f"{where}: kind {raw['kind']!r} not one of {', '.join(KINDS)}")
    valid = raw.get("valid") or [None, None]
    if not isinstance(valid, (list, tuple)) or len(valid) != 2:
        raise KBError(f"{where}: valid must be [from, to]")
    coords = raw.get("coords")
    if coords is not None and (not isinstance(coords, (list, tuple)) or len(coords) != 2):
        raise KBError(f"{where}: coords must be [lat, lon]")
    return Entry(
        id=str(raw["id"]), kind=raw["kind"], name=str(raw["name"]), name_en=_str(raw.get("name_en")),
        aliases=_tuple(raw.get("aliases")), titles=_tuple(raw.get("titles")), surname=_str(raw.get("surname")),
        qid=_str(raw.get("qid")), valid=(_str(valid[0]), _str(valid[1])),
        coords=(float(coords[0]), float(coords[1])) if coords else None, date=_str(raw.get("date")),
        place=_str(raw.get("place")), participants=_tuple(raw.get("participants")),
        stands_for=_tuple(raw.get("stands_for")), ambiguous=bool(raw.get("ambiguous", False)),
        note=_str(raw.get("note")), source=source,
    )


def read_entries(folder: Path = KB_DIR) -> list[Entry]:
    """All entries of the YAML files in ``folder``, in file then entry order."""
    import yaml

    out: list[Entry] = []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: ~10x faster
        except yaml.YAMLError as e:
            raise KBError(f"{path.name}: not valid YAML ({e})") from None
        if isinstance(data, dict):
            data = data.get("entries", [])
        for raw in data or []:
            out.append(parse_entry(raw, path.name))
    return out


def build(entries: Iterable[Entry]) -> KB:
    table: dict[str, Entry] = {}
    for e in entries:
        if e.id in table:
            raise KBError(f"{e.source}: duplicate id {e.id!r} (also in {table[e.id].source})")
        table[e.id] = e
    by_name: dict[str, Entry] = {}
    for e in table.values():  # canonical names first, so an alias never shadows a name
        by_name.setdefault(tr.lower(e.name), e)
    for e in table.values():
        for f in e.forms:
            by_name.setdefault(tr.lower(f), e)
    return KB(table, by_name)


@cache
def load() -> KB:
    """The packaged knowledge base, read and checked once per process."""
    return build(read_entries())


def _iso_ok(value: str | None) -> bool:
    if value is None:
        return True
    return all(ISO.fullmatch(part) for part in value.split("/"))


def problems(kb: KB) -> list[str]:
    """Soft problems: alias collisions not marked ambiguous, bad QIDs/dates, dangling ids."""
    out: list[str] = []
    owners: dict[str, set[str]] = {}
    for e in kb:
        for f in e.forms:
            owners.setdefault(tr.lower(f), set()).add(e.id)
    for form, ids in sorted(owners.items()):
        if len(ids) > 1:
            unmarked = sorted(i for i in ids if not kb.entries[i].ambiguous)
            if unmarked:
                out.append(f"alias {form!r} shared by {sorted(ids)}; not marked ambiguous: {unmarked}")
    seen_qid: dict[str, str] = {}
    for e in kb:
        if e.qid is not None:
            if not QID.fullmatch(e.qid):
                out.append(f"{e.id}: malformed QID {e.qid!r}")
            elif e.qid in seen_qid:
                out.append(f"{e.id}: QID {e.qid} also on {seen_qid[e.qid]}")
            else:
                seen_qid[e.qid] = e.id
        for label, value in (("valid from", e.valid[0]), ("valid to", e.valid[1]), ("date", e.date)):
            if not _iso_ok(value):
                out.append(f"{e.id}: {label} {value!r} is not ISO (YYYY[-MM[-DD]] or A/B)")
        refs = [("place", e.place)] + [("stands_for", x) for x in e.stands_for] + [("participant", p) for p in e.participants]
        for label, ref in refs:
            if ref and ref not in kb.entries:
                out.append(f"{e.id}: {label} {ref!r} is not a KB id")
        if e.coords and not (-90 <= e.coords[0] <= 90 and -180 <= e.coords[1] <= 180):
            out.append(f"{e.id}: coords {e.coords} out of range")
    return out
