"""Which PDF library extracts Turkish text best? Prints accuracy and speed per library.

Generates multi-page Turkish PDFs with a real TTF font (DejaVu Sans, with every Turkish
glyph) in five layouts: reportlab lines drawn as strings, reportlab words placed one by one
for justified lines (no space glyphs, as many typeset PDFs do), fpdf2 lines as cells,
Chromium's print-to-PDF of justified lines (if chromium is installed; it typesets OpenType
ligatures such as ff/ffi like browsers and office suites) — all four broken with end-of-line
hyphens — and fpdf2's own justified multi_cell (word spacing, no hyphens). Each library's text is compared with the exact
text that was laid out:

- char acc: 1 - Levenshtein distance / reference length, whitespace runs collapsed to one
  space first (line-break placement is layout, not content);
- TR letters: share of the reference's Turkish letters (İıŞşĞğÇçÖöÜüÂâ) found in the output
  (multiset intersection), which catches lost dots and decomposed letters;
- words: share of reference words (whitespace-separated) found in order (difflib match);
- ms/page: median extraction time per page over 3 runs (open + extract all pages).

Usage: .venv/bin/python benchmarks/pdf_readers.py [--font PATH] [--copies N]
"""

from __future__ import annotations

import argparse
import difflib
import html
import io
import re
import shutil
import statistics
import subprocess
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
]

# Written for this benchmark (not from any source); every Turkish letter occurs, and long
# words force end-of-line hyphenation.
PARAGRAPHS = [
    "İstanbul’un işgalinden sonra Ankara’da toplanan Büyük Millet Meclisi, Şark Cephesi’ndeki "
    "gelişmeleri yakından izliyordu. Moskova’ya gönderilen heyetin görüşmeleri uzadıkça "
    "Hükümet, ödünç alınacak silah ve cephanenin ulaştırılmasını hızlandırmak istiyordu.",
    "Gürcistan ve Azerbaycan üzerinden geçen yolların güvenliği, müzakerelerin en çetin "
    "konularından biriydi. Çiçerin ile yapılan görüşmelerde Batum meselesi ağırlığını "
    "korudu; ığdır, Kağızman ve Sarıkamış çevresindeki sınırların çizilmesi tartışıldı.",
    "Hâkimiyet-i Milliye gazetesi, antlaşmanın imzalandığı günü “milletin haklı davasının "
    "tanındığı gün” olarak duyurdu. Şüphesiz bu ifade, dönemin iyimser havasını yansıtıyordu; "
    "oysa karşılıklı güvensizlik, özellikle Kafkasya’daki gelişmeler yüzünden sürüp gitti.",
    "Ağustos ayında Sakarya’da kazanılan zafer, Sovyet yöneticilerinin Ankara’ya bakışını "
    "değiştirdi. Frunze’nin Ukrayna adına yaptığı ziyaret, dostluğun sürdüğünü göstermek "
    "için düzenlenmişti; heyet İzmir’in kurtuluşunu da öğrenince görüşmelere hız verildi.",
    "Öğretmenler, çiftçiler, esnaf ve işçiler ülkenin dört bir yanında yardım kampanyalarına "
    "katıldı. Çoğu köyde kadınlar kağnılarla cephane taşıdı; ğ, ı, ş gibi harflerin doğru "
    "yazılması bile o günlerin basılı belgelerinde her zaman sağlanamamıştı.",
    "Üçüncü bölümde, uluslararası kamuoyunun Türk-Sovyet yakınlaşmasını nasıl karşıladığı "
    "incelenecektir. İngiliz ve Fransız basınının değerlendirmeleri, Londra Konferansı "
    "öncesinde ve sonrasında belirgin biçimde farklılaşmıştır; bu değişim ayrıntılıdır.",
    "Efendi ve Halife unvanlarının geleceği tartışılırken meclisteki bazı mebuslar, affedilmez "
    "bir hata yapıldığını ileri sürdü. Tarafların fikirleri, efkârıumumiyenin etkisiyle "
    "sık sık değişti; muhafazakâr gazeteler ise suffle edilmiş bir tartışmadan söz etti.",
]

TURKISH = "İıŞşĞğÇçÖöÜüÂâ"
VOWELS = set("aâeıiîoöuüûAÂEIİÎOÖUÜÛ")


def find_font(explicit: str | None = None) -> Path:
    for cand in ([explicit] if explicit else []) + FONT_CANDIDATES:
        if cand and Path(cand).exists():
            return Path(cand)
    try:
        import matplotlib

        p = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        if p.exists():
            return p
    except ImportError:
        pass
    raise SystemExit("no DejaVuSans.ttf found: apt-get install -y fonts-dejavu-core or pass --font")


