"""The event layer on constructed Turkish sentences and on the seed articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vakanuvis.extract.event import same_name
from vakanuvis.extract.event.dates import interval, precise
from vakanuvis.pipeline import process
from vakanuvis.read import read


def events_of(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(read(path), ["event"])
    for s in doc.layers["event"]:
        assert doc.original[s.start:s.end] == s.text
        for ev in s.attrs["evidence"]:
            assert doc.original[ev["start"]:ev["end"]].strip()
    return [s.attrs for s in doc.layers["event"]]


@pytest.mark.parametrize("text, typ, date", [
    ("Moskova Antlaşması 16 Mart 1921'de imzalandı.", "TREATY_SIGNED", "1921-03-16"),
    ("Heyet 11 Mayıs 1920'de Ankara'dan hareket etti.", "DELEGATION_SENT", "1920-05-11"),
    ("30 Ekim 1920'de Kars geri alınmış.", "CAPTURE", "1920-10-30"),
    ("21 Kasım 1920'de büyükelçiliğe tayin edilen Ali Fuat Paşa yola çıktı.", "APPOINTMENT", "1920-11-21"),
    ("Doğu cephesinde 28 Eylül 1920 günü taarruz başladı.", "MILITARY_OPERATION", "1920-09-28"),
    ("Yusuf Kemal Bey 18 Eylül 1920 tarihinde Trabzon'dan çektiği telle durumu bildirdi.",
     "LETTER_OR_TELEGRAM", "1920-09-18"),
])
def test_trigger_type_and_governing_date(tmp_path, text, typ, date):
    found = {(e["type"], e["date"]) for e in events_of(tmp_path, text)}
    assert (typ, date) in found


def test_a_date_belongs_to_the_event_its_participle_modifies(tmp_path):
    """'9 Kasım 1917'de gerçekleşen Devrim ... açıkladı': the date is the revolution's."""
    evs = events_of(tmp_path, "9 Kasım 1917'de gerçekleşen Bolşevik Devrimi ile birlikte Sovyet Rusya "
                              "gizli belgeleri açıklamıştır.")
    by_type = {e["type"]: e["date"] for e in evs}
    assert by_type["REVOLUTION"] == "1917-11-09"
    assert by_type["DECLARATION"] is None


def test_coordinated_captures_are_two_events(tmp_path):
    evs = events_of(tmp_path, "30 Eylül 1920'de Sarıkamış ve Merdenek ele geçirilmiş.")
    captures = [e for e in evs if e["type"] == "CAPTURE"]
    if len(captures) == 1:  # the entity layer did not tag both towns as places
        pytest.skip("needs both places from the entity layer")
    assert len(captures) == 2 and {e["date"] for e in captures} == {"1920-09-30"}


def test_one_event_per_mention_cluster(tmp_path):
    """A named treaty told in three sentences is one event with three evidences."""
    evs = events_of(tmp_path, "Gümrü Antlaşması 3 Aralık 1920'de imzalandı. Gümrü Antlaşması ile sınır "
                              "belirlendi. Bu antlaşma ilk başarıydı.")
    treaties = [e for e in evs if e["type"] == "TREATY_SIGNED"]
    assert len(treaties) == 1
    assert len(treaties[0]["evidence"]) == 3 and treaties[0]["date"] == "1920-12-03"


def test_generic_nouns_and_intentions_are_not_events(tmp_path):
    evs = events_of(tmp_path, "Savaş ve barış içinde ilişkiler sürdü. Hükümet bir antlaşma imzalama "
                              "niyetindeydi. Bu konunun önemi vardı.")
    assert evs == []


def test_intervals_and_precision():
    assert interval("1920-12", "START").days == 10
    assert interval("1920-12-02/1920-12-03").days == 2
    assert interval("1920-SP").start.month == 3
    assert interval("PRESENT_REF") is None and interval(None) is None
    assert precise("1920-12-12") < precise("1920-12", "START") < precise("1920")


def test_event_names_compare_across_spellings():
    assert same_name("Gümrü Anlaşması", "Gümrü Antlaşması")
    assert same_name("Moskova Antlaşması’nın", "Moskova Dostluk Antlaşması")
    assert same_name("Bolşevik Devrimi", "Bolşevik İhtilâli")
    assert not same_name("Sivas Kongresi", "Erzurum Kongresi")
    assert not same_name("Kars Antlaşması", "Moskova Antlaşması")


def test_seed_scores_on_gold_input_layers(corpus_files, gold_dir):
    """Event F1 and date accuracy when timex/entity/citation are the gold ones."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from events import annotate  # the dev helper that loads the gold input layers

    from vakanuvis.evaluate import score_event

    gold, pred = {}, {}
    for path in corpus_files:
        doc = annotate(path, True)
        gold[doc.stem] = json.loads((gold_dir / f"{doc.stem}.event.json").read_text(encoding="utf-8"))["events"]
        pred[doc.stem] = [s.attrs for s in doc.layers["event"]]
    scores = score_event(gold, pred)
    assert scores["match"]["f1"] >= 0.75
    assert scores["date_accuracy"] >= 0.9


