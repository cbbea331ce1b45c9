"""Build the synthetic B dev set: markup source (B*.src) -> PDF-like text + 4 gold layers.

Markup (hand annotation, written by the annotator inline):
  {t VALUE,TYPE[,flag...]|text}   timex; flags: rumi julian ctx rel START MID END APPROX BEFORE AFTER en
  {c A&B/1990/12-14[+];C/1970/88|text}  citation; '+' = et_al; one item per work
  {n Entity@KIND[@stands_for]|text}      entity
  <e1,e2>  at a sentence start: the sentence is evidence of those events (defs in B*.events.py)
Paragraphs are separated by blank lines.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER"}


def parse(src: str):
    clean, spans, stack, evmarks = [], [], [], []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "{":
            j = src.index("|", i)
            stack.append((src[i + 1:j], len(clean)))
            i = j + 1
        elif ch == "}":
            head, s = stack.pop()
            spans.append((head, s, len(clean)))
            i += 1
        elif ch == "<":
            j = src.index(">", i)
            evmarks.append((src[i + 1:j].split(","), len(clean)))
            i = j + 1
        else:
            clean.append(ch)
            i += 1
    assert not stack, stack
    return "".join(clean), spans, evmarks


def sentence_end(clean: str, s: int) -> int:
    for m in re.finditer(r"[.!?](?=\s|$)", clean[s:]):
        e = s + m.end()
        if re.search(r"(?:^|\s)(?:[IVX]+|[A-ZÇĞİÖŞÜ])\.$", clean[s:e]):
            continue  # 'II. Nikola', initials
        nxt = clean[e:].lstrip(" ")
        if not nxt or nxt[0] == "\n" or nxt[0].isupper() or nxt[0].isdigit():
            return e
    return len(clean)


def layout(clean: str, seed: int):
    rng = random.Random(seed)
    out: list[str] = []
    cmap = [0] * (len(clean) + 1)
    nlines = 0
    pos = 0
    for pi, para in enumerate(clean.split("\n")):
        quote = "'" if pi % 3 == 1 else "’"
        words, k = [], pos
        for w in para.split(" "):
            words.append((w, k))
            k += len(w) + 1
        width = rng.randint(85, 95)
        cur = 0
        for w, ws in words:
            if cur and cur + 1 + len(w) > width:
                room = width - cur - 2
                if w.isalpha() and len(w) >= 9 and room >= 4 and rng.random() < 0.5:
                    cut = min(room, len(w) - 3)
                    out.append(" ")
                    cmap[ws - 1] = len(out) - 1
                    for ci in range(cut):
                        cmap[ws + ci] = len(out)
                        out.append(w[ci])
                    out.append("-\n\n")
                    nlines += 1
                    for ci in range(cut, len(w)):
                        cmap[ws + ci] = len(out)
                        out.append(w[ci])
                    cur = len(w) - cut
                    width = rng.randint(85, 95)
                    continue
                cmap[ws - 1] = len(out)
                out.append(" ")
                out.append("\n\n")
                nlines += 1
                if nlines % 40 == 0:
                    out.append(rng.choice([" \n\n", "\n\n"]))
                width = rng.randint(85, 95)
                cur = 0
            elif cur:
                cmap[ws - 1] = len(out)
                out.append(" ")
                cur += 1
            for ci, c in enumerate(w):
                cmap[ws + ci] = len(out)
                out.append(quote if c == "’" else c)
            cur += len(w)
        pend = pos + len(para)
        cmap[pend] = len(out)
        out.append(" \n\n")
        nlines += 1
        if nlines % 40 == 0:
            out.append(" \n\n")
        pos = pend + 1
    text = "".join(out)
    offs, n = [], 0
    for piece in out:
        offs.append(n)
        n += len(piece)
    return text, [offs[c] if c < len(offs) else n for c in cmap]


def build(name: str, seed: int) -> None:
    src = (HERE / f"{name}.src").read_text(encoding="utf-8")
    src = re.sub(r"\n{2,}", "\x00", src.strip()).replace("\n", " ").replace("\x00", "\n")
    src = re.sub(r" {2,}", " ", src)
    clean, spans, evmarks = parse(src)
    text, cmap = layout(clean, seed)

    def span(s, e):
        os_, oe = cmap[s], cmap[e - 1] + 1
        return {"start": os_, "end": oe, "text": text[os_:oe]}

    layers = {"timex": [], "citation": [], "entity": []}
    for head, s, e in sorted(spans, key=lambda x: x[1]):
        kind, body = head[0], head[2:]
        if kind in "tn":  # the span covers an apostrophe-attached case suffix as written
            m = re.match(r"[’'][^\W\d_]+", clean[e:])
            e += m.end() if m else 0
        it = span(s, e)
        if kind == "t":
            val, typ, *flags = body.split(",")
            it.update(value=None if val == "null" else val, type=typ)
            for f in flags:
                if f in MODS:
                    it["mod"] = f
                elif f in ("rumi", "julian", "hijri"):
                    it["calendar"] = f
                elif f == "ctx":
                    it["resolved_from_context"] = True
                elif f == "rel":
                    it["relative"] = True
                elif f == "en":
                    it["note"] = "English abstract"
            layers["timex"].append(it)
        elif kind == "c":
            refs = []
            for r in body.split(";"):
                a, y, p = r.split("/")
                ref = {"authors": a.split("&"), "year": int(y), "pages": p.rstrip("+")}
                if p.endswith("+"):
                    ref["et_al"] = True
                refs.append(ref)
            it["refs"] = refs
            layers["citation"].append(it)
        elif kind == "n":
            ent, k, *sf = body.split("@")
            it.update(entity=ent, kind=k)
            if sf:
                it["stands_for"] = sf[0]
            layers["entity"].append(it)
    evdefs = json.loads((HERE / f"{name}.events.json").read_text(encoding="utf-8"))
    ev_by_id = {e["id"]: dict(e, evidence=[]) for e in evdefs}
    for ids, s in evmarks:
        e = sentence_end(clean, s)
        for i in ids:
            ev_by_id[i]["evidence"].append({"start": cmap[s], "end": cmap[e - 1] + 1})
    for e in ev_by_id.values():
        assert e["evidence"], e["id"]
    (HERE / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    for layer, items in layers.items():
        (HERE / f"{name}.{layer}.json").write_text(json.dumps(
            {"doc": name, "layer": layer, "spans": items}, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / f"{name}.event.json").write_text(json.dumps(
        {"doc": name, "layer": "event", "events": list(ev_by_id.values())}, ensure_ascii=False, indent=1),
        encoding="utf-8")
    print(name, len(text), {k: len(v) for k, v in layers.items()}, "events", len(ev_by_id),
          "words", len(clean.split()))


if __name__ == "__main__":
    for i, n in enumerate(sys.argv[1:] or ["B1", "B2"]):
        build(n, 17 + i)
