"""Tests for title-case headlines read again in sentence case."""

from collections.abc import Callable

import pytest

from detente.model import Document
from detente.quotes.headline import is_title_case, sentence_case

Attribute = Callable[..., Document]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Mayor Slams Budget Plan As ‘Reckless’", True),
        ("New Survey Shows Sharp Drop In Support For Ruling Party", True),
        ("The mayor slams the budget plan as reckless", False),
        ("Talks Fail", False),
    ],
)
def test_a_headline_is_in_title_case_when_most_longer_words_are_capitalised(line: str, title: bool):
    assert is_title_case(line) is title


def test_only_words_the_article_writes_as_names_keep_their_capital():
    body = "\n\nOkafor met NATO envoys. The survey, which Okafor ordered, shows a drop in support."
    line = "Okafor Survey Shows Drop In NATO Support"
    cased = sentence_case(line, body)
    assert cased == "Okafor survey shows drop in NATO support"
    assert len(cased) == len(line)


def test_a_title_case_headline_is_attributed_from_its_sentence_case_parse(attribute: Attribute):
    text = (
        "New Survey Shows Sharp Drop In Support For Ruling Party\n\n"
        "The survey was conducted in May by the national statistics office."
    )
    doc = attribute(text)
    assert [
        (
            q.cue.text if q.cue else None,
            q.content.text,
            q.speaker_span.text if q.speaker_span else None,
        )
        for q in doc.quotes
    ] == [("Shows", "Sharp Drop In Support For Ruling Party", "New Survey")]


def test_a_headline_object_runs_to_the_end_of_the_headline(attribute: Attribute):
    doc = attribute(
        "Mayor Slams Budget Plan As ‘Reckless’\n\n"
        "The mayor of the port city spoke on Tuesday. Her office released the figures later."
    )
    assert [(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes] == [
        ("Slams", "Budget Plan As ‘Reckless’")
    ]


def test_a_headline_in_sentence_case_is_read_from_the_document_parse(attribute: Attribute):
    doc = attribute(
        "The mayor slams budget plan as reckless\n\nThe mayor of the port city spoke on Tuesday."
    )
    assert [(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes] == [
        ("slams", "budget plan")
    ]
