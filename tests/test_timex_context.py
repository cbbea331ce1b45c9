"""Timex in dated documents: ordinal days, Ottoman clock times, datelines, and the year of a
year-less date. Sentences written for these tests, in the style of orders, telegrams and
speeches of 1912–1924 (none is copied from a corpus text)."""

from __future__ import annotations

import pytest

from vakanuvis.extract.timex import tag_text
from vakanuvis.model import Doc
from vakanuvis.pipeline import process


def tags(text: str, doc_date: str | None = None) -> dict[str, dict]:
    return {text[t.start:t.end]: t.attrs for t in tag_text(text, doc_date)}


def value(text: str, span: str, doc_date: str | None = None) -> str | None:
    found = tags(text, doc_date)
    assert span in found, found
    return found[span]["value"]


# --- days given as ordinals, resolved from the narrative month --------------------------------
@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Ordu 3 Mayıs 1920’de harekete geçti. Dokuzuncu günü Eskişehir’e vardı.", "Dokuzuncu günü", "1920-05-09"),
    ("Ordu 3 Mayıs 1920’de harekete geçti. 7’nci ve 8’inci günlerde çarpıştı.", "7’nci ve 8’inci günlerde",
     "1920-05-07/1920-05-08"),
    ("Ordu 3 Mayıs 1920’de harekete geçti. Ayın on 2’nci günü akşamı döndü.", "Ayın on 2’nci günü akşamı",
     "1920-05-12TEV"),
    ("Ordu 3 Mayıs 1920’de harekete geçti. Ayın yirminci günü döndü.", "Ayın yirminci günü", "1920-05-20"),
    ("1920 yazında yola çıktı. Temmuz’un dördüncü günü öğleden sonra Sivas’a girdi.",
     "Temmuz’un dördüncü günü öğleden sonra", "1920-07-04TAF"),
    ("Kongre 337 senesi Mart’ının 5’inci günü toplandı.", "337 senesi Mart’ının 5’inci günü", "1921-03-05"),
    ("Geçen yılın ağustosun -yanılmıyorsam- yedinci günü geldi.", "ağustosun -yanılmıyorsam- yedinci günü",
     None),  # no document date: the year is unknown, and no value has an "XXXX"
])
def test_ordinal_days_take_the_narrative_month(text, span, expected):
    assert value(text, span) == expected


def test_a_day_with_its_part_of_day_is_a_time():
    found = tags("Ordu 3 Mayıs 1920’de harekete geçti. Ayın 4’üncü günü sabahı Bilecik’e girdi.")
    assert found["Ayın 4’üncü günü sabahı"] == {"value": "1920-05-04TMO", "type": "TIME",
                                                "resolved_from_context": True}


@pytest.mark.parametrize("text", [
    "Ordu 3 Mayıs 1920’de harekete geçti. Savaşın 5’inci günü çekildi.",
    "Ordu 3 Mayıs 1920’de harekete geçti. Kongrenin ikinci günü dağıldı.",
    "Ordu 3 Mayıs 1920’de harekete geçti. İkinci gün dağıldı.",
])
def test_an_ordinal_counting_an_events_days_is_not_a_day_of_the_month(text):
    assert list(tags(text)) == ["3 Mayıs 1920’de"]


def test_two_suffixed_ordinals_after_a_month_stay_two_dates():
    found = tags("12 Ağustos 1920’de başladı; Ağustos’un 12’nci ve 14’üncü günleri sürdü")
    assert [k for k in found][1:] == ["Ağustos’un 12’nci", "14’üncü günleri"]
    assert value("1920 yılı. Eylülün 3 ve 4’üncü günleri yağmur yağdı", "Eylülün 3 ve 4’üncü günleri") == \
        "1920-09-03/1920-09-04"


# --- Ottoman clock times ----------------------------------------------------------------------
def test_sonra_after_a_clock_time_is_post_meridiem():
    text = "Harbiye Nezaretine\nCephenin vaziyeti iyidir.\nMustafa Kemal Sa: 4.15 sonra."
    assert tags(text, "1920-03-02")["Sa: 4.15 sonra"] == {
        "value": "1920-03-02T16:15", "type": "TIME", "relative": True, "resolved_from_context": True}
    assert value("Karargâhtan Saat 8 sonra. Taarruz yarındır.", "Saat 8 sonra", "1920-03-02") == "1920-03-02T20:00"


def test_an_ottoman_clock_time_inside_a_narrative_is_on_the_narrated_day():
    filler = "Heyet toplanarak vaziyeti müzakere etti ve kararını bildirdi. " * 6
    text = (f"Ankara, 20 Nisan 1336\n{filler}Meclis 16 Mart sene 1336 [1920] saat 10 evvelde toplandı. "
            f"Telgraflar alındı. Saat 11 sonraya kadar haber bekledik. {filler}Mustafa Kemal")
    found = tags(text)
    assert found["saat 10 evvelde"]["value"] == "1920-03-16T10:00"
    assert found["Saat 11 sonraya"]["value"] == "1920-03-16T23:00"


