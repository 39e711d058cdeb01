"""The stage with the real spaCy parse: tense from the governing verb, entity checks, the layer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.contract import to_record
from detente.model import Document
from detente.times.stage import NormaliseTimes


@pytest.fixture(scope="module")
def stage() -> NormaliseTimes:
    return NormaliseTimes()


def values(doc: Document) -> list[tuple[str, str | None]]:
    return [(t.span.text, t.value) for t in doc.times]


TENSE = [
    ("The delegation arrived on Tuesday.", "2025-03-06", [("Tuesday", "2025-03-04")]),
    ("The delegation will arrive on Tuesday.", "2025-03-06", [("Tuesday", "2025-03-11")]),
    ("The trial is set to begin on Wednesday.", "2025-03-04", [("Wednesday", "2025-03-05")]),
    ("The first jets arrived in March.", "2025-01-10", [("March", "2024-03")]),
    (
        "The first jets are expected to start arriving in March.",
        "2025-01-10",
        [("March", "2025-03")],
    ),
    (
        "The ministers signed the pact on December 30.",
        "2025-01-05",
        [("December 30", "2024-12-30")],
    ),
    (
        "The ministers will sign the pact on December 30.",
        "2025-01-05",
        [("December 30", "2025-12-30")],
    ),
    ("The mission has ended in November.", "2025-02-02", [("November", "2024-11")]),
    ("The council could vote on Friday.", "2025-03-04", [("Friday", "2025-03-07")]),
    (
        "Speaking on Friday, the minister said talks failed.",
        "2025-03-04",
        [("Friday", "2025-02-28")],
    ),
    ("The new president takes office on Monday.", "2025-03-06", [("Monday", "2025-03-10")]),
    # An infinitive under a past verb may lie either side: the nearest August 31.
    ("She pledged to finish the work by August 31.", "2025-08-17", [("August 31", "2025-08-31")]),
    # Through a noun only the past carries over: the debate was not next Monday.
    ("He will discuss Monday's debate.", "2025-03-05", [("Monday", "2025-03-03")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), TENSE, ids=[r[0] for r in TENSE])
def test_tense_of_the_governing_verb_picks_the_date(
    parse: Callable[..., Document],
    stage: NormaliseTimes,
    text: str,
    published: str,
    expected: list[tuple[str, str]],
) -> None:
    assert values(stage(parse(text, published))) == expected


def test_words_that_only_look_like_dates_are_left_alone(
    parse: Callable[..., Document], stage: NormaliseTimes
) -> None:
    doc = stage(parse("April Ryan asked whether the talks may end in April.", "2025-03-04"))
    assert values(doc) == [("April", "2025-04")]
    doc = stage(parse("The plant has 2000 employees and opened in 1066.", "2025-03-04"))
    assert values(doc) == [("1066", "1066")]
    doc = stage(parse("A reporter for USA Today asked on Sunday.", "2025-03-04"))
    assert values(doc) == [("Sunday", "2025-03-02")]


def test_clock_times_take_the_day_of_their_sentence(
    parse: Callable[..., Document], stage: NormaliseTimes
) -> None:
    doc = stage(parse("Polls closed on Sunday at 8 p.m. local time.", "2025-03-06"))
    assert values(doc) == [("Sunday", "2025-03-02"), ("8 p.m.", "2025-03-02T20:00")]
    sunday, clock = doc.times
    assert clock.type == "TIME"
    assert clock.anchor == f"{sunday.span.start}:{sunday.span.end}"


def test_pipeline_fills_the_times_layer_with_exact_spans(run: Callable[..., Document]) -> None:
    text = "Rebels took the town on Monday.\nTwo days later the army retook it after a week."
    doc = run(text, "2025-03-06")
    assert "times" in doc.layers
    assert values(doc) == [
        ("Monday", "2025-03-03"),
        ("Two days later", "2025-03-05"),
        ("a week", "P1W"),
    ]
    for t in doc.times:
        assert doc.text[t.span.start : t.span.end] == t.span.text
    record = to_record(doc, {})
    assert [(t["text"], t["type"], t["value"]) for t in record["times"]] == [
        ("Monday", "DATE", "2025-03-03"),
        ("Two days later", "DATE", "2025-03-05"),
        ("a week", "DURATION", "P1W"),
    ]


def test_without_a_publication_date_relative_values_stay_unresolved(
    run: Callable[..., Document],
) -> None:
    doc = run("The envoys met on Thursday, two weeks after the 2019 accord.", None)
    assert values(doc) == [
        ("Thursday", "XXXX-WXX-4"),
        ("two weeks after", "XXXX-WXX-4"),
        ("2019", "2019"),
    ]
