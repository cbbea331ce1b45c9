"""The timex layer: constructions, calendars, context, negatives, and the seed gold."""

from __future__ import annotations

import datetime as dt

import pytest

from vakanuvis.extract.timex import calendars, tag_text


def tags(text: str, doc_date: str | None = None) -> list[tuple[str, dict]]:
    return [(text[t.start:t.end], t.attrs) for t in tag_text(text, doc_date)]


def one(text: str, doc_date: str | None = None) -> tuple[str, dict]:
    found = tags(text, doc_date)
    assert len(found) == 1, found
    return found[0]


# --- constructions: (text, expected span, value, extra attributes) --------------------------
CONSTRUCTIONS = [
    ("Moskova’da 16 Mart 1921’de imzalandı.", "16 Mart 1921’de", "1921-03-16", {}),
    ("Antlaşma 16 Mart 1921 tarihinde imzalandı.", "16 Mart 1921", "1921-03-16", {}),
    ("1 Mayıs 1919 günü bildiri yayınlandı.", "1 Mayıs 1919", "1919-05-01", {}),
    ("26 Nisan 1920 tarihli mektup", "26 Nisan 1920", "1920-04-26", {}),
    ("neticede 1917 Şubat Devrimi’ni getirdi", "1917 Şubat", "1917-02", {}),
    ("Bolşevikler 1917 aralığının ilk günlerinde bildiri yayınladı",
     "1917 aralığının ilk günlerinde", "1917-12", {"mod": "START"}),
    ("İşte, 1919 yazı sonlarına doğru, ilişki başladı", "1919 yazı sonlarına doğru", "1919-SU", {"mod": "END"}),
    ("Halil Paşa 1920 baharında Moskova’ya vardı", "1920 baharında", "1920-SP", {}),
    ("heyet 1920 yılı aralık ayı başında ayrıldı", "1920 yılı aralık ayı başında", "1920-12", {"mod": "START"}),
    ("Kongre 23 Temmuz-7 Ağustos 1919 tarihleri arasında toplandı",
     "23 Temmuz-7 Ağustos 1919", "1919-07-23/1919-08-07", {}),
    ("Oysa 21 Şubat’tan 12 Mart 1921 tarihine kadar süren görüşmeler",
     "21 Şubat’tan 12 Mart 1921", "1921-02-21/1921-03-12", {}),
    ("ve 2/3 Aralık 1920’de Gümrü Anlaşması", "2/3 Aralık 1920’de", "1920-12-02/1920-12-03", {"mod": "APPROX"}),
    ("Meclis 23.04.1920 tarihinde açıldı", "23.04.1920", "1920-04-23", {}),
    ("İngilizler 20. yüzyıla gelindiğinde", "20. yüzyıla", "19", {}),
    ("1920’li yıllarda Ankara", "1920’li yıllarda", "192", {}),
    ("Türkler ve Ruslar yüzyıllar boyunca savaştı", "yüzyıllar boyunca", "PXC", {"type": "DURATION"}),
    ("bir aylık bekleme", "bir aylık", "P1M", {"type": "DURATION"}),
    ("iki seneden beri devam eden", "iki seneden beri", "P2Y", {"type": "DURATION"}),
    ("günlerce yürüdüler", "günlerce", "PXD", {"type": "DURATION"}),
    ("her gün yeni bir haber geliyor", "her gün", "P1D", {"type": "SET"}),
    ("16 March 1921 in Moscow", "16 March 1921", "1921-03-16", {}),
    ("signed on March 16, 1921.", "March 16, 1921", "1921-03-16", {}),
    ("Bu yirmi Haziran’da idi efendim", "yirmi Haziran’da", None, {}),  # no year anywhere: no value
    ("in the spring of 1920 Halil Pasha", "spring of 1920", "1920-SP", {}),  # no article in the span
    ("the straits for centuries. This", "for centuries", "PXC", {"type": "DURATION"}),
]


@pytest.mark.parametrize(("text", "span", "value", "extra"), CONSTRUCTIONS, ids=[c[1] for c in CONSTRUCTIONS])
def test_construction(text, span, value, extra):
    got_span, attrs = one(text)
    assert got_span == span
    assert attrs["value"] == value
    assert attrs["type"] == extra.get("type", "DATE")
    for k, v in extra.items():
        assert attrs[k] == v


