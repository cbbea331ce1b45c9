"""Timex cases found missing on the primary-E dev set (docs/devset-primary-E.md), on sentences
written for these tests: `evvel`/`önce` with a possessive and a case, and a "later" counted
from an "ago" the text has just narrated."""

from __future__ import annotations

import pytest

from vakanuvis.model import Doc
from vakanuvis.pipeline import process


def timexes(text: str, date: str = "1930-05-10") -> list[tuple[str, str | None]]:
    doc = process(Doc(id="t", path="t.txt", original=text, meta={"date": date}), ["timex"])
    return [(s.text, s.attrs.get("value")) for s in doc.layers["timex"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("On yıl evveline kadar böyleydi.", ("On yıl evveline", "1920")),
    ("İki sene öncesinden beri sürüyor.", ("İki sene öncesinden", "1928")),
    ("Üç ay evvelinde kararlaştırılmıştı.", ("Üç ay evvelinde", "1930-02")),
])
def test_ago_with_possessive_and_case(text, expected):
    assert timexes(text) == [expected]


def test_later_counts_from_the_narrated_ago():
    found = timexes("Beş sene evvel buradan ağlayarak gitmiştim. Beş sene sonra gülerek döndüm.")
    assert found == [("Beş sene evvel", "1925"), ("Beş sene sonra", "1930")]
