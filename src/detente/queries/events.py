"""Events as rows people read: who did what to whom, when, and the words that say so."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.filters import EventFilter, event_conditions
from detente.store.schema import actors, documents, event_actors, events

COLUMNS = (
    events.c.id,
    events.c.local_id,
    documents.c.doc_id,
    events.c.day,
    events.c.type,
    events.c.cameo,
    events.c.quad_class,
    events.c.intensity,
    events.c.modality,
    events.c.mode,
    events.c.context,
    events.c.trigger_text,
    events.c.evidence_text,
    events.c.evidence_start,
    events.c.date_value,
    events.c.confidence,
    events.c.rule,
    documents.c.url,
    documents.c.title,
    documents.c.source,
    documents.c.published,
    documents.c.ingested_at,
)


def _query(conn: Connection, f: EventFilter, oldest_first: bool) -> sa.Select[Any]:
    order = (
        (events.c.day, events.c.id) if oldest_first else (events.c.day.desc(), events.c.id.desc())
    )
    query = (
        sa.select(*COLUMNS)
        .join(documents, documents.c.id == events.c.document_id)
        .where(*event_conditions(conn, f))
        .order_by(*order)
    )
    if f.limit:
        query = query.limit(f.limit)
    return query.offset(f.offset) if f.offset else query


def find_events(
    conn: Connection, f: EventFilter, oldest_first: bool = False
) -> list[dict[str, Any]]:
    rows = [dict(r._mapping) for r in conn.execute(_query(conn, f, oldest_first))]
    return with_actors(conn, rows)


def iter_events(conn: Connection, f: EventFilter, chunk: int = 5000) -> Iterator[dict[str, Any]]:
    """Every matching event, oldest first, streamed in chunks (exports of millions of rows)."""
    result = conn.execution_options(stream_results=True, yield_per=chunk).execute(
        _query(conn, f, oldest_first=True)
    )
    for part in result.partitions(chunk):
        yield from with_actors(conn, [dict(r._mapping) for r in part])


def timeline(conn: Connection, actor: str, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events in which ``actor`` takes either role, oldest first, within ``f``'s other filters."""
    return find_events(conn, replace(f or EventFilter(), actor=actor), oldest_first=True)


def with_actors(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill ``actors`` and ``recipients`` (names, countries, kb ids) in one query per chunk."""
    if not rows:
        return rows
    query = (
        sa.select(
            event_actors.c.event_id,
            event_actors.c.role,
            actors.c.name,
            actors.c.country,
            actors.c.sector,
            actors.c.kb_id,
            actors.c.local_id,
        )
        .join(actors, actors.c.id == event_actors.c.actor_id)
        .where(event_actors.c.event_id.in_([r["id"] for r in rows]))
        .order_by(event_actors.c.event_id, actors.c.local_id)
    )
    found: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for link in conn.execute(query):
        found.setdefault((link.event_id, link.role), []).append(
            {
                "name": link.name,
                "country": link.country,
                "sector": link.sector,
                "kb_id": link.kb_id,
                "id": link.local_id,
            }
        )
    for row in rows:
        row["actors"] = found.get((row["id"], "actor"), [])
        row["recipients"] = found.get((row["id"], "recipient"), [])
    return rows
