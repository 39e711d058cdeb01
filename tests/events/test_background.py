"""Background (historical) events: dates months or years back, states going on since long ago,
long durations, vague pasts, and the parse's signs of history when no date is given. Each cue
is tested on both sides: the sentence that is background and the one that is news."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.model import Document

Code = Callable[..., Document]


def modality(doc: Document, type_: str) -> str:
    (event,) = [e for e in doc.events if e.type == type_]
    return event.modality


@pytest.mark.parametrize(
    ("text", "when", "value", "expected"),
    [
        ("Britain has sanctioned Iran since 2019.", "2019", "2019", "historical"),
        ("Britain has sanctioned Iran since December.", "December", "2024-12", "asserted"),
    ],
)
def test_a_state_since_a_date_is_background_only_when_it_began_long_ago(
    code: Code, text: str, when: str, value: str, expected: str
) -> None:
    doc = code(text, actors=["Britain", "Iran"], times=[(when, value)])
    assert modality(doc, "SANCTION") == expected


def test_a_recent_start_keeps_a_state_in_the_news(code: Code) -> None:
    doc = code(
        "Ghana and Togo have held joint patrols on the border since last year.",
        actors=["Ghana", "Togo"],
        times=[("last year", "2024")],
    )
    assert modality(doc, "COOPERATE") == "asserted"


def test_decades_are_dated(code: Code) -> None:
    doc = code(
        "In the 1990s, Peru repeatedly accused Ecuador of border raids.",
        actors=["Peru", "Ecuador"],
        times=[("the 1990s", "199")],
    )
    assert modality(doc, "ACCUSE") == "historical"


def test_a_range_of_years_that_is_over_stands_for_its_middle(code: Code) -> None:
    doc = code(
        "Officers who seized power in Mali in 2020-2024 expelled the French ambassador.",
        actors=["Officers=Malian army", "Mali", "French ambassador=France"],
        times=[("2020-2024", "2020/2024")],
        published="2025-01-20",
    )
    events = {e.type: e for e in doc.events}
    assert events["COERCE"].modality == "historical"


@pytest.mark.parametrize(
    ("words", "value", "expected"),
    [("the past", "PAST_REF", "historical"), ("recently", "PAST_REF", "asserted")],
)
def test_a_vague_past_is_background_only_when_it_says_long_ago(
    code: Code, words: str, value: str, expected: str
) -> None:
    text = f"Chad expelled the Sudanese envoy {words}."
    doc = code(text, actors=["Chad", "Sudanese envoy=Sudan"], times=[(words, value)])
    assert (doc.events[0].modality, doc.events[0].date is not None) == (expected, True)


def test_a_long_spell_is_background_but_a_gap_is_not(code: Code) -> None:
    long = code(
        "For three decades, Morocco has rejected independence for Western Sahara.",
        actors=["Morocco", "Western Sahara"],
        times=[("three decades", "P30Y", "DURATION")],
    )
    assert modality(long, "REJECT") == "historical"
    gap = code(
        "Modi visited Kathmandu on Monday, the first visit by an Indian leader in two decades.",
        actors=["Modi=Narendra Modi", "Kathmandu=Nepal", "Indian leader=India"],
        times=[("Monday", "2025-03-03"), ("two decades", "P20Y", "DURATION")],
    )
    assert all(e.modality == "asserted" for e in gap.events)


def test_a_war_lasting_years_may_still_be_going_on(code: Code) -> None:
    doc = code(
        "Three years of war between Russia and Ukraine have killed thousands of soldiers.",
        actors=["Russia", "Ukraine"],
        times=[("Three years", "P3Y", "DURATION")],
    )
    assert modality(doc, "ASSAULT") == "asserted"


def test_long_standing_adverbs(code: Code) -> None:
    old = code("Serbia has long opposed the independence of Kosovo.", actors=["Serbia", "Kosovo"])
    assert modality(old, "REJECT") == "historical"
    new = code("Serbia opposed the independence of Kosovo.", actors=["Serbia", "Kosovo"])
    assert modality(new, "REJECT") == "asserted"


def test_past_perfect_describing_a_side_character_is_background(code: Code) -> None:
    doc = code(
        "Nigeria sent troops to stop rebels who had seized the northern towns.",
        actors=["Nigeria", "rebels=Rebels"],
    )
    assert modality(doc, "COERCE") == "historical"
    assert modality(doc, "MOBILIZE") == "asserted"


def test_past_perfect_describing_the_sentence_subject_stays_news(code: Code) -> None:
    doc = code(
        "The tariffs that Washington had threatened to impose on Mexico will not take effect.",
        actors=["Washington=United States", "Mexico"],
    )
    assert modality(doc, "THREATEN") == "asserted"


def test_a_dated_past_perfect_relative_clause_follows_its_date(code: Code) -> None:
    doc = code(
        "Police cleared the offices that protesters had occupied on Thursday.",
        actors=["Police", "protesters=Protesters"],
        times=[("Thursday", "2025-02-27")],
    )
    assert modality(doc, "PROTEST") == "asserted"


def test_an_event_noun_is_no_newer_than_the_dated_clause_it_is_told_in(code: Code) -> None:
    doc = code(
        "Bahrain cut ties with Iran in 2016, angered by the execution of a cleric by Riyadh.",
        actors=["Bahrain", "Iran", "Riyadh=Saudi Arabia"],
        times=[("2016", "2016")],
    )
    assert modality(doc, "ASSAULT") == "historical"


def test_a_date_modifying_a_noun_dates_only_that_noun(code: Code) -> None:
    doc = code(
        "India suspended its part in a 1960 treaty with Pakistan.",
        actors=["India", "Pakistan"],
        times=[("1960", "1960")],
    )
    (event,) = doc.events
    assert event.modality == "asserted" and event.date is not None and event.date.inferred


def test_a_when_clause_after_a_date_happened_then(code: Code) -> None:
    doc = code(
        "Judges charged the leaders over the riots of January 8, 2023, when militants stormed "
        "the parliament in Brasilia.",
        actors=["militants=Militants", "parliament=Brazilian Congress", "Brasilia=Brazil"],
        times=[("January 8, 2023", "2023-01-08")],
    )
    stormed = [e for e in doc.events if e.trigger.text.startswith("stormed")]
    assert stormed and stormed[0].modality == "historical"
    assert stormed[0].date is not None and stormed[0].date.value == "2023-01-08"
