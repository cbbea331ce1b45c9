"""Entity classes found missing on the primary-E dev set (docs/devset-primary-E.md), checked on
sentences written for these tests: the adjective `Amerikan`, the copula after a case, the
institution before an office in a person's title, izafet names that end at an instrumental,
the honorific izafet of a ministry, and a capital standing for a government only while it
exists."""

from __future__ import annotations

import pytest
from test_entity import entities as entities_at
from test_entity import found as found_at

DATE = "1930-05-10"


def entities(text: str, date: str = DATE) -> list[dict]:
    return entities_at(text, date=date)


def found(text: str, surface: str) -> dict | None:
    return found_at(text, surface, date=DATE)


def test_amerikan_before_an_agent_noun_is_the_americans():
    e = found("Amerikan heyeti dün Ankara’ya geldi.", "Amerikan")
    assert e is not None and (e["kind"], e["entity"]) == ("GROUP", "Amerikalılar")
    assert e["stands_for"] == "Amerika Birleşik Devletleri"


def test_amerikan_before_a_thing_is_not_annotated():
    assert found("Çarşıda Amerikan mallarına rastlamadık.", "Amerikan") is None


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("Bu topraklar Türklerindir.", "Türklerindir", "Türkler"),
    ("Ordunun karargâhı Erzurum’dadır.", "Erzurum’dadır", "Erzurum"),
])
def test_copula_after_a_case_keeps_the_name(text, surface, entity):
    e = found(text, surface)
    assert e is not None and e["entity"] == entity


def test_institution_before_an_office_is_a_name_of_its_own():
    found_ = {e["text"]: e for e in entities("Bursa Sanayi Mektebi Müdürü Hasan Bey dün geldi.")}
    assert found_["Bursa Sanayi Mektebi"]["kind"] == "ORG"
    assert found_["Hasan Bey"]["kind"] == "PERSON"


def test_office_alone_before_a_person_adds_no_institution():
    assert [e["text"] for e in entities("Dün Kurmay Yüzbaşısı Nuri Bey geldi.")] == ["Nuri Bey"]


def test_izafet_name_ends_at_an_instrumental():
    spans = [e["text"] for e in entities("Bu mesele Heyet-i Tetkikiyeyle Maliye Müfettişleri arasında konuşuldu.")]
    assert not any("Müfettiş" in s and "Heyet" in s for s in spans)


def test_ministry_with_an_honorific_izafet():
    e = found("Evrak, Nafıa Vekâlet-i celilesince tasdik edilmiştir.", "Nafıa Vekâlet-i celilesince")
    assert e is not None and e["kind"] == "ORG"
    assert e["entity"] == found("Nafıa Vekâleti bunu bildirdi.", "Nafıa Vekâleti")["entity"]


def test_a_capital_stands_for_a_government_only_while_it_exists():
    during = next(e for e in entities("İstanbul kabul etmedi.", "1921-05-10") if e["text"] == "İstanbul")
    after = next(e for e in entities("İstanbul kabul etmedi.", "1930-05-10") if e["text"] == "İstanbul")
    assert during.get("stands_for") == "İstanbul Hükümeti"
    assert "stands_for" not in after
