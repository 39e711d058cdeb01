"""When an event happened: the time expression governing its clause, else the publication date.

A date is only the event's when it attaches to the event's own clause ("attacked on Sunday"),
not anywhere in the sentence ("said on Sunday that ... attacked"). The same attachment dates the
event against the publication date, which is one of the signs of background (historical) events.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from detente.events.syntax import is_verb, tokens_of_clause
from detente.model import Document, TimeExpression, TimeValue

_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_YEAR_TOKEN = re.compile(r"^(1\d{3}|20\d{2})$")


def period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 value covers (``2003``, ``2003-05``, ``2003-W10``,
    ``2003-05-01T10:00``, ranges ``A/B``); None for what cannot be anchored."""
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = period(first), period(last)
        return (a[0], b[1]) if a and b else a or b
    week = _WEEK.match(value)
    if week:
        start = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return start, start + dt.timedelta(days=6)
    day = _DAY.match(value)
    if not day:
        return None
    year = int(day.group(1))
    if day.group(2) is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(day.group(2))
    if not 1 <= month <= 12:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day.group(3) is None:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    stamp = dt.date(year, month, int(day.group(3)))
    return stamp, stamp


class TimeIndex:
    """The document's time expressions with the token each one attaches to (built once)."""

    def __init__(self, doc: Document, spacy_doc: SpacyDoc) -> None:
        self.published = doc.published
        self.items: list[tuple[TimeExpression, frozenset[int]]] = []
        for expr in doc.times:
            if expr.type not in ("DATE", "TIME") or not expr.value or period(expr.value) is None:
                continue
            span = spacy_doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
            if span is not None:
                self.items.append((expr, self._path(span.root)))

    @staticmethod
    def _path(head: Token) -> frozenset[int]:
        """The tokens from an expression's head up to the first verb above it (included)."""
        path = {head.i}
        node = head
        while node.head != node and not (is_verb(node) and node != head):
            node = node.head
            path.add(node.i)
        return frozenset(path)

    def governing(self, anchors: list[Token]) -> TimeExpression | None:
        """The first expression whose path up the parse reaches an anchor before another verb;
        else the one dating the clause an anchor's clause hangs on as a circumstance or a
        further act ("took over in December after parliament impeached him", "attacked on
        October 7, killing ... and taking hostages")."""
        tokens = list(anchors)
        for _ in range(3):
            wanted = {t.i for t in tokens}
            found = next((expr for expr, path in self.items if not wanted.isdisjoint(path)), None)
            if found is not None or not self.items:
                return found
            tokens = [t.head for t in tokens if t.dep_ in ("advcl", "conj") and is_verb(t.head)]
            if not tokens:
                return None
        return None

    def date(self, expr: TimeExpression | None) -> TimeValue | None:
        """The event's date: the governing expression's value, else the publication date."""
        if expr is not None and expr.value:
            return TimeValue(expr.value, time=expr.span.text)
        if self.published is not None:
            return TimeValue(self.published.isoformat(), inferred=True)
        return None


def year_in_clause(anchors: list[Token], year_preps: frozenset[str]) -> tuple[int, str] | None:
    """A bare year dating the anchor's clause ("in 2003", "from 1950 to 1953"): the latest one,
    with its text. A fallback sign for background events when no time expression was found."""
    best: tuple[int, str] | None = None
    for anchor in anchors:
        verb = anchor if is_verb(anchor) else None
        scope = tokens_of_clause(verb) if verb is not None else iter(anchor.subtree)
        for tok in scope:
            if (
                tok.like_num
                and _YEAR_TOKEN.match(tok.text)
                and tok.dep_ == "pobj"
                and tok.head.lower_ in year_preps
            ):
                year = int(tok.text)
                if best is None or year > best[0]:
                    best = (year, tok.text)
    return best


def before(value_end: dt.date, published: dt.date | None, days: int) -> bool:
    return published is not None and value_end < published - dt.timedelta(days=days)
