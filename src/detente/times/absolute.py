"""Readings of expressions that name their own date: "April 28, 2003", "May 2008", "the 1990s",
and those whose year follows from the publication date and the tense ("June 18", "in March").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateparser.date import DateDataParser

from detente.times.calendar import Point, pick_year
from detente.times.context import TextContext
from detente.times.patterns import Candidate
from detente.times.reading import PUBLISHED, Reading, Words, dated, day_point

_NEXT_WORDS = re.compile(r"\s*([%\w]+)(?:\s+(\w+))?")


class AbsoluteReadings(Words):
    numeric: DateDataParser

    def read_numeric(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        data = self.numeric.get_date_data(c.match.group())
        if data is None or data.date_obj is None or data.period != "day":
            return None
        return dated(c, Point.of(data.date_obj.date(), "day"))

    def read_calendar(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        if c.group("fiscal") or c.group("fiscal_short"):
            fiscal = int(c.group("year") or 2000 + int(c.group("year2") or 0))
            return Reading("DATE", f"FY{fiscal}", Point("year", fiscal))
        month = self.month(c)
        if c.pattern.name == "month" and not self._month_alone(c, ctx, month):
            return None
        make = self._period(c, month, "day", "month")
        if make is None:
            return None
        year: int | None = int(c.group("year") or 0) or None
        anchor = None if year is not None else PUBLISHED
        if year is None and c.group("of_year") is not None:
            if published is None:
                return Reading("DATE", self._yearless_value(c, month))
            year = published.year + self.lex.get("shifts", c.group("shift"), 0)
        end = self._end(c, month)
        start_point: Point | None
        end_point: Point | None
        if year is not None:
            start_point = make(year)
            end_year = self._end_year(c, year)
            end_point = end(end_year) if end is not None and end_year else None
        elif published is not None:
            start_point = pick_year(make, published, ctx.tense(c.start, c.end))
            if start_point is None:
                return None
            first = start_point.first_day().year
            end_point = end(first) if end is not None else None
            if end is not None and (end_point is None or end_point.key < start_point.key):
                end_point = end(first + 1)
        else:
            return Reading("DATE", self._yearless_value(c, month))
        if start_point is None:
            return None
        if end is None:
            return dated(c, start_point, anchor)
        if end_point is None or end_point.key <= start_point.key:
            return None
        value = f"{start_point.value}/{end_point.value}"
        return Reading("DATE", value, start_point, anchor=anchor)

    def _month_alone(self, c: Candidate, ctx: TextContext, month: int | None) -> bool:
        if month is None or ctx.is_word(c.start, c.end):
            return False
        if not self.lex.has("ambiguous_months", c.match.group()):
            return True
        return self.led(ctx.text, c.start) or ctx.entity(c.start, c.end) == "DATE"

    def _period(
        self, c: Candidate, month: int | None, day_group: str, month_group: str
    ) -> Callable[[int], Point | None] | None:
        """A function from a year to the period the candidate names in it, or None."""
        holiday = self.lex.get("holidays", c.group("holiday"))
        if holiday is not None:
            hm, hd = (int(x) for x in holiday.split("-"))
            return lambda y: day_point(y, hm, hd)
        day = c.group(day_group)
        if month is not None and day is not None:
            return lambda y: day_point(y, month, int(day))
        if month is not None:
            return lambda y: Point("month", y * 12 + month - 1)
        season = self.lex.get("seasons", c.group("season"))
        if season is not None:
            return lambda y: Point.season(y, season)
        part = self.lex.get("year_parts", c.group("yearpart"))
        index = self.lex.get("ordinals", c.group("ordinal"))
        digit = c.group("quarter_digit") or c.group("half_digit") or c.group("half_first")
        if part is None and digit is not None:
            part, index = ("Q" if c.group("quarter_digit") else "H"), int(digit)
        if part is not None and index is not None:
            per_year = 4 if part == "Q" else 2
            if not 1 <= index <= per_year:
                return None
            grain = "quarter" if part == "Q" else "half"
            return lambda y: Point(grain, y * per_year + index - 1)
        if c.group("year") is not None:
            return lambda y: Point("year", y)
        return None

    def _end(self, c: Candidate, month: int | None) -> Callable[[int], Point | None] | None:
        """The end of a range in one expression ("March 3-5", "2010-11"), as :meth:`_period`."""
        if c.group("year_end") is not None:
            return lambda y: Point("year", y)
        if c.group("day_end") is None and c.group("month_end") is None:
            return None
        return self._period(c, self.month(c, "month_end") or month, "day_end", "month_end")

    def _end_year(self, c: Candidate, year: int) -> int | None:
        end = c.group("year_end")
        if end is None:
            return year
        value = int(end) if len(end) == 4 else year - year % 100 + int(end)
        return value if year < value <= year + 100 else None

    def _yearless_value(self, c: Candidate, month: int | None) -> str:
        day = c.group("day")
        holiday = self.lex.get("holidays", c.group("holiday"))
        if holiday is not None:
            return f"XXXX-{holiday}"
        if month is not None:
            return f"XXXX-{month:02d}" + (f"-{int(day):02d}" if day else "")
        season = self.lex.get("seasons", c.group("season"))
        if season is not None:
            return f"XXXX-{season}"
        part = self.lex.get("year_parts", c.group("yearpart"))
        index = self.lex.get("ordinals", c.group("ordinal"))
        return f"XXXX-{part}{index}" if part and index else "XXXX"

    def read_year(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        text, year = ctx.text, int(c.match.group())
        led = self.led(text, c.start)
        entity = ctx.entity(c.start, c.end)
        if not led and entity in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}:
            return None
        before = text[max(0, c.start - 4) : c.start].rstrip()
        if before and any(before.endswith(m) for m in self.lex.tables["currency_marks"]):
            return None
        nxt = _NEXT_WORDS.match(text, c.end)
        if nxt and (
            self.lex.has("count_nouns", nxt.group(1))
            or (nxt.group(2) and self.lex.has("count_nouns", f"{nxt.group(1)} {nxt.group(2)}"))
        ):
            return None
        if not 1900 <= year <= 2100 and not led and entity != "DATE":
            return None
        return dated(c, Point("year", year))

    def read_decade(self, c: Candidate, ctx: TextContext, published: dt.date | None) -> Reading:
        if c.group("decade") is not None:
            key = int(c.group("decade") or 0) // 10
        else:
            tens = int(c.group("decade2") or 0) // 10 if c.group("decade2") else None
            if tens is None:
                tens = self.lex.get("decade_words", c.group("decade_word"))
            key = 190 + tens
            if published is not None and 200 + tens <= published.year // 10:
                key = 200 + tens
        return dated(c, Point("decade", key))

    def read_century(self, c: Candidate, ctx: TextContext, published: dt.date | None) -> Reading:
        number = self.lex.get("ordinals", c.group("ordinal")) or int(c.group("century") or 0)
        return dated(c, Point("century", number - 1))
