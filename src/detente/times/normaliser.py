"""Find every time expression in a text and normalise it against the publication date.

The steps, each linear in the text: the grammar proposes candidates; the longest candidate that
reads as a time wins its stretch of text; period modifiers ("early", "the end of") join the
expression they narrow; expressions counted from an earlier date ("two days later") take the last
date mentioned before them; clock times and parts of day take the day their sentence names, and
"two weeks after the coup" the date of its clause; finally "from A to B" and "between A and B"
join into one range ``A/B`` and "three years and two months" into one duration.
:func:`normalise` runs all of it on plain text, for tables of examples; the pipeline stage passes
the spaCy parse as well, which decides tense better.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.model import Span, TimeExpression
from detente.times.calendar import RANK, Point
from detente.times.context import ParsedContext, TextContext
from detente.times.patterns import Grammar, load_grammar
from detente.times.reader import Reader
from detente.times.reading import PUBLISHED, Reading, Step, unknown

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru)\s*", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s*and\s*", re.IGNORECASE)
_RANGE_FROM = re.compile(r"(?<!\w)from\s+\Z", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"(?<!\w)between\s+\Z", re.IGNORECASE)
_TIMESTAMP = re.compile(r"\s*[-–—:|]")
_AND = re.compile(r"\s*,?\s*and\s*", re.IGNORECASE)
_PLAIN_DURATION = re.compile(r"P(?:\d+(?:\.\d+)?[YMWD])+")
_ONE_UNIT = re.compile(r"P\d+(?:\.\d+)?([YMWD])")
_DURATION_UNITS = "YMWD"


@dataclass(slots=True)
class Found:
    start: int
    end: int
    reading: Reading


class Normaliser:
    """Holds the compiled grammar and the readers; build once, call :meth:`find` per text."""

    def __init__(self, grammar: Grammar | None = None) -> None:
        self.grammar = grammar or load_grammar()
        lexicon = self.grammar.lexicon
        self.reader = Reader(lexicon)
        self.cues = re.compile(rf"(?<!\w){lexicon.alternation('tense_cues')}(?!\w)", re.IGNORECASE)
        self.modifier = re.compile(
            rf"(?<![\w-])(?:the\s+)?{lexicon.alternation('period_modifiers')}\s*\Z", re.IGNORECASE
        )

    def find(
        self, text: str, published: dt.date | None, parse: SpacyDoc | None = None
    ) -> list[TimeExpression]:
        lexicon = self.grammar.lexicon
        ctx = (
            ParsedContext(text, lexicon, self.cues, parse)
            if parse is not None
            else TextContext(text, lexicon, self.cues)
        )
        found = self._choose(ctx, published)
        self._modify(text, found)
        self._anchor(found)
        self._sentence_dates(ctx, found, published)
        found = _compounds(text, self._ranges(text, found))
        return [
            TimeExpression(
                Span.of(text, f.start, f.end), f.reading.type, f.reading.value, f.reading.anchor
            )
            for f in found
        ]

    def _choose(self, ctx: TextContext, published: dt.date | None) -> list[Found]:
        """The longest candidates that read as times, none overlapping another, in text order."""
        candidates = self.grammar.scan(ctx.text)
        candidates.sort(key=lambda c: (c.start - c.end, c.pattern.priority, c.start))
        starts: list[int] = []
        chosen: list[Found] = []
        for c in candidates:
            i = bisect.bisect_left(starts, c.start)
            if i > 0 and chosen[i - 1].end > c.start:
                continue
            if i < len(starts) and starts[i] < c.end:
                continue
            reading = self.reader.read(c, ctx, published)
            if reading is None:
                continue
            words = c.match.group()
            start = c.start + len(words) - len(words.lstrip())
            end = c.end - len(words) + len(words.rstrip())
            starts.insert(i, start)
            chosen.insert(i, Found(start, end, reading))
        return chosen

    def _modify(self, text: str, found: list[Found]) -> None:
        """Take "early", "mid-", "the end of" ... into the span of the period they narrow."""
        previous_end = 0
        for f in found:
            value = f.reading.value or ""
            if f.reading.type == "DATE" and not value.endswith("_REF"):
                m = self.modifier.search(text, max(previous_end, f.start - 40), f.start)
                if m is not None:
                    f.start = m.start()
            previous_end = f.end

    @staticmethod
    def _anchor(found: list[Found]) -> None:
        """Resolve "two days later", "the following week" from the last date mentioned."""
        last: Found | None = None
        for f in found:
            step = f.reading.step
            if step is not None and step.sentence is None:
                _resolve_step(f, step, last)
            if f.reading.type == "DATE" and f.reading.point is not None:
                last = f

    @staticmethod
    def _sentence_dates(ctx: TextContext, found: list[Found], published: dt.date | None) -> None:
        """Date clock times and parts of day by the day their sentence names, and "two weeks
        after the coup" by the date before it in its sentence; else by the publication day."""
        text = ctx.text
        starts = [g.start for g in found]
        for f in found:
            step = f.reading.step
            if step is None or step.sentence is None:
                continue
            lo, hi = ctx.sentence(f.start)
            lo = max(lo, text.rfind("\n", 0, f.start) + 1)
            line_end = text.find("\n", f.end)
            hi = min(hi, line_end if line_end >= 0 else len(text))
            near = found[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            dated = [g for g in near if _dates(g, f, step)]
            if step.clock is not None and _TIMESTAMP.match(text, f.end) and lo == f.start:
                dated = []  # a live report's time stamp: the day of publication
            if dated:
                day = min(dated, key=lambda g: abs(g.start - f.start))
                f.reading.anchor = f"{day.start}:{day.end}"
                if day.reading.point is None:  # unresolved itself: "XXXX-WXX-4"
                    f.reading.value = day.reading.value
                    continue
                point = day.reading.point
            elif published is not None:
                point = Point.of(published, "day")
                f.reading.anchor = PUBLISHED
            else:
                f.reading.value = unknown("day") + (
                    f"T{step.clock}" if step.clock else step.part or ""
                )
                continue
            if step.sentence == "day":
                point = Point("day", point.key + step.steps, step.part, step.clock)
            f.reading.value, f.reading.point = point.value, point

    @staticmethod
    def _ranges(text: str, found: list[Found]) -> list[Found]:
        """Join "from 2017 until 2021", "between May and July", "1950 to 1953" into ``A/B``."""
        out: list[Found] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            joined = _join(text, a, b) if b is not None else None
            if joined is not None:
                out.append(joined)
                i += 2
            else:
                out.append(a)
                i += 1
        return out


def _dates(g: Found, f: Found, step: Step) -> bool:
    """Whether ``g`` can date ``f``: a day for a clock time, any date before it for an event."""
    reading = g.reading
    if g is f or reading.type != "DATE" or "/" in (reading.value or ""):
        return False
    if step.sentence == "day":
        return reading.point is not None and reading.point.grain == "day"
    return g.end <= f.start and (reading.point is not None or "X" in (reading.value or ""))


def _resolve_step(f: Found, step: Step, last: Found | None) -> None:
    anchor = last.reading.point if last is not None else None
    if anchor is None or last is None or RANK[anchor.grain] > RANK[step.grain]:
        f.reading.value = unknown(step.grain) + ("-WE" if step.part == "WE" else "")
        return
    if step.weekday is not None:
        first = anchor.coarsen("day").first_day()
        gap = (step.weekday - first.isoweekday()) % 7 or 7
        day = first + dt.timedelta(days=gap if step.steps > 0 else gap - 7)
        point = Point.of(day, "day")
    else:
        point = anchor.coarsen(step.grain).shift(step.steps)
        point = Point(point.grain, point.key, step.part)
    f.reading.value, f.reading.point = point.value, point
    f.reading.anchor = f"{last.start}:{last.end}"


def _join(text: str, a: Found, b: Found) -> Found | None:
    ra, rb = a.reading, b.reading
    if ra.type != "DATE" or rb.type != "DATE" or ra.point is None or rb.point is None:
        return None
    if "/" in (ra.value or "") or "/" in (rb.value or ""):
        return None
    if rb.point.first_day() < ra.point.first_day():
        return None
    gap = text[a.end : b.start]
    lo = max(0, a.start - 12)
    start = a.start
    between = _RANGE_BETWEEN.search(text, lo, a.start)
    if _RANGE_AND.fullmatch(gap):
        if between is None:
            return None
        start = between.start()
    elif _RANGE_JOIN.fullmatch(gap):
        opener = _RANGE_FROM.search(text, lo, a.start) or between
        if opener is not None:
            start = opener.start()
        elif gap.strip() not in "-–—" and ra.point.grain != "year":
            return None
    else:
        return None
    value = f"{ra.value}/{rb.value}"
    return Found(start, b.end, Reading("DATE", value, ra.point, anchor=ra.anchor or rb.anchor))


def _compounds(text: str, found: list[Found]) -> list[Found]:
    """Join "27 years and three months" into one duration, ``P27Y3M``."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.reading.type == f.reading.type == "DURATION":
            head, tail = prev.reading.value or "", _ONE_UNIT.fullmatch(f.reading.value or "")
            if (
                tail is not None
                and _PLAIN_DURATION.fullmatch(head)
                and _AND.fullmatch(text[prev.end : f.start])
                and _DURATION_UNITS.index(head[-1]) < _DURATION_UNITS.index(tail.group(1))
            ):
                prev.end, prev.reading.value = f.end, head + tail.group()[1:]
                continue
        out.append(f)
    return out


@functools.cache
def default_normaliser() -> Normaliser:
    """One shared normaliser for :func:`normalise` (compiling the grammar takes milliseconds)."""
    return Normaliser()


def normalise(text: str, published: dt.date | str | None) -> list[TimeExpression]:
    """Every time expression in ``text`` with its TIMEX3 type and value.

    ``published`` (a date or ``YYYY-MM-DD``) anchors relative expressions; without it they keep
    TIMEX3's unknown digits (``XXXX-WXX``). Tense comes from cue words here; the pipeline stage
    uses the spaCy parse instead.
    """
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    return default_normaliser().find(text, day)
