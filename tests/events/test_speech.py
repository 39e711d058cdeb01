"""Events known through quotes: reported_by, "we" as the speaker, statements as accusations."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document


def test_event_in_quote_is_reported_by_it(code: Callable[..., Document]) -> None:
    text = '"Our forces have shelled the port," the Russian spokesman said.'
    doc = code(
        text,
        actors=["Russian spokesman=Russia", "port=Ukraine"],
        quotes=[
            {"content": "Our forces have shelled the port,", "speaker": "Russia", "cue": "said"}
        ],
    )
    (event,) = doc.events
    assert event.type == "ASSAULT" and event.reported_by == "Q1"
    assert [a.name for a in doc.actors if a.id in event.actor] == ["Russia"]


def test_statement_accusation_needs_a_reporting_cue(code: Callable[..., Document]) -> None:
    text = '"They are terrorists," the governor said.'
    quote = {"content": "They are terrorists,", "speaker": "Governor", "cue": "said"}
    doc = code(text, actors=["governor=Governor"], quotes=[quote])
    (event,) = doc.events
    assert (event.type, event.reported_by, event.modality) == ("ACCUSE", "Q1", "asserted")
    assert event.rule and event.rule.startswith("quote:")


def test_statement_without_accusing_words_is_no_event(code: Callable[..., Document]) -> None:
    text = '"The talks were long," the governor said.'
    doc = code(
        text,
        actors=["governor=Governor"],
        quotes=[{"content": "The talks were long,", "speaker": "Governor", "cue": "said"}],
    )
    assert doc.events == []
