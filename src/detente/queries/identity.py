"""One actor across documents: by knowledge-base id when resolved, by name when not.

Pages and links name an actor by a *ref*: its KB id (``Q324546``, ``state:IRN``); for a generic
agent of the base (``agent:police``), which stands for a different body in every country, the id
and the country (``agent:police|FRA``); for an actor the resolver could not link, its name, with
the country when known (``hamas|PSE``). Matching a ref ignores case and spacing in names, like
the CLI filters, but never matches a bare country code, so an actor's page shows that actor and
not everyone from its country.
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


def matches(table: FromClause, ref: str) -> ColumnElement[bool]:
    """Rows of ``actors`` or ``event_actors`` that stand for the actor ``ref``."""
    head, bar, country = ref.rpartition("|")
    if not bar:
        return sa.or_(table.c.kb_id == ref, table.c.name_key == name_key(ref))
    same_country = table.c.country == country if country else table.c.country.is_(None)
    return sa.and_(sa.or_(table.c.kb_id == head, table.c.name_key == name_key(head)), same_country)


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


def dyad_ref(kb_id: str | None, name: str, country: str | None) -> str:
    """How the dyad series (which takes the CLI's actor names) can name an actor: its KB id, or
    for generic agents and unresolved actors its country, else its name."""
    if kb_id and not kb_id.startswith(GENERIC):
        return kb_id
    return country or name


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
    """Name, kind, country and refs for actor keys; the name is the one most often used (the
    first alphabetically among equals), so a state is "United States", not "Americans"."""
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
            "dyad_ref": dyad_ref(row.kb_id, row.name, row.country),
        }
        for k, row in best.items()
    }
