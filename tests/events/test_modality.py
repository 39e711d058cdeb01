"""Modality decisions: negation, condition, hypothesis, intention and background never let a
report of something not done become an asserted deed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.events.codebook import Codebook
from detente.events.modality import Signals, decide
from detente.model import Document


def test_negated_deed(codebook: Codebook) -> None:
    d = decide(Signals(negated="not"), "0874", None, codebook)
    assert (d.modality, d.cameo) == ("negated", "0874")


def test_refusal_of_cooperation_is_a_rejection(codebook: Codebook) -> None:
    d = decide(Signals(negated="not", intended="will"), "040", None, codebook)
    assert d.modality == "asserted" and codebook.codes[d.cameo].type == "REJECT"
    d = decide(Signals(negated="not"), "030", None, codebook, refuses=True)
    assert codebook.codes[d.cameo].type == "REJECT"


def test_announced_cooperation_is_agree_and_announced_harm_stays_intended(
    codebook: Codebook,
) -> None:
    meet = decide(Signals(intended="will"), "040", None, codebook)
    assert (meet.modality, meet.cameo) == ("asserted", "036")
    strike = decide(Signals(intended="will"), "190", None, codebook)
    assert (strike.modality, strike.cameo) == ("intended", "190")


def test_conditional_harm_is_a_threat(codebook: Codebook) -> None:
    d = decide(Signals(intended="would", condition="if"), "190", None, codebook)
    assert d.modality == "asserted" and codebook.codes[d.cameo].type == "THREATEN"
    d = decide(Signals(intended="would", condition="unless", negated="not"), "190", None, codebook)
    assert codebook.codes[d.cameo].type == "THREATEN"


def test_hypothetical_and_historical(codebook: Codebook) -> None:
    assert decide(Signals(hypothetical="could"), "129", None, codebook).modality == "hypothetical"
    assert decide(Signals(historical="in 1990"), "190", None, codebook).modality == "historical"
    assert decide(Signals(), "190", None, codebook).modality == "asserted"


def test_promise_of_a_conflictual_act_is_that_act_intended(code: Callable[..., Document]) -> None:
    doc = code(
        "EU ministers agreed to ban imports of Russian steel.",
        actors=["EU ministers=European Union", "Russian=Russia"],
    )
    (event,) = doc.events
    assert event.type != "AGREE" and event.modality == "intended"


def test_vow_of_violence_is_a_threat(code: Callable[..., Document]) -> None:
    doc = code(
        "The militia vowed to attack the capital.", actors=["militia=Militia", "capital=Capital"]
    )
    (event,) = doc.events
    assert event.type == "THREATEN" and event.modality == "asserted"


def test_past_perfect_recent_news_stays_asserted(code: Callable[..., Document]) -> None:
    doc = code(
        "Officials said the rebels had released the hostages.",
        actors=["rebels=Rebels", "hostages=Hostages"],
    )
    (event,) = doc.events
    assert event.modality == "asserted"


def test_purpose_clause_is_not_a_separate_deed(code: Callable[..., Document]) -> None:
    doc = code(
        "Police fired tear gas to disperse the protesters.",
        actors=["Police", "protesters=Protesters"],
    )
    (event,) = doc.events
    assert (event.type, event.mode) == ("ASSAULT", "crowd-control")
    names = {a.id: a.name for a in doc.actors}
    assert [names[i] for i in event.recipient] == ["Protesters"]


def _by_type(doc: Document, type_: str) -> list[str]:
    return [e.modality for e in doc.events if e.type == type_]


def test_no_right_to_act_is_no_deed(code: Callable[..., Document]) -> None:
    doc = code(
        "The admiral said China had no right to attack Philippine boats.",
        actors=["admiral=Philippine navy", "China", "Philippine boats=Philippines"],
    )
    assert _by_type(doc, "ASSAULT") == ["negated"]


def test_plans_to_act_are_intended_and_the_planner_acts(code: Callable[..., Document]) -> None:
    doc = code("Russia has plans to attack Odesa.", actors=["Russia", "Odesa=Ukraine"])
    (event,) = doc.events
    names = {a.id: a.name for a in doc.actors}
    assert (event.type, event.modality) == ("ASSAULT", "intended")
    assert [names[i] for i in event.actor] == ["Russia"]


def test_a_decision_to_act_is_the_act(code: Callable[..., Document]) -> None:
    doc = code(
        "Biden defended his decision to withdraw the troops from Kabul.",
        actors=["Biden=Joe Biden", "his=Joe Biden", "Kabul=Afghanistan"],
    )
    names = {a.id: a.name for a in doc.actors}
    withdrawal = [e for e in doc.events if e.type == "RETREAT"]
    assert withdrawal and withdrawal[0].modality == "asserted"
    assert [names[i] for i in withdrawal[0].actor] == ["Joe Biden"]


def test_a_means_shares_the_mood_of_what_it_serves(code: Callable[..., Document]) -> None:
    doc = code(
        "Analysts say Delhi could hit back by curbing Chinese investment.",
        actors=["Delhi=India", "Chinese=China"],
    )
    assert doc.events and all(e.modality == "hypothetical" for e in doc.events)


def test_not_hesitating_is_intending(code: Callable[..., Document]) -> None:
    doc = code(
        "Biden said he would not hesitate to strike the Houthis.",
        actors=["Biden=Joe Biden", "he=Joe Biden", "Houthis"],
    )
    assert _by_type(doc, "ASSAULT") == ["intended"]


def test_an_awaited_event_noun_is_intended(code: Callable[..., Document]) -> None:
    doc = code(
        "The army will wait for an order from Kim Jong Un.",
        actors=["army=Korean People's Army", "Kim Jong Un"],
    )
    assert _by_type(doc, "REQUEST") == ["intended"]


def test_an_event_noun_object_of_a_modal_verb_is_hypothetical(
    code: Callable[..., Document],
) -> None:
    doc = code(
        "Analysts said the thaw could facilitate a truce between Riyadh and Sanaa.",
        actors=["Riyadh=Saudi Arabia", "Sanaa=Houthis"],
    )
    assert _by_type(doc, "RETREAT") == ["hypothetical"]


def test_an_event_noun_subject_of_a_modal_verb_still_happened(
    code: Callable[..., Document],
) -> None:
    doc = code(
        "The Russian attack on Kharkiv could lead to new sanctions.",
        actors=["Russian=Russia", "Kharkiv=Ukraine"],
    )
    assert _by_type(doc, "ASSAULT") == ["asserted"]


def test_an_event_noun_is_not_negated_by_a_denied_reaction(code: Callable[..., Document]) -> None:
    doc = code(
        "Belgrade did not condemn the attack on the Kosovo police.",
        actors=["Belgrade=Serbia", "Kosovo police=Kosovo"],
    )
    assert _by_type(doc, "ACCUSE") == ["negated"]
    assert _by_type(doc, "ASSAULT") == ["asserted"]


def test_a_plotted_deed_in_an_accusation_is_intended(code: Callable[..., Document]) -> None:
    doc = code(
        "Maduro accused the opposition of plotting a coup with Washington.",
        actors=["Maduro=Nicolás Maduro", "opposition=Venezuelan opposition", "Washington=USA"],
    )
    assert _by_type(doc, "COERCE") == ["intended"]


def test_a_setting_is_not_what_a_vow_aims_at(code: Callable[..., Document]) -> None:
    doc = code(
        "Tehran vowed to avenge the killing of Soleimani in a U.S. drone strike in Baghdad.",
        actors=["Tehran=Iran", "Soleimani=Qassem Soleimani", "U.S.=United States"],
    )
    strikes = [e for e in doc.events if e.trigger.text.endswith("strike")]
    assert strikes and strikes[0].modality == "asserted"


def test_a_belief_about_the_future_is_a_guess(code: Callable[..., Document]) -> None:
    doc = code(
        "Guaidó believes the army will refuse to attack protesters.",
        actors=["Guaidó=Juan Guaidó", "army=Venezuelan army", "protesters=Protesters"],
    )
    assert doc.events and all(e.modality == "hypothetical" for e in doc.events)


def test_a_proposed_act_is_intended(code: Callable[..., Document]) -> None:
    doc = code(
        "The Commission proposed freezing funds for Hungary.",
        actors=["Commission=European Commission", "Hungary"],
    )
    assert _by_type(doc, "SANCTION") == ["intended"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Rubio wrote that the United States will respond accordingly.", "THREATEN"),
        ("Modi said India would give a fitting reply if provoked.", "THREATEN"),
        (
            "Kobakhidze said Georgia would not hold talks and would turn down EU grants.",
            "REJECT",
        ),
    ],
)
def test_an_announced_threat_or_refusal_is_made_now(
    code: Callable[..., Document], text: str, type_: str
) -> None:
    doc = code(
        text,
        actors=[
            "Rubio=Marco Rubio",
            "United States",
            "Modi=Narendra Modi",
            "India",
            "Kobakhidze=Irakli Kobakhidze",
            "Georgia",
            "EU=European Union",
        ],
    )
    assert _by_type(doc, type_) and set(_by_type(doc, type_)) == {"asserted"}
