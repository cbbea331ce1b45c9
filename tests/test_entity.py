"""The entity layer on real sentences: suffixes, titles, casing, time-aware linking,
demonym and Meclis conventions, metonymy, unknown-name discovery, offsets."""

from __future__ import annotations

import pytest

from vakanuvis.model import Doc
from vakanuvis.pipeline import process


def entities(text: str, **meta) -> list[dict]:
    doc = process(Doc(id="t", path="t.txt", original=text, meta=meta), ["entity"])
    spans = doc.layers["entity"]
    for s in spans:
        assert doc.original[s.start:s.end] == s.text
    return [{"text": s.text, **s.attrs} for s in spans]


def one(text: str, surface: str, **meta) -> dict:
    hits = [e for e in entities(text, **meta) if e["text"] == surface]
    assert hits, f"{surface!r} not found in {entities(text, **meta)}"
    return hits[0]


def found(text: str, surface: str, **meta) -> dict | None:
    return next((e for e in entities(text, **meta) if e["text"] == surface), None)


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Heyet Sovyetlerle görüştü.", "Sovyetlerle", "STATE"),
    ("Ordu Ermenistan’a girdi.", "Ermenistan’a", "STATE"),
    ("Bu, Ermenistan'a bir darbeydi.", "Ermenistan'a", "STATE"),
    ("Heyet Moskova’dan döndü.", "Moskova’dan", "PLACE"),
    ("Mektup Lenin’e ulaştı.", "Lenin’e", "PERSON"),
    ("Bu karar Bolşeviklerin işine geldi.", "Bolşeviklerin", "GROUP"),
])
def test_suffixes_stay_inside_the_span(text, surface, kind):
    assert one(text, surface)["kind"] == kind


def test_a_name_inside_another_word_is_not_matched():
    found = entities("Kardeşlik ve Vanlılar ile Rusyalı tüccarlar geldi.")
    assert not [e for e in found if e["text"].startswith(("Van", "Rus")) and e["kind"] != "GROUP"]


def test_titles_and_parenthetical_surnames():
    a = one("Heyete Bekir Sami (Kunduh) Bey başkanlık ediyordu.", "Bekir Sami (Kunduh) Bey")
    b = one("Sonra Bekir Sami Bey’in raporu geldi.", "Bekir Sami Bey’in")
    c = one("Bu teklif Bekir Sami'ye iletildi.", "Bekir Sami'ye")
    assert a["kind"] == b["kind"] == c["kind"] == "PERSON"
    assert a["entity_id"] == b["entity_id"] == c["entity_id"]


def test_turkish_casing():
    upper = one("İNGİLTERE’NİN TUTUMU DEĞİŞTİ.", "İNGİLTERE’NİN")
    normal = one("Sonra İngiltere’nin tutumu değişti.", "İngiltere’nin")
    assert upper["entity_id"] == normal["entity_id"]
    assert not [e for e in entities("Bu ingiltere meselesi değil.") if e["entity_id"] == normal["entity_id"]]


def test_rusya_is_linked_by_the_year_of_the_sentence():
    before = one("1915 yılında Rusya Kafkasya’da ilerledi.", "Rusya")
    after = one("1920 yılında Rusya Ankara’ya yardım etti.", "Rusya")
    assert before["entity"] != after["entity"]
    assert "Çarlık" in before["entity"] and "Sovyet" in after["entity"]


def test_the_document_date_anchors_a_sentence_without_a_year():
    late = one("Rusya bu teklifi kabul etti.", "Rusya", date="1920-11-10")
    early = one("Rusya bu teklifi kabul etti.", "Rusya", date="1912-05-01")
    assert late["entity"] != early["entity"]


def test_demonym_before_an_agent_noun_stands_for_its_state():
    g = one("Yunan birlikleri geri çekildi.", "Yunan")
    assert g["kind"] == "GROUP" and g["stands_for"]
    assert not [e for e in entities("Yunan ekonomisi çöktü.") if e["text"] == "Yunan"]


def test_group_plural_stands_for_its_state():
    g = one("O yıl İngilizler İstanbul’u işgal etti.", "İngilizler")
    assert g["kind"] == "GROUP" and g["stands_for"] == "İngiltere"


def test_meclis_is_tbmm_unless_generic():
    m = one("Bu mesele mecliste tartışıldı.", "mecliste")
    assert m["kind"] == "ORG"
    assert not [e for e in entities("Ortada hiçbir meclis yoktu.") if "meclis" in e["text"]]


def test_a_capital_standing_for_its_government():
    m = one("Ankara’nın talimatı açıktı.", "Ankara’nın")
    assert m["kind"] == "PLACE" and m.get("stands_for")
    assert "stands_for" not in one("Heyet Ankara’dan ayrıldı.", "Ankara’dan")


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Zeytinlik Muhafaza Cemiyeti’nin üyeleri toplandı.", "Zeytinlik Muhafaza Cemiyeti’nin", "ORG"),
    ("Delegeler Karaağaçlı Kongresi’nde buluştu.", "Karaağaçlı Kongresi’nde", "EVENT_NAME"),
    ("Askerler Küçükdere Nehri boyunca ilerledi.", "Küçükdere Nehri", "PLACE"),
    ("Bu mektubu Zekeriya Tanburi Bey yazdı.", "Zekeriya Tanburi Bey", "PERSON"),
    ("Mektubu General Zubrovski getirdi.", "Zubrovski", "PERSON"),
])
def test_unknown_names_are_discovered_and_typed(text, surface, kind):
    e = one(text, surface)
    assert e["kind"] == kind and e["entity_id"].startswith("new:")


def test_discovered_names_share_one_id_across_forms():
    a = one("Karaağaçlı Kongresi toplandı.", "Karaağaçlı Kongresi")
    b = one("Sonra Karaağaçlı Kongresi’nden çıkıldı.", "Karaağaçlı Kongresi’nden")
    assert a["entity_id"] == b["entity_id"] and a["entity"] == b["entity"]


def test_sentence_initial_capitals_are_not_names():
    assert entities("Oysa herkes biliyordu. Nitekim sonuç değişmedi. Böylece iş bitti.") == []


def test_citation_authors_are_not_actors():
    assert not [e for e in entities("Bu görüş yaygındır (Atatürk, 1969: 460).") if e["text"] == "Atatürk"]


def test_english_forms():
    assert one("Relations between the Turks and the Soviet Union changed.", "Turks")["kind"] == "GROUP"


def test_seed_documents_have_valid_spans(seed_docs):
    for doc in seed_docs:
        spans = doc.layers["entity"]
        assert len(spans) > 100
        for s in spans:
            assert doc.original[s.start:s.end] == s.text
            assert s.attrs["kind"] in ("PERSON", "STATE", "ORG", "PLACE", "EVENT_NAME", "GROUP")
            assert s.attrs["entity"] and s.attrs["entity_id"]
