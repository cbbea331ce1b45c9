"""Names found from their context in the document (``vakanuvis.extract.entity.document`` and
the context rules of discovery): numbered units, places known by a suffix, a list or a
following noun, titles that beat common words, dated treaties, fronts, shortened names.
All sentences are written for these tests in the style of the period's orders and reports.
(A capitalised common noun opening a sentence right before an unknown name, `Müfreze
Karaağıl …`, still joins the name when the document never writes it in lower case.)"""

from __future__ import annotations

from test_entity import entities, one


def ids(found: list[dict], surface: str) -> set[str]:
    return {e["entity_id"] for e in found if e["text"] == surface}


def test_numbered_units_with_ordinal_suffixes_and_a_shared_noun():
    found = entities("Düşman 5’inci Kolordu ile 12. Fırka karşısında çekildi. 9’uncu ve 4’üncü ordular birleşti.")
    kinds = {e["text"]: (e["kind"], e["entity"]) for e in found}
    assert kinds["5’inci Kolordu"] == ("ORG", "5. Kolordu")
    assert kinds["12. Fırka"] == ("ORG", "12. Fırka")
    assert kinds["9’uncu"][0] == "ORG" and kinds["4’üncü ordular"][0] == "ORG"
    assert ids(found, "9’uncu") != ids(found, "4’üncü ordular")


def test_a_numbered_unit_in_the_kb_links_to_it():
    found = entities("Yedinci Ordu çekildi. Sonra 7’nci Ordu karargâhı kaldırıldı.")
    assert ids(found, "Yedinci Ordu") == ids(found, "7’nci Ordu")


def test_a_place_found_once_is_found_in_its_other_forms():
    found = entities("Süvariler Kızılcaköy’de toplandı. Ertesi gün düşman Kızılcaköy üzerine yürüdü. "
                     "Biz de kuvvetleri Kızılcaköy’e sevk ettik.")
    places = [e for e in found if e["text"].startswith("Kızılcaköy")]
    assert len(places) == 3
    assert {e["kind"] for e in places} == {"PLACE"} and len({e["entity_id"] for e in places}) == 1


def test_a_person_with_a_title_is_found_by_the_name_alone():
    found = entities("Bu müfrezeye Sadık Efendi kumanda edecek. Öğleden sonra Sadık keşiften döndü.")
    assert ids(found, "Sadık") == ids(found, "Sadık Efendi")
    assert one("Öğleden sonra Sadık keşiften döndü. Bu müfrezeye Sadık Efendi kumanda edecek.", "Sadık")["kind"] == "PERSON"


def test_a_title_makes_a_month_name_a_person():
    assert one("Cephaneyi Şaban Efendi getirdi.", "Şaban Efendi")["kind"] == "PERSON"


def test_a_rank_before_an_unknown_name():
    assert one("Topçu bataryası ile Teğmen Kâmil yaralandı.", "Kâmil")["kind"] == "PERSON"


def test_a_place_noun_after_an_unknown_name_makes_it_a_place():
    assert one("Dün düşman Akpınar mevkiinde durduruldu.", "Akpınar")["kind"] == "PLACE"
    assert one("Sabahleyin müfreze Karapınar istikametinde ilerledi.", "Karapınar")["kind"] == "PLACE"
    assert one("Kuvvetimiz Yusuf Ağa çiftliğinde toplandı.", "Yusuf Ağa")["kind"] == "PLACE"


def test_a_dative_before_a_motion_word_is_a_place_but_not_a_temporal_ablative():
    assert one("Süvari alayı Sarıköy’e kadar ilerledi.", "Sarıköy’e")["kind"] == "PLACE"
    assert not [e for e in entities("Bu iş Selim’den sonra unutuldu.") if e["kind"] == "PLACE"]


def test_unknown_words_listed_with_places_are_places():
    found = entities("Kuvvetlerimiz Ankara, Yeniköy, Sivas hattında toplandı.")
    assert one("Kuvvetlerimiz Ankara, Yeniköy, Sivas hattında toplandı.", "Yeniköy")["kind"] == "PLACE"
    assert not [e for e in found if e["text"] == "Kuvvetlerimiz"]
    between = entities("Düşman Ankara, Hamit Paşa, Sivas hattına çekildi.")
    assert [e["kind"] for e in between if e["text"] == "Hamit Paşa"] == ["PLACE"]


def test_forms_of_address_and_our_x_are_not_organisations():
    assert not [e for e in entities("Keyfiyet Heyet-i Aliyyenize arz olunur.") if e["kind"] == "ORG"]
    assert not [e for e in entities("Hâkimiyet-i milliyemizin esası budur.") if e["kind"] == "ORG"]
    assert one("Hâkimiyet-i Milliye bugün yazdı.", "Hâkimiyet-i Milliye")["kind"] == "ORG"