def test_a_bare_year_after_a_full_date_keeps_the_narrated_day():
    found = tags("16 Mart 1336 (1920) sabahı baskın oldu; saat 9’da telgrafhane kapandı.")
    assert found["saat 9’da"]["value"] == "1920-03-16T09:00"


def test_a_clock_time_counts_from_hours_not_after_hours():
    """``iki saat sonra`` is a shift of two hours, not a time stamp."""
    found = tags("Ankara, 5 Nisan 1921\nHeyet iki saat sonra toplandı.")
    assert "iki saat sonra" in found and "saat sonra" not in " ".join(k for k in found if k != "iki saat sonra")


def test_times_after_midnight_of_a_night_fall_on_the_next_day():
    text = ("Ankara, 5 Nisan 1921\nBu gece baskın yapılacaktır. Kollar saat 23.00’te toplanacak, "
            "saat 02.00’de hareket edecek, şafak vaktinde saat 4’te taarruz edecektir.")
    found = tags(text)
    assert found["Bu gece"]["value"] == "1921-04-05TNI"
    assert found["saat 23.00’te"]["value"] == "1921-04-05T23:00"
    assert found["saat 02.00’de"]["value"] == "1921-04-06T02:00"
    assert found["şafak vaktinde saat 4’te"]["value"] == "1921-04-06T04:00"


def test_without_a_night_an_early_clock_time_stays_on_its_day():
    assert value("5 Nisan 1921’de saat 02.00’de hareket etti.", "saat 02.00’de") == "1921-04-05T02:00"


def test_a_night_part_of_day_keeps_sabaha_karsi():
    assert value("Ankara, 5 Nisan 1921\nO gece sabaha karşı yağmur yağdı.", "O gece sabaha karşı") == "1921-04-05TNI"


def test_an_alaturka_hour_takes_its_alafranga_equivalent():
    text = "5 Nisan 1921’de toplandılar; gece saat ikide (21.00’de) dağıldılar."
    assert value(text, "gece saat ikide") == "1921-04-05T21:00"


# --- the document's own date ------------------------------------------------------------------
def test_a_dateline_at_the_head_dates_a_year_only_document():
    text = "12/13 Mart 1337 (12/13 Mart 1921) Kumandanlığa. Dün gelen rapora göre düşman bugün çekilmiştir."
    found = tags(text, "1921")
    assert found["Dün"]["value"] == "1921-03-11"
    assert found["bugün"]["value"] == "1921-03-12/1921-03-13"


def test_a_dateline_of_another_year_does_not_override_the_metadata():
    text = "12/13 Mart 1337 (12/13 Mart 1921) Kumandanlığa. Dün gelen rapora göre düşman çekilmiştir."
    assert tags(text, "1925")["Dün"]["value"] is None


def test_a_date_with_a_case_suffix_at_the_head_is_narrative_not_a_dateline():
    assert tags("23 Nisan 1920’de Meclis açıldı. Bugün de toplanıyor.")["Bugün"]["value"] == "PRESENT_REF"


def test_iki_gun_evvel_against_a_dateline():
    text = "Sivas, 4 Eylül 1335\nHeyet iki gün evvel toplandı."
    assert value(text, "iki gün evvel", "1919") == "1919-09-02"


def test_deixis_on_a_time_noun():
    assert value("Bu dakikada aldığım habere göre düşman çekiliyor.", "Bu dakikada", "1921-01-10") == "1921-01-10"
    assert tags("Son günlerde düşman yeniden saldırdı.", "1920-04-25")["Son günlerde"] == {
        "value": "PAST_REF", "type": "DATE", "relative": True}
    assert tags("Son zamanlarda düşman yeniden saldırdı.", "1920-04-25") == {}


def test_a_day_named_by_a_relative_clause():
    assert value("3 Mart 1918’de geldiler. Bu vaziyete düştüğümüz gün karar verdik.", "düştüğümüz gün") == "1918-03-03"
    assert value("3 Mart 1918’de geldiler. Düşmanın İzmir’e çıktığı gün ayrıldım.", "çıktığı gün") is None


# --- the year of a year-less date -------------------------------------------------------------
def test_a_yearless_date_in_a_dated_text_is_its_last_occurrence():
    text = "Fransa ile 20 Teşrîn-i Evvel’de imzalanan itilaf yürürlüktedir."
    assert value(text, "20 Teşrîn-i Evvel’de", "1922-01-11") == "1921-10-20"


