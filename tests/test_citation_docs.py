"""Citations end to end on documents the tests write: footnotes with a.g.e. chains, APA and
ISNAD Kaynakça, an English reference list, entry linking, the corpus bibliography, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vakanuvis.build import build_paths
from vakanuvis.cli import app
from vakanuvis.pipeline import process
from vakanuvis.read import read
from vakanuvis.registry import load_components
from vakanuvis.store import Store

load_components()
runner = CliRunner()

FOOTNOTES = """\
Moskova Antlaşması ve Türk-Sovyet İlişkileri

Ankara Hükümeti ile Sovyet Rusya arasındaki ilk resmî temaslar 1920 baharında başladı ve Bekir
Sami Bey başkanlığındaki heyet uzun bir yolculuktan sonra Moskova’ya ulaştı.1 Heyet, Dışişleri
Halk Komiseri Çiçerin ile yaptığı görüşmelerde Boğazlar meselesini ve sınırları ele aldı.2 Sovyet
yönetimi Ermenistan’a bırakılacak topraklar üzerinde ısrar etti ve görüşmeler uzun süre tıkandı.3
Bu tutum müzakereleri uzattı ve heyet her adımda Ankara’ya danışmak zorunda kaldı bu yüzden.4
Antlaşma sonunda iki taraf arasında uzun görüşmelerden sonra 16 Mart 1921’de imzalandı ve onaylandı.5

1 Ali Fuat Cebesoy, Moskova Hatıraları, İstanbul 1955, s. 45.
2 Cebesoy, a.g.e., s. 50.
3 A.g.e., s. 52.
4 Kâzım Karabekir, İstiklal Harbimiz, İstanbul 1960, s. 120.
5 Cebesoy, a.g.e., s. 60; y.a.g.e.
"""

APA = """\
Türk-Sovyet İlişkilerinin İlk Yılları

Bolşevik yönetimi 1920 yazında Ankara’ya ilk yardımları gönderdi (Sadıkov, 2010: 102). Bu yardımlar
Doğu Cephesi üzerinden ulaştı (Kocabaşoğlu ve Berge, 1992, s. 35). Yardımın miktarı tartışmalıdır
(Yalçın vd., 2000: 166; Sadıkov, 2010: 110). Moskova’daki görüşmeler Mart ayında sonuçlandı.

Kaynakça

Kocabaşoğlu, U., & Berge, M. (1992). Bolşevik İhtilali ve Osmanlılar. Ankara: İmge Kitabevi.
Sadıkov, A. (2010). Türk-Rus ilişkileri. İstanbul: Yeditepe Yayınevi.
Yalçın, D., Yazıcı, A., & Köstüklü, N. (2000). Türkiye Cumhuriyeti tarihi. Ankara: Atatürk Araştırma
Merkezi.
"""

ISNAD = """\
Boğazlar Meselesi

Sovyet heyeti Boğazlar konusunda uzlaşmaz bir tutum takındı (Cebesoy, 1955: 45). Ankara ise
bu meselenin barış konferansında çözülmesini istiyordu (Yüceer, 1997: 52).

Kaynaklar

Cebesoy, Ali Fuat. Moskova Hatıraları. İstanbul: Vatan Neşriyatı, 1955.
Yüceer, Nasır. “Birinci Dünya Savaşı’nda Türk-Rus İlişkileri”. Tarih Dergisi 12/3 (1997), 40-60.
"""

ENGLISH = """\
Soviet Aid to Ankara

The first Soviet gold reached Anatolia in the autumn of 1920 (Kinross 1964, 212). Historians
disagree about its amount (Smith and Jones 1973: 215; see Sadıkov 2010, p. 104).

References

