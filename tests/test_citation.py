"""The citation parsers on tables of real-shaped inputs, and the seed gold scores."""

from __future__ import annotations

import pytest

from vakanuvis.extract.citation.intext import parse_parenthesis
from vakanuvis.extract.citation.notes import looks_bibliographic, parse_part
from vakanuvis.extract.citation.reflist import parse_reference


def refs(content: str) -> list[dict] | None:
    items = parse_parenthesis(content)
    return None if items is None else [i.ref() for i in items]


@pytest.mark.parametrize(
    "content, expected",
    [
        ("Sadıkov,2010:102", [{"authors": ["Sadıkov"], "year": 2010, "pages": "102"}]),
        ("Kocabaşoğlu; Berge,1992:35", [{"authors": ["Kocabaşoğlu", "Berge"], "year": 1992, "pages": "35"}]),
        ("Yılmaz;Yakşi,2016:18", [{"authors": ["Yılmaz", "Yakşi"], "year": 2016, "pages": "18"}]),
        ("Yalçın v.d,2000:166", [{"authors": ["Yalçın"], "year": 2000, "pages": "166", "et_al": True}]),
        ("Yalçın vd., 2000: 166", [{"authors": ["Yalçın"], "year": 2000, "pages": "166", "et_al": True}]),
        ("Smith et al. 2003, p. 45", [{"authors": ["Smith"], "year": 2003, "pages": "45", "et_al": True}]),
        ("Kılıç,2016,125", [{"authors": ["Kılıç"], "year": 2016, "pages": "125"}]),
        ("Atatürk,1969:460", [{"authors": ["Atatürk"], "year": 1969, "pages": "460"}]),
        ("Yüceer,1997:295-296", [{"authors": ["Yüceer"], "year": 1997, "pages": "295-296"}]),
        ("May,2009:7", [{"authors": ["May"], "year": 2009, "pages": "7"}]),
        ("A,1990:3; B,1991:4", [{"authors": ["A"], "year": 1990, "pages": "3"},
                                {"authors": ["B"], "year": 1991, "pages": "4"}]),
        ("Karabekir, 1960, s. 45", [{"authors": ["Karabekir"], "year": 1960, "pages": "45"}]),
        ("Kocabaşoğlu ve Berge, 1992: 35", [{"authors": ["Kocabaşoğlu", "Berge"], "year": 1992, "pages": "35"}]),
        ("Smith and Jones 2003: 12", [{"authors": ["Smith", "Jones"], "year": 2003, "pages": "12"}]),
        ("Anonim, t.y.: 12", [{"authors": ["Anonim"], "year": None, "pages": "12"}]),
        ("Sonyel, n.d.", [{"authors": ["Sonyel"], "year": None}]),
    ],
)
def test_in_text_citations_parse_into_gold_refs(content, expected):
    got = refs(content)
    assert got is not None
    assert [{k: r[k] for k in ("authors", "year", "pages", "et_al") if k in r} for r in got] == expected


def test_see_prefix_and_inherited_author():
    got = refs("bkz. Xavier, 1990: 12")
    assert got[0]["authors"] == ["Xavier"] and got[0]["see"] is True
    two = refs("Yüceer, 1997: 40; 1998: 12")
    assert [r["authors"] for r in two] == [["Yüceer"], ["Yüceer"]] and [r["year"] for r in two] == [1997, 1998]