def test_an_act_done_by_a_dated_treaty_takes_its_date(tmp_path):
    evs = events_of(tmp_path, "Moskova Antlaşması 16 Mart 1921'de imzalandı. Moskova Antlaşması’nın "
                              "birinci maddesiyle Sevr geçersiz sayılmıştır.")
    other = [e for e in evs if e["type"] == "OTHER"]
    assert other and other[0]["date"] == "1921-03-16" and other[0]["date_source"] == "context"


@pytest.mark.parametrize("name, case, expected", [
    ("Kars", "gen", "Kars’ın"), ("Moskova", "dat", "Moskova’ya"), ("Kars", "loc", "Kars’ta"),
    ("TBMM", "gen", "TBMM’nin"), ("Lenin", "dat", "Lenin’e"), ("Doğu Cephesi", "loc", "Doğu Cephesi’nde"),
    ("Sovyet Rusya", "acc", "Sovyet Rusya’yı"), ("Bekir Sami", "dat", "Bekir Sami’ye"),
])
def test_turkish_case_suffixes_for_titles(name, case, expected):
    from vakanuvis.extract.event.titles import inflect

    assert inflect(name, case) == expected


def test_titles_read_as_chronology_lines(tmp_path):
    evs = events_of(tmp_path, "30 Ekim 1920'de Kars geri alınmış. Mustafa Kemal Paşa 26 Nisan 1920'de Lenin'e bir "
                              "mektup gönderdi. Moskova Antlaşması 16 Mart 1921'de imzalandı.")
    titles = {e["type"]: (e["title"], e["title_en"]) for e in evs}
    assert titles["CAPTURE"] == ("Kars’ın ele geçirilmesi", "Capture of Kars")
    assert titles["LETTER_OR_TELEGRAM"] == ("Mustafa Kemal Paşa’nın Lenin’e mektubu", "Letter from Mustafa Kemal Paşa to Lenin")
    assert titles["TREATY_SIGNED"][0] == "Moskova Antlaşması imzalandı"
    assert "DELEGATION_SENT" not in titles  # "bir mektup gönderdi" sends a letter, not a delegation


def test_a_date_after_the_event_bound_by_a_participle(tmp_path):
    """'X’in imzalandığı 30 Ekim 1918 tarihinde': the date follows, but it is the signing's."""
    evs = events_of(tmp_path, "Ateşkes antlaşmasının imzalandığı 30 Ekim 1918 tarihinde çizilen hudut sınırımızdır.")
    assert [(e["type"], e["date"]) for e in evs] == [("ARMISTICE", "1918-10-30")]
    later = events_of(tmp_path, "Heyet Ankara'dan hareket etti ve 30 Ekim 1920'de Kars'a ulaştı.")
    assert ("DELEGATION_SENT", None) in [(e["type"], e["date"]) for e in later]  # no participle: not its date


def test_a_named_event_is_not_dated_years_away_from_its_known_date(tmp_path):
    """'3 Mart 1925 günü Sakarya Meydan Muharebesi anıldı': 1925 dates the commemoration."""
    evs = events_of(tmp_path, "3 Mart 1925 günü Sakarya Meydan Muharebesi anıldı. "
                              "23 Ağustos 1921'de başlayan Sakarya Meydan Muharebesi kazanıldı.")
    war = [e for e in evs if e.get("key") and "Sakarya" in e["key"]]
    if not war:
        pytest.skip("the entity layer did not name the battle")
    assert war[0]["date"] == "1921-08-23"


def test_recognition_needs_a_state_in_its_sentence(tmp_path):
    """'tanınmış bir zat' (a well-known man) is no recognition; a state recognising one is."""
    assert all(e["type"] != "RECOGNITION" for e in events_of(tmp_path, "1921 yılında tanınmış bir zat konuştu."))
    evs = events_of(tmp_path, "Sovyet Rusya, Türkiye'yi 1921'de tanımıştır.")
    assert [e["type"] for e in evs] == ["RECOGNITION"]
