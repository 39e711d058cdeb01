"""Calendar periods as TIMEX3 sees them, and the arithmetic that relative expressions need.

"last week", "two years later" and "the third quarter" all name a *period* of some grain (a week,
a year, a quarter), computed by moving from another period. A :class:`Point` is such a period:
its grain and an integer index that counts periods of that grain, so moving is adding and
comparing is comparing integers, whatever the grain. Its ``value`` is the TIMEX3 string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

Tense = Literal["past", "present", "future"]

# Finer grains first; quarter, half and season all sit between month and year.
RANK: dict[str, int] = {
    "second": 0,
    "minute": 0,
    "hour": 1,
    "day": 2,
    "week": 3,
    "month": 4,
    "quarter": 5,
    "half": 5,
    "season": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
}
SEASONS = ("SP", "SU", "FA", "WI")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar period: ``key`` counts periods of ``grain`` (days since year 1, months since
    year 0 ...). ``part`` is a part of day (``TMO``) or ``WE`` for a week's weekend; ``clock`` a
    time of day (``14:00Z``) on a day."""

    grain: str
    key: int
    part: str | None = None
    clock: str | None = None

    @classmethod
    def of(cls, day: dt.date, grain: str, part: str | None = None) -> Point:
        y, m = day.year, day.month
        keys: dict[str, Callable[[], int]] = {
            "day": day.toordinal,
            "week": lambda: (day.toordinal() - 1) // 7,
            "month": lambda: y * 12 + m - 1,
            "quarter": lambda: y * 4 + (m - 1) // 3,
            "half": lambda: y * 2 + (m - 1) // 6,
            "season": lambda: _season_key(day),
            "year": lambda: y,
            "decade": lambda: y // 10,
            "century": lambda: y // 100,
        }
        return cls(grain, keys[grain](), part)

    @classmethod
    def season(cls, year: int, code: str) -> Point:
        return cls("season", year * 4 + SEASONS.index(code))

    def first_day(self) -> dt.date:
        k = self.key
        starts: dict[str, Callable[[], dt.date]] = {
            "day": lambda: dt.date.fromordinal(k),
            "week": lambda: dt.date.fromordinal(k * 7 + 1),
            "month": lambda: dt.date(k // 12, k % 12 + 1, 1),
            "quarter": lambda: dt.date(k // 4, (k % 4) * 3 + 1, 1),
            "half": lambda: dt.date(k // 2, (k % 2) * 6 + 1, 1),
            "season": lambda: dt.date(k // 4, _SEASON_START[SEASONS[k % 4]], 1),
            "year": lambda: dt.date(k, 1, 1),
            "decade": lambda: dt.date(max(k * 10, 1), 1, 1),
            "century": lambda: dt.date(max(k * 100, 1), 1, 1),
        }
        return starts[self.grain]()

    def last_day(self) -> dt.date:
        return replace(self, part=None, clock=None).shift(1).first_day() - dt.timedelta(days=1)

    def shift(self, steps: int) -> Point:
        return replace(self, key=self.key + steps)

    def coarsen(self, grain: str) -> Point:
        """The period of ``grain`` this one starts in (a day's month, a week's year ...)."""
        return self if grain == self.grain else Point.of(self.first_day(), grain)

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to this period; 0 when the period contains it."""
        first, last = self.first_day(), self.last_day()
        return (first - day).days if day < first else max(0, (day - last).days)

    @property
    def value(self) -> str:
        return format_value(self)


def format_value(point: Point) -> str:
    k, grain = point.key, point.grain
    if grain == "day":
        day = dt.date.fromordinal(k).isoformat()
        if point.clock:
            return f"{day}T{point.clock}"
        return day + (point.part or "")
    if grain == "week":
        year, week, _ = dt.date.fromordinal(k * 7 + 1).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if point.part == "WE" else "")
    formats: dict[str, Callable[[], str]] = {
        "month": lambda: f"{k // 12:04d}-{k % 12 + 1:02d}",
        "quarter": lambda: f"{k // 4:04d}-Q{k % 4 + 1}",
        "half": lambda: f"{k // 2:04d}-H{k % 2 + 1}",
        "season": lambda: f"{k // 4:04d}-{SEASONS[k % 4]}",
        "year": lambda: f"{k:04d}",
        "decade": lambda: f"{k:03d}",
        "century": lambda: f"{k:02d}",
    }
    return formats[grain]()


def _season_key(day: dt.date) -> int:
    index = (day.month % 12) // 3  # Dec-Feb 0, Mar-May 1, Jun-Aug 2, Sep-Nov 3
    year = day.year - 1 if day.month < 3 else day.year
    return year * 4 + (index - 1) % 4


def pick_year(
    make: Callable[[int], Point | None], published: dt.date, tense: Tense | None
) -> Point | None:
    """The occurrence of a yearless period ("June 18", "in March", "Q3") a text most likely means.

    Past tense: the latest one that has begun by the publication date; future: the earliest one
    that has not ended; otherwise the nearest one (news mostly speaks of the recent past and the
    near future).
    """
    options = [p for p in (make(published.year + d) for d in (-1, 0, 1)) if p is not None]
    if not options:
        return None
    if tense == "past":
        begun = [p for p in options if p.first_day() <= published]
        if begun:
            return begun[-1]
    if tense == "future":
        ahead = [p for p in options if p.last_day() >= published]
        if ahead:
            return ahead[0]
    return min(options, key=lambda p: (p.distance(published), p.first_day() < published))


def weekday_near(published: dt.date, weekday: int, tense: Tense | None, strict: bool) -> Point:
    """The weekday (ISO number) on or before the publication date, or on or after it when the
    tense says future; ``strict`` excludes the publication day itself ("last Tuesday")."""
    gap = (published.isoweekday() - weekday) % 7
    if tense == "future":
        ahead = (weekday - published.isoweekday()) % 7
        if strict and ahead == 0:
            ahead = 7
        return Point.of(published + dt.timedelta(days=ahead), "day")
    if strict and gap == 0:
        gap = 7
    return Point.of(published - dt.timedelta(days=gap), "day")


def duration_value(count: float | None, code: str, size: int, clock: bool) -> str:
    """TIMEX3 duration: ``P3Y``, ``PT30M``, ``P2.5Y``; ``PXY`` when the count is vague."""
    prefix = "PT" if clock else "P"
    if count is None:
        return f"{prefix}X{code}"
    amount = count * size
    number = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"{prefix}{number}{code}"
