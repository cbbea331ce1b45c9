"""Timex classes measured weak on unseen speeches and telegrams: durations with ``beri`` /
``boyunca`` / ``içinde`` and counted or plural units, deixis and anaphora, counted offsets
(``sekiz asır evvelki``), times of day on a deictic day, and compact numeric dates with a
two-digit year. Sentences written for these tests (none is copied from a corpus text)."""

from __future__ import annotations

import pytest

from vakanuvis.extract.timex import tag_text

SPEECH = "1936-12-07"  # the date of an imagined speech: deixis resolves against it


def tags(text: str, doc_date: str | None = None) -> dict[str, dict]:
    return {text[t.start:t.end]: t.attrs for t in tag_text(text, doc_date)}


def item(text: str, span: str, doc_date: str | None = SPEECH) -> dict:
    found = tags(text, doc_date)
    assert span in found, found
    return found[span]


# --- durations: plural and counted units with beri / boyunca / süresince / içinde -------------
@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Bu topraklarda asırlardan beri yaşıyoruz.", "asırlardan beri", "PXC"),
    ("Senelerden beri bu günü bekliyorduk.", "Senelerden beri", "PXY"),
    ("Aylardan beri haber alamadık.", "Aylardan beri", "PXM"),
    ("Yüzyıllardan beri süren bir kavga.", "Yüzyıllardan beri", "PXC"),
    ("Bu iş iki seneden beri sürüyor.", "iki seneden beri", "P2Y"),
    ("Bir haftadan bu yana yağmur yağıyor.", "Bir haftadan bu yana", "P1W"),
    ("Yıllardır bu davayı güdüyoruz.", "Yıllardır", "PXY"),
    ("Üç gündür cepheden haber yok.", "Üç gündür", "P3D"),
    ("Bir hafta içinde cevap bekliyoruz.", "Bir hafta içinde", "P1W"),
    ("Aylarca çarpıştılar.", "Aylarca", "PXM"),
    ("Seneler boyunca ezildik.", "Seneler boyunca", "PXY"),
    ("Yıllar süresince sabrettik.", "Yıllar süresince", "PXY"),
    ("Günler zarfında yol yapıldı.", "Günler zarfında", "PXD"),
    ("İki ay süresince görüşüldü.", "İki ay süresince", "P2M"),
    ("Üç buçuk senedir savaşıyoruz.", "Üç buçuk senedir", "P3.5Y"),
    ("Yarım saat zarfında toplandılar.", "Yarım saat zarfında", "PT0.5H"),
    ("Bir buçuk aylık bir yolculuk.", "Bir buçuk aylık", "P1.5M"),
])
def test_durations(text, span, expected):
    got = item(text, span)
    assert (got["type"], got["value"]) == ("DURATION", expected)


def test_a_vague_phrase_without_a_time_unit_is_no_duration():
    assert tags("Zamanlardan beri ve harp süresince bekledik.", SPEECH) == {}


