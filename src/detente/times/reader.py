"""The reader: dispatches each candidate to the reading of its pattern ``kind``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateparser.date import DateDataParser

from detente.times.absolute import AbsoluteReadings
from detente.times.context import TextContext
from detente.times.durations import DurationReadings
from detente.times.lexicon import Lexicon
from detente.times.patterns import Candidate
from detente.times.reading import Reading
from detente.times.relative import RelativeReadings

Read = Callable[[Candidate, TextContext, dt.date | None], Reading | None]


class Reader(AbsoluteReadings, RelativeReadings, DurationReadings):
    """Reads candidates of every kind; holds the lexicon and the dateparser instance (built once,
    since dateparser's set-up costs far more than a parse)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.numeric = DateDataParser(languages=["en"], settings={"STRICT_PARSING": True})
        self.numeric.get_date_data("01/02/2003")  # dateparser builds its tables on first use
        self.kinds: dict[str, Read] = {
            "numeric": self.read_numeric,
            "calendar": self.read_calendar,
            "year": self.read_year,
            "decade": self.read_decade,
            "century": self.read_century,
            "weekday": self.read_weekday,
            "relday": self.read_relday,
            "relative": self.read_relative,
            "period": self.read_period,
            "anaphoric": self.read_anaphoric,
            "clock": self.read_clock,
            "anchored": self.read_anchored,
            "event_offset": self.read_event_offset,
            "duration": self.read_duration,
            "set": self.read_set,
            "reference": self.read_reference,
        }

    def read(self, c: Candidate, ctx: TextContext, published: dt.date | None) -> Reading | None:
        return self.kinds[c.pattern.kind](c, ctx, published)
