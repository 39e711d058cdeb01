"""Who acts on whom: actors as nodes, event flows as directed edges.

An edge from A to B counts the events in which A is an actor and B a recipient, with their mean
intensity (-10 conflict .. +10 cooperation); an event with two actors and one recipient adds to
two edges. Only the heaviest edges are kept, so a large store still gives a readable graph.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.identity import describe, key
from detente.store.schema import event_actors, events


def network(
    conn: Connection,
    since: dt.date | None = None,
    until: dt.date | None = None,
    type: str | None = None,
    modality: str | None = None,
    min_count: int = 1,
    max_edges: int = 200,
) -> dict[str, list[dict[str, Any]]]:
    """``{"nodes": [...], "edges": [...]}`` for events in the date range and of the type."""
    source = event_actors.alias("source")
    target = event_actors.alias("target")
    source_key, target_key = key(source).label("source"), key(target).label("target")
    count = sa.func.count(sa.distinct(events.c.id)).label("events")
    query = (
        sa.select(
            source_key,
            target_key,
            count,
            sa.func.avg(events.c.intensity).label("mean_intensity"),
            sa.func.min(events.c.day).label("first"),
            sa.func.max(events.c.day).label("last"),
        )
        .select_from(source)
        .join(target, sa.and_(target.c.event_id == source.c.event_id, target.c.role == "recipient"))
        .join(events, events.c.id == source.c.event_id)
        .where(source.c.role == "actor", key(source) != key(target))
        .group_by(source_key, target_key)
        .having(count >= min_count)
        .order_by(count.desc(), source_key, target_key)
        .limit(max_edges)
    )
    if since:
        query = query.where(events.c.day >= since)
    if until:
        query = query.where(events.c.day <= until)
    if type:
        query = query.where(events.c.type == type.upper())
    if modality:
        query = query.where(events.c.modality == modality.lower())
    edges = []
    for row in conn.execute(query):
        mean = row.mean_intensity
        edges.append(
            {
                "source": row.source,
                "target": row.target,
                "events": row.events,
                "mean_intensity": round(float(mean), 3) if mean is not None else None,
                "first": row.first,
                "last": row.last,
            }
        )
    return {"nodes": _nodes(conn, edges), "edges": edges}


def _nodes(conn: Connection, edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The endpoints of ``edges`` with a display name, weighted by the events they take part in."""
    weight: dict[str, int] = {}
    for edge in edges:
        for end in (edge["source"], edge["target"]):
            weight[end] = weight.get(end, 0) + edge["events"]
    if not weight:
        return []
    known = describe(conn, list(weight))
    nodes = [{"id": k, **known[k], "events": weight[k]} for k in weight if k in known]
    nodes.sort(key=lambda n: (-n["events"], n["name"]))
    return nodes
