"""Validate the A1/A2 gold files: offsets match the text, fields are GOLD_FORMAT-shaped,
evidence spans are whole sentences, and print every annotated span for eyeballing (-v)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP"}
TTYPES = {"DATE", "TIME", "DURATION", "SET"}
ETYPES = set("REVOLUTION DECLARATION LETTER_OR_TELEGRAM DELEGATION_SENT ARRIVAL MEETING_OR_CONGRESS CONFERENCE "
             "ASSEMBLY_OPENED APPOINTMENT NEGOTIATION TREATY_DRAFTED TREATY_SIGNED ARMISTICE MILITARY_OPERATION "
             "CAPTURE WAR_OR_BATTLE RECOGNITION OTHER".split())


def check(doc: str, verbose: bool) -> int:
    text = open(HERE / f"{doc}.txt", encoding="utf-8", newline="").read()
    bad = 0
    for layer in ("timex", "citation", "entity", "event"):
        data = json.loads((HERE / f"{doc}.{layer}.json").read_text(encoding="utf-8"))
        assert data["doc"] == doc and data["layer"] == layer
        items = data["events" if layer == "event" else "spans"]
        spans = [ev for e in items for ev in e["evidence"]] if layer == "event" else items
        for sp in spans:
            s, e = sp["start"], sp["end"]
            if layer != "event" and text[s:e] != sp["text"]:
                print("OFFSET", doc, layer, sp)
                bad += 1
            if text[s:e] != text[s:e].strip() or not text[s:e]:
                print("WHITESPACE EDGE", doc, layer, repr(text[s:e]))
                bad += 1
            if layer == "event" and text[e - 1] not in ".)!?":
                print("EVIDENCE NOT A SENTENCE END", doc, repr(text[s:e][-40:]))
                bad += 1
        for it in items:
            ok = {"timex": lambda i: i["type"] in TTYPES and "value" in i,
                  "citation": lambda i: all(r["authors"] and isinstance(r["year"], int) for r in i["refs"]),
                  "entity": lambda i: i["kind"] in KINDS and i["entity"],
                  "event": lambda i: i["type"] in ETYPES and i["evidence"]}[layer](it)
            if not ok:
                print("FIELDS", doc, layer, it)
                bad += 1
        if verbose:
            for it in items:
                shown = " | ".join(text[v["start"]:v["end"]].replace("\n", " ")[:70] for v in it["evidence"]) \
                    if layer == "event" else repr(it["text"])
                print(doc, layer, shown, {k: v for k, v in it.items() if k not in ("start", "end", "text", "evidence")})
        print(f"{doc} {layer}: {len(items)} items")
    return bad


if __name__ == "__main__":
    n = sum(check(d, "-v" in sys.argv) for d in ("A1", "A2"))
    print("OK" if not n else f"{n} problems")
    sys.exit(1 if n else 0)
