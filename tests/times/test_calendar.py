"""Calendar periods: TIMEX3 values, moving by periods, choosing the year of a yearless date."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.times.calendar import Point, duration_value, pick_year, weekday_near

D = dt.date


@pytest.mark.parametrize(
    ("day", "grain", "value"),
    [
        (D(2025, 3, 4), "day", "2025-03-04"),
        (D(2021, 1, 3), "week", "2020-W53"),  # ISO weeks belong to the year of their Thursday
        (D(2025, 3, 4), "month", "2025-03"),
        (D(2025, 11, 30), "quarter", "2025-Q4"),
        (D(2025, 7, 1), "half", "2025-H2"),
        (D(2025, 1, 15), "season", "2024-WI"),  # January is in the winter that began in 2024
        (D(2025, 12, 2), "season", "2025-WI"),
        (D(2025, 4, 2), "season", "2025-SP"),
        (D(1994, 6, 1), "decade", "199"),
        (D(1994, 6, 1), "century", "19"),
    ],
)
def test_values(day: dt.date, grain: str, value: str) -> None:
    assert Point.of(day, grain).value == value


def test_moving_crosses_year_ends() -> None:
    assert Point.of(D(2025, 1, 20), "month").shift(-1).value == "2024-12"
    assert Point.of(D(2025, 2, 10), "quarter").shift(-1).value == "2024-Q4"
    assert Point.of(D(2025, 1, 1), "week").shift(-1).value == "2024-W52"
    assert Point.of(D(2025, 3, 4), "day").coarsen("year").shift(2).value == "2027"


def test_first_and_last_days() -> None:
    winter = Point.season(2024, "WI")
    assert (winter.first_day(), winter.last_day()) == (D(2024, 12, 1), D(2025, 2, 28))
    assert Point.of(D(2025, 3, 4), "week").first_day() == D(2025, 3, 3)


def june(year: int) -> Point:
    return Point("month", year * 12 + 5)


@pytest.mark.parametrize(
    ("published", "tense", "value"),
    [
        (D(2025, 3, 4), "past", "2024-06"),
        (D(2025, 3, 4), "future", "2025-06"),
        (D(2025, 3, 4), None, "2025-06"),  # nearest: three months ahead, not nine back
        (D(2025, 11, 4), None, "2025-06"),
        (D(2025, 6, 20), "future", "2025-06"),  # still running
    ],
)
def test_pick_year(published: dt.date, tense: str | None, value: str) -> None:
    assert pick_year(june, published, tense).value == value  # type: ignore[arg-type,union-attr]


def test_pick_year_skips_dates_that_do_not_exist() -> None:
    def leap_day(year: int) -> Point | None:
        try:
            return Point.of(D(year, 2, 29), "day")
        except ValueError:
            return None

    assert pick_year(leap_day, D(2025, 3, 4), "past").value == "2024-02-29"  # type: ignore[union-attr]


def test_weekday_near() -> None:
    tuesday = D(2025, 3, 4)
    assert weekday_near(tuesday, 2, None, strict=False).value == "2025-03-04"
    assert weekday_near(tuesday, 2, "past", strict=True).value == "2025-02-25"
    assert weekday_near(tuesday, 2, "future", strict=True).value == "2025-03-11"
    assert weekday_near(tuesday, 5, "future", strict=False).value == "2025-03-07"
    assert weekday_near(tuesday, 5, "past", strict=False).value == "2025-02-28"


def test_duration_values() -> None:
    assert duration_value(3, "Y", 1, False) == "P3Y"
    assert duration_value(2.5, "Y", 1, False) == "P2.5Y"
    assert duration_value(30, "M", 1, True) == "PT30M"
    assert duration_value(2, "Y", 10, False) == "P20Y"
    assert duration_value(None, "D", 1, False) == "PXD"
