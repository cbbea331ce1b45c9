"""Republic-era classes of the entity layer on sentences written for these tests: buildings by
their head noun, ministries and their short forms, treaty heads after a place, inhabitants of a
town, first names after a full name, titles of address without a name, other assemblies."""

from __future__ import annotations

import pytest
from test_entity import entities as entities_at
from test_entity import found as found_at

DATE = "1930-05-01"


def entities(text: str, date: str = DATE) -> list[dict]:
    return entities_at(text, date=date)


def found(text: str, surface: str) -> dict | None:
    return found_at(text, surface, date=DATE)


@pytest.mark.parametrize(("text", "surface"), [
    ("Konya’da Karatay Medresesi ile Alaeddin Camii’ni gezdik.", "Karatay Medresesi"),
    ("Konya’da Karatay Medresesi ile Alaeddin Camii’ni gezdik.", "Alaeddin Camii’ni"),
    ("Misafirler Dolmabahçe Sarayı’nda kabul edildi.", "Dolmabahçe Sarayı’nda"),
    ("Alay, Galata Köprüsü üzerinden geçti.", "Galata Köprüsü"),
    ("Alay, Kars Kalesi önünde durdu.", "Kars Kalesi"),
    ("Vali, Eyüp Sultan Türbesi’ni onarttı.", "Eyüp Sultan Türbesi’ni"),
])
def test_buildings_are_places_by_their_head_noun(text, surface):
    hit = found(text, surface)
    assert hit is not None and hit["kind"] == "PLACE"


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("Rapor Başvekalete gönderildi.", "Başvekalete", "Başvekalet"),
    ("Bu karar Başvekâlet tarafından verildi.", "Başvekâlet", "Başvekalet"),
    ("Bunun için Maarifçe talebe gönderilecektir.", "Maarifçe", "Maarif Vekaleti"),
    ("Bir suret de Hariciye’ye verildi.", "Hariciye’ye", "Hariciye Vekaleti"),
    ("Erkânıharbiye-i Umumiye bu planı hazırladı.", "Erkânıharbiye-i Umumiye", "Erkân-ı Harbiye-i Umumiye"),
])
def test_ministries_and_their_short_forms(text, surface, entity):
    hit = found(text, surface)
    assert hit is not None and (hit["kind"], hit["entity"]) == ("ORG", entity)


@pytest.mark.parametrize(("text", "word"), [
    ("Maarif işlerimiz ilerliyor.", "Maarif"),  # education, the field
    ("Maliyemiz düzelmiştir.", "Maliyemiz"),  # our finances
    ("Dahiliye Vekili Şükrü Kaya geldi.", "Dahiliye"),  # the first word of an office
])
def test_a_field_or_an_office_is_not_the_ministry(text, word):
    assert found(text, word) is None


def test_republic_era_persons_are_known():
    text = "Toplantıya İsmet İnönü, Celal Bayar, Tevfik Rüştü Aras ve Şükrü Saraçoğlu katıldı."
    names = {e["entity"] for e in entities(text) if e["kind"] == "PERSON"}
    assert len(names) == 4 and "Şükrü Saracoğlu" in names


@pytest.mark.parametrize("surface", ["Lozan Sulhu", "Lozan Muahedesi", "Lozan Sulhnamesi"])
def test_a_treaty_head_after_a_place_is_the_treaty(surface):
    hits = entities(f"{surface} Türk tarihinde bir dönüm noktasıdır.")
    assert [(e["text"], e["kind"], e["entity"]) for e in hits] == [(surface, "EVENT_NAME", "Lozan Antlaşması")]


def test_other_treaty_heads_make_a_named_event():
    hit = found("Çünkü Bükreş Sözleşmesi hükümleri uygulanmadı.", "Bükreş Sözleşmesi")
    assert hit is not None and hit["kind"] == "EVENT_NAME"


def test_inhabitants_before_a_noun_for_people_are_a_group():
    hit = found("Ankara’ya döndüm. Ankaralı hemşehrilerime teşekkür ederim.", "Ankaralı")
    assert hit is not None and (hit["kind"], hit["entity"]) == ("GROUP", "Ankaralılar")
    plural = found("İzmir’de İzmirliler bayramı kutladılar.", "İzmirliler")
    assert plural is not None and plural["kind"] == "GROUP"


def test_an_inhabitant_adjective_before_a_thing_or_one_man_is_not():
    assert found("Ankara’dan Ankaralı bir tüccar geldi.", "Ankaralı") is None


def test_a_first_name_after_the_full_name_is_the_same_person():
    text = "Celâl Bayar İzmir’e gitti. Orada Celâl halkla konuştu. Celâl Bey’in sözleri alkışlandı."
    persons = [e for e in entities(text) if e["kind"] == "PERSON"]
    assert [e["text"] for e in persons] == ["Celâl Bayar", "Celâl", "Celâl Bey’in"]
    assert {e["entity_id"] for e in persons} == {"celal-bayar"}


def test_a_first_name_before_the_full_name_or_a_common_word_is_left_alone():
    assert found("Celâl geldi. Sonra Celâl Bayar konuştu.", "Celâl") is None
    assert found("Celâl Bayar geldi. Bu celâl ve Celâl ile dolu bir gündü.", "Celâl") is None


@pytest.mark.parametrize("text", [
    "Muhterem Mümessil Hazretleri! Sözlerinize teşekkür ederim.",
    "Paşa Hazretleri yarın gelecekler.",
    "Muhterem Murahhas Efendiler! Kongremiz açılmıştır.",
])
def test_titles_of_address_are_not_persons(text):
    assert not [e for e in entities(text) if e["kind"] == "PERSON"]


@pytest.mark.parametrize("text", [
    "Belediye meclisleri seçildi.",
    "Kanun il genel meclisi tarafından kabul edildi.",
    "Sancak idare meclisi toplandı.",
    "Milli Meclislerin korunması gerekir.",
])
def test_other_assemblies_are_not_tbmm(text):
    assert not [e for e in entities(text) if e["entity"] == "TBMM"]


def test_the_assembly_is_still_tbmm():
    assert found("Bu kanunu Meclis dün kabul etti.", "Meclis")["entity"] == "TBMM"
    assert found("Yeni meclis toplandı ve kanunu kabul etti.", "meclis")["entity"] == "TBMM"


@pytest.mark.parametrize(("text", "surface"), [
    ("Bu sene Halkalı Ziraat Mektebi’nin Adana’ya nakli kararlaştırıldı.", "Halkalı Ziraat Mektebi’nin"),
    ("Yüksek tahsil için Ankara Üniversitesi’ni kurmak lazımdır.", "Ankara Üniversitesi’ni"),
])
def test_schools_are_organisations(text, surface):
    hit = found(text, surface)
    assert hit is not None and hit["kind"] == "ORG"


def test_short_names_of_republican_institutions_link_to_the_kb():
    hit = found("Tarih Kurumu yeni kazılar yaptı.", "Tarih Kurumu")
    assert hit is not None and hit["entity"] == "Türk Tarih Kurumu"
