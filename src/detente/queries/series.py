"""Dyad series: what one actor did to another, period by period.

Each period gets the number of events, the count per PLOVER type, the mean intensity
(-10 conflict .. +10 cooperation) and the share of each quad class, the figures analysts plot.
The database groups by the stored ``week``/``month`` keys, so the SQL is the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.filters import events_of
from detente.store.schema import events

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
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    period = PERIODS[by].label("period")
    one_way = sa.and_(
        events.c.id.in_(events_of(source, "actor")), events.c.id.in_(events_of(target, "recipient"))
    )
    condition = one_way
    if either_way:
        other = sa.and_(
            events.c.id.in_(events_of(target, "actor")),
            events.c.id.in_(events_of(source, "recipient")),
        )
        condition = sa.or_(one_way, other)
    query = (
        sa.select(
            period,
            events.c.type,
            events.c.quad_class,
            sa.func.count().label("n"),
            sa.func.sum(events.c.intensity).label("total"),
            sa.func.count(events.c.intensity).label("scored"),
        )
        .where(condition, period.isnot(None))
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