@pytest.mark.parametrize(
    "content",
    ["1919-1923", "Gürcistan, Azerbaycan, Ermenistan", "Kut", "özellikle İngiltere", "Mart 1921",
     "Sevr Antlaşması, 1920", "1921", "16 Mart 1921", "Cebesoy", "bkz. yukarıda"],
)
def test_parentheses_that_are_not_citations(content):
    assert refs(content) is None


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("Kocabaşoğlu, U., & Berge, M. (1992). Bolşevik İhtilali ve Osmanlılar. Ankara: İmge Kitabevi.",
         {"style": "apa", "authors": ["Kocabaşoğlu, U.", "Berge, M."], "year": 1992,
          "title": "Bolşevik İhtilali ve Osmanlılar", "place": "Ankara", "publisher": "İmge Kitabevi"}),
        ("Yüceer, N. (1997). Türk-Rus ilişkileri. Tarih Dergisi, 12(3), 40-60. https://doi.org/10.1234/td.1997.3",
         {"style": "apa", "type": "article", "container": "Tarih Dergisi", "volume": "12", "issue": "3",
          "pages": "40-60", "doi": "10.1234/td.1997.3"}),
        ("Cebesoy, Ali Fuat. Moskova Hatıraları. İstanbul: Vatan Neşriyatı, 1955.",
         {"style": "isnad", "authors": ["Cebesoy, Ali Fuat"], "year": 1955, "title": "Moskova Hatıraları",
          "place": "İstanbul", "publisher": "Vatan Neşriyatı"}),
        ("Yüceer, Nasır. “Birinci Dünya Savaşı’nda Türk-Rus İlişkileri”. Tarih Dergisi 12/3 (1997), 40-60.",
         {"style": "isnad", "type": "article", "container": "Tarih Dergisi", "volume": "12", "issue": "3",
          "year": 1997, "pages": "40-60"}),
        ("Şimşir, Bilal N. İngiliz Belgelerinde Atatürk. Ankara: TTK, 1973.",
         {"authors": ["Şimşir, Bilal N."], "title": "İngiliz Belgelerinde Atatürk", "year": 1973}),
        ("CEBESOY, Ali Fuat, Moskova Hatıraları, Vatan Neşriyatı, İstanbul 1955.",
         {"style": "classic", "authors": ["Cebesoy, Ali Fuat"], "year": 1955, "place": "İstanbul",
          "publisher": "Vatan Neşriyatı"}),
        ('Smith, John, and Mary Jones. "Soviet Diplomacy in Anatolia." Journal of Modern History 45, '
         "no. 2 (1973): 211–230.",
         {"style": "chicago", "authors": ["Smith, John", "Jones, Mary"], "year": 1973, "pages": "211-230",
          "container": "Journal of Modern History", "issue": "2"}),
    ],
)
def test_reference_entries_parse_by_style(entry, expected):
    fields = parse_reference(entry)
    assert {k: fields.get(k) for k in expected} == expected
    assert fields["work"].split("-")[1] == str(expected.get("year", fields["year"]))


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Ali Fuat Cebesoy, Moskova Hatıraları, İstanbul 1955, s. 45.",
         {"authors": ["Ali Fuat Cebesoy"], "year": 1955, "title": "Moskova Hatıraları", "pages": "45"}),
        ("Ali Fuat Cebesoy, Moskova Hatıraları (İstanbul: Vatan Neşriyatı, 1955), 45.",
         {"year": 1955, "publisher": "Vatan Neşriyatı", "pages": "45"}),
        ("Cebesoy, a.g.e., s. 50.", {"authors": ["Cebesoy"], "backref": "a.g.e.", "pages": "50"}),
        ("Ibid., p. 45.", {"authors": [], "backref": "Ibid.", "pages": "45"}),
        ("Bkz. Kâzım Karabekir, İstiklal Harbimiz, C. 2, İstanbul 1960, s. 120.",
         {"see": True, "authors": ["Kâzım Karabekir"], "volume": "2", "year": 1960, "pages": "120"}),
    ],
)
def test_footnote_citations_parse(body, expected):
    assert looks_bibliographic(body)
    got = parse_part(body)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("line", ["Giriş", "Millî Mücadele Dönemi Öncesi Türk-Rus İlişkileri",
                                  "Mayıs 1920, Ankara’da toplanan meclis"])
def test_numbered_prose_lines_are_not_footnotes(line):
    assert not looks_bibliographic(line)


def test_seed_gold_scores(corpus_files, gold_dir, tmp_path):
    """Strict span F1 ≥ 0.98 and exact refs accuracy ≥ 0.95 on the seed gold."""
    from vakanuvis.evaluate import load_dir, score_citation
    from vakanuvis.pipeline import process
    from vakanuvis.read import read
    from vakanuvis.serve.gold import write_layers

    for path in corpus_files:
        doc = process(read(path), ["citation"])
        write_layers(doc, tmp_path, ["citation"])
        for span in doc.layers["citation"]:
            assert doc.original[span.start : span.end] == span.text
    scores = score_citation(load_dir(gold_dir)["citation"], load_dir(tmp_path)["citation"])
    assert scores["strict"]["f1"] >= 0.98, scores
    assert scores["refs_accuracy"] >= 0.95, scores


def test_narrative_and_bracketed_citations():
    from vakanuvis.extract.citation.intext import find

    text = ("Sadıkov’un (2010: 102) belirttiği gibi yardımlar gecikti. Yalçın vd. (2000) aynı görüştedir. "
            "Moskova Antlaşması (1921) imzalandı. Bu görüş [Cebesoy, 1955: 12] ile desteklenir [1].")
    found = {text[f.start : f.end]: [i.ref() for i in f.items] for f in find(text)}
    assert found == {
        "(2010: 102)": [{"authors": ["Sadıkov"], "year": 2010, "pages": "102"}],
        "(2000)": [{"authors": ["Yalçın"], "year": 2000, "et_al": True}],
        "[Cebesoy, 1955: 12]": [{"authors": ["Cebesoy"], "year": 1955, "pages": "12"}],
    }
