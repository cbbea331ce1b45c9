"""Timex span edges and context found on academic prose: approximators and postpositions in the
span, seasons of "the same year", a year that only dates a thing, Old Style marks before a
date, counted weeks, English articles. Sentences written for these tests."""

from __future__ import annotations

import pytest

from vakanuvis.extract.timex import tag_text


def tags(text: str, doc_date: str | None = None) -> list[tuple[str, dict]]:
    return [(text[t.start:t.end], t.attrs) for t in tag_text(text, doc_date)]


def last(text: str) -> tuple[str, dict]:
    found = tags(text)
    assert found, text
    return found[-1]


@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("Görüşmeler yaklaşık dört ay sürmüştür.", "yaklaşık dört ay", "P4M", "APPROX"),
    ("Takriben iki yıl bekledi.", "Takriben iki yıl", "P2Y", "APPROX"),
    ("Kuşatma aşağı yukarı on gün sürdü.", "aşağı yukarı on gün", "P10D", "APPROX"),
    ("Şehir 1915 sularında boşaltıldı.", "1915 sularında", "1915", "APPROX"),
    ("Göç 1890 civarında başladı.", "1890 civarında", "1890", "APPROX"),
    ("The talks lasted about three weeks.", "about three weeks", "P3W", "APPROX"),
    ("Bölge 18. yüzyıl boyunca el değiştirdi.", "18. yüzyıl boyunca", "17", None),
    ("Bölge 1930’lu yıllar boyunca sakin kaldı.", "1930’lu yıllar boyunca", "193", None),
    ("Liman 18. yüzyılın ikinci yarısından itibaren büyüdü.", "18. yüzyılın ikinci yarısından", "17", "END"),
])
def test_span_takes_its_modifier(text, span, value, mod):
    got, attrs = last(text)
    assert (got, attrs["value"], attrs.get("mod")) == (span, value, mod)


def test_approximator_far_from_the_expression_stays_out():
    got, attrs = last("Yaklaşık olarak bütün kuvvetler 1915 yılında çekildi.")
    assert got == "1915 yılında" and "mod" not in attrs


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Ordu 1912 kışında geri çekildi. Aynı yılın yazında yeniden ilerledi.", "Aynı yılın yazında", "1912-SU"),
    ("Kongre 5 Mart 1908’de toplandı; aynı yılın sonbaharında dağıldı.", "aynı yılın sonbaharında", "1908-FA"),
    ("Hükümet 3 Nisan 1950’de 1936 tarihli sözleşmeyi feshetti ve aynı yılın mayıs ayında yenisini imzaladı.",
     "aynı yılın mayıs ayında", "1950-05"),
])
def test_same_year_takes_the_narrated_year(text, span, value):
    got, attrs = last(text)
    assert (got, attrs["value"]) == (span, value)


def test_year_dating_a_document_keeps_its_own_value():
    found = tags("Hükümet 3 Nisan 1950’de 1936 tarihli sözleşmeyi feshetti.")
    assert [a["value"] for _, a in found] == ["1950-04-03", "1936"]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("İmparator, eski takvimle 9 Ocak 1905’te sarayda değildi.", "9 Ocak 1905’te", "1905-01-22"),
    ("Meclis 12 Mart 1917’de (eski takvimle 27 Şubat) dağıtıldı.", "27 Şubat", "1917-03-12"),
    ("Kongre 20 Eylül 1910’da toplandı.", "20 Eylül 1910’da", "1910-09-20"),  # unmarked: as written
])
def test_old_style_mark_before_the_date(text, span, value):
    got, attrs = last(text)
    assert (got, attrs["value"]) == (span, value)
    assert attrs.get("calendar") == ("julian" if "eski" in text else None)


def test_counted_weeks_after_a_day_give_a_day():
    got, attrs = last("Kurul 3 Mayıs 1920’de açıldı. Oylamaya iki hafta sonra geçildi.")
    assert (got, attrs["value"]) == ("iki hafta sonra", "1920-05-17")


def test_counted_weeks_with_approximator():
    got, attrs = last("Kurul 3 Mayıs 1920’de açıldı. Oylamaya yaklaşık üç hafta sonra geçildi.")
    assert (got, attrs["value"], attrs.get("mod")) == ("yaklaşık üç hafta sonra", "1920-05-24", "APPROX")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The treaty was signed in the autumn of 1921 at Kars.", "autumn of 1921", "1921-FA"),
    ("It lasted from the late winter of 1918 on.", "late winter of 1918", "1918-WI"),
    ("in the twentieth century", "twentieth century", "19"),
    ("during the 1930s the border", "1930s", "193"),
])
def test_english_spans_leave_the_article_out(text, span, value):
    got, attrs = last(text)
    assert (got, attrs["value"]) == (span, value)
