"""Entity forms found on academic prose: rulers' titles, parenthesised surnames, particle
names, lower-case heads after a place, heading nouns, units after demonyms, distinct places.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_entity import entities, one


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Çar II. Nikola 1917 baharında tahttan çekildi.", "Çar II. Nikola", "II. Nikola"),
    ("Lord Curzon konferansta uzun bir konuşma yaptı.", "Lord Curzon", "Curzon"),
    ("Suriye’de Emir Faysal bir hükümet kurdu.", "Emir Faysal", "Faysal"),
    ("Roma’da Kont Sforza ile görüşüldü.", "Kont Sforza", "Sforza"),
])
def test_ruler_and_noble_titles_stay_out_of_the_name(text, surface, name):
    e = one(text, surface)
    assert (e["kind"], e["entity"]) == ("PERSON", name)


def test_unknown_grand_duke_without_his_title():
    found = [e for e in entities("Rus tarafında Grandük Aleksey Mihayloviç orduya atandı.") if e["kind"] == "PERSON"]
    assert [(e["text"], e["entity"]) for e in found] == [("Aleksey Mihayloviç", "Aleksey Mihayloviç")]


def test_known_surname_in_parentheses_takes_given_name_and_title():
    e = one("Doğuda Kazım (Karabekir) Bey’in kuvvetleri ilerledi.", "Kazım (Karabekir) Bey’in")
    assert e["entity_id"] == "kazim-karabekir-pasa"


def test_unknown_person_with_parenthesised_surname():
    found = [e for e in entities("Görüşmelere Ahmet Nuri (Demirağ) Bey de katıldı.") if e["kind"] == "PERSON"]
    assert [e["text"] for e in found] == ["Ahmet Nuri (Demirağ) Bey"]


@pytest.mark.parametrize(("text", "surface"), [
    ("Bu sırada Henri de Jouvenel başkanlığındaki heyet geldi.", "Henri de Jouvenel"),
    ("Ordunun başında Otto von Lossow bulunuyordu.", "Otto von Lossow"),
])
def test_foreign_names_with_particles(text, surface):
    assert one(text, surface)["kind"] == "PERSON"


def test_turkish_clitic_between_names_is_no_particle():
    texts = [e["text"] for e in entities("Mustafa Kemal de Ankara’ya döndü.")]
    assert "Kemal de Ankara’ya" not in " ".join(texts) and "Ankara’ya" in texts


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Konferansta Musul meselesi çözülemedi.", "Musul", "Musul"),
    ("Musul vilayetinin geleceği belirsizdi.", "Musul", "Musul"),
    ("Moskova görüşmelerinde sınır çizildi.", "Moskova", "Moskova"),
])
def test_lower_case_common_head_leaves_the_place(text, surface, name):
    e = one(text, surface)
    assert (e["kind"], e["entity"]) == ("PLACE", name)


def test_heading_common_nouns_are_no_places():
    texts = [e["text"] for e in entities("2. İhtilal, Mütareke ve Brest-Litovsk\n\nMetin burada başlar.")]
    assert "İhtilal" not in texts and "Mütareke" not in texts


def test_heading_treaty_without_its_year():
    e = one("KARS ANTLAŞMASI (1921)\n\nMetin burada başlar.", "KARS ANTLAŞMASI")
    assert e["kind"] == "EVENT_NAME"


@pytest.mark.parametrize(("text", "surface"), [
    ("Antep’teki Fransız garnizonu şehri boşalttı.", "Fransız"),
    ("Milisler bir İngiliz taburunu esir aldı.", "İngiliz"),
    ("Şehre bir Yunan alayı girdi.", "Yunan"),
])
def test_demonym_before_a_military_unit(text, surface):
    assert one(text, surface)["kind"] == "GROUP"


def test_foreign_party_is_an_organisation():
    e = one("Seçimlerden sonra İşçi Parti hükümeti kuruldu. Muhafazakâr Parti muhalefete geçti.", "Muhafazakâr Parti")
    assert e["kind"] == "ORG"


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Fransızlar Çukurova’yı boşalttı.", "Çukurova’yı", "Çukurova"),
    ("Fransızlar Kilikya’yı boşalttı.", "Kilikya’yı", "Kilikya"),
    ("İskenderun Sancağı özel bir yönetime bağlandı.", "İskenderun Sancağı", "İskenderun Sancağı"),
    ("Hatay 1939’da Türkiye’ye katıldı.", "Hatay", "Hatay"),
])
def test_distinct_places_are_not_merged(text, surface, name):
    assert one(text, surface)["entity"] == name


def test_one_soldier_is_not_the_nation():
    texts = [e["text"] for e in entities("Köyde bir Fransız askerine saldırıldı.")]
    assert "Fransız" not in texts
    assert one("Köyde Fransız askerleri görüldü.", "Fransız")["kind"] == "GROUP"


def test_railway_is_a_place():
    e = one("Hicaz Demiryolu savaşta tahrip edildi.", "Hicaz Demiryolu")
    assert e["kind"] == "PLACE"


def test_direction_and_sea_are_one_place():
    e = one("Fransa’nın Doğu Akdeniz’deki çıkarları büyüktü.", "Doğu Akdeniz’deki")
    assert e["entity"] == "Doğu Akdeniz"
