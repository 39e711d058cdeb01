"""Actors across the store: the list of them, and one actor: who it is, what it did, what was
done to it, and with whom.

Every row is one identity, named by a ref (:mod:`detente.queries.identity`), so a generic agent
is listed once per country. Roles over time come from the knowledge base, not from here, because
the store only has the role printed on each article's date.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.events import COLUMNS, with_actors
from detente.queries.filters import names
from detente.queries.identity import describe, key, matches, ref
from detente.store.rows import name_key
from detente.store.schema import actors, documents, event_actors, events


def profile(conn: Connection, actor: str) -> dict[str, Any] | None:
    """The actor's most frequent name, kind and country, the names and roles articles gave it,
    and how often it appears; ``None`` when no stored document mentions it. Pages pass the ref
    from :func:`~detente.queries.identity.resolve`, so everything they show is one actor."""
    seen_as = (
        actors.c.name,
        actors.c.kind,
        actors.c.country,
        actors.c.sector,
        actors.c.kb_id,
        actors.c.role,
    )
    query = (
        sa.select(*seen_as, sa.func.count(sa.distinct(actors.c.document_id)).label("documents"))
        .where(matches(actors, actor))
        .group_by(*seen_as)
        .order_by(sa.desc("documents"), actors.c.name)
    )
    rows = [dict(r._mapping) for r in conn.execute(query)]
    if not rows:
        return None
    top = rows[0]
    documents_total = conn.execute(
        sa.select(sa.func.count(sa.distinct(actors.c.document_id))).where(matches(actors, actor))
    ).scalar_one()
    counts: dict[str, int] = dict(
        conn.execute(
            sa.select(event_actors.c.role, sa.func.count(sa.distinct(event_actors.c.event_id)))
            .where(matches(event_actors, actor))
            .group_by(event_actors.c.role)
        ).all()
    )
    return {
        "ref": ref(top["kb_id"], top["name"], top["country"]),
        "name": top["name"],
        "kind": top["kind"],
        "country": top["country"],
        "sector": top["sector"],
        "kb_id": top["kb_id"],
        "documents": documents_total,
        "events_as_actor": counts.get("actor", 0),
        "events_as_recipient": counts.get("recipient", 0),
        "names": sorted({r["name"] for r in rows}),
        "roles_in_articles": sorted({r["role"] for r in rows if r["role"]}),
    }


def actor_events(
    conn: Connection, actor: str, role: str, limit: int = 20, offset: int = 0
) -> list[dict[str, Any]]:
    """Events in which the actor takes ``role`` (``actor`` or ``recipient``), newest first."""
    if role not in ("actor", "recipient"):
        raise ValueError("role must be 'actor' or 'recipient'")
    ids = sa.select(event_actors.c.event_id).where(
        matches(event_actors, actor), event_actors.c.role == role
    )
    query = (
        sa.select(*COLUMNS)
        .join(documents, documents.c.id == events.c.document_id)
        .where(events.c.id.in_(ids))
        .order_by(events.c.day.desc().nulls_last(), events.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return with_actors(conn, [dict(r._mapping) for r in conn.execute(query)])


def counterparts(conn: Connection, actor: str, limit: int = 25) -> list[dict[str, Any]]:
    """Actors on the other side of the actor's events, most events first: how often the actor
    acted on them (``outgoing``), how often they acted on it (``incoming``), and the mean
    intensity of those events."""
    mine = event_actors.alias("mine")
    other = event_actors.alias("other")
    other_key = key(other).label("key")
    query = (
        sa.select(
            other_key,
            mine.c.role,
            sa.func.count(sa.distinct(events.c.id)).label("n"),
            sa.func.sum(events.c.intensity).label("total"),
            sa.func.count(events.c.intensity).label("scored"),
        )
        .select_from(mine)
        .join(other, sa.and_(other.c.event_id == mine.c.event_id, other.c.role != mine.c.role))
        .join(events, events.c.id == mine.c.event_id)
        .where(matches(mine, actor), key(other) != key(mine))
        .group_by(other_key, mine.c.role)
    )
    merged: dict[str, dict[str, Any]] = {}
    for row in conn.execute(query):
        cell = merged.setdefault(row.key, {"outgoing": 0, "incoming": 0, "total": 0.0, "scored": 0})
        cell["outgoing" if row.role == "actor" else "incoming"] += row.n
        cell["total"] += float(row.total or 0.0)
        cell["scored"] += row.scored
    known = describe(conn, list(merged))
    out = []
    for k, cell in merged.items():
        cell.update(
            known.get(k) or {"name": k, "kb_id": None, "country": None, "ref": k, "kind": None}
        )
        total, scored = cell.pop("total"), cell.pop("scored")
        cell["events"] = cell["outgoing"] + cell["incoming"]
        cell["mean_intensity"] = round(total / scored, 3) if scored else None
        out.append(cell)
    out.sort(key=lambda c: (-c["events"], c["name"]))
    return out[:limit]


def find_actors(
    conn: Connection,
    name: str | None = None,
    country: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Actors most often seen first, one row per identity (a generic agent once per country),
    each with its ref for links and the name most articles give it. ``name`` is a ref, KB id,
    name, country code or part of a name."""
    actor_key = key(actors).label("key")
    query = (
        sa.select(
            actor_key,
            sa.func.min(actors.c.sector).label("sector"),
            sa.func.count(sa.distinct(actors.c.document_id)).label("documents"),
        )
        .group_by(actor_key)
        .order_by(sa.desc("documents"), actor_key)
        .offset(offset)
    )
    if name:
        query = query.where(
            sa.or_(
                names(actors, name),
                actors.c.name_key.contains(name_key(name), autoescape=True),
            )
        )
    if country:
        query = query.where(actors.c.country == country.upper())
    if limit:
        query = query.limit(limit)
    rows = [dict(r._mapping) for r in conn.execute(query)]
    known = describe(conn, [row["key"] for row in rows])
    out = []
    for row in rows:
        found = known[row["key"]]
        out.append(
            {
                "ref": found["ref"],
                "name": found["name"],
                "kind": found["kind"],
                "country": found["country"],
                "sector": row["sector"],
                "kb_id": found["kb_id"],
                "documents": row["documents"],
            }
        )
    return out
