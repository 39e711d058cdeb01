"""The grammar data: it compiles, refers only to what exists, and its gate skips plain prose."""

from __future__ import annotations

import pytest

from detente.times.normaliser import default_normaliser
from detente.times.patterns import Grammar
from tests.times.test_normaliser import TABLE


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    return default_normaliser().grammar


def test_every_pattern_has_a_reader_and_known_gate_classes(grammar: Grammar) -> None:
    kinds = set(default_normaliser().reader.kinds)
    gate_classes = {c for classes in grammar.gate.words.values() for c in classes}
    gate_classes |= {c.name for c in grammar.gate.classes}
    for pattern in grammar.patterns:
        assert pattern.kind in kinds, pattern.name
        assert pattern.needs <= gate_classes, pattern.name


def test_case_sensitive_tables_match_as_written_or_in_capitals(grammar: Grammar) -> None:
    lexicon = grammar.lexicon
    assert lexicon.get("month_names", "MARCH") == 3
    assert lexicon.get("month_names", "march") is None
    assert lexicon.get("units", "Decades") == "decade"
    month = next(p for p in grammar.patterns if p.name == "month")
    assert month.regex.search("troops march on") is None
    assert month.regex.search("due in MARCH") is not None


def test_prose_without_time_words_opens_no_region(grammar: Grammar) -> None:
    text = "The envoy said the council would consider the proposal with care."
    assert grammar.gate.regions(text) == []
    assert grammar.scan(text) == []


def test_regions_cover_the_expression_around_a_gate_word(grammar: Grammar) -> None:
    text = "x " * 100 + "the talks ended three years ago, officials said." + " y" * 100
    (region,) = grammar.gate.regions(text)
    start = text.index("three")
    assert region.start <= start and text.index("ago") + 3 <= region.end
    assert "unit" in region.classes
    assert any(c.match.group() == "three years ago" for c in grammar.scan(text))


def test_the_gate_loses_no_candidate_of_the_example_table(grammar: Grammar) -> None:
    """Scanning only near gate tokens finds what scanning everything finds (checks `needs`)."""
    for text, _, _ in TABLE:
        everything = {
            (p.name, m.start(), m.end())
            for p in grammar.patterns
            for m in p.regex.finditer(text)
            if grammar._fits(p, text, m.start())
        }
        gated = {(c.pattern.name, c.start, c.end) for c in grammar.scan(text)}
        assert gated == everything, text
