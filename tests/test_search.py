"""Search: inflected forms, diacritic folding, phrases, filters, ranking, highlights, sync."""

from __future__ import annotations

import pytest

from vakanuvis.model import Doc, Span
from vakanuvis.pipeline import prepare
from vakanuvis.serve.search import search, stem

TEXT = (
    "Heyet 16 Mart 1921’de Moskova’ya vardı. "
    "Türk – Rus dostluk antlaşmasını imzaladılar. "
    "Bekir Sami Bey Moskovadan döndü ve andlaşmalar onaylanmadı. "
    "Dışişleri Komiseri Çiçerin cevap verdi. "
    "İstanbul’da İngilizler vardı."
)
OTHER = "Moskova Dostluk Antlaşması 1922 yılında yeniden tartışıldı. Halil Paşa Moskova’da kaldı."


def _doc(doc_id: str, path: str, text: str, date: str | None = None) -> Doc:
    doc = Doc(id=doc_id, path=path, original=text, meta={"date": date} if date else {})
    return prepare(doc)


def _timex(doc: Doc, surface: str, value: str) -> Span:
    i = doc.original.index(surface)
    return doc.original_span(i, i + len(surface), "timex", value=value, type="DATE")


def _entity(doc: Doc, surface: str, entity: str, kind: str) -> Span:
    i = doc.original.index(surface)
    return doc.original_span(i, i + len(surface), "entity", entity=entity, kind=kind)


@pytest.fixture
def filled(store):
    a = _doc("a" * 16, "/x/alpha.txt", TEXT)
    a.layers["timex"] = [_timex(a, "16 Mart 1921’de", "1921-03-16")]
    a.layers["entity"] = [_entity(a, "Çiçerin", "Georgi Çiçerin", "PERSON"),
                          _entity(a, "Moskova’ya", "Moskova", "PLACE")]
    b = _doc("b" * 16, "/x/beta.txt", OTHER, date="1922-05-01")
    b.layers["timex"] = [_timex(b, "1922 yılında", "1922")]
    b.layers["entity"] = [_entity(b, "Halil Paşa", "Halil Paşa", "PERSON")]
    store.save_document(a)
    store.save_document(b)
    return store


def texts(hits) -> list[str]:
    return [h.text for h in hits]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Moskova", ["Moskova’ya", "Moskovadan", "Moskova Dostluk", "Moskova’da"]),
        ("Moskova'ya", ["Moskova’ya", "Moskovadan"]),
        ("antlaşma", ["antlaşmasını", "andlaşmalar", "Antlaşması"]),
        ("antlaşmasını", ["antlaşmasını", "andlaşmalar"]),
        ("andlaşma", ["antlaşmasını", "andlaşmalar"]),
        ("imzalandı", ["imzaladılar"]),
    ],
)
def test_inflected_forms_match(filled, query, expected):
    found = " ".join(texts(search(filled, query)))
    for word in expected:
        assert word in found, (query, word, found)


def test_turkish_case_folding_of_dotted_capitals(filled):
    assert any("İstanbul’da" in t for t in texts(search(filled, "istanbul")))
    assert any("İngilizler" in t for t in texts(search(filled, "İNGİLİZLER")))


def test_diacritics_only_on_request(filled):
    assert search(filled, "Cicerin") == []
    hits = search(filled, "Cicerin", fold=True)
    assert len(hits) == 1 and "Çiçerin" in hits[0].text


def test_phrase_needs_adjacent_words(filled):
    hits = search(filled, '"Moskova Dostluk Antlaşması"')
    assert texts(hits) == ["Moskova Dostluk Antlaşması 1922 yılında yeniden tartışıldı."]
    assert search(filled, '"Dostluk Moskova"') == []


def test_all_words_must_match(filled):
    hits = search(filled, "Bekir Moskova")
    assert len(hits) == 1 and hits[0].text.startswith("Bekir Sami Bey")


