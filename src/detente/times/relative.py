"""Readings of expressions relative to the publication date ("last week", "Thursday", "two
years ago"), to the last date mentioned ("two days later", "the following week"), to the date of
their sentence (clock times, "at dawn", "two weeks after the coup"), and of references to the
present, past and future.
"""

from __future__ import annotations

import datetime as dt
import re

from detente.model import TimeType
from detente.times.calendar import Point, weekday_near
from detente.times.context import TextContext
from detente.times.patterns import Candidate
from detente.times.reading import PUBLISHED, Reading, Step, Words, dated, duration_of, unknown


class RelativeReadings(Words):
    def read_weekday(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        if ctx.is_name(c.start, c.end):
            return None
        weekday: int = self.lex.get("weekdays", c.group("weekday"))
        part = self.lex.get("day_parts", c.group("part")) or ""
        if published is None:
            return Reading(c.pattern.type, f"XXXX-WXX-{weekday}{part}")
        tense = ctx.tense(c.start, c.end)
        # A weekday with a present-tense verb is a schedule in news text ("takes office on
        # Monday"); reports of what happened use the past.
        point = weekday_near(published, weekday, "future" if tense == "present" else tense, False)
        return dated(c, Point("day", point.key, part or None), PUBLISHED)

    def read_relday(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        if ctx.is_name(c.start, c.end):
            return None
        relday = c.group("relday")
        offset = self.lex.get("relative_days", relday, 0)
        part = self.lex.get("day_parts", c.group("part")) or self.lex.get(
            "relative_day_parts", relday
        )
        if c.group("shift") is not None:  # "last night"
            offset, part = self.lex.get("shifts", c.group("shift")), "TNI"
        kind: TimeType = "TIME" if part else "DATE"
        if published is None:
            return Reading(kind, "XXXX-XX-XX" + (part or ""))
        day = Point.of(published + dt.timedelta(days=offset), "day", part)
        return Reading(kind, day.value, day, anchor=PUBLISHED)

    def read_relative(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        shift: int = self.lex.get("shifts", c.group("shift"), 0)
        if c.group("fiscal"):
            year = published.year + shift if published else None
            return Reading("DATE", f"FY{year}" if year else "FYXXXX", anchor=PUBLISHED)
        weekday = self.lex.get("weekdays", c.group("weekday"))
        month = self.month(c)
        season = self.lex.get("seasons", c.group("season"))
        if c.group("weekend") is not None:
            grain, part = "week", "WE"
        elif weekday is not None or month is not None or season is not None:
            grain, part = ("day" if weekday else "month" if month else "season"), None
        else:
            unit = self.unit(c, singular=True)
            if unit is None or unit[1]["clock"]:
                return None
            grain, part, shift = unit[1]["grain"], None, shift * unit[1]["step"]
        if published is None:
            return Reading("DATE", self._unknown_relative(grain, part, weekday, month, season))
        if weekday is not None:
            point = self._shifted_weekday(published, weekday, shift)
        elif month is not None or season is not None:
            point = self._shifted_named(published, month, season, shift)
        elif part == "WE" and c.group("shift") is None:
            point = self._weekend(published, ctx.tense(c.start, c.end))
        else:
            point = Point.of(published, grain).shift(shift)
        return dated(c, Point(point.grain, point.key, part), PUBLISHED)

    @staticmethod
    def _unknown_relative(
        grain: str, part: str | None, weekday: int | None, month: int | None, season: str | None
    ) -> str:
        if weekday is not None:
            return f"XXXX-WXX-{weekday}"
        if month is not None:
            return f"XXXX-{month:02d}"
        if season is not None:
            return f"XXXX-{season}"
        return unknown(grain) + ("-WE" if part == "WE" else "")

    @staticmethod
    def _shifted_weekday(published: dt.date, weekday: int, shift: int) -> Point:
        if shift == 0:
            monday = published - dt.timedelta(days=published.isoweekday() - 1)
            return Point.of(monday + dt.timedelta(days=weekday - 1), "day")
        return weekday_near(published, weekday, "future" if shift > 0 else "past", strict=True)

    @staticmethod
    def _shifted_named(
        published: dt.date, month: int | None, season: str | None, shift: int
    ) -> Point:
        now = Point.of(published, "month" if month is not None else "season")

        def named(year: int) -> Point:
            if month is not None:
                return Point("month", year * 12 + month - 1)
            return Point.season(year, season or "SU")

        options = [named(published.year + d) for d in (-2, -1, 0, 1, 2)]
        if shift < 0:
            return [p for p in options if p.key < now.key][-1]
        if shift > 0:
            return next(p for p in options if p.key > now.key)
        return named(published.year)

    @staticmethod
    def _weekend(published: dt.date, tense: str | None) -> Point:
        week = Point.of(published, "week")
        if tense != "future" and published.isoweekday() < 6:
            return week.shift(-1)
        return week

    def read_period(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        unit = self.unit(c, singular=True)
        if unit is None:
            return None
        name, meaning = unit
        if meaning["clock"] and "last" in c.match.group().lower():
            return None  # "at the last minute" is an idiom, not a length of time
        if self.lex.has("reporting_periods", name):
            if published is None:
                return Reading("DATE", unknown(meaning["grain"]))
            point = Point.of(published, meaning["grain"]).shift(-1)
            return Reading("DATE", point.value, point, anchor=PUBLISHED)
        return Reading("DURATION", duration_of(1, meaning))

    # --- counted from an anchor ------------------------------------------------------------------

    def read_anaphoric(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        shift = 0 if c.group("that") else self.lex.get("anaphoric_shifts", c.group("anaphor"), 0)
        weekday = self.lex.get("weekdays", c.group("weekday"))
        if weekday is not None:
            return (
                None
                if shift == 0
                else Reading("DATE", None, step=Step("day", shift, weekday=weekday))
            )
        if c.group("weekend") is not None:
            return Reading("DATE", None, step=Step("week", shift, part="WE"))
        unit = self.unit(c, singular=True)
        if unit is None or unit[1]["clock"]:
            return None
        return Reading("DATE", None, step=Step(unit[1]["grain"], shift * unit[1]["step"]))

    def read_anchored(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        unit = self.unit(c)
        if unit is None or unit[1]["clock"]:
            return None
        direction = c.group("direction")
        sign: int = self.lex.get("anchored_directions", direction)
        from_published = self.lex.has("published_directions", direction)
        count = self.count(c)
        grain = unit[1]["grain"]
        if count is None:
            return Reading("DATE", "PAST_REF" if from_published else unknown(grain))
        if not count.is_integer():
            return None
        steps = sign * int(count) * unit[1]["step"]
        if not from_published:
            return Reading("DATE", None, step=Step(grain, steps))
        if published is None:
            return Reading("DATE", unknown(grain))
        point = Point.of(published, grain).shift(steps)
        return Reading("DATE", point.value, point, anchor=PUBLISHED)

    def read_event_offset(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        return Reading("DATE", None, step=Step("day", sentence="event"))

    def read_clock(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        word = c.group("part_word")
        part = self.lex.get("day_part_words", word)
        if part is not None:
            offset = self.lex.get("day_part_offsets", word, 0)
            return Reading("TIME", None, step=Step("day", offset, part=part, sentence="day"))
        noon = (c.group("noon") or "").lower()
        if noon:
            clock = "24:00" if noon == "midnight" else "12:00"
        else:
            hour = int(c.group("hour") or c.group("hour12") or 0)
            minute = int(c.group("minute") or c.group("dot_minute") or 0)
            ampm = (c.group("ampm") or c.group("dot_ampm") or "").lower()
            if ampm.startswith("p") and hour < 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
            clock = f"{hour:02d}:{minute:02d}" + self._zone(c)
        return Reading("TIME", None, step=Step("day", clock=clock, sentence="day"))

    def _zone(self, c: Candidate) -> str:
        zone = self.lex.get("zones", c.group("zone") or c.group("bare_zone"), "")
        offset = re.sub(r"\s", "", c.group("offset") or c.group("bare_offset") or "")
        if offset:
            sign, digits = offset[0], offset[1:].replace(":", "")
            hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "")
            return f"{sign}{int(hours):02d}{minutes}"
        return str(zone)

    def read_reference(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        if ctx.is_name(c.start, c.end):
            return None
        table = next(
            (t for t in ("situated_references", "vague_periods") if c.group(t) is not None),
            "references",
        )
        return Reading(c.pattern.type, self.lex.get(table, c.group(table)))
