"""When an event happened: the time expression governing its clause, else the publication date.

A date is only the event's when it attaches to the event's own clause ("attacked on Sunday"),
not anywhere in the sentence ("said on Sunday that ... attacked"). The same attachment dates the
event against the publication date, which is one of the signs of background (historical) events.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Container

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from detente.events.syntax import children, is_verb, tokens_of_clause
from detente.model import Document, TimeExpression, TimeValue

_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_DECADE = re.compile(r"^(\d{2,3})$")
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?|X)(Y|DE|CE)$")
_YEARS = {"Y": 1, "DE": 10, "CE": 100}
# Modifiers that date only the noun they modify ("a 1960 treaty", "last year's protests"),
# unless the noun is the subject of its clause ("the 1998-2000 war killed 80,000").
NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "poss"})
# Prepositions by which a duration is how long the event went on ("for five decades"); so is
# a duration "of" an event ("took four years of negotiations").
SPELLS = frozenset({"for", "over", "throughout"})
# Prepositions by which a date bounds a state rather than saying when the event happened
# ("would turn down grants until the end of 2028").
BOUNDS = frozenset({"until", "till", "pending"})
# Conjunctions by which a measured date ("a day after", "two weeks before") dates the clause on
# which the clause they open hangs, not that clause ("agreed a day after Belarus arrested ...").
RELATIVE = frozenset({"after", "before"})
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
    decade = _DECADE.match(value)
    if decade:
        span = 10 ** (4 - len(decade.group(1)))  # "199": the 1990s; "19": the 1900s
        first_year = int(decade.group(1)) * span
        return dt.date(first_year, 1, 1), dt.date(first_year + span - 1, 12, 31)
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
    """The document's time expressions with the token each one attaches to (built once):
    dates and times for when an event happened, long durations ("for five decades") as a sign
    of background, and which tokens lie inside a date, so a clause hanging on one ("on
    January 8, when ...") takes its date."""

    def __init__(
        self, doc: Document, spacy_doc: SpacyDoc, periods: frozenset[str] = frozenset()
    ) -> None:
        self.published = doc.published
        self.periods = periods
        self.items: list[tuple[TimeExpression, frozenset[int]]] = []
        self.durations: list[tuple[TimeExpression, frozenset[int]]] = []
        self.inside: dict[int, TimeExpression] = {}
        self.roots: dict[int, Token] = {}
        self.elsewhere: set[int] = set()  # tokens of expressions the words move off their clause
        self.measured: set[int] = set()  # clauses a measured date opens ("a day after X did")
        self.when: dict[int, TimeExpression] = {}
        for expr in doc.times:
            span = spacy_doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
            if span is None or not expr.value:
                continue
            self.roots[id(expr)] = span.root
            if expr.type == "DURATION" and years(expr.value) >= 1:
                spell = span.root.head.lower_ in SPELLS or any(
                    c.lower_ == "of" for c in children(span.root, ("prep",))
                )
                if not spell:
                    continue  # "the first visit in two decades" measures a gap, not the event
                self.durations.append((expr, self._path(span.root)))
            elif expr.type in ("DATE", "TIME"):
                if _bound(span):
                    continue
                if period(expr.value) is not None:
                    self.items.append((expr, self._anchor(span, expr.value)))
                    self.inside.update((t.i, expr) for t in span)
                    self._when(span, expr)
                elif expr.value == "PAST_REF":
                    self.items.append((expr, self._path(span.root)))

    def _when(self, span: SpacySpan, expr: TimeExpression) -> None:
        """ "on January 8, 2023, when his followers stormed ...": the "when" right after a date
        says the clause it opens happened then, wherever the parser hung that clause."""
        doc = span.doc
        i = span.end
        while i < len(doc) and doc[i].is_punct:
            i += 1
        if i < len(doc) and doc[i].lower_ == "when":
            # "ruled from 1991 to 2018, when the army seized power": the clause is the range's end
            _, sep, last = (expr.value or "").partition("/")
            if sep and last:
                expr = dataclasses.replace(expr, value=last)
                self.roots[id(expr)] = span.root
            self.when[i] = expr

    def _anchor(self, span: SpacySpan, value: str) -> frozenset[int]:
        """The tokens an expression dates: its path up the parse, except where the words show the
        parser hung it too high or too low. A measured date opening a clause ("a day after X
        did ...") dates the clause that clause hangs on; a range right after a prepositional
        object naming a period or a lasting state ("protested against the occupation from 1910
        to 1945") dates that noun, however the parser attached it (a protest lasts no decades).
        """
        root = span.root
        verb = root.head
        if verb != root and is_verb(verb):
            marks = (c for c in verb.children if c.dep_ == "mark")
            measured = root.dep_ == "npadvmod" or any(
                c.dep_ == "npadvmod" and c.i >= span.start for c in root.children
            )
            if measured and any(
                m.lower_ in RELATIVE and span.start <= m.i <= span.end for m in marks
            ):
                governor = verb.head
                if governor == verb:
                    return frozenset({root.i})
                self.elsewhere.update(t.i for t in span)
                self.measured.add(verb.i)
                if is_verb(governor):
                    return frozenset({root.i, governor.i})
                return frozenset({root.i}) | self._path(governor)
            if "/" in value and span.start > 0:
                noun = self._period_before(span.doc[span.start - 1], verb)
                if noun is not None:
                    self.elsewhere.update(t.i for t in span)
                    return frozenset({root.i, noun.i})
        return self._path(root)

    def _period_before(self, last: Token, verb: Token) -> Token | None:
        """A period noun in a prepositional object of ``verb`` ending at ``last``."""
        node = last
        while node != verb and node.head != node:
            if node.dep_ == "pobj" and node.lemma_.lower() in self.periods:
                return node
            node = node.head
        return None

    @staticmethod
    def _path(head: Token) -> frozenset[int]:
        """The tokens from an expression's head up to the first verb above it (included); an
        expression modifying a noun ("a 1960 treaty") reaches only that noun."""
        noun = head.head
        if (
            head.dep_ in NOUN_MODIFIERS
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.dep_ not in ("nsubj", "nsubjpass")
        ):
            return frozenset({head.i, noun.i})
        path = {head.i}
        node = head
        while node.head != node and not (is_verb(node) and node != head):
            node = node.head
            path.add(node.i)
        return frozenset(path)

    def governing(self, anchors: list[Token]) -> TimeExpression | None:
        """The first expression whose path up the parse reaches an anchor before another verb,
        or that a clause of an anchor hangs on ("on January 8, when his followers stormed");
        else the one dating the clause an anchor's clause hangs on as a circumstance or a
        further act ("took over in December after parliament impeached him", "attacked on
        October 7, killing ... and taking hostages"), unless a measured date sets the clause
        apart ("agreed on Monday, a day after Belarus arrested ...": not Monday)."""
        tokens = list(anchors)
        for _ in range(3):
            wanted = {t.i for t in tokens}
            found = next((expr for expr, path in self.items if not wanted.isdisjoint(path)), None)
            if found is None:
                found = next(
                    (self.when[c.i] for t in tokens for c in t.children if c.i in self.when),
                    None,
                ) or next(
                    (
                        self.inside[t.head.i]
                        for t in tokens
                        if t.dep_ in ("relcl", "acl") and t.head.i in self.inside
                    ),
                    None,
                )
            if found is not None or not self.items:
                return found
            tokens = [
                t.head
                for t in tokens
                if t.dep_ in ("advcl", "conj") and is_verb(t.head) and t.i not in self.measured
            ]
            if not tokens:
                return None
        return None

    def root(self, expr: TimeExpression | None) -> Token | None:
        """The head token of an expression ("2019" in "since 2019")."""
        return None if expr is None else self.roots.get(id(expr))

    def duration(self, anchors: list[Token]) -> TimeExpression | None:
        """A duration of a year or more attached to an anchor ("refused for 16 years")."""
        wanted = {t.i for t in anchors}
        return next((expr for expr, path in self.durations if not wanted.isdisjoint(path)), None)

    def date(self, expr: TimeExpression | None) -> TimeValue | None:
        """The event's date: the governing expression's value, else the publication date."""
        if expr is not None and expr.value and expr.value != "PAST_REF":
            return TimeValue(expr.value, time=expr.span.text)
        if self.published is not None:
            return TimeValue(self.published.isoformat(), inferred=True)
        return None


def _bound(span: SpacySpan) -> bool:
    """ "until the end of 2028": the end of a state, not when its event happened."""
    before_span = span.doc[span.start - 1] if span.start > 0 else None
    words = [span[0], span.root.head, *([before_span] if before_span is not None else [])]
    return any(w.lower_ in BOUNDS for w in words)


def years(value: str) -> float:
    """How many years a TIMEX3 duration lasts ("P3Y" 3, "P5DE" 50, "PXY" "for years": 1)."""
    found = _DURATION.match(value)
    if not found:
        return 0.0
    amount = 1.0 if found.group(1) == "X" else float(found.group(1))
    return amount * _YEARS[found.group(2)]


def year_in_clause(
    anchors: list[Token], year_preps: frozenset[str], elsewhere: Container[int] = ()
) -> tuple[int, str] | None:
    """A bare year dating the anchor's clause ("in 2003", "from 1950 to 1953"): the latest one,
    with its text. A fallback sign for background events when no time expression was found;
    years of an expression known to date something else (``elsewhere``) do not count."""
    best: tuple[int, str] | None = None
    for anchor in anchors:
        verb = anchor if is_verb(anchor) else None
        scope = tokens_of_clause(verb) if verb is not None else iter(anchor.subtree)
        for tok in scope:
            if (
                tok.like_num
                and tok.i not in elsewhere
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
