"""Stage 1 readers on real files made here: text encodings, PDF, DOCX, HTML and their errors."""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path

import pytest

from vakanuvis.errors import ReadError
from vakanuvis.read import read

TURKISH = "İstanbul’dan Ankara’ya: Şükrü Bey, Ğ ğ, ı I, İ i, ç Ç, ö Ö, ü Ü, Hâkimiyet-i Milliye."
PARAGRAPHS = [
    "Moskova’ya gönderilen heyet, Çiçerin ile görüşmelerini sürdürdü; Batum meselesi ağırlığını korudu.",
    "Iğdır ve Kağızman çevresindeki sınırlar tartışıldı. Öğretmenler ve çiftçiler yardım kampanyalarına katıldı.",
]
FONT_PATHS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read(path)
    assert path.name in str(info.value), "the message must name the file"
    return info.value


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize("content", [
    TURKISH + "\n" + PARAGRAPHS[0] + "\n",
    "\ufeff" + TURKISH + "\r\n\r\n" + PARAGRAPHS[1] + "\r\n",  # BOM and CRLF are kept
    "Satır bir\rsatır iki\r\n\r\nson",
], ids=["utf8", "utf8-bom-crlf", "mixed-newlines"])
def test_utf8_is_exactly_what_open_reads(tmp_path, content):
    path = write(tmp_path, "metin.txt", content.encode("utf-8"))
    doc = read(path)
    with open(path, encoding="utf-8", newline="") as f:
        expected = f.read()
    assert doc.original == expected
    i = expected.index("Ş") if "Ş" in expected else expected.index("son")
    assert doc.original[i] == expected[i]  # offsets agree with the contract of `annotate`
    assert doc.meta["encoding"] == "utf-8"
    assert doc.meta.get("bom", False) == content.startswith("\ufeff")


def test_markdown_is_read_as_text(tmp_path):
    path = write(tmp_path, "notlar.md", f"# Başlık\n\n{TURKISH}\n".encode())
    assert read(path).original == f"# Başlık\n\n{TURKISH}\n"


def test_cp1254_with_windows_punctuation(tmp_path):
    text = "“Türkiye Büyük Millet Meclisi’nin” açılışı – 23 Nisan 1920… " + TURKISH
    doc = read(write(tmp_path, "eski.txt", text.encode("cp1254")))
    assert doc.original == text
    assert doc.meta["encoding"] == "cp1254"


def test_iso_8859_9(tmp_path):
    text = "Hâkimiyet-i Milliye: İzmir'in kurtuluşu, Ağustos 1922. ŞĞİ şğı çöü ÇÖÜ\n" + PARAGRAPHS[1]
    doc = read(write(tmp_path, "latin5.txt", text.encode("iso8859_9")))
    assert doc.original == text
    # both Turkish pages decode these bytes identically (no byte in 0x80–0x9F)
    assert doc.meta["encoding"] in ("cp1254", "iso8859-9")


def test_dos_turkish_cp857(tmp_path):
    text = "Türkçe DOS metni: ĞÜŞİÖÇ ğüşıöç, Iğdır ve Kağızman."
    doc = read(write(tmp_path, "dos.txt", text.encode("cp857")))
    assert doc.original == text
    assert doc.meta["encoding"] == "cp857"


def test_western_fallback_only_on_evidence(tmp_path):
    text = "Café naïve, Žižek’s «Ökonomie»."
    doc = read(write(tmp_path, "western.txt", text.encode("cp1252")))
    assert doc.original == text
    assert doc.meta["encoding"] == "cp1252" and doc.meta["fallback"] is True


@pytest.mark.parametrize("codec, bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""),
    ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_utf16_and_utf32(tmp_path, codec, bom):
    text = TURKISH + "\r\n" + PARAGRAPHS[0]
    doc = read(write(tmp_path, "unicode.txt", bom + text.encode(codec)))
    assert doc.original == text
    assert doc.meta["bom"] == bool(bom)


def test_utf8_with_stray_cp1254_bytes(tmp_path):
    """Files pasted together: mostly UTF-8, one name typed in cp1254."""
    data = "Birinci kısım UTF-8: çalışma, görüşme, ülke. ".encode() + "Şişli".encode("cp1254")
    doc = read(write(tmp_path, "karisik.txt", data))
    assert doc.original == "Birinci kısım UTF-8: çalışma, görüşme, ülke. Şişli"
    assert doc.meta["invalid_bytes"] == 2


def test_mojibake_is_left_for_the_repair_stage(tmp_path):
    """The reader decodes faithfully; ``fix_mojibake`` (repair) owns ``TÜRKĐYE`` → ``TÜRKİYE``."""
    from vakanuvis.pipeline import prepare

    doc = read(write(tmp_path, "mojibake.txt", "TÜRKĐYE ĐLĐŞKĐLERĐ ve Ankara".encode()))
    assert doc.original == "TÜRKĐYE ĐLĐŞKĐLERĐ ve Ankara"
    assert "TÜRKİYE İLİŞKİLERİ" in prepare(doc).text


@pytest.mark.parametrize("data, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "PNG image"),
    (b"\x7fELF\x02\x01\x01" + bytes(300), "executable"),
    (b"abc\x00def\x00" * 100, "NUL bytes"),
    (bytes(range(1, 32)) * 40, "control characters"),
], ids=["png", "elf", "nul", "controls"])
def test_binary_renamed_txt_is_undecodable(tmp_path, data, words):
    e = read_error(write(tmp_path, "resim.txt", data))
    assert e.reason == "undecodable"
    assert words in str(e)


