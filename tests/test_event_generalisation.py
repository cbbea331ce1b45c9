"""Event mechanisms found on the event dev set (docs/devset-events.md), on constructed sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from vakanuvis.pipeline import process
from vakanuvis.read import read


def events_of(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [s.attrs for s in process(read(path), ["event"]).layers["event"]]


def types_of(tmp_path: Path, text: str) -> set[str]:
    return {e["type"] for e in events_of(tmp_path, text)}


@pytest.mark.parametrize("text, typ", [
    ("Bu bapta Fransa ile muayyen itilaflar akdetmişimdir.", "TREATY_SIGNED"),
    ("İskenderun şehri Osmanlı ordusundan tahliye edilmiştir.", "OTHER"),
    ("Heyet-i murahhasamız Moskova’ya vasıl olmak üzeredir.", "ARRIVAL"),
    ("Kafkasya’dan kendisine murahhaslar gelmişti.", "ARRIVAL"),
    ("Hükümet Konya’ya bir heyet gönderecektir.", "DELEGATION_SENT"),
    ("Fransa’nın teşebbüsü üzerine gönderilen davetname elimize ulaştı.", "LETTER_OR_TELEGRAM"),
    ("Bolşeviklerin Kafkasya’ya doğru ileri harekâtı sürüyor.", "MILITARY_OPERATION"),
    ("Ferit Paşa kabinesi millî hareketi Bolşevizm diye ilan eden bir beyanat verdi.", "DECLARATION"),
    ("Mustafa Kemal Paşa Meclis riyasetine intihap edilmiştir.", "APPOINTMENT"),
])
def test_ottoman_diplomatic_vocabulary(tmp_path, text, typ):
    assert typ in types_of(tmp_path, text)


@pytest.mark.parametrize("text, typ", [
    ("Onlarla müzakereye hazır mısınız?", "NEGOTIATION"),
    ("Bu bir halk harekâtıdır.", "MILITARY_OPERATION"),
    ("Böyle bir askeri zapt etmek müşküldür.", "CAPTURE"),
    ("Hayatımın bütün safahatını işgal eden mücadelelerde hep milleti düşündüm.", "CAPTURE"),
    ("İskenderun ile telgraf irtibatımız vardır.", "LETTER_OR_TELEGRAM"),
    ("Bu toprakları kimseye hediye etmek hakkı yoktur.", "OTHER"),
])
def test_non_assertive_or_other_sense_is_no_event(tmp_path, text, typ):
    """Readiness, infinitives, and the Ottoman sense of a trigger word tell no event."""
    assert typ not in types_of(tmp_path, text)


def test_a_bare_military_noun_needs_a_date(tmp_path):
    """'harekât' alone is often 'action'; with a governing date it is an operation."""
    assert "MILITARY_OPERATION" not in types_of(tmp_path, "Bu harekâtımızı tenkit edenler oldu.")
    evs = events_of(tmp_path, "Doğu cephesinde 28 Eylül 1920 günü başlayan harekât sürdü.")
    assert ("MILITARY_OPERATION", "1920-09-28") in {(e["type"], e["date"]) for e in evs}


def test_a_date_up_to_which_something_lasts_is_not_the_event_date(tmp_path):
    evs = events_of(tmp_path, "Lozan Konferansı toplandı. 10 Ocak 1923’e kadar uzayıp gelen konferans sonuç vermedi.")
    conf = [e for e in evs if e["type"] == "CONFERENCE"]
    assert conf and all(e["date"] != "1923-01-10" for e in conf)


def test_a_date_inside_a_relative_clause_of_another_noun(tmp_path):
    """'1920’de kurulan ... Cumhuriyeti’nin ... gönderdiği heyet': 1920 dates the founding."""
    evs = events_of(tmp_path, "1920’de kurulan müstakil Buhara Halk Cumhuriyeti ilk heyetini Türkiye "
                              "Halk Hükûmeti nezdine gönderdi.")
    sent = [e for e in evs if e["type"] == "DELEGATION_SENT"]
    assert sent and sent[0]["date"] is None


def test_an_event_date_is_a_day(tmp_path):
    """A time of day refines the date; the event keeps the day (dev-set convention)."""
    evs = events_of(tmp_path, "10 Kasım 1918 saat 8’den itibaren saha Osmanlı birliklerince boşaltılmış olacaktır.")
    other = [e for e in evs if e["type"] == "OTHER"]
    assert other and other[0]["date"] == "1918-11-10"