def test_two_ordinal_days_of_one_month():
    found = tags("12 Ağustos 1920’de başlayan taarruz Ağustos’un 12’nci ve 14’üncü günleri sürdü")
    assert [(s, a["value"]) for s, a in found] == [
        ("12 Ağustos 1920’de", "1920-08-12"), ("Ağustos’un 12’nci", "1920-08-12"), ("14’üncü günleri", "1920-08-14")]


def test_time_of_day():
    assert one("26 Mayıs 1920 sabahı taarruz başladı") == ("26 Mayıs 1920 sabahı", {"value": "1920-05-26TMO", "type": "TIME"})
    found = dict(tags("26 Mayıs 1920’de Ankara’ya geldi, akşama Meclis toplandı"))
    assert found["akşama"]["value"] == "1920-05-26TEV"
    found = dict(tags("26 Mayıs 1920’de geldi ve öğleden sonra saat ikide konuştu"))
    assert found["öğleden sonra saat ikide"]["value"] == "1920-05-26T14:00"


# --- calendars: independently known dates ----------------------------------------------------
@pytest.mark.parametrize(
    ("rumi", "gregorian"),
    [
        ((1336, 4, 23), dt.date(1920, 4, 23)),  # TBMM opened, 23 Nisan 1336
        ((1327, 1, 3), dt.date(1912, 1, 16)),  # 3 Kânun-ı Sânî 1327 = 16 Ocak 1912
        ((1327, 1, 4), dt.date(1912, 1, 17)),
        ((1336, 1, 28), dt.date(1920, 1, 28)),  # Misak-ı Millî, 28 Kânun-ı Sânî 1336
        ((1292, 12, 11), dt.date(1876, 12, 23)),  # Kanun-ı Esasi proclaimed, 11 Kânun-ı Evvel 1292
        ((1324, 7, 10), dt.date(1908, 7, 23)),  # 10 Temmuz 1324, constitutional revolution
        ((1335, 5, 19), dt.date(1919, 5, 19)),  # Samsun, 19 Mayıs 1335
        ((1338, 11, 1), dt.date(1922, 11, 1)),  # sultanate abolished, 1 Teşrin-i Sânî 1338
        ((1332, 2, 15), dt.date(1917, 2, 28)),  # the last Julian-reckoned Rumi day
        ((1333, 3, 1), dt.date(1917, 3, 1)),  # ... was followed by 1 Mart 1333
    ],
)
def test_rumi_to_gregorian(rumi, gregorian):
    assert calendars.rumi_to_gregorian(*rumi) == gregorian


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1341, 3, 11), dt.date(1922, 11, 1)),  # sultanate abolished, 11 Rebiülevvel 1341
        ((1342, 3, 18), dt.date(1923, 10, 29)),  # Republic proclaimed, 18 Rebiülevvel 1342
        ((1343, 1, 1), dt.date(1924, 8, 2)),  # 1 Muharrem 1343 (tabular)
        ((1400, 1, 1), dt.date(1979, 11, 21)),  # 1 Muharrem 1400 (tabular)
    ],
)
def test_hijri_to_gregorian(hijri, gregorian):
    assert calendars.hijri_to_gregorian(*hijri) == gregorian


def test_julian_old_style():
    assert calendars.julian_to_gregorian(1917, 10, 25) == dt.date(1917, 11, 7)
    _, attrs = one("Ekim Devrimi 25 Ekim 1917 (eski takvimle) gerçekleşti")
    assert attrs["value"] == "1917-11-07" and attrs["calendar"] == "julian"


@pytest.mark.parametrize(
    ("text", "value", "calendar"),
    [
        ("Meclis 23 Nisan 1336’da açıldı", "1920-04-23", "rumi"),
        ("Meclis 23 Nisan 336’da açıldı", "1920-04-23", "rumi"),
        ("3/4 Kânun-ı Sânî 1327 gecesi", "1912-01-16/1912-01-17", "rumi"),
        ("28 Kanunusani 1336 tarihinde kabul edilen Misak-ı Millî", "1920-01-28", "rumi"),
        ("Eylül 335’te toplandı", "1919-09", "rumi"),
        ("23. V. 1336 tarihli telgraf", "1920-05-23", "rumi"),
        ("336 senesi bütçesi", "1920", "rumi"),
        ("11 Rebiülevvel 1341 tarihinde", "1922-11-01", "hijri"),
    ],
)
def test_calendar_marked_in_text(text, value, calendar):
    _, attrs = one(text)
    assert (attrs["value"], attrs.get("calendar")) == (value, calendar)