EMPTY = [
    ("bos.txt", b""), ("bosluk.txt", b"  \r\n\t\n  "), ("bosluk16.txt", " \n\t ".encode("utf-16")),
    ("bom.txt", b"\xef\xbb\xbf \r\n"),
    ("bos.md", b"\n\n"), ("bos.pdf", b""), ("bos.docx", b""), ("bos.html", b"   "),
]


@pytest.mark.parametrize("name, data", EMPTY, ids=[name for name, _ in EMPTY])
def test_empty_files(tmp_path, name, data):
    assert read_error(write(tmp_path, name, data)).reason == "empty"


def test_unsupported_suffix(tmp_path):
    e = read_error(write(tmp_path, "tablo.xlsx", b"PK\x03\x04 anything"))
    assert e.reason == "unsupported type"
    assert ".xlsx" in str(e)


def test_missing_file(tmp_path):
    e = read_error(tmp_path / "yok.txt")
    assert e.reason == "not found"


# --------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def font() -> Path:
    for p in FONT_PATHS:
        if p.exists():
            return p
    pytest.skip("DejaVuSans.ttf not installed (apt-get install fonts-dejavu-core)")


def reportlab_pdf(font: Path, pages: list[list[str]], title: str | None = None, **encrypt) -> bytes:
    """A PDF drawn line by line with an embedded TTF font (real Turkish glyphs)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuTest", str(font)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=StandardEncryption(**encrypt) if encrypt else None)
    if title:
        c.setTitle(title)
        c.setAuthor("Vakanüvis")
    for lines in pages:
        c.setFont("DejaVuTest", 11)
        y = 780
        for line in lines:
            c.drawString(72, y, line)
            y -= 15
        c.showPage()
    c.save()
    return buf.getvalue()


PDF_PAGES = [
    ["İstanbul’un işgalinden sonra Ankara’da toplanan Meclis, Şark Cephesi’ndeki",
     "gelişmeleri izliyordu. Moskova’ya gönderilen heye-",
     "tin görüşmeleri uzadıkça Hükümet, ödünç alınacak silahları bekledi."],
    ["Hâkimiyet-i Milliye gazetesi “milletin haklı davası” dedi.",
     "IĞDIR, KAĞIZMAN ve SARIKAMIŞ; ığdır, çiçek, öğüt, üzüm."],
]


def test_pdf_with_turkish_text(tmp_path, font):
    path = write(tmp_path, "rapor.pdf", reportlab_pdf(font, PDF_PAGES, title="Türk-Sovyet İlişkileri"))
    doc = read(path)
    pages = doc.original.split("\n\f\n")
    assert len(pages) == 2 and doc.meta["pages"] == 2
    for lines, page in zip(PDF_PAGES, pages, strict=True):
        assert page.split("\n") == lines  # every line exactly, hyphen at the line end kept
    assert doc.meta["title"] == "Türk-Sovyet İlişkileri"
    assert doc.meta["author"] == "Vakanüvis"
    assert doc.meta["format"] == "pdf"


def test_pdf_made_with_fpdf2(tmp_path, font):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(font))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    for para in PARAGRAPHS:
        pdf.multi_cell(0, 8, para, new_x="LMARGIN", new_y="NEXT")
    doc = read(write(tmp_path, "fpdf.pdf", bytes(pdf.output())))
    assert " ".join(doc.original.split()) == " ".join(" ".join(PARAGRAPHS).split())


def test_pdf_repairs_across_the_page_break(tmp_path, font):
    from vakanuvis.pipeline import prepare

    pages = [["Ankara hükümeti ile Moskova arasında imzalanan antlaşma-"], ["nın metni yayımlandı."]]
    doc = prepare(read(write(tmp_path, "iki.pdf", reportlab_pdf(font, pages))))
    assert "antlaşmanın metni yayımlandı." in doc.text


@pytest.mark.parametrize("cut", [0.5, 0.95])
def test_truncated_pdf_is_corrupt(tmp_path, font, cut):
    data = reportlab_pdf(font, PDF_PAGES)
    e = read_error(write(tmp_path, "yarim.pdf", data[: int(len(data) * cut)]))
    assert e.reason == "corrupt"


def test_not_a_pdf_is_corrupt(tmp_path):
    e = read_error(write(tmp_path, "sahte.pdf", "Bu bir PDF değil.".encode()))
    assert e.reason == "corrupt" and "not a PDF" in str(e)


def test_encrypted_pdf(tmp_path, font):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(reportlab_pdf(font, PDF_PAGES))))
    writer.encrypt("gizli", owner_password="sahip", algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    e = read_error(write(tmp_path, "sifreli.pdf", buf.getvalue()))
    assert e.reason == "encrypted"


def test_pdf_with_empty_user_password_is_read(tmp_path, font):
    """Only an owner password (printing/copying limits): it opens, so it is read."""
    data = reportlab_pdf(font, PDF_PAGES, userPassword="", ownerPassword="sahip", canCopy=0)
    doc = read(write(tmp_path, "kisitli.pdf", data))
    assert "Moskova’ya gönderilen heye-" in doc.original


def test_scanned_pdf_has_no_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(72, 600, 300, 100, fill=1)  # a picture of a page, no text objects
    c.showPage()
    c.save()
    e = read_error(write(tmp_path, "tarama.pdf", buf.getvalue()))
    assert e.reason == "empty" and "no text layer (scanned image?)" in str(e)


# --------------------------------------------------------------------------- DOCX


def make_docx(path: Path) -> Path:
    import datetime

    import docx

    d = docx.Document()
    d.core_properties.title = "Moskova Antlaşması"
    d.core_properties.author = "Ali Fuat Paşa"
    d.core_properties.created = datetime.datetime(1921, 3, 16, 12, 0)
    d.add_heading("Moskova Antlaşması", level=1)
    d.add_paragraph(PARAGRAPHS[0])
    d.add_paragraph("")  # spacing only: not text
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Tarih", "Olay"
    table.cell(1, 0).text, table.cell(1, 1).text = "16 Mart 1921", "İmza töreni"
    d.add_paragraph(PARAGRAPHS[1])
    d.save(path)
    return path


def test_docx_paragraphs_tables_and_properties(tmp_path):
    doc = read(make_docx(tmp_path / "antlasma.docx"))
    assert doc.original == "\n\n".join(
        ["Moskova Antlaşması", PARAGRAPHS[0], "Tarih", "Olay", "16 Mart 1921", "İmza töreni", PARAGRAPHS[1]]
    )
    assert doc.meta["title"] == "Moskova Antlaşması"
    assert doc.meta["author"] == "Ali Fuat Paşa"
    assert doc.meta["created"] == "1921-03-16"


def test_docx_merged_cell_is_read_once(tmp_path):
    import docx

    d = docx.Document()
    table = d.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Birleşik hücre"
    table.cell(0, 2).text = "Son"
    d.save(tmp_path / "birlesik.docx")
    assert read(tmp_path / "birlesik.docx").original == "Birleşik hücre\n\nSon"


@pytest.mark.parametrize("mangle", ["truncate", "garbage", "zip-without-document"])
def test_corrupt_docx(tmp_path, mangle):
    import zipfile

    data = make_docx(tmp_path / "iyi.docx").read_bytes()
    if mangle == "truncate":
        data = data[: len(data) // 2]
    elif mangle == "garbage":
        data = "düz metin, zip değil".encode()
    else:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("hello.txt", "merhaba")
        data = buf.getvalue()
    e = read_error(write(tmp_path, "bozuk.docx", data))
    assert e.reason == "corrupt"


def test_old_doc_renamed_docx(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    e = read_error(write(tmp_path, "eski.docx", data))
    assert e.reason == "unsupported type" and ".doc" in str(e)


# --------------------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html>
<html lang="tr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1254">
<title>Türk–Sovyet İlişkileri</title>
<style>p { color: red }</style>
<script>var gizli = "BU METİN GÖRÜNMEZ";</script>
</head><body>
<nav>Ana sayfa | Arşiv</nav><header>Sitenin başlığı</header>
<h1>Moskova’ya Giden Heyet</h1>
<p>Heyet, 1920   yılının
 <b>Temmuz</b> ayında Moskova’ya ulaştı.<br>Görüşmeler uzadı.</p>
<!-- yorum: görünmez -->
<div>İkinci <span>paragraf</span> “tırnaklı”.</div>
<ul><li>Batum</li><li>Iğdır</li></ul>
<footer>© Arşiv</footer>
</body></html>"""


