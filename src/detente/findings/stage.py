"""Cross-layer checks: inconsistencies a careful reader should see.

Findings from other stages (the actors layer reports ``role_anachronism`` while it resolves) are
kept; this stage adds the ones that need several layers at once. Each check is a small function
from a document to findings, so adding one does not touch the others.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from detente.model import Document, Event, Finding, TimeExpression
from detente.registry import Stage, stage

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A weekday and a date written next to each other ("Tuesday, March 5") are one claim about a day.
_ADJACENT_GAP = re.compile(r"^[\s,(]*(the\s+)?$", re.I)


def future_asserted(doc: Document) -> Iterator[Finding]:
    """An event reported as done whose own date lies after the publication date."""
    if doc.published is None:
        return
    day = doc.published.isoformat()
    for event in doc.events:
        date = event.date
        if event.modality != "asserted" or date is None or date.inferred:
            continue
        if event.rule and "stated-intent" in event.rule:
            # "agreed to meet on March 20": the agreement is done, the date is the meeting's.
            continue
        value = date.value
        calendar = len(value) in (4, 7, 10) and value[:4].isdigit() and "X" not in value
        if calendar and value > day[: len(value)]:
            yield Finding(
                "date_conflict",
                f"{event.type} event reported as done is dated {value}, after the "
                f"publication date {day}",
                [event.trigger, event.evidence],
            )


def weekday_mismatch(doc: Document) -> Iterator[Finding]:
    """A weekday that is not the weekday of the date it is written with."""
    times = sorted(doc.times, key=lambda t: t.span.start)
    for i, time in enumerate(times):
        if time.value is None or not _FULL_DATE.match(time.value):
            continue
        weekday = _WEEKDAY.search(time.span.text)
        evidence = [time.span]
        if weekday is None:
            weekday_time = _weekday_before(doc, times[:i], time)
            if weekday_time is None:
                continue
            weekday = _WEEKDAY.search(weekday_time.span.text)
            evidence.insert(0, weekday_time.span)
        assert weekday is not None
        try:
            actual = dt.date.fromisoformat(time.value).weekday()
        except ValueError:
            continue
        written = WEEKDAYS.index(weekday.group(1).lower())
        if written != actual:
            yield Finding(
                "date_conflict",
                f"the text says {weekday.group(1)}, but {time.value} was a "
                f"{WEEKDAYS[actual].capitalize()}",
                evidence,
            )


def _weekday_before(
    doc: Document, earlier: list[TimeExpression], time: TimeExpression
) -> TimeExpression | None:
    if not earlier:
        return None
    previous = earlier[-1]
    gap = doc.text[previous.span.end : time.span.start]
    if _ADJACENT_GAP.match(gap) and _WEEKDAY.fullmatch(previous.span.text.strip()):
        return previous
    return None


def contradictions(doc: Document) -> Iterator[Finding]:
    """The same actors both did and did not do the same kind of thing in one article."""
    asserted: dict[tuple[str, frozenset[str]], Event] = {}
    for event in doc.events:
        if event.modality == "asserted" and event.actor:
            asserted.setdefault((event.type, frozenset(event.actor)), event)
    for event in doc.events:
        if event.modality != "negated" or not event.actor:
            continue
        other = asserted.get((event.type, frozenset(event.actor)))
        if other is not None and set(other.recipient) == set(event.recipient):
            yield Finding(
                "self_contradiction",
                f"{event.type} by the same actors is reported both as happening "
                f"('{other.trigger.text}') and as not happening ('{event.trigger.text}')",
                [other.evidence, event.evidence],
                actor=event.actor[0],
            )


CHECKS: tuple[Callable[[Document], Iterator[Finding]], ...] = (
    future_asserted,
    weekday_mismatch,
    contradictions,
)
OWN_KINDS = frozenset({"date_conflict", "self_contradiction"})


@stage("findings.check.v1")
class CheckFindings(Stage):
    """Requires actors, times and events; provides ``findings``.

    Adds ``date_conflict`` (an asserted event dated after publication; a weekday written with a
    date that fell on another day) and ``self_contradiction`` (the same actors' event of one type
    reported both as happening and as not happening).
    """

    requires = frozenset({"actors", "times", "events"})
    provides = frozenset({"findings"})

    def __call__(self, doc: Document) -> Document:
        kept = [f for f in doc.findings if f.kind not in OWN_KINDS]
        doc.findings = kept + [f for check in CHECKS for f in check(doc)]
        return doc
