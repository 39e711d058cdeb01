"""Readings of lengths of time ("three years", "several days", "over the years") and of
frequencies ("every year", "twice a month", "daily")."""

from __future__ import annotations

import datetime as dt
import re

from detente.times.context import TextContext
from detente.times.patterns import Candidate
from detente.times.reading import Reading, Words, duration_of


class DurationReadings(Words):
    def read_duration(
        self, c: Candidate, ctx: TextContext, published: dt.date | None
    ) -> Reading | None:
        plural = c.group("plural")
        if plural is not None:
            meaning = self.lex.get("unit_meanings", self.lex.get("units", plural))
            return Reading("DURATION", duration_of(None, meaning))
        unit = self.unit(c)
        if unit is None:
            return None
        name, meaning = unit
        count = self.count(c)
        if self.lex.has("fraction_units", name):
            article = (c.group("count_word") or "").lower() in ("a", "an")
            if article or re.match(r"\s+of\b", ctx.text[c.end : c.end + 4]):
                return None
        if count is None and c.group("vague") is None:
            return None
        return Reading("DURATION", duration_of(count, meaning))

    def read_set(self, c: Candidate, ctx: TextContext, published: dt.date | None) -> Reading:
        word = self.lex.get("set_words", c.group("setword"))
        if word is not None:
            return Reading("SET", word)
        weekday = self.lex.get("weekdays", c.group("weekday"))
        if weekday is not None:
            return Reading("SET", f"XXXX-WXX-{weekday}")
        if c.group("part") is not None:
            return Reading("SET", "P1D")
        if c.group("weekend") is not None:
            return Reading("SET", "XXXX-WXX-WE")
        meaning = self.lex.get("unit_meanings", self.lex.get("units", c.group("unit")))
        every = 2.0 if c.group("other") is not None else 1.0
        count = self.count(c) if "every" in c.pattern.name else None
        return Reading("SET", duration_of((count or 1.0) * every, meaning))