# --- deixis against the document's date, anaphora against the narrated one ---------------------
@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Bugünü hep birlikte idrak ettik.", "Bugünü", "1936-12-07"),
    ("Bugünkü vaziyet budur.", "Bugünkü", "1936-12-07"),
    ("Bugüne kadar sabrettik.", "Bugüne", "1936-12-07"),
    ("Yarın, öbür gün toplanırız.", "öbür gün", "1936-12-09"),
    ("Evvelki gün bir telgraf aldım.", "Evvelki gün", "1936-12-05"),
    ("Evvelki seneye nispetle gelir arttı.", "Evvelki seneye", "1934"),
    ("Bu ayın sonunda bitecek.", "Bu ayın sonunda", "1936-12"),
    ("Geçen senenin bugünlerinde endişe içindeydik.", "Geçen senenin bugünlerinde", "1935-12"),
    ("Bu senenin aynı günlerinde sevinç içindeyiz.", "Bu senenin aynı günlerinde", "1936-12"),
    ("Bugünlerde çok meşgulüm.", "Bugünlerde", "1936-12"),
    ("Gelecek ay toplanacağız.", "Gelecek ay", "1937-01"),
    ("Önümüzdeki hafta gelecekler.", "Önümüzdeki hafta", "1936-W51"),
    ("Bu asrın ihtiyaçlarını karşılamalıyız.", "Bu asrın", "19"),
    ("Geçen asırda çok şey kaybettik.", "Geçen asırda", "18"),
])
def test_deixis_resolves_against_the_document_date(text, span, expected):
    got = item(text, span)
    assert got["value"] == expected and got.get("relative") is True


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Heyet 3 Mart 1920’de Ankara’ya geldi. O gün yağmur yağıyordu.", "O gün", "1920-03-03"),
    ("Heyet 3 Mart 1920’de Ankara’ya geldi. Aynı gün geri döndü.", "Aynı gün", "1920-03-03"),
    ("Heyet 3 Mart 1920’de Ankara’ya geldi. O günlerde şehir kalabalıktı.", "O günlerde", "1920-03-03"),
    ("Heyet 3 Mart 1920’de Ankara’ya geldi. Ertesi sabah yola çıktı.", "Ertesi sabah", "1920-03-04TMO"),
    ("Heyet 3 Mart 1920’de Ankara’ya geldi. Öğleden sonra Meclis’e gitti.", "Öğleden sonra", "1920-03-03TAF"),
    ("Heyet 3 Mart 1920’de Ankara’ya geldi. Gece yarısından sonra ayrıldı.", "Gece yarısından sonra",
     "1920-03-03TNI"),
])
def test_anaphora_resolves_against_the_narrated_date(text, span, expected):
    # the narrated date wins over the document's own date
    assert item(text, span)["value"] == expected


def test_anaphora_without_a_narrated_date_has_no_value():
    got = item("O gün yağmur yağıyordu. Ertesi sabah döndük.", "O gün")
    assert got["value"] is None and got["relative"] is True
    assert item("O gün yağmur yağıyordu. Ertesi sabah döndük.", "Ertesi sabah")["value"] is None


def test_deixis_without_a_document_date():
    assert item("Bugünkü vaziyet budur.", "Bugünkü", None)["value"] == "PRESENT_REF"
    assert item("Yarın akşam gideceğim.", "Yarın akşam", None)["value"] is None


# --- counted offsets: a date in the past or future at the unit's granularity -----------------
@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Sekiz asır evvel bu topraklara geldik.", "Sekiz asır evvel", "11"),
    ("Sekiz asır evvelki Türkler de böyle düşünürdü.", "Sekiz asır evvelki", "11"),
    ("Yarım asır önce bu şehir küçüktü.", "Yarım asır önce", "18"),
    ("On üç yıl evvel bu mücadeleye başladık.", "On üç yıl evvel", "1923"),
    ("Dört sene evvelki hali hatırlayınız.", "Dört sene evvelki", "1932"),
    ("Üç buçuk sene evvel buradaydım.", "Üç buçuk sene evvel", "1933"),
    ("İki ay evvel buradaydım.", "İki ay evvel", "1936-10"),
    ("Üç gün önce geldi.", "Üç gün önce", "1936-12-04"),
])
def test_offsets_before_the_document_date(text, span, expected):
    got = item(text, span)
    assert (got["type"], got["value"]) == ("DATE", expected)


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Kongre 11 Eylül 1919’da bitti. 14 sene sonra yine toplandık.", "14 sene sonra", "1933"),
    ("Kongre 11 Eylül 1919’da bitti. Üç gün sonraki toplantıya gelmedi.", "Üç gün sonraki", "1919-09-14"),
    ("Kongre 11 Eylül 1919’da bitti. Kongreden iki gün önce gelmişti.", "iki gün önce", "1919-09-09"),
])
def test_offsets_from_the_narrated_date(text, span, expected):
    assert item(text, span)["value"] == expected


def test_an_offset_past_the_document_date_from_a_named_year_has_no_value():
    # counted from a year the speech names, five centuries on is after the speech itself
    got = item("Bu şehir 1500 yılında alındı. Beş asır sonra buraya döndük.", "Beş asır sonra")
    assert got["value"] is None