def test_a_treaty_named_by_its_date():
    text = "Ankara İtilafnamesi imzalandı. Fransa ile akdedilen 20 Teşrîn-i Evvel 1921 İtilafı yürürlüktedir."
    found = entities(text, date="1922-01-11")
    dated = one(text, "20 Teşrîn-i Evvel 1921 İtilafı", date="1922-01-11")
    assert dated["kind"] == "EVENT_NAME"
    assert ids(found, "Ankara İtilafnamesi") == {dated["entity_id"]}
    assert not [e for e in found if e["kind"] == "GROUP"]


def test_a_month_inside_a_date_is_no_place():
    assert not [e for e in entities("Kuvvetler 7 Kânun-ı Sânî’den itibaren toplanacaktır.", date="1921-01-10")]


def test_demonym_before_troops_is_its_people():
    e = one("Tepeyi Yunan kıtaatı işgal etti.", "Yunan")
    assert e["kind"] == "GROUP" and e["stands_for"]


def test_fronts_and_columns_in_lower_case_or_with_a_possessive():
    found = entities("Kuvvetlerimiz Bursa cephesinde çekildi. Garp Cephemizin kumandanı geldi. Doğu kolunun topçusu yetişti.")
    kinds = {e["text"]: (e["kind"], e["entity"]) for e in found}
    assert kinds["Bursa cephesinde"] == ("PLACE", "Bursa Cephesi")
    assert kinds["Garp Cephemizin"][0] == "PLACE"
    assert kinds["Doğu kolunun"] == ("ORG", "Doğu Kolu")
    assert ids(found, "Bursa cephesinde") != ids(entities("Bursa’da kaldık."), "Bursa’da")


def test_a_shortened_kb_name_and_a_short_form_named_later():
    found = entities("Grup karargâhı kaldırıldı. Yıldırım Grubu adı korunacaktır. Yıldırım Ordular Grubu dağıldı.")
    assert ids(found, "Grup") == ids(found, "Yıldırım Grubu") == ids(found, "Yıldırım Ordular Grubu")


def test_a_general_name_means_the_one_event_of_the_series_already_named():
    found = entities("Birinci İnönü Muharebesi kazanıldı. İnönü Meydan Muharebesi’nde düşman yenildi.")
    assert ids(found, "İnönü Meydan Muharebesi’nde") == ids(found, "Birinci İnönü Muharebesi")
    plural = entities("Birinci İnönü Muharebesi kazanıldı. İnönü Muharebeleri iki tanedir.")
    assert ids(plural, "İnönü Muharebeleri") != ids(plural, "Birinci İnönü Muharebesi")


def test_a_plural_head_is_shared_by_the_names_before_it():
    e = one("Böylece Moskova-Kars Antlaşmalarının ardından sulh geldi.", "Moskova")
    assert e["kind"] == "EVENT_NAME"


def test_people_of_a_known_place():
    found = entities("Sivaslılar ve Tokatlılarla görüştük.")
    assert [e["kind"] for e in found] == ["GROUP", "GROUP"]


def test_a_bracketed_name_after_a_new_place_is_another_name_of_it():
    found = entities("Bu sabah müfreze Karaağıl (Eski Ağıl) istikametinde ilerledi.")
    assert ids(found, "Karaağıl") == ids(found, "Eski Ağıl")


def test_a_phrase_the_document_writes_in_lower_case_is_no_name():
    found = entities("İhtiyat Kolu ordugâhta kalacaktır. Yarın ihtiyat kolu hareket edecek.")
    assert not [e for e in found if e["kind"] == "ORG"]


def test_a_later_state_name_written_about_an_earlier_year_means_its_predecessor():
    early = one("1920 yılında Sovyetler Birliği ile görüşmeler başladı.", "Sovyetler Birliği")
    late = one("1925 yılında Sovyetler Birliği ile görüşmeler başladı.", "Sovyetler Birliği")
    assert early["entity_id"] != late["entity_id"]
    assert early["entity_id"] == one("1920 yılında Sovyet Rusya ile görüşüldü.", "Sovyet Rusya")["entity_id"]
    assert one("1920 yılında Türkiye ile görüşüldü.", "Türkiye")["entity"] == "Türkiye"


def test_an_izafet_head_and_an_english_form_that_is_a_turkish_word_are_not_names():
    assert not entities("Heyet-i Aliyyeniz bu işleri deruhde edemez.")
    assert not [e for e in entities("Bu teklif kabul edilmedi. Kabul edilen esaslar bunlardır.") if e["text"] == "Kabul"]


def test_a_third_person_possessive_read_as_second_person_still_links():
    assert one("Bu kuvvet millet meclisinin himayesindedir.", "meclisinin", date="1921-01-10")["entity"] == "TBMM"
