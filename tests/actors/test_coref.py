"""Coreference bookkeeping: quotations, and pronouns that must not point into them."""

from __future__ import annotations

from collections.abc import Callable

from detente.actors.coref import quotations
from detente.model import Document
from tests.actors.conftest import actor_at

Run = Callable[..., Document]


def test_quotations_pair_typographic_and_straight_marks() -> None:
    text = 'He said "we will go". “Yes,” she said.'
    assert [text[a:b] for a, b in quotations(text)] == ["we will go", "Yes,"]


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“First part\n\n“Second part,” he said."
    assert [text[a:b] for a, b in quotations(text)] == ["First part", "Second part,"]


def test_pronoun_after_a_quote_is_the_speaker_not_a_name_inside_it(actors: Run) -> None:
    doc = actors(
        "North Korea rejected the proposal on Monday. "
        "“The US must stop its drills,” it said in a statement."
    )
    assert actor_at(doc, "it", 2) is actor_at(doc, "North Korea")


def test_pronoun_inside_a_quote_may_point_into_it(actors: Run) -> None:
    doc = actors("Peru's envoy said: “Chile knows its duty.”")
    assert actor_at(doc, "its") is actor_at(doc, "Chile")