def test_an_offset_in_a_future_clause_counts_from_the_document_date():
    assert item("Kongre 1919’da toplandı. İki sene sonra yine toplanacağız.", "İki sene sonra")["value"] == "1938"
    assert item("İki sene sonra tekrar geleceğim.", "İki sene sonra")["value"] == "1938"


def test_a_count_of_a_thousand_years_is_rhetoric_not_a_date():
    assert item("Bin sene evvelki Türkler.", "Bin sene evvelki")["value"] is None


# --- times of day on a deictic day ------------------------------------------------------------
@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Yarın akşam Ankara’dan ayrılıyorum.", "Yarın akşam", "1936-12-08TEV"),
    ("Yarın sabah erkenden yola çıkılacak.", "Yarın sabah", "1936-12-08TMO"),
    ("Bu sabah telgrafınızı aldım.", "Bu sabah", "1936-12-07TMO"),
    ("Dün gece yağmur yağdı.", "Dün gece", "1936-12-06TNI"),
    ("Dün geceki toplantıda karar verildi.", "Dün geceki", "1936-12-06TNI"),
    ("Bu akşamın toplantısına geliniz.", "Bu akşamın", "1936-12-07TEV"),
    ("Öbür gün akşam döneceğim.", "Öbür gün akşam", "1936-12-09TEV"),
])
def test_time_of_day_on_a_deictic_day(text, span, expected):
    got = item(text, span)
    assert (got["type"], got["value"]) == ("TIME", expected)


# --- compact numeric dates --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "doc_date", "span", "expected", "calendar"), [
    ("Tarih: 7.12.36. Mektubunuzu aldım.", "1936-12-20", "7.12.36", "1936-12-07", None),
    ("7/12/1936 tarihli mektubunuzu aldım.", None, "7/12/1936", "1936-12-07", None),
    ("7.12.1936 tarihinde yazıldı.", None, "7.12.1936", "1936-12-07", None),
    # a telegram of the Rumi years: 7.12.36 is 7 Kânunuevvel 1336, not 1936
    ("Şifre 7.12.36 tarihlidir.", "1920-12-05", "7.12.36", "1920-12-07", "rumi"),
    ("Mektup 3/4/23 tarihlidir.", "1923-05-01", "3/4/23", "1923-04-03", None),
])
def test_numeric_dates(text, doc_date, span, expected, calendar):
    got = item(text, span, doc_date)
    assert got["value"] == expected and got.get("calendar") == calendar


def test_a_two_digit_year_without_any_date_keeps_its_year_unknown():
    assert item("Mektup 7.12.36 tarihlidir.", "7.12.36", None)["value"] is None


@pytest.mark.parametrize("text", [
    "Sürüm 1.12.36 yayımlandı.",
    "Fiyatı 7.12.36 liradır.",
    "Toplam 12.500.000 lira harcandı.",
    "Oran 3.14 idi ve 1.12.360 çıktı.",
    "Kitabın 1920. sayfasında yazar.",
    "Madde 7.12.36 hükmünce.",
])
def test_versions_decimals_money_and_pages_are_no_dates(text):
    assert tags(text, SPEECH) == {}


# --- a day of this, last or next month; day ranges inside a month ------------------------------
@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Bu ayın 15’inde toplanacağız.", "Bu ayın 15’inde", "1936-12-15"),
    ("Bu ayın on beşinde toplanacağız.", "Bu ayın on beşinde", "1936-12-15"),
    ("Geçen ayın 20’sinde geldi.", "Geçen ayın 20’sinde", "1936-11-20"),
    ("Gelecek ayın başında döneriz.", "Gelecek ayın başında", "1937-01"),
    ("Bu günlerde kongreniz toplanıyor.", "Bu günlerde", "1936-12"),
])
def test_days_of_the_deictic_month(text, span, expected):
    assert item(text, span)["value"] == expected


def test_a_day_that_month_cannot_have_is_no_value():
    assert item("Geçen ayın 31’inde geldi.", "Geçen ayın 31’inde")["value"] is None  # November has 30


def test_a_day_range_inside_a_month():
    text = "Kongre 1920 yılında toplandı. Mart’ın 13’ünden 16’sına kadar sürdü."
    assert item(text, "Mart’ın 13’ünden 16’sına")["value"] == "1920-03-13/1920-03-16"
