"""Canonical names of discovered persons: honorifics and forms of address stay in the span
but out of the name; real titles (`Bey`, `Paşa`) stay in both."""

from __future__ import annotations

import pytest
from test_entity import entities

from vakanuvis.lang import tr


def person(text: str) -> dict:
    found = [e for e in entities(text) if e["kind"] == "PERSON"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Japon sefiri Yushida Hazretleri dün Ankara’ya geldi.", "Yushida Hazretleri", "Yushida"),
    ("Bu mektubu Yushida Hazretlerine takdim ettik.", "Yushida Hazretlerine", "Yushida"),
    ("Dün Hamdi Beyefendi Hazretlerine yazdık.", "Hamdi Beyefendi Hazretlerine", "Hamdi Bey"),
    ("Dün Hamdi Bey Efendi geldi.", "Hamdi Bey Efendi", "Hamdi Bey"),
    ("Dün Kazım Paşa Hazretlerine yazdım.", "Kazım Paşa Hazretlerine", "Kazım Paşa"),
    ("Mektubu Ahmet Han Cenaplarına gönderdik.", "Ahmet Han Cenaplarına", "Ahmet Han"),
    ("Dün Haşmetli Yushida Cenapları geldi.", "Yushida Cenapları", "Yushida"),
])
def test_honorifics_are_not_part_of_the_name(text, surface, name):
    e = person(text)
    assert (e["text"], e["entity"]) == (surface, name)
    assert e["entity_id"] == "new:" + tr.lower(name)


def test_one_person_with_and_without_honorific():
    ids = {e["entity_id"] for e in entities("Yushida Hazretleri geldi. Sonra Yushida’ya bir mektup verdik.")
           if e["kind"] == "PERSON"}
    assert len(ids) == 1


@pytest.mark.parametrize("text", [
    "Dün Beyefendi Hazretlerine yazdık.",
    "Dün Haşmetli Japon İmparatoru Hazretleri bir telgraf gönderdi.",
    "Dün Kumandan Paşa Hazretlerine yazdım.",
])
def test_titles_and_offices_alone_are_no_person(text):
    assert not [e for e in entities(text) if e["kind"] == "PERSON"]


def test_known_person_keeps_kb_name_under_honorific():
    e = person("Dün Mustafa Kemal Paşa Hazretleri Sivas’a vardı.")
    assert e["text"] == "Mustafa Kemal Paşa Hazretleri" and e["entity"] == "Mustafa Kemal Paşa"


def test_softened_sentence_opener_is_not_a_name():
    assert person("Mektubu Hamdi Bey getirdi.")["entity"] == "Hamdi Bey"


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("Arkadaşlar, Meclisimiz bunu kabul etti.", "Meclisimiz", "TBMM"),
    ("Bu mesele Meclis-i Âlinizce malum olduktan sonra çözüldü.", "Meclis-i Âlinizce", "TBMM"),
    ("Bunu Meclis-i Âlinize arz ederim.", "Meclis-i Âlinize", "TBMM"),
    ("Kamutay dün toplandı.", "Kamutay", "TBMM"),
])
def test_the_assembly_addressed_as_ours_or_yours(text, surface, entity):
    found = [e for e in entities(text) if e["text"] == surface]
    assert found and found[0]["entity"] == entity and found[0]["kind"] == "ORG"


def test_committees_are_organisations():
    found = entities("Bu kanun dün Muvazene-i Maliye Encümeni’nde görüşüldü.")
    assert [(e["kind"], e["entity"]) for e in found] == [("ORG", "Muvazene-i Maliye Encümeni")]


@pytest.mark.parametrize("text", [
    "Saniyen Efendiler! Bunu da söyleyeyim.",
    "Bu sancakta İslâm, Rum gibi unsurlar ayrı ayrı çeteler kurdu.",
])
def test_ordinal_adverbs_and_bare_demonyms_are_no_names(text):
    assert not [e for e in entities(text) if e["entity_id"].startswith("new:")]