Kinross, Patrick. Atatürk: The Rebirth of a Nation. London: Weidenfeld and Nicolson, 1964.
Sadıkov, A. (2010). Türk-Rus ilişkileri. İstanbul: Yeditepe Yayınevi.
Smith, John, and Mary Jones. "Soviet Diplomacy in Anatolia." Journal of Modern History 45, no. 2 (1973): 211–230.
"""

PAGE_FOOT = """\
Sovyet Rusya ile ilk temaslar Erzurum Kongresi sırasında başlamış ve Halil Paşa’nın aracılığıyla
yürütülmüştür¹. Mustafa Kemal Paşa, Sovyet yardımının şartlarını dikkatle değerlendirmiş ve Moskova’ya
bir heyet gönderilmesine karar vermiştir². Heyetin Moskova’ya varışı 19 Temmuz 1920’de gerçekleşti³.
¹ Kâzım Karabekir, İstiklal Harbimiz, C. 1, Türkiye Yayınevi, İstanbul 1960, s. 120-122; Ali Fuat
Cebesoy, Moskova Hatıraları, Vatan Neşriyatı, İstanbul 1955, s. 12.
² Karabekir, a.g.e., s. 130.
³ Cebesoy, a.g.e., s. 40.
12
Görüşmeler sırasında Çiçerin, Ermenistan meselesini gündeme getirmiştir. Bekir Sami Bey bu talebi
reddetmiş ve durumu Ankara’ya bildirmiştir⁴. Bu gelişme müzakerelerin uzamasına neden olmuştur⁵.
⁴ Bilal N. Şimşir, “Moskova Görüşmeleri”, Belleten, C. 45, S. 177, Ankara 1981, s. 25-30.
⁵ Aynı eser, s. 31.
"""

DOCS = {"footnotes": FOOTNOTES, "apa": APA, "isnad": ISNAD, "english": ENGLISH}


def write(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(DOCS[name], encoding="utf-8")
    return path


def annotated(tmp_path: Path, name: str, layers=("citation", "reference")):
    return process(read(write(tmp_path, name)), list(layers))


def test_footnotes_resolve_age_chains_and_find_their_claims(tmp_path):
    doc = annotated(tmp_path, "footnotes")
    notes = [s for s in doc.layers["citation"] if s.attrs["kind"] == "note"]
    assert [s.attrs["note"] for s in notes] == [1, 2, 3, 4, 5]
    works = [[r["work"] for r in s.attrs["refs"]] for s in notes]
    # 2 "Cebesoy, a.g.e." and 3 "A.g.e." point to note 1; 5 names Cebesoy after Karabekir (note 4)
    assert works == [["cebesoy-1955"], ["cebesoy-1955"], ["cebesoy-1955"], ["karabekir-1960"],
                     ["cebesoy-1955", "cebesoy-1955"]]
    third = notes[2].attrs["refs"][0]
    assert third["year"] == 1955 and third["pages"] == "52" and third["resolved"] and third["backref"] == "A.g.e."
    for s in notes:
        assert doc.original[s.start : s.end] == s.text
        marker = s.attrs["marker"]
        assert doc.original[marker["start"] : marker["end"]] == str(s.attrs["note"])
        claim = doc.original[s.attrs["claim"]["start"] : s.attrs["claim"]["end"]]
        assert claim.endswith(str(s.attrs["note"])) and "\n1 " not in claim
    assert "Moskova’ya ulaştı.1" in doc.original[notes[0].attrs["claim"]["start"] : notes[0].attrs["claim"]["end"]]


def test_page_foot_notes_with_superscripts_two_works_and_wrapped_lines(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE_FOOT, encoding="utf-8")
    doc = process(read(path), ["citation"])
    notes = doc.layers["citation"]
    assert [n.attrs["note"] for n in notes] == [1, 2, 3, 4, 5]
    assert [[r["work"] for r in n.attrs["refs"]] for n in notes] == [
        ["karabekir-1960", "cebesoy-1955"], ["karabekir-1960"], ["cebesoy-1955"], ["simsir-1981"], ["simsir-1981"]]
    first = notes[0].attrs["refs"]
    assert (first[0]["volume"], first[0]["pages"], first[1]["authors"]) == ("1", "120-122", ["Ali Fuat Cebesoy"])
    article = notes[3].attrs["refs"][0]
    assert (article["title"], article["container"], article["volume"], article["issue"], article["pages"]) == (
        "Moskova Görüşmeleri", "Belleten", "45", "177", "25-30")
    assert notes[4].attrs["refs"][0]["backref"] == "Aynı eser" and notes[4].attrs["refs"][0]["pages"] == "31"
    claim = notes[3].attrs["claim"]
    assert doc.original[claim["start"] : claim["end"]].startswith("Bekir Sami Bey bu talebi")


def test_apa_kaynakca_is_parsed_and_citations_link_to_entries(tmp_path):
    doc = annotated(tmp_path, "apa")
    entries = doc.layers["reference"]
    assert [e.attrs["style"] for e in entries] == ["apa"] * 3
    assert entries[2].attrs["authors"] == ["Yalçın, D.", "Yazıcı, A.", "Köstüklü, N."]
    assert entries[2].attrs["publisher"] == "Atatürk Araştırma Merkezi"  # wrapped over two lines
    cits = doc.layers["citation"]
    assert [c.text for c in cits] == ["(Sadıkov, 2010: 102)", "(Kocabaşoğlu ve Berge, 1992, s. 35)",
                                      "(Yalçın vd., 2000: 166; Sadıkov, 2010: 110)"]
    linked = [[entries[r["entry"]].attrs["authors"][0] for r in c.attrs["refs"]] for c in cits]
    assert linked == [["Sadıkov, A."], ["Kocabaşoğlu, U."], ["Yalçın, D.", "Sadıkov, A."]]
    assert cits[2].attrs["refs"][0]["et_al"] is True
    claim = cits[0].attrs["claim"]
    assert doc.original[claim["start"] : claim["end"]].startswith("Bolşevik yönetimi 1920 yazında")


def test_isnad_kaynaklar_and_linking(tmp_path):
    doc = annotated(tmp_path, "isnad")
    book, article = (e.attrs for e in doc.layers["reference"])
    assert (book["style"], book["authors"], book["publisher"], book["year"]) == (
        "isnad", ["Cebesoy, Ali Fuat"], "Vatan Neşriyatı", 1955)
    assert (article["type"], article["container"], article["volume"], article["issue"], article["pages"]) == (
        "article", "Tarih Dergisi", "12", "3", "40-60")
    assert [c.attrs["refs"][0]["entry"] for c in doc.layers["citation"]] == [0, 1]


def test_english_reference_list(tmp_path):
    doc = annotated(tmp_path, "english")
    entries = [e.attrs for e in doc.layers["reference"]]
    assert [e["style"] for e in entries] == ["chicago", "apa", "chicago"]
    assert entries[2]["authors"] == ["Smith, John", "Jones, Mary"] and entries[2]["pages"] == "211-230"
    refs = [r for c in doc.layers["citation"] for r in c.attrs["refs"]]
    assert [(r["authors"], r["year"], r["pages"], r["entry"]) for r in refs] == [
        (["Kinross"], 1964, "212", 0), (["Smith", "Jones"], 1973, "215", 2), (["Sadıkov"], 2010, "104", 1)]


def test_reference_list_is_not_read_as_in_text_citations(tmp_path):
    doc = annotated(tmp_path, "apa")
    start = doc.original.index("Kaynakça")
    assert all(c.end <= start for c in doc.layers["citation"])


@pytest.fixture
def built(tmp_path, store_path):
    paths = [write(tmp_path, n) for n in DOCS]
    with Store(store_path) as store:
        report = build_paths(store, paths)
        assert not report.failed, report.failed
    return store_path


def test_corpus_bibliography_merges_one_work_cited_by_two_documents(built):
    with Store(built, readonly=True) as store:
        row = store.db.execute("SELECT * FROM works WHERE id = 'sadikov-2010'").fetchone()
        assert row["documents"] == 2 and row["citations"] == 3 and row["claims"] == 3
        assert row["title"] == "Türk-Rus ilişkileri" and row["source"] == "reference"
        cebesoy = store.db.execute("SELECT * FROM works WHERE id = 'cebesoy-1955'").fetchone()
        assert cebesoy["documents"] == 2 and cebesoy["publisher"] == "Vatan Neşriyatı"
        assert json.loads(cebesoy["authors"]) == ["Cebesoy, Ali Fuat"]
        n_works = store.db.execute("SELECT count(*) FROM works").fetchone()[0]
        assert n_works == len({r[0] for r in store.db.execute("SELECT work_id FROM citation_refs")} |
                              {r[0] for r in store.db.execute("SELECT work_id FROM reference_entries")})
        linked = store.db.execute(
            "SELECT count(*) FROM citation_refs c JOIN reference_entries e ON e.id = c.entry_id"
            " WHERE e.work_id = c.work_id").fetchone()[0]
        assert linked == store.db.execute("SELECT count(*) FROM citation_refs WHERE kind = 'intext'").fetchone()[0]
        claim = store.db.execute(
            "SELECT d.original, c.claim_start, c.claim_end FROM citation_claims c JOIN documents d ON d.id = c.doc_id"
            " WHERE d.stem = 'isnad' ORDER BY c.start").fetchone()
        text = claim[0][claim[1] : claim[2]]
        assert "Sovyet heyeti Boğazlar" in text and text.endswith("(Cebesoy, 1955: 45).")


def test_bibliography_pass_is_idempotent(built):
    from vakanuvis.build import run_corpus_passes

    with Store(built) as store:
        before = store.db.execute("SELECT id, documents, citations, claims FROM works ORDER BY id").fetchall()
        run_corpus_passes(store)
        after = store.db.execute("SELECT id, documents, citations, claims FROM works ORDER BY id").fetchall()
    assert [tuple(r) for r in before] == [tuple(r) for r in after]


def test_bibtex_export_parses_with_bibtexparser(built, tmp_path):
    import bibtexparser

    out = tmp_path / "kaynakca.bib"
    result = runner.invoke(app, ["export-bib", "--format", "bibtex", "--out", str(out), "--db", str(built)])
    assert result.exit_code == 0, result.output
    library = bibtexparser.parse_string(out.read_text(encoding="utf-8"))
    assert not library.failed_blocks
    with Store(built, readonly=True) as store:
        assert len(library.entries) == store.db.execute("SELECT count(*) FROM works").fetchone()[0]
    by_key = {e.key: e for e in library.entries}
    assert by_key["sadikov2010"]["title"] == "Türk-Rus ilişkileri"
    assert by_key["sadikov2010"]["author"] == "Sadıkov, A."
    smith = by_key["smith1973"]
    assert smith.entry_type == "article" and smith["journal"] == "Journal of Modern History"
    assert smith["author"] == "Smith, John and Jones, Mary" and smith["pages"] == "211--230"


def test_csl_json_export(built):
    result = runner.invoke(app, ["export-bib", "--format", "csl-json", "--db", str(built)])
    assert result.exit_code == 0, result.output
    items = {i["id"]: i for i in json.loads(result.output)}
    assert items["yuceer-1997"]["type"] == "article-journal"
    assert items["yuceer-1997"]["author"] == [{"family": "Yüceer", "given": "Nasır"}]
    assert items["yuceer-1997"]["issued"] == {"date-parts": [[1997]]}


def test_sources_lists_works_sorted_the_turkish_way(built):
    result = runner.invoke(app, ["sources", "--db", str(built), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    firsts = [r["authors"][0].split(",")[0] for r in rows]
    assert firsts.index("Cebesoy") < firsts.index("Kinross") < firsts.index("Kocabaşoğlu")
    assert firsts.index("Smith") < firsts.index("Şimşir") if "Şimşir" in firsts else True
    sadikov = next(r for r in rows if r["id"] == "sadikov-2010")
    assert (sadikov["documents"], sadikov["claims"]) == (2, 3)
    table = runner.invoke(app, ["sources", "--db", str(built)])
    assert table.exit_code == 0 and "Sadıkov" in table.output


def test_sources_on_a_missing_database_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["sources", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "V401" in result.output and "Traceback" not in result.output


CITATION_YEARS = {"footnotes": ["1955", "1960"], "apa": ["2010", "1992", "2000"], "isnad": ["1955", "1997"],
                  "english": ["1964", "1973", "2010"]}


@pytest.mark.parametrize("name", sorted(DOCS))
def test_citation_years_are_not_dates(tmp_path, name):
    doc = annotated(tmp_path, name, ("citation", "reference", "timex"))
    spans = doc.layers["citation"]
    for t in doc.layers["timex"]:
        assert not any(c.start < t.end and t.start < c.end for c in spans), (t.text, t.attrs)
    covered = [y for c in spans for y in CITATION_YEARS[name] if y in c.text]
    assert covered  # the citations hold the years the timex layer must leave alone
    body_end = min([s.start for s in doc.layers["reference"]] + [s.start for s in spans if s.attrs["kind"] == "note"])
    assert not [t.text for t in doc.layers["timex"] if t.end <= body_end and any(y in t.text for y in covered)]


@pytest.mark.parametrize("name", ["apa", "isnad", "english"])
def test_reference_list_years_are_not_dates(tmp_path, name):
    doc = annotated(tmp_path, name, ("citation", "reference", "timex"))
    start = doc.layers["reference"][0].start
    assert not [t.text for t in doc.layers["timex"] if t.start >= start]
