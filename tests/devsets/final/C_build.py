"""Build the final test set: lay C_text out like the seeds' PDF extraction, write C?.txt and the gold.

Run `python3 C_build.py` (writes C1.txt, C2.txt, C?.{timex,citation,entity,event}.json) and
`python3 C_build.py --check` to validate the written files only.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import C_events  # noqa: E402
import C_text  # noqa: E402

WIDTH = {"C1": 88, "C2": 92}
HYPHENS = 3
PAGEBREAK_AFTER = {"C1": (30, 62), "C2": (33,)}
CURLY_TO_STRAIGHT_EVERY = 5  # a few ’ stay as written; the texts already mix ’ and '
SUFFIX = re.compile(r"[’'][^\W\d_]+|[^\W\d_]+")
MARK = re.compile(r"\[([TNC]) ([^|\]]*)\|([^\]]*)\]|\{(e\d+)\}")


def parse(src: str) -> tuple[str, list[tuple], dict[str, list[int]]]:
    """Strip the markup: clean text, spans (layer, start, end, spec), event id -> marker offsets."""
    out, spans, markers, pos = [], [], {}, 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        at = sum(map(len, out))
        if m.group(4):
            markers.setdefault(m.group(4), []).append(at)
            pos = m.end()
            continue
        surface, pos = m.group(3), m.end()
        if m.group(1) == "N":  # GOLD_FORMAT: the span covers the name with its suffix as written
            suffix = SUFFIX.match(src, pos)
            if suffix:
                surface, pos = surface + suffix.group(), suffix.end()
        out.append(surface)
        spans.append((m.group(1), at, at + len(surface), m.group(2)))
    out.append(src[pos:])
    return "".join(out), spans, markers


def layout(clean: str, width: int, pagebreaks: tuple[int, ...]) -> tuple[str, list[int]]:
    """Hard-wrap each paragraph; every line ends ' \\n\\n'; a few long words split with '-'."""
    orig: list[str] = []
    cmap = [0] * len(clean)
    hyph = HYPHENS
    nlines = 0

    def newline() -> None:
        nonlocal nlines
        orig.append("\n\n")
        nlines += 1
        if nlines in pagebreaks:
            orig.append(" \n\n")

    paras = clean.split("\n\n")
    ci = 0
    for pi, para in enumerate(paras):
        col = 0
        for wi, w in enumerate(para.split(" ")):
            if col and col + len(w) > width:
                core = w.rstrip(".,;:)")
                if hyph and core.isalpha() and core.islower() and len(core) >= 9 and col + len(core) // 2 < width:
                    cut = len(core) // 2
                    for k, ch in enumerate(w):
                        if k == cut:
                            orig.append("-")
                            newline()
                        cmap[ci] = len("".join(orig))
                        orig.append(ch)
                        ci += 1
                    hyph -= 1
                    col = len(w) - cut
                else:
                    newline()
                    for ch in w:
                        cmap[ci] = len("".join(orig))
                        orig.append(ch)
                        ci += 1
                    col = len(w)
            else:
                for ch in w:
                    cmap[ci] = len("".join(orig))
                    orig.append(ch)
                    ci += 1
                col += len(w)
            if wi < len(para.split(" ")) - 1:
                cmap[ci] = len("".join(orig))
                orig.append(" ")
                ci += 1
                col += 1
        if pi < len(paras) - 1:
            orig.append(" ")
            newline()
            cmap[ci] = cmap[ci + 1] = len("".join(orig)) - 1  # the clean "\n\n" maps onto the break
            ci += 2
    assert ci == len(clean), (ci, len(clean))
    return "".join(orig), cmap


def sentence_bounds(clean: str, at: int) -> tuple[int, int]:
    """The sentence (inside its paragraph) that holds clean offset `at`."""
    ps = clean.rfind("\n\n", 0, at)
    ps = 0 if ps < 0 else ps + 2
    pe = clean.find("\n\n", at)
    pe = len(clean) if pe < 0 else pe
    start = ps
    for m in re.finditer(r"(?<=[.!?])\s+", clean[ps:pe]):
        if ps + m.start() < at:
            start = ps + m.end()
    m = re.search(r"[.!?](?=\s|$)", clean[at:pe])
    end = at + m.end() if m else pe
    return start, end


def refs(spec: str) -> list[dict]:
    out = []
    for one in spec.split("&"):
        authors, year, pages = one.strip().split("/")
        ref = {"authors": authors.rstrip("*").split("+")[:1] if authors.endswith("*") else authors.split("+"),
               "year": int(year), "pages": pages}
        if authors.endswith("*"):
            ref["et_al"] = True
        out.append(ref)
    return out


def timex(spec: str) -> dict:
    value, *flags = spec.split(";")
    item: dict = {"value": value, "type": "DATE"}
    for f in flags:
        if f == "rc":
            item["resolved_from_context"] = True
        elif f == "rel":
            item["relative"] = True
        else:
            key, val = f.split("=", 1)
            item[{"cal": "calendar"}.get(key, key)] = val
    if item["value"].startswith("P"):
        item["type"] = "DURATION"
    return item


def entity(spec: str) -> dict:
    canon, kind, *sf = C_text.ENT[spec] if spec in C_text.ENT else tuple(spec.split(";"))
    item = {"entity": canon, "kind": kind}
    if sf:
        item["stands_for"] = sf[0]
    return item


def build(name: str) -> str:
    clean, spans, markers = parse(getattr(C_text, name).strip("\n"))
    clean = "\n" + clean  # the seeds start with a newline before the title
    spans = [(la, s + 1, e + 1, sp) for la, s, e, sp in spans]
    markers = {k: [a + 1 for a in v] for k, v in markers.items()}
    orig, cmap = layout(clean, WIDTH[name], PAGEBREAK_AFTER[name])

    def o(s: int, e: int) -> tuple[int, int]:
        return cmap[s], cmap[e - 1] + 1

    layers: dict[str, list] = {"timex": [], "citation": [], "entity": []}
    for la, s, e, spec in spans:
        a, b = o(s, e)
        item = {"start": a, "end": b, "text": orig[a:b]}
        if la == "T":
            item |= timex(spec)
            layers["timex"].append(item)
        elif la == "C":
            item["refs"] = refs(spec)
            layers["citation"].append(item)
        else:
            item |= entity(spec)
            layers["entity"].append(item)
    events = []
    for eid, row in getattr(C_events, name).items():
        typ, date, title, parts, place, *extra = row
        ev = {"id": eid, "type": typ, "date": date, "title": title, "participants": parts, "place": place}
        if extra:
            ev |= extra[0]
        bounds = sorted({sentence_bounds(clean, at) for at in markers[eid]})
        ev["evidence"] = [dict(zip(("start", "end"), o(s, e), strict=True)) for s, e in bounds]
        events.append(ev)
    assert set(markers) == set(getattr(C_events, name)), set(markers) ^ set(getattr(C_events, name))
    (HERE / f"{name}.txt").write_text(orig, encoding="utf-8", newline="")
    for la, items in layers.items():
        write(name, la, {"doc": name, "layer": la, "spans": items})
    write(name, "event", {"doc": name, "layer": "event", "events": sorted(events, key=lambda e: int(e["id"][1:]))})
    return orig


def write(name: str, layer: str, data: dict) -> None:
    (HERE / f"{name}.{layer}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


KINDS = {"PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP"}
TYPES = {"REVOLUTION", "DECLARATION", "LETTER_OR_TELEGRAM", "DELEGATION_SENT", "ARRIVAL", "MEETING_OR_CONGRESS",
         "CONFERENCE", "ASSEMBLY_OPENED", "APPOINTMENT", "NEGOTIATION", "TREATY_DRAFTED", "TREATY_SIGNED",
         "ARMISTICE", "MILITARY_OPERATION", "CAPTURE", "WAR_OR_BATTLE", "RECOGNITION", "OTHER"}


def check(name: str) -> list[str]:
    """Every problem found in the written gold of one document."""
    with open(HERE / f"{name}.txt", encoding="utf-8", newline="") as f:
        text = f.read()
    errs = []
    for la in ("timex", "citation", "entity", "event"):
        d = json.loads((HERE / f"{name}.{la}.json").read_text(encoding="utf-8"))
        if d.get("doc") != name or d.get("layer") != la:
            errs.append(f"{la}: bad header")
        items = d["events" if la == "event" else "spans"]
        for it in items:
            if la == "event":
                if it["type"] not in TYPES or not it["evidence"]:
                    errs.append(f"event {it['id']}: type/evidence")
                for ev in it["evidence"]:
                    sent = text[ev["start"]:ev["end"]]
                    if sent != sent.strip() or not sent.endswith((".", "!", "?")):
                        errs.append(f"event {it['id']}: evidence {sent[:40]!r}..{sent[-20:]!r}")
                continue
            if text[it["start"]:it["end"]] != it["text"] or it["text"] != it["text"].strip():
                errs.append(f"{la}: offsets {it}")
            if la == "entity" and it["kind"] not in KINDS:
                errs.append(f"entity kind {it}")
            if la == "timex" and it["type"] not in {"DATE", "TIME", "DURATION", "SET"}:
                errs.append(f"timex type {it}")
            if la == "citation" and not all(isinstance(r["year"], int) and r["authors"] for r in it["refs"]):
                errs.append(f"citation refs {it}")
        starts = sorted((it["start"], it["end"]) for it in items if la != "event")
        errs += [f"{la}: overlap {a} {b}" for a, b in zip(starts, starts[1:], strict=False) if b[0] < a[1]]
    return errs


if __name__ == "__main__":
    for n in ("C1", "C2"):
        if "--check" not in sys.argv:
            t = build(n)
            print(n, len(t), "chars", len(t.split()), "words")
        print(n, check(n) or "OK")
