"""Suffix-table morphology: surface forms → lemma, valid and invalid suffix sequences."""

from __future__ import annotations

import pytest

from vakanuvis.extract.morphology import is_suffix, lemma, stem_candidates, suffix_tags

LEMMAS = [
    ("Sovyetlerle", "Sovyet"),
    ("Bolşeviklerin", "Bolşevik"),
    ("Ermenistan’a", "Ermenistan"),
    ("Kafkasların", "Kafkas"),
    ("Yunanlılara", "Yunanlı"),
    ("Lenin’e", "Lenin"),
    ("Moskova’dan", "Moskova"),
    ("Ankara'ya", "Ankara"),
    ("İngilizler", "İngiliz"),
    ("TBMM’nin", "TBMM"),
    ("Ankara", "Ankara"),
    ("Kongresinde", "Kongre"),
    ("antlaşmasını", "antlaşma"),
    ("kitabı", "kitap"),
    ("Çarlık Rusyası’nda", "Çarlık Rusyası"),
]


@pytest.mark.parametrize(("word", "expected"), LEMMAS)
def test_lemma(word, expected):
    assert lemma(word) == expected


@pytest.mark.parametrize(("stem", "rest", "tags"), [
    ("sovyet", "lerle", "PL+INS"),
    ("ermenistan", "a", "DAT"),
    ("ankara", "nın", "GEN"),
    ("anadolu", "daki", "LOC+KI"),
    ("kongresi", "ndeki", "LOC+KI"),   # compound head: pronominal n
    ("paris", "te", "LOC"),            # voiceless final: -te, not -de
    ("meclis", "imizin", "P1PL+GEN"),
])
def test_suffix_tags(stem, rest, tags):
    assert suffix_tags(stem, rest) == tags


@pytest.mark.parametrize(("stem", "rest"), [
    ("rus", "ya"),       # Rusya is another word, not Rus + suffix
    ("van", "lı"),       # derivation, not inflection
    ("paris", "de"),     # voicing is kept even when harmony is relaxed
    ("ankara", "ın"),    # a vowel-final stem needs the buffer n
])
def test_not_a_suffix(stem, rest):
    assert not is_suffix(stem, rest)


def test_harmony_is_strict_on_request():
    assert suffix_tags("kemal", "in") == "GEN"  # by pronunciation (Kemal’in)
    assert suffix_tags("kemal", "in", strict=True) is None


def test_stem_candidates_offer_the_hardened_stem():
    assert "kitap" in stem_candidates("kitabı")
    assert stem_candidates("Sovyetlerle")[0] == "Sovyetlerle"
    assert "Sovyet" in stem_candidates("Sovyetlerle")
