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


def test_a_range_after_a_period_noun_dates_the_period_not_the_verb(
    code: Callable[..., Document],
) -> None:
    # The parser hangs the range on "protested"; a protest does not last 35 years.
    doc = code(
        "Seoul protested against the Japanese occupation from 1910 to 1945.",
        actors=["Seoul=South Korea@state/KOR", "Japanese=Japan@state/JPN"],
        times=[("from 1910 to 1945", "1910/1945")],
    )
    (protest,) = [e for e in doc.events if e.trigger.text.endswith("protested")]
    assert protest.modality == "asserted"
    assert protest.date is not None and protest.date.inferred


def test_a_range_the_event_itself_spans_still_dates_it(code: Callable[..., Document]) -> None:
    doc = code(
        "Ethiopia and Eritrea fought a border war from 1998 to 2000.",
        actors=["Ethiopia@state/ETH", "Eritrea@state/ERI"],
        times=[("from 1998 to 2000", "1998/2000")],
    )
    (war,) = doc.events
    assert war.modality == "historical"
    assert war.date is not None and war.date.value == "1998/2000"


def test_a_measured_date_opening_a_clause_dates_the_clause_it_hangs_on(
    code: Callable[..., Document],
) -> None:
    doc = code(
        "The ministers agreed on Monday to expel the envoy, a day after Minsk detained a "
        "Lithuanian journalist.",
        actors=["ministers=EU ministers@group", "envoy=Belarus", "Minsk=Belarus", "journalist"],
        times=[("on Monday", "2025-03-03"), ("a day after", "2025-03-03")],
    )
    (detention,) = [e for e in doc.events if e.trigger.text == "detained"]
    assert detention.date is not None and detention.date.inferred


def test_a_date_a_state_lasts_until_is_not_when_the_event_happened(
    code: Callable[..., Document],
) -> None:
    doc = code(
        "Georgia rejected grants from Brussels until the end of 2028.",
        actors=["Georgia@state/GEO", "Brussels=European Union@igo/IGO"],
        times=[("the end of 2028", "2028")],
    )
    (refusal,) = doc.events
    assert refusal.date is not None and refusal.date.inferred
    assert refusal.modality == "asserted"


def test_when_after_a_range_dates_the_clause_to_its_end(code: Callable[..., Document]) -> None:
    doc = code(
        "The front ruled Ethiopia from 1991 to 2018, when the army seized power in Addis Ababa.",
        actors=["front=TPLF@group/ETH", "Ethiopia@state/ETH", "army=Ethiopian army@group/ETH/MIL"],
        times=[("from 1991 to 2018", "1991/2018")],
    )
    (seizure,) = [e for e in doc.events if e.trigger.text.startswith("seized")]
    assert seizure.date is not None and seizure.date.value == "2018"
