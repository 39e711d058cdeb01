"""Modality decisions: negation, condition, hypothesis, intention and background never let a
report of something not done become an asserted deed."""

from __future__ import annotations

from collections.abc import Callable

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
