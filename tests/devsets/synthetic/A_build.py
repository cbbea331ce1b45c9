"""Lay out A_text paragraphs like the seeds' PDF extraction and write A1.txt/A2.txt.

Also exposes ``layout`` returning (original, clean, map clean index -> original index).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from A_text import A1, A2  # noqa: E402

WIDTH = 90
HYPHEN = {"A1": ["hoşnutsuzluk", "kapitülasyonlara", "yoğunlaşmıştır"],
          "A2": ["kesinleştirmiştir", "yönlendiricisi", "kamuoyunda"]}
PAGEBREAK_AFTER = {"A1": 28, "A2": 24}  # line number after which a whitespace-only line marks a page break


def layout(paras: list[str], hyph: list[str], pagebreak: int) -> tuple[str, str, list[int]]:
    orig: list[str] = []
    cmap: list[int] = []
    clean = "\n".join(paras)
    pos = 0  # position in clean
    nlines = 0

    def emit(s: str, from_clean: bool) -> None:
        nonlocal pos
        for ch in s:
            if from_clean:
                cmap.append(len(orig))
                pos += 1
            orig.append(ch)

    def newline() -> None:
        nonlocal nlines
        emit("\n\n", False)
        nlines += 1
        if nlines == pagebreak:
            emit(" \n\n", False)

    for pi, para in enumerate(paras):
        words = para.split(" ")
        col = 0
        for wi, w in enumerate(words):
            last = wi == len(words) - 1
            if col and col + len(w) > WIDTH:
                core = w.rstrip(".,;:")
                if hyph and core.isalpha() and core.islower() and len(core) >= 10 and col + len(w) // 2 < WIDTH:
                    cut = len(core) // 2
                    emit(w[:cut], True)
                    emit("- ", False)
                    newline()
                    emit(w[cut:], True)
                    col = len(w) - cut
                    hyph.pop()
                else:
                    newline()
                    emit(w, True)
                    col = len(w)
            else:
                emit(w, True)
                col += len(w)
            if not last:
                emit(" ", True)  # clean space; line break (if any) follows it
                col += 1
        if pi < len(paras) - 1:
            emit(" ", False)
            cmap.append(len(orig) - 1)  # clean "\n" between paragraphs maps onto the space
            pos += 1
            newline()
    assert pos == len(clean) == len(cmap)
    return "".join(orig), clean, cmap


def build(name: str) -> tuple[str, str, list[int]]:
    paras = {"A1": A1, "A2": A2}[name]
    return layout(paras, list(HYPHEN[name]), PAGEBREAK_AFTER[name])


if __name__ == "__main__":
    here = Path(__file__).parent
    for name in ("A1", "A2"):
        orig, clean, _ = build(name)
        (here / f"{name}.txt").write_text(orig, encoding="utf-8", newline="")
        print(name, len(orig), "chars", len(clean.split()), "words")
