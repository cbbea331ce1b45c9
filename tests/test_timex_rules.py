"""Every timex rule carries its ``# ÖRNEK:`` examples, and every example holds."""

from __future__ import annotations

import pytest

from vakanuvis.errors import RuleError
from vakanuvis.extract.timex import tag_text
from vakanuvis.extract.timex.rules import parse_rules, rules

CASES = [(r.name, ex) for r in rules() for ex in r.examples]


def test_every_rule_has_an_example():
    assert all(r.examples for r in rules())
    assert len({r.name for r in rules()}) == len(rules())


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{n}:{e.text[:40]}" for n, e in CASES])
def test_rule_example(rule, example):
    found = {(t.start, t.end): t.attrs for t in tag_text(example.text)}
    span = example.text[example.start:example.end]
    assert (example.start, example.end) in found, f"{rule}: no timex {span!r} in {example.text!r}: {found}"
    assert found[(example.start, example.end)]["value"] == example.value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# ÖRNEK: 1917 => 1917\nr1\tDATE\t%nosuch\n", "unknown pattern %nosuch"),
        ("# ÖRNEK: 1917 => 1917\nr1\tDATE\t(%yil\n", "does not compile"),
        ("# ÖRNEK: 1917 => 1917\nr1\tDATE\t%yil\n# ÖRNEK: 1917 => 1917\nr1\tDATE\t%yil\n", "duplicate rule name"),
        ("r1\tDATE\t%yil\n", "no '# ÖRNEK:' example"),
        ("# ÖRNEK: 1917 => 1917\nr1\tDAY\t%yil\n", "unknown type"),
        ("# ÖRNEK: 1917 => 1917\nr1\tDATE\t%yil\tmod=SOON\n", "mod='SOON'"),
        ("# ÖRNEK: 1917 => 1917\nr1\tDATE\t%yil\tshift=tomorrow\n", "bad shift"),
    ],
)
def test_rule_errors_name_file_line_and_rule(text, message):
    with pytest.raises(RuleError) as err:
        parse_rules(text, "rules-test.tsv")
    assert message in str(err.value)
    assert "rules-test.tsv:" in str(err.value)
    assert str(err.value).startswith("V201")


def test_prefilter_triggers_cover_every_example():
    """The rules run only near a trigger word (triggers.tsv): every example span has one."""
    from vakanuvis.extract.timex.match import triggers
    from vakanuvis.extract.timex.rules import fold

    for name, ex in CASES:
        starts = [m.start() for m in triggers().finditer(fold(ex.text))]
        assert any(ex.start <= s < ex.end for s in starts), f"{name}: no trigger in {ex.text!r}"


def test_prefilter_and_gates_change_nothing(corpus_files, monkeypatch):
    """Windows and gated leading patterns give exactly what a full scan of every rule gives."""
    from vakanuvis.extract.timex import match

    texts = [p.read_text(encoding="utf-8") for p in corpus_files]
    fast = [[(m.start, m.end, m.rule.name) for m in match.find(t)] for t in texts]
    monkeypatch.setattr(match, "windows", lambda folded: [(0, len(folded))])
    monkeypatch.setattr(match, "gate_positions", lambda folded, spans: {})
    assert fast == [[(m.start, m.end, m.rule.name) for m in match.find(t)] for t in texts]
