"""Folding a sentence's triggers into the reports it makes: one report, one event; an event noun
is what a verb predicates of it; accusations allege material deeds, not verbal ones."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document

Code = Callable[..., Document]


def types(doc: Document) -> list[str]:
    return sorted(e.type for e in doc.events)


def test_an_event_noun_as_subject_of_a_verbal_act_is_the_event(code: Code) -> None:
    doc = code(
        "Pyongyang's missile launches threaten the whole region, Tokyo said.",
        actors=["Pyongyang=North Korea", "Tokyo=Japan"],
    )
    assert types(doc) == ["MOBILIZE"]


def test_an_event_noun_as_subject_of_a_deed_is_one_report(code: Code) -> None:
    doc = code(
        "Israeli air strikes killed at least 70 people in Gaza.",
        actors=["Israeli=Israel", "people=Palestinian civilians", "Gaza=Palestine"],
    )
    assert types(doc) == ["ASSAULT"]


def test_a_material_deed_an_accusation_alleges_is_reported(code: Code) -> None:
    doc = code("Kenya accused Somalia of shelling its border posts.", actors=["Kenya", "Somalia"])
    assert types(doc) == ["ACCUSE", "ASSAULT"]
    (deed,) = [e for e in doc.events if e.type == "ASSAULT"]
    (accusation,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert deed.confidence is not None and accusation.confidence is not None
    assert deed.confidence < accusation.confidence


def test_a_verbal_deed_an_accusation_alleges_is_not(code: Code) -> None:
    doc = code(
        "Israel accused Hamas of reneging on parts of the ceasefire deal.",
        actors=["Israel", "Hamas"],
    )
    assert types(doc) == ["ACCUSE"]


def test_what_hangs_on_an_aspect_verb_hangs_on_the_event_it_carries(code: Code) -> None:
    doc = code(
        "Thousands of opposition supporters have begun gathering in Caracas, demanding new "
        "elections.",
        actors=["opposition supporters=Venezuelan opposition", "Caracas=Venezuela"],
    )
    assert types(doc) == ["PROTEST"]


def test_a_finite_clause_about_things_gives_a_frame_no_content(code: Code) -> None:
    doc = code("Mexico warned that the measures could hurt trade.", actors=["Mexico"])
    assert doc.events == []


def test_a_finite_clause_about_an_actor_does(code: Code) -> None:
    doc = code(
        "Mexico warned that Washington could take tough measures.",
        actors=["Mexico", "Washington=United States"],
    )
    assert types(doc) == ["THREATEN"]


def test_an_infinitive_about_what_the_actor_is_to_do_does(code: Code) -> None:
    doc = code("Mexico agreed to take tough measures on its border.", actors=["Mexico"])
    assert types(doc) == ["AGREE"]


def test_distinct_acts_of_one_type_in_a_sentence_are_kept_apart(code: Code) -> None:
    doc = code(
        "Sudan, which eased press restrictions on Tuesday, lifted the curfew on Saturday.",
        actors=["Sudan"],
        times=[("Tuesday", "2025-02-25"), ("Saturday", "2025-03-01")],
    )
    assert types(doc) == ["CONCEDE", "CONCEDE"]


def test_an_ordered_release_is_a_concession(code: Code) -> None:
    doc = code(
        "The general ordered the release of the jailed activists.",
        actors=["general=Sudanese army", "activists=Sudanese activists"],
    )
    assert types(doc) == ["CONCEDE"]


def test_ordering_the_army_out_is_mobilizing_it(code: Code) -> None:
    doc = code(
        "The president ordered the armed forces to keep the peace in Colombo.",
        actors=["president=Sri Lanka", "armed forces=Sri Lankan army", "Colombo=Sri Lanka"],
    )
    assert types(doc) == ["MOBILIZE"]


def test_leaving_a_bloc_is_a_sanction(code: Code) -> None:
    doc = code(
        "Mali and Niger announced their withdrawal from the regional bloc.",
        actors=["Mali", "Niger", "their=Sahel juntas"],
    )
    assert types(doc) == ["SANCTION"]


def test_a_call_on_supporters_to_protest_is_the_protest_intended(code: Code) -> None:
    # The manual codes "mobilizing supporters to demonstrate" as PROTEST; those called on are
    # the callers' side, not the protest's target.
    doc = code(
        "Kenyan opposition leaders called on their supporters to return to the streets.",
        actors=["Kenyan opposition leaders=Kenyan opposition@group/KEN/OPP", "supporters"],
    )
    (event,) = doc.events
    assert (event.type, event.modality) == ("PROTEST", "intended")
    assert [a.name for a in doc.actors if a.id in event.recipient] == []


def test_a_call_on_others_to_act_stays_a_request(code: Code) -> None:
    doc = code(
        "The African Union urged Sudan's army to withdraw from the capital.",
        actors=["African Union@igo/IGO", "army=Sudanese army@group/SDN/MIL"],
    )
    (event,) = doc.events
    assert event.type == "REQUEST"