def test_ottoman_month_with_gregorian_year_is_not_converted():
    _, attrs = one("Mondros 30 Teşrîn-i Evvel 1918’de imzalandı")
    assert attrs["value"] == "1918-10-30" and "calendar" not in attrs


def test_unmarked_date_is_kept_as_written():
    _, attrs = one("Lenin ve Stalin 20 Kasım 1917’de bildiri yayınladı")
    assert attrs["value"] == "1917-11-20" and "calendar" not in attrs


# --- context --------------------------------------------------------------------------------
def test_year_from_previous_date():
    found = dict(tags("Meclis 23 Nisan 1920’de açıldı. 26 Nisanda mektup gönderildi."))
    assert found["26 Nisanda"] == {"value": "1920-04-26", "type": "DATE", "resolved_from_context": True}


def test_part_of_a_month_takes_the_narrative_year():
    found = dict(tags("2/3 Aralık 1920’de Gümrü imzalandı. Harekâttan evvel, mayısın son haftasında temsilci geldi."))
    assert found["mayısın son haftasında"] == {"value": "1920-05", "type": "DATE", "mod": "END",
                                               "resolved_from_context": True}


def test_a_dated_speech_recalls_the_past():
    found = dict(tags("1923 yılı bütçesi hazırlandı. Geçen yıl 1 Kasımda Meclis karar aldı.", "1923-03-01"))
    assert found["1 Kasımda"]["value"] == "1922-11-01"


def test_month_of_the_same_year():
    found = dict(tags("Bekir Sami Bey 1920 yazında Moskova’ya ulaştı. Aynı yılın Eylül ayında harekât başladı."))
    assert found["Aynı yılın Eylül ayında"]["value"] == "1920-09"


def test_a_verb_after_a_date_is_not_a_count():
    assert tags("Erzurum Kongresi 23 Temmuz 1919’da toplanmış") == [
        ("23 Temmuz 1919’da", {"value": "1919-07-23", "type": "DATE"})]


def test_year_rolls_over_when_the_next_date_says_so():
    found = dict(tags("20 Kasım 1917’de bildiri. 18 Şubat’ta taarruz. 3 Mart 1918’de barış."))
    assert found["18 Şubat’ta"]["value"] == "1918-02-18"


def test_relative_expression_followed_by_its_date():
    found = dict(tags("Sivas Kongresi’nden iki gün sonra 13 Eylül 1919’da demeç yayınlandı"))
    assert found["iki gün sonra"] == {"value": "1919-09-13", "type": "DATE", "relative": True,
                                      "resolved_from_context": True}


def test_relative_expression_from_the_anchor():
    found = dict(tags("Kongre 11 Eylül 1919’da bitti. İki gün sonra heyet ayrıldı. Ertesi gün döndüler."))
    assert found["İki gün sonra"]["value"] == "1919-09-13"
    assert found["Ertesi gün"]["value"] == "1919-09-14"


def test_anaphora_copies_the_previous_date():
    found = dict(tags("heyet 1920 yılı aralık ayı başında ayrıldı. Elçi de aynı tarihlerde hareket etti."))
    assert found["aynı tarihlerde"]["value"] == "1920-12"
    assert found["aynı tarihlerde"]["mod"] == "START"


def test_deixis_against_the_document_date():
    assert one("Bugün Meclis toplandı", "1921-03-01")[1]["value"] == "1921-03-01"
    assert one("dün gelen telgraf", "1921-03-01")[1]["value"] == "1921-02-28"
    assert one("geçen sene yapılanlar", "1921-03-01")[1]["value"] == "1920"
    assert one("16 Mart’ta İstanbul işgal edildi", "1921-03-01")[1]["value"] == "1920-03-16"


def test_a_date_line_dates_a_telegram():
    text = "Erzurum Vilayetine\n\nBugün Kongre açılmıştır. Yarın netice bildirilecektir.\n\nSivas, 4 Eylül 1335\n"
    found = dict(tags(text))
    assert found["Bugün"]["value"] == "1919-09-04"
    assert found["Yarın"]["value"] == "1919-09-05"


