"""The event layer on academic-prose patterns (issue 5, synthetic dev sets A/B), on constructed
sentences written for these tests: common event verbs, two events in one sentence, gapped
date-place lists, duplicate types, type decisions from context, date governance, titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from vakanuvis.pipeline import process
from vakanuvis.read import read


def events_of(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(read(path), ["event"])
    return [s.attrs for s in doc.layers["event"]]


def typed(evs: list[dict]) -> set[tuple[str, str | None]]:
    return {(e["type"], e["date"]) for e in evs}


@pytest.mark.parametrize("text, typ, date", [
    ("Yunan birlikleri 12 Haziran 1920’de Bursa’ya girmiştir.", "CAPTURE", "1920-06-12"),
    ("Milli kuvvetler 4 Mayıs 1921’de Kütahya’yı almıştır.", "CAPTURE", "1921-05-04"),
    ("Antep 7 Ağustos 1920’de kurtarılmıştır.", "CAPTURE", "1920-08-07"),
    ("Erzurum 2 Nisan 1919’da teslim olmuştur.", "CAPTURE", "1919-04-02"),
    ("İtalyan kuvvetleri 5 Temmuz 1921’de Antalya’yı boşaltmıştır.", "OTHER", "1921-07-05"),
    ("Sadrazam 8 Mart 1920’de istifa etmiştir.", "OTHER", "1920-03-08"),
    ("Meclis 3 Mart 1924’te hilafeti kaldırmıştır.", "OTHER", "1924-03-03"),
    ("Sözleşme 1 Haziran 1925’te yürürlüğe girmiştir.", "OTHER", "1925-06-01"),
    ("Erzurum’daki kolordunun komutası 15 Nisan 1919’da Kazım Bey’e verilmiştir.", "APPOINTMENT", "1919-04-15"),
    ("Hariciye Vekili 12 Aralık 1921’de Fransız hükümetine sert bir nota göndermiştir.",
     "LETTER_OR_TELEGRAM", "1921-12-12"),
    ("Yusuf Kemal Bey 20 Ocak 1922’de Paris’te Poincaré ile görüşmüştür.", "MEETING_OR_CONGRESS", "1922-01-20"),
    ("Donanma 29 Ekim 1914’te Sivastopol’u bombardıman etmiştir.", "MILITARY_OPERATION", "1914-10-29"),
])
def test_common_event_verbs(tmp_path, text, typ, date):
    assert (typ, date) in typed(events_of(tmp_path, text))


def test_two_clauses_of_one_type_are_two_events(tmp_path):
    """'... kararı almış, X aynı gün istifa etmiştir': two happenings, not one."""
    evs = events_of(tmp_path, "Parti meclisi 4 Mayıs 1921’de koalisyondan ayrılma kararı almış, "
                              "Başbakan aynı gün istifa etmiştir.")
    assert [e["type"] for e in evs].count("OTHER") == 2


def test_a_date_before_a_clause_end_dates_only_its_own_clause(tmp_path):
    """'11 Mart’ta imzalamış, fakat Meclis reddetmiştir': the rejection has no date of its own."""
    evs = events_of(tmp_path, "Heyet 9 Nisan 1921’de Roma’da bir anlaşma imzalamış, fakat Meclis bu "
                              "anlaşmayı reddetmiştir.")
    assert ("TREATY_SIGNED", "1921-04-09") in typed(evs)
    assert ("OTHER", None) in typed(evs)


def test_gapped_date_place_list_gives_one_event_per_pair(tmp_path):
    """'A’da X’i, B’de ise Y’yi almıştır': the verb said once for two captures."""
    evs = events_of(tmp_path, "Kolordu 3 Mart 1921’de Ardahan’ı, 9 Mart 1921’de ise Artvin’i almıştır.")
    captures = {(e["date"], e["place"]) for e in evs if e["type"] == "CAPTURE"}
    assert captures == {("1921-03-03", "Ardahan"), ("1921-03-09", "Artvin")}


def test_a_conference_that_gathers_is_not_also_a_meeting(tmp_path):
    evs = events_of(tmp_path, "Londra Konferansı 21 Şubat 1921’de İngiltere’nin başkentinde toplanmıştır.")
    assert [e["type"] for e in evs] == ["CONFERENCE"]
    evs = events_of(tmp_path, "21 Şubat 1921’de Londra’da toplanan konferansa Bekir Sami Bey katılmıştır.")
    assert "MEETING_OR_CONGRESS" not in {e["type"] for e in evs}


def test_a_signed_armistice_is_not_also_a_treaty(tmp_path):
    evs = events_of(tmp_path, "30 Ekim 1918’de imzalanan Mondros Mütarekesi ile savaş sona ermiştir.")
    assert ("ARMISTICE", "1918-10-30") in typed(evs)
    assert "TREATY_SIGNED" not in {e["type"] for e in evs}


def test_a_draft_presented_is_not_a_treaty_signed(tmp_path):
    evs = events_of(tmp_path, "Fransız heyeti 2 Haziran 1921’de antlaşma tasarısını Türk heyetine sunmuştur.")
    types = {e["type"] for e in evs}
    assert "TREATY_DRAFTED" in types and "TREATY_SIGNED" not in types


def test_a_warship_is_not_a_war_and_a_lone_departure_is_no_delegation(tmp_path):
    evs = events_of(tmp_path, "Sadrazam 10 Ekim 1922’de bir savaş gemisiyle İzmir’den ayrılmıştır.")
    assert typed(evs) == {("OTHER", "1922-10-10")}


def test_a_departing_delegation_is_still_a_delegation(tmp_path):
    evs = events_of(tmp_path, "Türk heyeti 5 Kasım 1922’de Ankara’dan ayrılmıştır.")
    assert ("DELEGATION_SENT", "1922-11-05") in typed(evs)


def test_a_noun_object_of_another_verb_is_not_its_own_event(tmp_path):
    """'konferansa davet etmiştir': an invitation, not a conference."""
    evs = events_of(tmp_path, "Büyük devletler 3 Ocak 1921’de barış konferansına Ankara hükümetini davet etmiştir.")
    assert ("LETTER_OR_TELEGRAM", "1921-01-03") in typed(evs)
    assert "CONFERENCE" not in {e["type"] for e in evs}


def test_a_date_naming_an_earlier_war_does_not_date_the_treaty_after_it(tmp_path):
    evs = events_of(tmp_path, "Bölge, 1828-1829 Osmanlı-Rus Savaşı’ndan sonra Edirne Antlaşması ile Rusya’ya geçmiştir.")
    assert all(e["date"] is None for e in evs if e["type"] == "TREATY_SIGNED")


def test_the_date_before_a_happened_verb_dates_its_subject_event(tmp_path):
    evs = events_of(tmp_path, "Bolşevik İhtilali, eski takvimle 25 Ekim 1917’de, yeni takvimle ise "
                              "7 Kasım 1917’de gerçekleşmiştir.")
    assert ("REVOLUTION", "1917-11-07") in typed(evs)


def test_english_abstract_sentences_tell_no_unnamed_events(tmp_path):
    text = ("This article examines the negotiations between the two delegations at the conference.\n\n"
            "Türk heyeti 20 Kasım 1922’de Lozan’a ulaşmıştır. Heyetin başında İsmet Paşa vardı. "
            "Bu makale Lozan dönemini ele almaktadır.")
    evs = events_of(tmp_path, text)
    assert {e["type"] for e in evs} == {"ARRIVAL"}


def test_titles_come_from_the_repaired_text(tmp_path):
    """A word split at a line end ("kurul- muştur") is joined in the title."""
    evs = events_of(tmp_path, "Milli kuvvetler 3 Mart 1921’de Batum’a girmiş ve orada yeni bir idare kurul- \n\nmuştur.")
    assert evs and all("- " not in e["title"] for e in evs)