def syllable_breaks(word: str) -> list[int]:
    """Turkish hyphenation points: before a consonant that is followed by a vowel."""
    return [i for i in range(2, len(word) - 1)
            if word[i] not in VOWELS and word[i + 1] in VOWELS and word[i - 1].isalpha()
            and word[i].isalpha()]


def layout(paragraphs: list[str], fits: Callable[[str], bool]) -> list[list[str]]:
    """Greedy line breaking with hyphenation; returns paragraphs as lists of lines."""
    out = []
    for para in paragraphs:
        lines: list[str] = []
        line = ""
        for word in para.split():
            cand = f"{line} {word}" if line else word
            if fits(cand):
                line = cand
                continue
            for b in reversed(syllable_breaks(word)):
                head = f"{line} {word[:b]}-" if line else f"{word[:b]}-"
                if fits(head):
                    lines.append(head)
                    line = word[b:]
                    break
            else:
                lines.append(line)
                line = word
        lines.append(line)
        out.append(lines)
    return out


def paginate(paras: list[list[str]], per_page: int) -> list[list[str]]:
    """Pages of lines; a blank line between paragraphs."""
    flat: list[str] = []
    for p in paras:
        flat += p + [""]
    return [flat[i : i + per_page] for i in range(0, len(flat), per_page)]


def reference(pages: list[list[str]]) -> str:
    return "\n".join(line for page in pages for line in page)


def make_reportlab(pages: list[list[str]], font: Path, justify: bool) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    width = 420
    for page in pages:
        y = 780
        c.setFont("DejaVu", 11)
        for i, line in enumerate(page):
            nxt = page[i + 1] if i + 1 < len(page) else ""
            words = line.split()
            if justify and len(words) > 1 and nxt:
                gap = (width - sum(pdfmetrics.stringWidth(w, "DejaVu", 11) for w in words)) / (len(words) - 1)
                x = 72.0
                for w in words:
                    c.drawString(x, y, w)
                    x += pdfmetrics.stringWidth(w, "DejaVu", 11) + gap
            else:
                c.drawString(72, y, line)
            y -= 15
        c.showPage()
    c.save()
    return buf.getvalue()


