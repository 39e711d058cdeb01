"""The events behind one point of a dyad series, so every plotted figure opens onto its evidence.

A period key of :func:`detente.queries.dyad` (``2025-03-04``, ``2025-W10``, ``2025-03``) is turned
back into the days it covers, and the events are found with the same filters the series used.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from sqlalchemy.engine import Connection

from detente.queries.events import find_events
from detente.queries.filters import EventFilter


def period_days(by: str, period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a series period; ``ValueError`` for a malformed key."""
    try:
        if by == "day":
            day = dt.date.fromisoformat(period)
            return day, day
        if by == "week":
            iso_year, iso_week = period.split("-W")
            monday = dt.date.fromisocalendar(int(iso_year), int(iso_week), 1)
            return monday, monday + dt.timedelta(days=6)
        if by == "month":
            year, month = (int(p) for p in period.split("-"))
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
    except ValueError as exc:
        raise ValueError(f"{period!r} is not a {by} period") from exc
    raise ValueError(f"unknown period kind {by!r}; use day, week or month")


def dyad_events(
    conn: Connection,
    source: str,
    target: str,
    by: str,
    period: str,
    either_way: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events from ``source`` to ``target`` (and back, if ``either_way``) in ``period``,
    oldest first: ``limit`` of them after the first ``offset``. Each direction is read up to
    ``offset + limit`` rows, which is all the merged page can draw on."""
    since, until = period_days(by, period)
    directions = [(source, target), (target, source)] if either_way else [(source, target)]
    found: dict[int, dict[str, Any]] = {}
    for actor, recipient in directions:
        f = EventFilter(
            actor=actor, recipient=recipient, since=since, until=until, limit=offset + limit
        )
        for row in find_events(conn, f, oldest_first=True):
            found.setdefault(row["id"], row)
    rows = sorted(found.values(), key=lambda r: (r["day"] or dt.date.min, r["id"]))
    return rows[offset : offset + limit]
