"""One actor across documents: by knowledge-base id when it denotes one actor, by name when not.

Pages, links and filters name an actor by a *ref*: its KB id (``Q324546``, ``state:IRN``); for a
generic agent of the base (``agent:police``), which stands for a different body in every country,
the id and the country (``agent:police|FRA``); for an actor the resolver could not link, its name
and country (``hamas|PSE``, ``hamas|`` when the country is unknown). A ref is exactly the
grouping key of the rows it names, so lists, counts, series and pages agree on who is who: the
police of two countries are two actors everywhere. A bare name or KB id without ``|`` is a
lookup instead, matching every row so named (case and spacing in names ignored).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

from detente.store.rows import name_key
from detente.store.schema import actors

GENERIC = "agent:"


def key(table: FromClause) -> ColumnElement[str]:
    """The grouping key of an actor row; equal to :func:`ref` of the row, names casefolded."""
    country = sa.func.coalesce(table.c.country, "")
    return sa.case(
        (table.c.kb_id.is_(None), table.c.name_key + "|" + country),
        (table.c.kb_id.startswith(GENERIC), table.c.kb_id + "|" + country),
        else_=table.c.kb_id,
    )


def ref(kb_id: str | None, name: str, country: str | None) -> str:
    """What links use to name an actor."""
    if kb_id and not kb_id.startswith(GENERIC):
        return kb_id
    return f"{kb_id or name}|{country or ''}"


def matches(table: FromClause, value: str) -> ColumnElement[bool]:
    """Rows of ``actors`` or ``event_actors`` that ``value`` names: the rows whose key is the
    ref ``value``, or for a bare name or KB id every row with that name or id. Indexable: each
    branch starts with ``kb_id`` or ``name_key``."""
    head, bar, country = value.rpartition("|")
    if not bar:
        return sa.or_(table.c.kb_id == value, table.c.name_key == name_key(value))
    same_country = table.c.country == country if country else table.c.country.is_(None)
    if head.startswith(GENERIC):
        return sa.and_(table.c.kb_id == head, same_country)
    return sa.and_(table.c.name_key == name_key(head), table.c.kb_id.is_(None), same_country)


def resolve(conn: Connection, value: str) -> str | None:
    """The ref of the one actor ``value`` stands for, ``None`` when no stored document mentions
    it: a ref or KB id names itself; a name, or a generic agent without its country, names
    the identity most documents give it."""
    if "|" in value or not value.startswith(GENERIC):
        exact = matches(actors, value) if "|" in value else actors.c.kb_id == value
        if conn.execute(sa.select(actors.c.id).where(exact).limit(1)).first() is not None:
            return value
        if "|" in value:
            return None
    actor_key = key(actors).label("key")
    documents = sa.func.count(sa.distinct(actors.c.document_id))
    query = (
        sa.select(actor_key)
        .where(matches(actors, value))
        .group_by(actor_key)
        .order_by(documents.desc(), actor_key)
        .limit(1)
    )
    found: str | None = conn.execute(query).scalar()
    return found


def keyed(table: FromClause, keys: list[str]) -> ColumnElement[bool]:
    """An indexable condition selecting (at least) the rows whose :func:`key` is in ``keys``;
    callers keep the rows whose key is exactly one of them."""
    kb_ids, names = [], []
    for value in keys:
        head, bar, _ = value.rpartition("|")
        if not bar:
            kb_ids.append(value)
        elif head.startswith(GENERIC):
            kb_ids.append(head)
        else:
            names.append(head)
    return sa.or_(
        table.c.kb_id.in_(kb_ids), sa.and_(table.c.kb_id.is_(None), table.c.name_key.in_(names))
    )


def describe(conn: Connection, keys: list[str]) -> dict[str, dict[str, Any]]:
    """Name, kind, country and ref for actor keys; the name is the one most often used (the
    first alphabetically among equals), so a state is "United States", not "Americans"."""
    if not keys:
        return {}
    actor_key = key(actors).label("key")
    columns = (actors.c.name, actors.c.kind, actors.c.country, actors.c.kb_id)
    query = (
        sa.select(actor_key, *columns, sa.func.count().label("n"))
        .where(keyed(actors, keys))
        .group_by(actor_key, *columns)
    )
    wanted = set(keys)
    best: dict[str, Any] = {}
    for row in conn.execute(query):
        if row.key in wanted and (
            row.key not in best or (-row.n, row.name) < (-best[row.key].n, best[row.key].name)
        ):
            best[row.key] = row
    return {
        k: {
            "name": row.name,
            "kind": row.kind,
            "country": row.country,
            "kb_id": row.kb_id,
            "ref": ref(row.kb_id, row.name, row.country),
        }
        for k, row in best.items()
    }
