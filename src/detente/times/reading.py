"""What a matched expression means: a :class:`Reading`, and what every reader needs.

A reading is final when the expression carries its own date or is counted from the publication
date; expressions counted from the last date mentioned ("two days later", "the following week")
and clock times (which take the day of their sentence) come back with a :class:`Step` for the
normaliser to finish once it knows the expressions around them. Without a publication date,
anything relative keeps the TIMEX3 unknown form (``XXXX-WXX``) instead of a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from detente.model import TimeType
from detente.times.calendar import Point, duration_value
from detente.times.lexicon import Lexicon
from detente.times.patterns import Candidate

PUBLISHED = "published"
_UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "season": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


@dataclass(frozen=True, slots=True)
class Step:
    """How to finish a reading from other expressions. By default: move the anchor (the last
    date mentioned) by ``steps`` periods of ``grain``. With ``sentence`` set, take the date its
    sentence names instead: ``"day"`` a day, for clock times and parts of day (which get
    ``clock`` or ``part``); ``"event"`` any date before it, for "two weeks after the coup", which
    dates the event of its own clause."""

    grain: str
    steps: int = 0
    part: str | None = None
    clock: str | None = None
    weekday: int | None = None
    sentence: str | None = None


@dataclass(slots=True)
class Reading:
    """A TIMEX3 type and value. ``point`` is the calendar period a date names, kept so later
    expressions can count from it and ranges can be ordered; ``anchor`` what a relative value
    was computed from: ``"published"`` or the ``start:end`` offsets of another expression."""

    type: TimeType
    value: str | None
    point: Point | None = None
    step: Step | None = None
    anchor: str | None = None


def unknown(grain: str) -> str:
    return _UNKNOWN.get(grain, "XXXX-XX-XX")


class Words:
    """The lexicon lookups every reader shares: counts, units, months, lead words."""

    lex: Lexicon

    def count(self, c: Candidate) -> float | None:
        digits, word = c.group("count_digits"), c.group("count_word")
        if digits is not None:
            number = float(digits)
        elif c.group("tens") is not None:
            number = self.lex.get("number_tens", c.group("tens")) + self.lex.get(
                "numbers", c.group("ones"), 0
            )
        elif word is not None:
            number = float(self.lex.get("numbers", word))
        else:
            return None
        return number + (0.5 if c.group("half") or c.group("and_half") else 0.0)

    def unit(self, c: Candidate, singular: bool = False) -> tuple[str, dict[str, Any]] | None:
        form = c.group("unit")
        name = self.lex.get("units", form)
        if name is None or (singular and form is not None and form.lower() != name):
            return None
        return name, self.lex.get("unit_meanings", name)

    def month(self, c: Candidate, group: str = "month") -> int | None:
        word = c.group(group)
        if word is not None:
            found: int = self.lex.get("month_names", word)
            return found
        abbr = c.group("month_abbr") if group == "month" else None
        return self.lex.get("month_abbreviations", abbr) if abbr else None

    def led(self, text: str, start: int) -> bool:
        """Whether a date lead word ("in", "since", "early" ...) comes right before ``start``."""
        before = text[max(0, start - 24) : start].rstrip().lower()
        words = before.replace("-", "- ").split()
        return bool(words) and (
            self.lex.has("date_leads", words[-1])
            or (len(words) > 1 and self.lex.has("date_leads", " ".join(words[-3:])))
        )


def dated(c: Candidate, point: Point, anchor: str | None = None) -> Reading:
    return Reading(c.pattern.type, point.value, point, anchor=anchor)


def day_point(year: int, month: int, day: int) -> Point | None:
    """The day, or None when the calendar has no such day (February 30)."""
    try:
        return Point.of(dt.date(year, month, day), "day")
    except ValueError:
        return None


def duration_of(count: float | None, meaning: dict[str, Any]) -> str:
    return duration_value(count, meaning["code"], meaning["size"], meaning["clock"])
