"""Segmentation: Turkish-aware sentences, tokens and paragraph languages (tables of cases)."""

from __future__ import annotations

import pytest

from vakanuvis.model import Doc
from vakanuvis.pipeline import prepare
from vakanuvis.segment import detect_language, tokenize


def sentences(text: str) -> list[str]:
    doc = prepare(Doc(id="t", path="t.txt", original=text))
    return [doc.sentence_text(s) for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bkz. Yüceer’in eseri. Sonra geldi.", ["Bkz. Yüceer’in eseri.", "Sonra geldi."]),
        ("Yalçın v.d. bunu yazar. Diğerleri de.", ["Yalçın v.d. bunu yazar.", "Diğerleri de."]),
        ("Kaynak için a.g.e. s. 45 sayfasına bakınız. Tamam.", ["Kaynak için a.g.e. s. 45 sayfasına bakınız.", "Tamam."]),
        ("Prof. Dr. Ahmet geldi. Konuştu.", ["Prof. Dr. Ahmet geldi.", "Konuştu."]),
        ("20. yüzyıl başladı. Savaş çıktı.", ["20. yüzyıl başladı.", "Savaş çıktı."]),
        ("I. Dünya Savaşı bitti. Barış geldi.", ["I. Dünya Savaşı bitti.", "Barış geldi."]),
        ("Silah, cephane vb. yardımlar geldi. Sonra durdu.", ["Silah, cephane vb. yardımlar geldi.", "Sonra durdu."]),
        ("2’nci madde kabul edildi. Üçüncüsü reddedildi.", ["2’nci madde kabul edildi.", "Üçüncüsü reddedildi."]),
        ("M. Kemal Ankara’ya geldi. Meclis açıldı.", ["M. Kemal Ankara’ya geldi.", "Meclis açıldı."]),
        (
            "Halk huzursuzdu. (Sadıkov,2010:102) Sonra devrim oldu.",
            ["Halk huzursuzdu. (Sadıkov,2010:102)", "Sonra devrim oldu."],
        ),
        ("Antlaşma imzalandı (Yüceer,1997:40-41). Heyet döndü.", ["Antlaşma imzalandı (Yüceer,1997:40-41).", "Heyet döndü."]),
        ("Ne dedi? “Gidelim!” dedi. Gittiler.", ["Ne dedi?", "“Gidelim!” dedi.", "Gittiler."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Lenin’e ve Ankara'ya", ["Lenin’e", "ve", "Ankara'ya"]),
        ("2’nci 23.04.1920 tarihinde", ["2’nci", "23.04.1920", "tarihinde"]),
        ("Hakimiyet-i Milliye (s. 12)", ["Hakimiyet-i", "Milliye", "(", "s", ".", "12", ")"]),
    ],
)
def test_tokens_keep_suffixes(text, tokens):
    assert [text[a:b] for a, b in tokenize(text)] == tokens


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Türkler ve Ruslar yüzyıllar boyunca Karadeniz üzerinde mücadele vermiştir.", "tr"),
        ("Turks and Russians have struggled for supremacy over the Black Sea for centuries.", "en"),
    ],
)
def test_paragraph_language(text, lang):
    assert detect_language(text) == lang


def test_sentence_offsets_are_original_offsets(corpus_files):
    from vakanuvis.read import read

    for path in corpus_files:
        doc = prepare(read(path))
        assert doc.sentences
        for s in doc.sentences:
            words = doc.original[s.start : s.end].split()
            assert " ".join(words).replace("- ", "-").startswith(doc.sentence_text(s)[:5])
        langs = {s.language for s in doc.sentences}
        assert "tr" in langs


def test_over_long_runs_are_cut_into_readable_pieces():
    index = "DİZİN " + " ".join(f"Yer{i} (C-I){i}, (C-II){i + 1}," for i in range(400))
    pieces = sentences("Son cümle burada bitti. " + index)
    assert pieces[0] == "Son cümle burada bitti."
    assert len(pieces) > 5
    assert all(len(p) <= 1200 for p in pieces)
    assert " ".join(pieces[1:]) == index