def test_hits_carry_original_offsets_and_highlights(filled):
    hits = search(filled, "Moskova")
    for h in hits:
        original = filled.db.execute("SELECT original FROM documents WHERE id = ?", (h.doc_id,)).fetchone()[0]
        assert original[h.start : h.end] == h.text
        assert h.marks and all(h.text[s:e].lower().startswith("moskova") for s, e in h.marks)
    first = next(h for h in hits if "Moskova’ya" in h.text)
    assert "[Moskova’ya]" in first.highlighted()


def test_ranking_prefers_more_matches(filled):
    hits = search(filled, "antlaşma imza", any_term=True)
    assert len(hits) == 3
    assert hits[0].text == "Türk – Rus dostluk antlaşmasını imzaladılar."
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_filter_by_document(filled):
    assert {h.doc for h in search(filled, "Moskova", doc="beta")} == {"beta"}
    assert {h.doc for h in search(filled, "Moskova", doc="alp")} == {"alpha"}


def test_filter_by_period_uses_sentence_dates_then_document_date(filled):
    in_1921 = search(filled, "Moskova", period=("1921", "1921"))
    assert texts(in_1921) == ["Heyet 16 Mart 1921’de Moskova’ya vardı."]
    in_1922 = texts(search(filled, "Moskova", period="1922"))
    assert "Moskova Dostluk Antlaşması 1922 yılında yeniden tartışıldı." in in_1922
    assert "Halil Paşa Moskova’da kaldı." in in_1922  # no date in the sentence: the document's


def test_filter_by_entity_name_case_insensitive(filled):
    hits = search(filled, "cevap", entity="georgi çiçerin")
    assert len(hits) == 1
    assert search(filled, "Moskova", entity="Halil Paşa")[0].doc == "beta"


def test_index_follows_replaced_documents(filled):
    again = _doc("c" * 16, "/x/beta.txt", "Yeni metin: Ankara’dan ayrıldılar.")
    filled.save_document(again)  # same path: replaces beta
    assert search(filled, "Halil") == []
    assert texts(search(filled, "Ankara")) == ["Yeni metin: Ankara’dan ayrıldılar."]


def test_read_only_store_searches_without_writing(filled, tmp_path):
    from vakanuvis.store import Store

    path = tmp_path / "s.db"
    with Store(path) as s:
        s.save_document(_doc("d" * 16, "/x/d.txt", TEXT))
    with Store(path, readonly=True) as ro:
        assert any("Moskovadan" in t for t in texts(search(ro, "Moskova")))


def test_empty_and_punctuation_queries(filled):
    assert search(filled, "") == []
    assert search(filled, '" ) ( *') == []


@pytest.mark.parametrize("word, prefix", [("antlaşmasını", "antlaş"), ("moskovadan", "moskov"), ("Lenin", "Lenin")])
def test_stem_is_a_shared_prefix(word, prefix):
    assert stem(word).startswith(prefix[:5]) and word.startswith(stem(word))


def test_seed_corpus_inflections(corpus_files, tmp_path):
    from vakanuvis.build import build_paths
    from vakanuvis.store import Store

    with Store(tmp_path / "seeds.db") as s:
        build_paths(s, corpus_files, layers=[])
        found = " ".join(texts(search(s, "Moskova", limit=100)))
        for form in ("Moskova’ya", "Moskova’da", "Moskovaya"):
            assert form in found
        assert search(s, "Cicerin", fold=True)


def test_database_without_the_index_table_searches_read_only(tmp_path):
    """A database built before the search migration (no `search_fts`) opened read-only."""
    import sqlite3

    from vakanuvis.store import Store

    path = tmp_path / "old.db"
    with Store(path) as s:
        s.save_document(_doc("e" * 16, "/x/e.txt", TEXT))
    con = sqlite3.connect(path)
    con.executescript("DROP TABLE search_fts; DELETE FROM _migrations WHERE name = 'm0050_search';")
    con.close()
    with Store(path, readonly=True) as ro:
        assert any("Moskova’ya" in t for t in texts(search(ro, "Moskova")))
        assert any("Moskova’ya" in t for t in texts(search(ro, "moskovaya")))
