"""How users name things in queries, turned into SQL conditions shared by every query.

An actor is named by a ref or knowledge-base id (``Q30``, ``agent:police|FRA``, see
:mod:`detente.queries.identity`), by name (case and spacing ignored) or by country code
(``USA``, everyone from that country); so ``detente dyad Iran USA`` and ``detente dyad Q794
Q30`` both work across documents, and a link's ref names exactly the actor it shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

from detente.queries.identity import matches
from detente.store.dialect import matching_ids
from detente.store.rows import name_key
from detente.store.schema import event_actors, events


@dataclass(slots=True)
class EventFilter:
    """What ``detente events`` and ``GET /events`` filter on; ``limit`` rows after ``offset``
    (``limit=None``: all of them)."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    modality: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    limit: int | None = 100
    offset: int = 0


def names(table: FromClause, value: str) -> ColumnElement[bool]:
    """Rows of ``actors`` or ``event_actors`` that ``value`` names, a country code included."""
    if "|" in value:
        return matches(table, value)
    return sa.or_(*_branches(table, value))


def named(conn: Connection, table: FromClause, value: str) -> ColumnElement[bool]:
    """:func:`names`, keeping only the branches (KB id, name, country) that some row of
    ``table`` holds. The rows are the same; but a value is nearly always one kind of name, and
    a condition on one column is read from that column's index alone, where an ``OR`` makes
    the database fetch every row it finds (a dyad of busy actors is read twice as fast)."""
    if "|" in value:
        return matches(table, value)
    held = [
        branch
        for branch in _branches(table, value)
        if conn.execute(sa.select(sa.literal(1)).select_from(table).where(branch).limit(1)).first()
    ]
    if not held:
        return sa.false()
    return held[0] if len(held) == 1 else sa.or_(*held)


def _branches(table: FromClause, value: str) -> list[ColumnElement[bool]]:
    return [
        table.c.kb_id == value,
        table.c.name_key == name_key(value),
        table.c.country == value.upper(),
    ]


def events_of(conn: Connection, value: str, role: str | None = None) -> sa.Select[tuple[int]]:
    """Ids of events in which ``value`` takes part (in ``role``, or in either role)."""
    query = sa.select(event_actors.c.event_id).where(named(conn, event_actors, value))
    if role:
        query = query.where(event_actors.c.role == role)
    return query


def acting_on(conn: Connection, source: str, target: str) -> sa.Select[tuple[int]]:
    """Ids of events in which ``source`` is an actor and ``target`` a recipient. The target's
    links are read from their index and each is checked for a source link of the same event
    (one index lookup), which reads far fewer rows than intersecting both actors' events."""
    src, tgt = event_actors.alias("src"), event_actors.alias("tgt")
    acts = (
        sa.select(src.c.event_id)
        .where(src.c.event_id == tgt.c.event_id, src.c.role == "actor", named(conn, src, source))
        .exists()
    )
    return sa.select(tgt.c.event_id).where(
        named(conn, tgt, target), tgt.c.role == "recipient", acts
    )


def event_conditions(conn: Connection, f: EventFilter) -> list[ColumnElement[bool]]:
    """The filter as conditions on ``events``; ``actor`` alone takes either role."""
    where: list[ColumnElement[bool]] = []
    if f.actor and f.recipient:
        where.append(events.c.id.in_(acting_on(conn, f.actor, f.recipient)))
    elif f.actor:
        where.append(events.c.id.in_(events_of(conn, f.actor)))
    elif f.recipient:
        where.append(events.c.id.in_(events_of(conn, f.recipient, "recipient")))
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
        where.append(events.c.document_id.in_(matching_ids(conn.dialect.name, "documents", f.text)))
    return where
