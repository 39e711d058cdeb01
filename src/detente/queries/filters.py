"""How users name things in queries, turned into SQL conditions shared by every query.

An actor is named by knowledge-base id (``Q30``), by name (case and spacing ignored) or by
country code (``USA``); any of them matches, so ``detente dyad Iran USA`` and ``detente dyad
Q794 Q30`` both work across documents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from detente.store.dialect import fulltext_query, matching_ids
from detente.store.rows import name_key
from detente.store.schema import actors, event_actors, events

ROLES = ("actor", "recipient")


@dataclass(slots=True)
class EventFilter:
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    modality: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    limit: int | None = 100


def names(table: sa.Table | sa.Alias, value: str) -> ColumnElement[bool]:
    """Rows of ``actors`` or ``event_actors`` that ``value`` names."""
    return sa.or_(
        table.c.kb_id == value,
        table.c.name_key == name_key(value),
        table.c.country == value.upper(),
    )


def events_of(value: str, role: str | None = None) -> sa.Select[tuple[int]]:
    """Ids of events in which ``value`` takes part (in ``role``, or in either role)."""
    query = sa.select(event_actors.c.event_id).where(names(event_actors, value))
    if role:
        query = query.where(event_actors.c.role == role)
    return query


def event_conditions(dialect: str, f: EventFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.actor:
        where.append(events.c.id.in_(events_of(f.actor, "actor" if f.recipient else None)))
    if f.recipient:
        where.append(events.c.id.in_(events_of(f.recipient, "recipient")))
    if f.country:
        code = f.country.upper()
        where.append(
            events.c.id.in_(
                sa.select(event_actors.c.event_id).where(event_actors.c.country == code)
            )
        )
    if f.type:
        where.append(events.c.type == f.type.upper())
    if f.modality:
        where.append(events.c.modality == f.modality.lower())
    if f.since:
        where.append(events.c.day >= f.since)
    if f.until:
        where.append(events.c.day <= f.until)
    if f.text:
        ids = matching_ids(dialect, "documents", "q_documents").bindparams(
            q_documents=fulltext_query(dialect, f.text)
        )
        where.append(events.c.document_id.in_(ids.columns(sa.column("id", sa.Integer))))
    return where


def actors_named(value: str) -> sa.Select[tuple[int]]:
    """Ids of actor rows (in any document) that ``value`` names."""
    return sa.select(actors.c.id).where(names(actors, value))