def make_fpdf_lines(pages: list[list[str]], font: Path) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(font))
    for page in pages:
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        pdf.set_xy(72, 60)
        for line in page:
            pdf.cell(420, 15, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_fpdf_justified(paragraphs: list[str], font: Path) -> bytes:
    """fpdf2 wraps and justifies itself (word spacing, no hyphenation)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", str(font))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for para in paragraphs:
        pdf.multi_cell(420, 15, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(15)
    return bytes(pdf.output())


def find_chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def make_chromium(pages: list[list[str]], font: Path, chromium: str) -> bytes:
    """Chromium's print-to-PDF (Skia): justified lines, OpenType ligatures (ff, ffi) as a
    browser or office suite typesets them."""
    body = []
    for page in pages:
        rows = []
        for i, line in enumerate(page):
            last = i + 1 == len(page) or not page[i + 1]
            rows.append(f'<div class="{"l" if last else "j"}">{html.escape(line) or "&nbsp;"}</div>')
        body.append('<section>' + "".join(rows) + "</section>")
    page_html = f"""<html lang="tr"><head><meta charset="utf-8"><style>
@font-face {{ font-family: DV; src: url("{font.as_uri()}"); }}
body {{ font-family: DV; font-size: 11pt; margin: 0; }}
section {{ width: 420pt; page-break-after: always; line-height: 15pt; }}
div {{ white-space: nowrap; }} div.j {{ text-align: justify; text-align-last: justify; }}
</style></head><body>{"".join(body)}</body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "page.html", Path(tmp) / "page.pdf"
        src.write_text(page_html, encoding="utf-8")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", src.as_uri()], capture_output=True, timeout=120, check=True)
        return out.read_bytes()


def extract_pypdf(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def extract_pdfminer(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data)).split("\f")[:-1] or [""]


def extract_pdfium(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for page in doc:
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


def extract_pdfium_fixed(data: bytes) -> list[str]:
    """pypdfium2 with its two habits undone: a line-end hyphen comes back as U+FFFE glued
    to the next line (restored as ``-`` + line break) and lines end in CRLF."""
    return [t.replace("\ufffe", "-\n").replace("\r\n", "\n") for t in extract_pdfium(data)]


LIBRARIES: dict[str, Callable[[bytes], list[str]]] = {
    "pypdf": extract_pypdf,
    "pdfminer.six": extract_pdfminer,
    "pypdfium2": extract_pdfium,
    "pypdfium2+fix": extract_pdfium_fixed,
}


def levenshtein(a: str, b: str) -> int:
    """Edit distance by Myers/Hyyrö bit-parallel algorithm (Python ints as bit vectors)."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & full
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv
    return score


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def scores(extracted: str, ref: str) -> tuple[float, float, float]:
    got, want = squash(extracted), squash(ref)
    acc = 1 - levenshtein(got, want) / len(want)
    tr_want = Counter(c for c in want if c in TURKISH)
    tr_got = Counter(c for c in got if c in TURKISH)
    tr = sum((tr_want & tr_got).values()) / max(1, sum(tr_want.values()))
    ww, gw = want.split(), got.split()
    sm = difflib.SequenceMatcher(a=ww, b=gw, autojunk=False)
    words = sum(blk.size for blk in sm.get_matching_blocks()) / max(1, len(ww))
    return acc, tr, words


def oddities(text: str) -> str:
    """Characters a reader should never produce from these PDFs (controls, unassigned,
    combining marks, replacement characters, ligature presentation forms such as ﬀ)."""
    odd = Counter(c for c in text if unicodedata.category(c) in ("Cc", "Cn", "Mn", "Co", "Cs")
                  and c not in "\n\r\t\f" or c == "\ufffd" or "\ufb00" <= c <= "\ufb4f")
    cid = len(re.findall(r"\(cid:\d+\)", text))
    parts = [f"{unicodedata.name(c, hex(ord(c)))}×{n}" for c, n in odd.most_common(3)]
    if cid:
        parts.append(f"(cid:N)×{cid}")
    return ", ".join(parts) or "-"


def timed(fn: Callable[[bytes], list[str]], data: bytes, runs: int = 3) -> tuple[list[str], float]:
    times = []
    out: list[str] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn(data)
        times.append(time.perf_counter() - t0)
    return out, statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--font", help="a TTF font with Turkish glyphs (default: DejaVu Sans)")
    ap.add_argument("--copies", type=int, default=6, help="how often the sample text repeats")
    args = ap.parse_args()

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = find_font(args.font)
    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
    paras = layout(PARAGRAPHS * args.copies, lambda s: pdfmetrics.stringWidth(s, "DejaVu", 11) <= 420)
    pages = paginate(paras, 45)
    ref = reference(pages)
    hyphens = sum(1 for p in paras for ln in p if ln.endswith("-"))
    print(f"font {font.name}; {len(pages)} pages, {len(ref)} characters, {hyphens} hyphenated line ends\n")
    pdfs = {
        "reportlab lines": (make_reportlab(pages, font, justify=False), ref, len(pages)),
        "reportlab justified words": (make_reportlab(pages, font, justify=True), ref, len(pages)),
        "fpdf2 lines": (make_fpdf_lines(pages, font), ref, len(pages)),
    }
    chromium = find_chromium()
    if chromium:
        pdfs["chromium justified"] = (make_chromium(pages, font, chromium), ref, len(pages))
    else:
        print("(chromium not found: its print-to-PDF layout is skipped)")
    data = make_fpdf_justified(PARAGRAPHS * args.copies, font)
    pdfs["fpdf2 multi_cell justified"] = (data, "\n".join(PARAGRAPHS * args.copies),
                                          len(extract_pdfium(data)))
    totals: dict[str, list[float]] = {name: [] for name in LIBRARIES}
    header = f"{'PDF':<26} {'library':<14} {'char acc':>8} {'TR letters':>10} {'words':>6} {'ms/page':>8}  oddities"
    print(header)
    print("-" * len(header))
    for label, (data, want, npages) in pdfs.items():
        for name, fn in LIBRARIES.items():
            texts, secs = timed(fn, data)
            acc, tr, words = scores("\n".join(texts), want)
            ms = 1000 * secs / npages
            totals[name].append(acc)
            print(f"{label:<26} {name:<14} {acc:>8.4f} {tr:>10.4f} {words:>6.3f} {ms:>8.1f}  {oddities(''.join(texts))}")
    print()
    for name, accs in totals.items():
        print(f"mean char accuracy {name:<14} {statistics.mean(accs):.4f}")


if __name__ == "__main__":
    main()
