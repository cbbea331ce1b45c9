"""The event data files: every trigger matches its own example; tables are complete."""

from __future__ import annotations

import pytest

from vakanuvis.extract.event.lexicon import (
    BLOCK,
    clause_cues,
    event_types,
    explanations,
    name_variants,
    relation_rules,
    roles,
    triggers,
)
from vakanuvis.lang import tr

GOLD_TYPES = ("REVOLUTION DECLARATION LETTER_OR_TELEGRAM DELEGATION_SENT ARRIVAL MEETING_OR_CONGRESS "
              "CONFERENCE ASSEMBLY_OPENED APPOINTMENT NEGOTIATION TREATY_DRAFTED TREATY_SIGNED ARMISTICE "
              "MILITARY_OPERATION CAPTURE WAR_OR_BATTLE RECOGNITION OTHER").split()


def test_types_are_the_gold_format_types():
    assert list(event_types()) == GOLD_TYPES


@pytest.mark.parametrize("trig", triggers(), ids=lambda t: f"line{t.line}")
def test_every_trigger_matches_its_example(trig):
    assert trig.pattern.search(tr.lower(trig.example)), f"triggers.tsv:{trig.line} misses {trig.example!r}"


def test_triggers_cover_the_documented_morphology():
    """The issue's examples: inflected verbs, participles and verbal nouns."""
    phrases = {
        "imzalandı": "TREATY_SIGNED", "imzalar": "TREATY_SIGNED", "toplanacak": "MEETING_OR_CONGRESS",
        "meclisin açılmasından sonra": "ASSEMBLY_OPENED", "hareket etti": "DELEGATION_SENT",
        "ele geçirilmiş": "CAPTURE", "geri alınmış": "CAPTURE", "taarruz": "MILITARY_OPERATION",
        "harekat": "MILITARY_OPERATION", "tayin edilen": "APPOINTMENT",
        "gönderdiği mektup": "LETTER_OR_TELEGRAM", "çektiği telle": "LETTER_OR_TELEGRAM",
    }
    for phrase, typ in phrases.items():
        hits = [t.type for t in triggers() if t.type != BLOCK and t.pattern.search(tr.lower(phrase))]
        assert typ in hits, phrase


def test_explanations_for_every_kind_in_both_languages():
    kinds = {"date_contradiction", "date_compatible", "granularity", "calendar_julian", "calendar_rumi",
             "actor", "spelling"}
    table = explanations()
    assert {(k, lang) for k in kinds for lang in ("tr", "en")} <= set(table)


def test_other_tables_load():
    assert {"participle", "boundary"} <= set(clause_cues())
    assert roles() and relation_rules() and name_variants()
    assert all(r.relation in {"ALLIED_WITH", "SUPPORTS", "AT_WAR_WITH", "NEGOTIATES_WITH", "SIGNED_WITH",
                              "RECOGNISES"} for r in relation_rules())


def test_title_and_relation_tables_load():
    from vakanuvis.extract.event.lexicon import head_roles, polities, relation_roles
    from vakanuvis.extract.event.titles import case_suffixes, templates

    assert {"gen", "acc", "dat", "loc", "abl"} == set(case_suffixes())
    langs = {(t.type, t.lang) for t in templates()}
    assert {(typ, lang) for typ in event_types() for lang in ("tr", "en") if typ != "OTHER"} <= langs | {
        (typ, lang) for typ in event_types() for lang in ("tr", "en") if ("*", lang) in langs}
    assert relation_roles() and head_roles() and polities()


@pytest.mark.parametrize("trig", triggers(), ids=lambda t: f"line{t.line}")
def test_the_literal_shortcut_finds_every_example(trig):
    """Triggers are searched only around their required literals: the shortcut must not lose a match."""
    from vakanuvis.extract.event import _matches, needle_positions

    low = tr.lower("Önce bir cümle. " + trig.example + " ve sonra.")
    assert _matches(trig, low, needle_positions(low)) == [m.span() for m in trig.pattern.finditer(low)]


def test_absorb_and_type_rules_name_known_types():
    """absorb.tsv and type_rules.tsv load, and every rule names a gold type (or drops)."""
    from vakanuvis.extract.event.lexicon import absorbed, type_rules

    types = set(GOLD_TYPES)
    assert absorbed() and all(noun in types and verb in types for noun, verb in absorbed())
    assert type_rules() and all(typ in types and other in types | {BLOCK} for typ, _, _, other in type_rules())
    assert {"clause_end", "reference", "happened"} <= set(clause_cues())
