"""Validate the synthetic B gold files: offsets, fields, vocabularies, overlaps."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP"}
TTYPES = {"DATE", "TIME", "DURATION", "SET"}
ETYPES = set("""REVOLUTION DECLARATION LETTER_OR_TELEGRAM DELEGATION_SENT ARRIVAL MEETING_OR_CONGRESS
CONFERENCE ASSEMBLY_OPENED APPOINTMENT NEGOTIATION TREATY_DRAFTED TREATY_SIGNED ARMISTICE
MILITARY_OPERATION CAPTURE WAR_OR_BATTLE RECOGNITION OTHER""".split())
VALUE = re.compile(r"^(PRESENT_REF|P(\d+|X)[DWMYC]|\d{2,4}(-(\d\d|SP|SU|FA|WI)(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?)$")


def check(name: str) -> list[str]:
    errs = []
    text = open(HERE / f"{name}.txt", encoding="utf-8", newline="").read()
    for layer in ("timex", "citation", "entity", "event"):
        d = json.loads((HERE / f"{name}.{layer}.json").read_text(encoding="utf-8"))
        key = "events" if layer == "event" else "spans"
        assert d["doc"] == name and d["layer"] == layer
        items = d[key]
        if layer == "event":
            for e in items:
                if e["type"] not in ETYPES:
                    errs.append(f"{name} {e['id']} type {e['type']}")
                if e["date"] is not None and not VALUE.match(e["date"]):
                    errs.append(f"{name} {e['id']} date {e['date']}")
                for ev in e["evidence"]:
                    s, t = ev["start"], ev["end"]
                    if not (0 <= s < t <= len(text)) or (s and not text[s - 1].isspace()) \
                            or text[t - 1] not in ".!?":
                        errs.append(f"{name} {e['id']} evidence {s}-{t} {text[s:t][:40]!r}")
            continue
        prev_end = -1
        for it in sorted(items, key=lambda x: x["start"]):
            s, e = it["start"], it["end"]
            if text[s:e] != it["text"]:
                errs.append(f"{name}.{layer} offset {s}-{e} {it['text']!r} != {text[s:e]!r}")
            if s < prev_end:
                errs.append(f"{name}.{layer} overlap at {s} {it['text']!r}")
            prev_end = e
            if text[s].isspace() or text[e - 1].isspace():
                errs.append(f"{name}.{layer} whitespace edge {it['text']!r}")
            if layer == "timex":
                if it["type"] not in TTYPES:
                    errs.append(f"{name} timex type {it}")
                if it["value"] is not None and not VALUE.match(it["value"]):
                    errs.append(f"{name} timex value {it}")
            elif layer == "entity" and it["kind"] not in KINDS:
                errs.append(f"{name} entity kind {it}")
            elif layer == "citation":
                if not (it["text"].startswith("(") and it["text"].endswith(")")) or not it["refs"]:
                    errs.append(f"{name} citation {it}")
    return errs


if __name__ == "__main__":
    errs = [e for n in (sys.argv[1:] or ["B1", "B2"]) for e in check(n)]
    print("\n".join(errs) or "OK")
    sys.exit(bool(errs))
