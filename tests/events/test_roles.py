"""Actors and recipients: phrases from the parse, ids from the actors layer."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document


def _names(doc: Document, ids: list[str]) -> list[str]:
    names = {a.id: a.name for a in doc.actors}
    return sorted(names[i] for i in ids)


def test_passive_without_agent_keeps_the_recipient(code: Callable[..., Document]) -> None:
    doc = code(
        "Two journalists were arrested in Tehran.",
        actors=["journalists=Journalists", "Tehran=Iran"],
    )
    (event,) = doc.events
    assert _names(doc, event.actor) == []
    assert _names(doc, event.recipient) == ["Journalists"]


def test_head_before_containing_phrase(code: Callable[..., Document]) -> None:
    doc = code(
        "Leaders of the opposition coalition condemned the verdict.",
        actors=["opposition coalition=Opposition"],
    )
    (event,) = doc.events
    assert _names(doc, event.actor) == ["Opposition"]


def test_unresolved_pronoun_in_a_statement_is_its_speaker(code: Callable[..., Document]) -> None:
    doc = code("Hungary said it would support the resolution.", actors=["Hungary"])
    (event,) = doc.events
    assert (event.type, _names(doc, event.actor)) == ("AGREE", ["Hungary"])


def test_resolved_pronoun_is_used_as_resolved(code: Callable[..., Document]) -> None:
    doc = code("Hungary said it would support the resolution.", actors=["Hungary", "it=Slovakia"])
    (event,) = doc.events
    assert _names(doc, event.actor) == ["Slovakia"]


def test_host_is_the_recipient(code: Callable[..., Document]) -> None:
    doc = code(
        "Egypt hosted the Sudanese leader in Cairo.", actors=["Egypt", "Sudanese leader=Sudan"]
    )
    (event,) = doc.events
    assert (event.mode, _names(doc, event.actor), _names(doc, event.recipient)) == (
        "visit",
        ["Sudan"],
        ["Egypt"],
    )


def test_conditional_threat_is_aimed_at_the_condition(code: Callable[..., Document]) -> None:
    doc = code(
        "Russia threatened to halt talks if Washington deployed new missiles.",
        actors=["Russia", "Washington=United States"],
    )
    threat = next(e for e in doc.events if e.type == "THREATEN")
    assert _names(doc, threat.recipient) == ["United States"]


def test_events_without_identified_parties_are_not_coded(code: Callable[..., Document]) -> None:
    doc = code("Unknown gunmen attacked a bus.", actors=[])
    assert doc.events == []


def test_a_bare_participle_with_an_agent_is_passive(code: Callable[..., Document]) -> None:
    doc = code(
        "Three governments had their diplomats expelled by Caracas on Monday.",
        actors=["governments=Latin American governments", "Caracas=Venezuela"],
        times=[("Monday", "2025-03-03")],
    )
    (event,) = doc.events
    names = {a.id: a.name for a in doc.actors}
    assert event.type == "SANCTION"
    assert [names[i] for i in event.actor] == ["Venezuela"]
