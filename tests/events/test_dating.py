"""Event dates: TIMEX3 periods, the expression governing the event's own clause, inferred
publication dates, and background detection against the publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.events.dating import before, period, years
from detente.model import Document


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2003", "2003-01-01", "2003-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-03-04", "2025-03-04", "2025-03-04"),
        ("2025-03-04T10:30", "2025-03-04", "2025-03-04"),
        ("2025-W10", "2025-03-03", "2025-03-09"),
        ("1950/1953", "1950-01-01", "1953-12-31"),
        ("2025-SU", "2025-01-01", "2025-12-31"),
        ("199", "1990-01-01", "1999-12-31"),
        ("19", "1900-01-01", "1999-12-31"),
    ],
)
def test_period(value: str, first: str, last: str) -> None:
    assert period(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["XXXX-XX-XX", "PRESENT_REF", "P3Y", ""])
def test_unanchored_values_have_no_period(value: str) -> None:
    assert period(value) is None


def test_before_needs_a_publication_date() -> None:
    assert before(dt.date(2024, 12, 31), dt.date(2025, 3, 4), 30)
    assert not before(dt.date(2025, 2, 20), dt.date(2025, 3, 4), 30)
    assert not before(dt.date(1990, 1, 1), None, 30)


def test_date_comes_from_the_events_own_clause(code: Callable[..., Document]) -> None:
    doc = code(
        "Officials said on Monday that Chad had expelled the envoy on Friday.",
        actors=["Chad", "envoy=France"],
        times=[("on Monday", "2025-03-03"), ("on Friday", "2025-02-28")],
    )
    (event,) = doc.events
    assert event.date is not None and event.date.value == "2025-02-28"
    assert event.date.time == "on Friday" and not event.date.inferred


def test_future_date_makes_an_event_intended(code: Callable[..., Document]) -> None:
    doc = code(
        "The army imposes a curfew on the capital next week.",
        actors=["army=Army", "capital=Capital"],
        times=[("next week", "2025-W11")],
    )
    (event,) = doc.events
    assert event.type == "COERCE" and event.modality == "intended"


def test_recent_past_is_not_background(code: Callable[..., Document]) -> None:
    doc = code(
        "Police arrested the editor in February.",
        actors=["Police", "editor=Editor"],
        times=[("in February", "2025-02")],
    )
    (event,) = doc.events
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("P3Y", 3), ("P5DE", 50), ("P2CE", 200), ("PXY", 1), ("P6M", 0), ("P3D", 0), ("", 0)],
)
def test_years_a_duration_lasts(value: str, expected: float) -> None:
    assert years(value) == expected