def test_a_since_date_does_not_set_the_narrative_year():
    text = "Teşkilat 12 Ocak 1919 tarihinden beri çalışıyor. Heyet 4 Mart’ta toplandı."
    assert value(text, "4 Mart’ta", "1921-06-01") == "1921-03-04"
    text = "Teşkilat 12 Ocak 1919 tarihinde kuruldu. Heyet 4 Mart’ta toplandı."
    assert value(text, "4 Mart’ta", "1921-06-01") == "1919-03-04"


def test_a_yearless_date_after_the_document_date_is_not_narrated():
    text = "Konferans 2 Şubat 1922’de dağıldı. Düşman Mart’ın yirmi üçünde taarruz etti."
    assert value(text, "Mart’ın yirmi üçünde", "1922-03-01") == "1921-03-23"


def test_a_future_clause_takes_the_next_occurrence():
    assert value("Şubatın on beşinde İzmir’de bir kongre yapılacaktır.", "Şubatın on beşinde", "1923-01-16") == "1923-02-15"
    assert value("Şubatın on beşinde İzmir’de bir kongre yapıldı.", "Şubatın on beşinde", "1923-01-16") == "1922-02-15"
    text = "Birinci kısım 16 Mart’tan bu güne kadar olan olayları anlatacaktır."
    assert value(text, "16 Mart’tan", "1920-04-24") == "1920-03-16"


def test_a_date_after_a_year_deixis_takes_its_year_but_leaves_the_narrative():
    text = "Geçen sene Ağustos’un beşinci günü buradaydım. 26 Ağustos’ta taarruz başladı."
    found = tags(text, "1922-10-04")
    assert found["Ağustos’un beşinci günü"]["value"] == "1921-08-05"
    assert found["26 Ağustos’ta"]["value"] == "1922-08-26"


@pytest.mark.parametrize(("text", "span", "expected", "mod"), [
    ("Mart 1337 sonlarında Ankara’ya geldi.", "Mart 1337 sonlarında", "1921-03", "END"),
    ("1919 yılı. Kongre Temmuz bidayetinde dağıldı.", "Temmuz bidayetinde", "1919-07", "START"),
    ("Heyet Eylül nihayetinde döndü.", "Eylül nihayetinde", None, "END"),  # no year anywhere
])
def test_part_of_a_month(text, span, expected, mod):
    attrs = tags(text)[span]
    assert (attrs["value"], attrs["mod"]) == (expected, mod)


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Erzurum 6. VII. 1335 tarihli telgraf", "6. VII. 1335", "1919-07-06"),
    ("Erzurum 8-9. VII. 1335 tarihli telgraf", "8-9. VII. 1335", "1919-07-08/1919-07-09"),
    ("C. 9-10-1335 tarihli telgrafa cevaptır", "9-10-1335", "1919-10-09"),
    ("2/3 Temmuz sene 1335’te Mamahatun’da", "2/3 Temmuz sene 1335’te", "1919-07-02/1919-07-03"),
])
def test_rumi_numeric_forms(text, span, expected):
    assert value(text, span) == expected


# --- reference lists --------------------------------------------------------------------------
def test_years_in_reference_entries_are_never_dates():
    """The ``reference`` layer marks the entries (here under a heading timex's own guard does
    not know); timex requires it and takes no date inside an entry."""
    text = ("Giriş\n\nAntlaşma 16 Mart 1921’de imzalandı.\n\nFaydalanılan Kaynaklar\n\n"
            "Kaya, Ali (1998). Moskova Görüşmeleri 1921 Yılında. Ankara: TTK.\n"
            "Demir, Veli (2004). Kars Antlaşması, 13 Ekim 1921. İstanbul: Ötüken.\n")
    doc = process(Doc(id="t", path="t.txt", original=text, meta={}), ["timex"])
    assert len(doc.layers["reference"]) == 2
    assert [s.text for s in doc.layers["timex"]] == ["16 Mart 1921’de"]


def test_a_decided_plan_after_a_rumi_date_keeps_the_narrated_year():
    # an infinitive predicate ("toplamaktır") states the content of a decision: a plan, so the
    # day after the document's date is not pushed back a year
    text = ("Efendiler, 12 Kânun-ı Sânî’de Roma’da bir içtima oldu. Orada verilen karar: "
            "3 Mart’ta Cenevre’de bir kongre toplamaktır ve meseleyi orada halletmektir.")
    found = tags(text, "1922-01-20")
    assert found["12 Kânun-ı Sânî’de"]["value"] == "1922-01-12"
    assert found["3 Mart’ta"]["value"] == "1922-03-03"
    told = text.replace("toplamaktır ve meseleyi orada halletmektir", "topladılar")
    assert tags(told, "1922-01-20")["3 Mart’ta"]["value"] == "1921-03-03"