def test_html_cp1254_meta_charset_and_scripts(tmp_path):
    doc = read(write(tmp_path, "sayfa.html", HTML.encode("cp1254")))
    assert doc.original == ("Moskova’ya Giden Heyet\n\nHeyet, 1920 yılının Temmuz ayında Moskova’ya ulaştı.\n"
                            "Görüşmeler uzadı.\n\nİkinci paragraf “tırnaklı”.\n\nBatum\n\nIğdır")
    assert doc.meta["title"] == "Türk–Sovyet İlişkileri"
    assert doc.meta["encoding"] == "cp1254"
    for hidden in ("GÖRÜNMEZ", "color", "Ana sayfa", "Sitenin", "yorum", "©"):
        assert hidden not in doc.original


def test_html_iso_8859_9_label_means_windows_1254(tmp_path):
    page = '<html><head><meta charset="ISO-8859-9"></head><body><p>“Şark” meselesi</p></body></html>'
    doc = read(write(tmp_path, "latin5.htm", page.encode("cp1254")))
    assert doc.original == "“Şark” meselesi"
    assert doc.meta["title"] == "latin5"  # no <title>/<h1>: the file stem


def test_html_wrong_declaration_falls_back(tmp_path):
    page = '<html><head><meta charset="utf-8"><title>Iğdır</title></head><body><p>Kağızman ve Iğdır</p></body></html>'
    doc = read(write(tmp_path, "yanlis.html", page.encode("cp1254")))
    assert doc.original == "Kağızman ve Iğdır" and doc.meta["title"] == "Iğdır"