def test_sark_universitesi_has_its_own_entry():
    found = {x["text"]: x for x in entities(
        "Şark Üniversitesi’nin Van gölü civarında kurulmasına devam edilmektedir. Gençler Moskova’da "
        "Şark Emekçileri Komünist Üniversitesi’nde okudu. Şark Cephesi sakin idi.") if "Şark" in x["text"]}
    ids = {x["entity_id"] for x in found.values()}
    assert len(ids) == 3 and not any(i.startswith("new:") for i in ids)
    assert found["Şark Üniversitesi’nin"]["kind"] == "ORG"


@pytest.mark.parametrize("text", [
    "Kabotajın münhasıran ve tamamen Türk sancağına avdeti tahakkuk etmiştir.",
    "Niyazımız Cenab-ı Hakk’tan yardımdır.",
    "Bunu Heyet-i Aliyyenizce de biliyoruz.",
])
def test_bare_demonyms_god_and_forms_of_address_are_not_discovered(text):
    assert not [e for e in entities(text) if e["entity_id"].startswith("new:")]


def test_schools_are_organisations():
    found = [e for e in entities("O, Manastır Askerî Rüşdiyesi’nde okudu.") if e["entity_id"].startswith("new:")]
    assert [(e["kind"], e["text"]) for e in found] == [("ORG", "Manastır Askerî Rüşdiyesi’nde")]


def test_a_discovered_first_name_does_not_spread_to_nouns():
    text = ("Harbiye Nazırı Yaver Paşa’nın muhaveresi uzun sürdü. Ordu Müfettişi Fahr-i Yaver-i Hazret-i "
            "Şehriyari Mustafa Kemal imzaladı. Padişahın Fahri Yaveri idim.")
    assert [e["text"] for e in entities(text) if e["entity"] == "Yaver Paşa"] == ["Yaver Paşa’nın"]


@pytest.mark.parametrize(("date", "later"), [("1922-12-01", False), ("1925-12-01", True)])
def test_a_same_named_law_is_the_one_in_force_then(date, later):
    from vakanuvis import kb

    found = [e for e in entities("Teşkilat-ı Esasiye Kanunu’nda bu yazılıdır.", date=date) if e["kind"] == "EVENT_NAME"]
    assert len(found) == 1 and not found[0]["entity_id"].startswith("new:")
    enacted = kb.load().entries[found[0]["entity_id"]].date
    assert (enacted >= "1924") == later


@pytest.mark.parametrize("text", [
    "Bunu Yunan Reis-i Cumhuru Hazretlerinin emriyle yaptılar.",
    "Yine Efendilere söyledim.",
])
def test_offices_and_adverbs_before_honorifics_are_no_person(text):
    assert not [e for e in entities(text) if e["kind"] == "PERSON"]


@pytest.mark.parametrize(("text", "kind", "surface"), [
    ("Bu yıl Teşvik-i Sanayi Kanunu’ndan istifade eden müesseseler çoğaldı.", "EVENT_NAME",
     "Teşvik-i Sanayi Kanunu’ndan"),
    ("Mesela Fransızlar Hindiçini’de bunu yaptı.", "PLACE", "Hindiçini’de"),
])
def test_kind_cues_and_known_words_bound_a_discovered_name(text, kind, surface):
    found = [e for e in entities(text) if e["entity_id"].startswith("new:")]
    assert [(e["kind"], e["text"]) for e in found] == [(kind, surface)]


def test_an_office_with_a_title_is_no_person():
    assert not [e for e in entities("Dün Katib-i Umumi Bey geldi.") if e["kind"] == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Gazeteye Verilen Beyanname Rum Patriği Hrisostomos Efendi tarafından imzalandı.", "Hrisostomos Efendi"),
    ("Dün Süryani Metropoliti Aziz Efendi Ankara’ya geldi.", "Aziz Efendi"),
])
def test_a_religious_office_before_a_name_is_left_out_of_the_person(text, name):
    # the office and whatever common words precede it in a title-case heading are no name
    persons = [e for e in entities(text) if e["kind"] == "PERSON"]
    assert [e["text"] for e in persons] == [name]


def test_a_sovereign_addressed_by_office_is_no_person_but_his_state_is_named():
    found = entities("Haşmetli Norveç Kralı Hazretleri tarafından bir mektup gönderildi.")
    assert not [e for e in found if e["kind"] == "PERSON"]
    assert [e["kind"] for e in found if e["text"] == "Norveç"] == ["STATE"]
