"""Stored articles as a list people browse: newest first, with how much was found in each."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.identity import key
from detente.store.dialect import matching_ids
from detente.store.schema import actors, documents, events, quotes


def _count(table: sa.Table) -> sa.ScalarSelect[int]:
    return (
        sa.select(sa.func.count())
        .where(table.c.document_id == documents.c.id)
        .correlate(documents)
        .scalar_subquery()
    )


def list_documents(
    conn: Connection,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str | None = None,
    source: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Documents by publication date (undated last), each with its actor, event and quote
    counts; ``text`` uses the store's full-text index."""
    query = sa.select(
        documents.c.id.label("row"),
        documents.c.doc_id,
        documents.c.title,
        documents.c.url,
        documents.c.source,
        documents.c.published,
        documents.c.version,
        documents.c.ingested_at,
        _count(actors).label("actors"),
        _count(events).label("events"),
        _count(quotes).label("quotes"),
    ).order_by(documents.c.published.desc().nulls_last(), documents.c.id.desc())
    if since:
        query = query.where(documents.c.published >= since)
    if until:
        query = query.where(documents.c.published <= until)
    if source:
        query = query.where(documents.c.source == source)
    if text:
        query = query.where(documents.c.id.in_(matching_ids(conn.dialect.name, "documents", text)))
    return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]


def totals(conn: Connection) -> dict[str, int]:
    """How many documents, actors (distinct across documents), events and quotes are stored."""
    distinct_actors = sa.select(sa.func.count(sa.distinct(key(actors))))
    return {
        "documents": conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one(),
        "actors": conn.execute(distinct_actors).scalar_one(),
        "events": conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one(),
        "quotes": conn.execute(sa.select(sa.func.count()).select_from(quotes)).scalar_one(),
    }
