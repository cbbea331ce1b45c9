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