def test_deixis_in_scholarly_prose_is_the_authors_present():
    _, attrs = one("antlaşmanın maddesiyle bugün bile canlandırılmaya çalışılan Sevr")
    assert attrs == {"value": "PRESENT_REF", "type": "DATE", "relative": True}
    assert one("dün gelen telgraf")[1]["value"] is None


# --- never a date -----------------------------------------------------------------------------
NEGATIVES = [
    "istiyorlardı (Yüceer,1997:40-41).",
    "ittifak kurulmuştur (Kılıç,2016,125).",
    "olarak görülür (Yalçın v.d,2000:166) ve",
    "ifade etmiştir (Kocabaşoğlu; Berge,1992:35).",
    "Yüceer, 1997: 40-41 ve Bayur 1991: 45 bunu yazar",
    "bu konu incelenmiştir (Bayur 1991) ve (bkz. Sonyel 1995a).",
    "bkz. s. 1920-1925 arası notlar",
    "Antlaşmanın 16 madde olarak hazırlanması",
    "1500 asker ve 1919 tüfek gönderildi",
    "10.000 lira yardım, 1920 lira borç",
    "Çar ve hükûmet yetkilileri",
    "zaman zaman, bir süre sonra, kısa bir süre sonra, o sırada, bir müddet, o dönemde",
    "şimdi, şimdiye kadar, henüz, daima, geçenlerde, vaktiyle, yakında, derhal",
    "I. Dünya savaşı sonrası; 2. Millî Mücadele Dönemi",
    "Antlaşmanın 2’nci maddesiyle Batum bırakıldı",
    "dünya siyasetinde önemli bir yer, her zaman, tarih boyunca",
    "aynı cephede birleşmişlerdir; iki ayrı heyet",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_never_a_date(text):
    assert tags(text) == []


def test_a_month_and_year_in_parentheses_is_a_date():
    assert [s for s, _ in tags("Kongre toplandı (Eylül 1919) ve dağıldı")] == ["Eylül 1919"]


def test_reference_list_years_are_not_dates():
    text = "Meclis 23 Nisan 1920’de açıldı.\n\nKaynakça\n\nYüceer, S. (1997). Birinci Dünya Savaşı. Ankara, 1997.\n"
    assert [s for s, _ in tags(text)] == ["23 Nisan 1920’de"]


# --- the pipeline and the seed gold -----------------------------------------------------------
def test_spans_keep_original_offsets(seed_docs):
    for doc in seed_docs:
        for s in doc.layers["timex"]:
            assert doc.original[s.start:s.end] == s.text
            assert s.attrs["type"] in ("DATE", "TIME", "DURATION", "SET")


def test_seed_gold_scores(seed_docs, gold_dir, tmp_path):
    import json

    from vakanuvis.evaluate import evaluate

    for doc in seed_docs:
        spans = [s.to_gold() for s in doc.layers["timex"]]
        (tmp_path / f"{doc.stem}.timex.json").write_text(
            json.dumps({"doc": doc.stem, "layer": "timex", "spans": spans}, ensure_ascii=False), encoding="utf-8")
    scores = evaluate(gold_dir, tmp_path)["timex"]
    assert scores["relaxed_value"]["f1"] >= 0.95
    assert scores["strict"]["f1"] >= 0.90


# --- robustness -------------------------------------------------------------------------------
TOKENS = ("0 1 2 29 30 31 45 1336 336 1920 2/3 23.04.1920 31.02.1921 - / . , ’de Şubat Nisan "
          "Kânun-ı Sânî Teşrinievvel Ramazan March May the of spring yazı sonlarına doğru yılı ayı "
          "günü saat ikide akşama ertesi gün o bugün dün geçen sene iki sonra evvel aylık yüzyıllar "
          "her 20. yüzyıl XX. V. 1920’li yıllar ( ) Yüceer,1997:40 bin on altı yüz asker").split()


def test_any_token_soup_gives_clean_ordered_spans():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12), st.sampled_from([None, "1921-03-01", "1921"]))
    def check(words, doc_date):
        text = " ".join(words)
        found = tag_text(text, doc_date)
        ends = [0]
        for t in found:
            span = text[t.start:t.end]
            assert span and span == span.strip()
            assert t.start >= ends[-1]
            ends.append(t.end)

    check()
