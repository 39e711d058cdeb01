"""What handlers share: a store connection per request, paging and the checks on parameters.

A page asks its query for one row more than it shows, which is how the end is detected; offsets
are capped because the database still walks past every skipped row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from sqlalchemy.engine import Connection

from detente.api.errors import ApiError
from detente.model import PLOVER_TYPES
from detente.queries.actors import profile
from detente.queries.identity import resolve

MAX_OFFSET = 100_000
MODALITIES = ("asserted", "negated", "hypothetical", "intended", "historical")


def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.store.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]


@dataclass(slots=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=500, description="Rows per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
) -> Paging:
    return Paging(limit, offset)


Paged = Annotated[Paging, Depends(paging)]
Since = Annotated[dt.date | None, Query(description="From this day, inclusive.")]
Until = Annotated[dt.date | None, Query(description="Up to this day, inclusive.")]
Published = Annotated[
    dt.date | None, Query(description="Publication date for articles without one.")
]


def page(request: Request, rows: list[dict[str, Any]], paging: Paging) -> dict[str, Any]:
    """The list envelope: the page's rows and the URL of the next page (``None`` at the end).
    ``rows`` may hold one row more than the page, which is how the end is detected."""
    more = len(rows) > paging.limit
    following = None
    if more and paging.offset + paging.limit <= MAX_OFFSET:
        following = str(request.url.include_query_params(offset=paging.offset + paging.limit))
    return {
        "items": rows[: paging.limit],
        "limit": paging.limit,
        "offset": paging.offset,
        "next": following,
    }


def actor_ref(conn: Connection, value: str) -> str:
    """The one actor ``value`` names (see :func:`~detente.queries.identity.resolve`), or 404."""
    found = resolve(conn, value)
    if found is None:
        raise ApiError(404, "not_found", f"no stored document mentions the actor {value!r}")
    return found


def actor_profile(conn: Connection, value: str) -> tuple[str, dict[str, Any]]:
    """The ref and profile of the one actor ``value`` names, or 404."""
    one = actor_ref(conn, value)
    found = profile(conn, one)
    if found is None:
        raise ApiError(404, "not_found", f"no stored document mentions the actor {value!r}")
    return one, found


def event_type(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if value.upper() not in PLOVER_TYPES:
        raise ApiError(
            422,
            "invalid_request",
            f"type {value!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})",
        )
    return value.upper()


def modality(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if value.lower() not in MODALITIES:
        raise ApiError(
            422, "invalid_request", f"modality {value!r} is not one of {', '.join(MODALITIES)}"
        )
    return value.lower()
