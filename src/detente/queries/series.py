"""Dyad series: what one actor did to another, period by period.

Each period gets the number of events, the count per PLOVER type, the mean intensity
(-10 conflict .. +10 cooperation) and the share of each quad class, the figures analysts plot.
The database groups by the stored ``week``/``month`` keys, so the SQL is the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.filters import acting_on
from detente.store.schema import events


class Period(StrEnum):
    """The periods a series can be cut into, each a stored column of ``events``."""

    day = "day"
    week = "week"
    month = "month"


PERIODS = {"day": events.c.day, "week": events.c.week, "month": events.c.month}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def dyad(
    conn: Connection,
    source: str,
    target: str,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    either_way: bool = False,
) -> list[dict[str, Any]]:
    """One row per period with events from ``source`` to ``target`` (both ways if asked)."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    period = PERIODS[by].label("period")
    ids: sa.Select[tuple[int]] | sa.CompoundSelect = acting_on(conn, source, target)
    if either_way:
        ids = sa.union(ids, acting_on(conn, target, source))
    query = (
        sa.select(
            period,
            events.c.type,
            events.c.quad_class,
            sa.func.count().label("n"),
            sa.func.sum(events.c.intensity).label("total"),
            sa.func.count(events.c.intensity).label("scored"),
        )
        .where(events.c.id.in_(ids), period.isnot(None))
        .group_by(period, events.c.type, events.c.quad_class)
    )
    if since:
        query = query.where(events.c.day >= since)
    if until:
        query = query.where(events.c.day <= until)
    out: dict[str, dict[str, Any]] = {}
    for row in conn.execute(query):
        key = str(row.period)
        cell = out.setdefault(
            key,
            {
                "period": key,
                "events": 0,
                "total": 0.0,
                "scored": 0,
                "types": {},
                "quads": [0, 0, 0, 0],
            },
        )
        cell["events"] += row.n
        cell["types"][row.type] = cell["types"].get(row.type, 0) + row.n
        cell["total"] += float(row.total or 0.0)
        cell["scored"] += row.scored
        if row.quad_class in (1, 2, 3, 4):
            cell["quads"][row.quad_class - 1] += row.n
    series = []
    for key in sorted(out):
        cell = out[key]
        series.append(
            {
                "period": key,
                "events": cell["events"],
                "mean_intensity": round(cell["total"] / cell["scored"], 3)
                if cell["scored"]
                else None,
                **{
                    q: round(n / cell["events"], 3)
                    for q, n in zip(QUADS, cell["quads"], strict=True)
                },
                "types": dict(sorted(cell["types"].items(), key=lambda kv: (-kv[1], kv[0]))),
            }
        )
    return series