def test_html_utf8_bom_without_declaration(tmp_path):
    page = "\ufeff<p>Şükrü Bey</p><p>Çiçerin</p>"
    assert read(write(tmp_path, "bom.html", page.encode())).original == "Şükrü Bey\n\nÇiçerin"


def test_html_without_text_is_empty(tmp_path):
    e = read_error(write(tmp_path, "bos.html", b"<html><script>x()</script><nav>menu</nav></html>"))
    assert e.reason == "empty"


# --------------------------------------------------------------------------- CLI


def test_cli_build_reports_bad_files_and_goes_on(tmp_path, font, store_path):
    from typer.testing import CliRunner

    from vakanuvis.cli import app
    from vakanuvis.store import Store

    folder = tmp_path / "arsiv"
    (folder / "alt").mkdir(parents=True)
    good = {
        "utf8.txt": (TURKISH + "\n\n" + PARAGRAPHS[0]).encode(),
        "eski.txt": ("“Eski” metin: " + PARAGRAPHS[1]).encode("cp1254"),
        "alt/rapor.pdf": reportlab_pdf(font, PDF_PAGES),
        "sayfa.html": HTML.encode("cp1254"),
    }
    make_docx(folder / "antlasma.docx")
    pdf = reportlab_pdf(font, PDF_PAGES)
    bad = {
        "bozuk.pdf": ("corrupt", pdf[: len(pdf) // 2]),
        "sifreli.pdf": ("encrypted", reportlab_pdf(font, PDF_PAGES, userPassword="gizli", ownerPassword="x")),
        "bos.md": ("empty", b" \n"),
        "resim.txt": ("undecodable", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        "alt/bozuk.docx": ("corrupt", b"PK\x03\x04 kesik"),
    }
    for name, data in good.items():
        write(folder, name, data)
    for name, (_, data) in bad.items():
        write(folder, name, data)
    odd = write(tmp_path, "tablo.xlsx", b"PK")  # named explicitly: reported, not skipped silently

    result = CliRunner().invoke(app, ["build", str(folder), str(odd), "--db", str(store_path)])
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code == 0, output
    squashed = re.sub(r"\s+", "", output)  # the console may wrap long paths
    for name, (reason, _) in bad.items():
        assert f"{Path(name).name}:{reason.replace(' ', '')}" in squashed, f"{name} not reported:\n{output}"
    assert "tablo.xlsx:unsupportedtype" in squashed

    with Store(store_path, readonly=True) as store:
        paths = {Path(r["path"]).name for r in store.document_rows()}
    assert paths == {Path(n).name for n in good} | {"antlasma.docx"}


def test_cli_build_fails_when_nothing_is_ingested(tmp_path, store_path):
    from typer.testing import CliRunner

    from vakanuvis.cli import app

    write(tmp_path, "bos.txt", b"")
    write(tmp_path, "bozuk.pdf", b"%PDF-1.4 yarim")
    result = CliRunner().invoke(app, ["build", str(tmp_path), "--db", str(store_path)])
    assert result.exit_code != 0
