"""Quotes, actors and full-text search: the words around the events."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.filters import actors_named, names
from detente.store.dialect import fulltext_query, matching_ids, search_documents
from detente.store.schema import actors, documents, quotes


def find_quotes(
    conn: Connection, speaker: str | None = None, text: str | None = None, limit: int | None = 100
) -> list[dict[str, Any]]:
    query = (
        sa.select(
            quotes.c.id,
            documents.c.doc_id,
            documents.c.published,
            actors.c.name.label("speaker"),
            actors.c.country,
            quotes.c.kind,
            quotes.c.stance,
            quotes.c.content_text.label("content"),
            quotes.c.cue_text.label("cue"),
            documents.c.url,
        )
        .join(documents, documents.c.id == quotes.c.document_id)
        .outerjoin(actors, actors.c.id == quotes.c.speaker_id)
        .order_by(documents.c.published.desc(), quotes.c.id.desc())
    )
    if speaker:
        query = query.where(quotes.c.speaker_id.in_(actors_named(speaker)))
    if text:
        dialect = conn.dialect.name
        ids = matching_ids(dialect, "quotes", "q_quotes").bindparams(
            q_quotes=fulltext_query(dialect, text)
        )
        query = query.where(quotes.c.id.in_(ids.columns(sa.column("id", sa.Integer))))
    if limit:
        query = query.limit(limit)
    return [dict(r._mapping) for r in conn.execute(query)]


def find_actors(
    conn: Connection, name: str | None = None, country: str | None = None, limit: int | None = 100
) -> list[dict[str, Any]]:
    """Actors across documents, one row per knowledge-base id (or name and country when
    unresolved), most often seen first."""
    key = sa.case(
        (actors.c.kb_id.isnot(None), actors.c.kb_id),
        else_=actors.c.name_key + "|" + sa.func.coalesce(actors.c.country, ""),
    ).label("key")
    query = (
        sa.select(
            key,
            sa.func.min(actors.c.name).label("name"),
            sa.func.min(actors.c.kind).label("kind"),
            sa.func.min(actors.c.country).label("country"),
            sa.func.min(actors.c.sector).label("sector"),
            sa.func.min(actors.c.kb_id).label("kb_id"),
            sa.func.count(sa.distinct(actors.c.document_id)).label("documents"),
        )
        .group_by(key)
        .order_by(sa.desc("documents"), key)
    )
    if name:
        query = query.where(
            sa.or_(names(actors, name), actors.c.name_key.contains(name.casefold()))
        )
    if country:
        query = query.where(actors.c.country == country.upper())
    if limit:
        query = query.limit(limit)
    return [dict(r._mapping) for r in conn.execute(query)]


def search(conn: Connection, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Documents matching the words, best first, each with the passage that matched."""
    dialect = conn.dialect.name
    statement = search_documents(dialect).bindparams(q=fulltext_query(dialect, text), n=limit)
    return [dict(r._mapping) for r in conn.execute(statement)]
