"""Repair: named fixers, JSON cases (incl. negative), and the offset-map property."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vakanuvis.repair import repair
from vakanuvis.repair.fixers import FIXERS

CASES = json.loads((Path(__file__).parent / "cases" / "repair.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["label"] for c in CASES["cases"]])
def test_repair_cases(case):
    assert repair(case["in"]).text == case["out"]


@pytest.mark.parametrize("text", CASES["negative"])
def test_negative_cases_unchanged(text):
    assert repair(text).text == text.replace("'", "’")


def test_steps_name_the_fixers_that_changed_text():
    r = repair("Ankara'ya\r\nvarış")
    assert "normalize_newlines" in r.steps and "normalize_apostrophes" in r.steps
    assert set(r.steps) <= set(FIXERS)


def test_page_numbers_and_running_headers_are_dropped():
    line = "Bu uzun satır sayfa düzeninde kırılmış bir paragrafın parçasıdır ve devam eder {}"
    body = []
    for page in range(1, 5):
        body += ["TÜRK-SOVYET İLİŞKİLERİ", *[line.format(str(page * 10 + i)) for i in range(8)], str(page)]
    text = "\n\n".join(body)
    clean = repair(text).text
    assert "TÜRK-SOVYET İLİŞKİLERİ" not in clean
    assert not re.search(r"(?<!\w)[1-4](?!\w)", clean)
    assert clean.count("parçasıdır") == 32


def test_offsets_point_back_into_the_seed_articles(corpus_files):
    for path in corpus_files:
        original = path.read_text(encoding="utf-8")
        r = repair(original)
        for m in re.finditer(r"\w+(?:’\w+)?", r.text):
            start, end = r.offsets.span_to_original(m.start(), m.end())
            assert squash(original[start:end]) == squash(m.group())


def squash(s: str) -> str:
    """The words of a string without layout: whitespace and hyphens gone, one apostrophe."""
    return re.sub(r"[\s\-]", "", s).replace("'", "’")


WORDS = st.lists(
    st.sampled_from(
        ["Türkiye", "Ankara’ya", "Moskova'da", "ve", "bir", "antlaşma", "imzalandı.", "İsmet",
         "ılık", "Hakimiyet-i", "(Yüceer,1997:40-41)", "1921", "Kara-deniz", "I.", "Dünya", "ﬁkir", "Đstanbul"]
    ),
    min_size=1,
    max_size=60,
)
BREAKS = st.sampled_from([" ", " ", " ", "\n", "\n\n", " \n\n \n\n", "\r\n", "  "])


@st.composite
def pdf_like(draw):
    words = draw(WORDS)
    out = []
    for w in words:
        if "-" in w and draw(st.booleans()):
            a, b = w.split("-", 1)
            w = a + "-" + draw(st.sampled_from(["\n", "\n\n", " \n\n"])) + b
        out.append(w)
        out.append(draw(BREAKS))
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(pdf_like(), st.data())
def test_any_clean_span_maps_to_the_same_words(original, data):
    r = repair(original)
    assert r.offsets.clean_length == len(r.text)
    if not r.text:
        return
    words = [m.span() for m in re.finditer(r"\S+", r.text)]
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, len(words) - 1))
    a, b = words[i][0], words[j][1]
    start, end = r.offsets.span_to_original(a, b)
    assert 0 <= start <= end <= len(original)
    assert squash(r.text[a:b]) == squash(repair(original[start:end]).text)


@settings(max_examples=200, deadline=None)
@given(pdf_like())
def test_offset_map_is_monotonic(original):
    r = repair(original)
    mapped = [r.offsets.to_original(i) for i in range(len(r.text))]
    assert mapped == sorted(mapped)
    assert all(0 <= o < len(original) for o in mapped)
