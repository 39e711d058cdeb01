"""What a draft needs to stand as an event: another side for a meeting, a disaster is not
coercion, a war named as a topic is no event, restatements and ended states are not new
events, and a mediator announcing a truce is not one of its parties."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document

Code = Callable[..., Document]


def types(doc: Document) -> list[str]:
    return sorted(e.type for e in doc.events)


def test_speaking_with_no_one_is_no_meeting(code: Code) -> None:
    doc = code(
        "Speaking at the Elysee with days left in his term, Macron praised the deal.",
        actors=["Macron=Emmanuel Macron@person/FRA/GOV"],
    )
    assert "CONSULT" not in types(doc)


def test_speaking_with_someone_is(code: Code) -> None:
    doc = code(
        "Macron spoke with Scholz by phone on Monday.",
        actors=["Macron=Emmanuel Macron@person/FRA/GOV", "Scholz=Olaf Scholz@person/DEU/GOV"],
    )
    assert types(doc) == ["CONSULT"]


def test_hosting_no_guest_is_no_meeting(code: Code) -> None:
    doc = code(
        "Wang Yi hosted the final session in Beijing.",
        actors=["Wang Yi@person/CHN/GOV", "Beijing=China@state/CHN"],
    )
    assert "CONSULT" not in types(doc)


def test_one_side_can_refuse_to_negotiate(code: Code) -> None:
    doc = code(
        "The strike committee said it will not negotiate with the government.",
        actors=["strike committee=Strike committee@organization/COL/CVL", "it=Strike committee"],
    )
    assert types(doc) == ["REJECT"]


DISASTER = (
    "The earthquake destroyed thousands of homes in the south. "
    "Rescuers are still searching the rubble after the earthquake. "
    "Erdogan declared a state of emergency in ten provinces."
)


def test_an_emergency_after_a_disaster_is_no_coercion(code: Code) -> None:
    doc = code(DISASTER, actors=["Erdogan=Recep Tayyip Erdoğan@person/TUR/GOV"])
    assert "COERCE" not in types(doc)


def test_an_emergency_after_a_coup_is(code: Code) -> None:
    doc = code(
        "Soldiers tried to seize power on Friday. "
        "Erdogan declared a state of emergency in ten provinces.",
        actors=["Erdogan=Recep Tayyip Erdoğan@person/TUR/GOV", "Soldiers=Turkish army"],
    )
    assert "COERCE" in types(doc)


def test_a_war_named_as_a_topic_is_no_event(code: Code) -> None:
    doc = code("Follow our live coverage of the war in Sudan.", actors=["Sudan"])
    assert doc.events == []


def test_a_war_the_sentence_tells_of_is(code: Code) -> None:
    doc = code("The war in Sudan has killed thousands of civilians.", actors=["Sudan"])
    assert types(doc) == ["ASSAULT"]


def test_an_event_noun_in_apposition_restates_its_head(code: Code) -> None:
    doc = code(
        "The president dissolved parliament, a key demand of the student protesters.",
        actors=["president=Bangladesh", "parliament=Parliament", "student protesters=Students"],
    )
    assert "REQUEST" not in types(doc)


def test_a_state_an_act_ends_is_no_new_event(code: Code) -> None:
    doc = code(
        "The opposition leader was freed from house arrest by the president.",
        actors=["opposition leader=Khaleda Zia", "president=Bangladesh"],
    )
    assert "COERCE" not in types(doc)


def test_a_mediator_announcing_a_truce_is_not_its_party(code: Code) -> None:
    doc = code(
        "Blinken announced the truce on Monday and called on both sides to let aid through.",
        actors=["Blinken=Antony Blinken@person/USA/GOV"],
    )
    assert "RETREAT" not in types(doc) and "CONCEDE" not in types(doc)


def test_a_party_announcing_a_truce_is(code: Code) -> None:
    doc = code("Hamas announced a truce on Monday.", actors=["Hamas@group/PSE/REB"])
    assert types(doc) == ["RETREAT"]
