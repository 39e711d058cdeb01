"""What handlers share: a store connection per request, paging and the checks on parameters.

Query functions that take no offset are paged by asking for ``offset + limit + 1`` rows and
slicing; offsets are capped so one request never reads an unbounded prefix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from sqlalchemy.engine import Connection

from detente.api.errors import ApiError
from detente.model import PLOVER_TYPES

MAX_OFFSET = 10_000
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


def sliced(fetch: Callable[[int], list[dict[str, Any]]], paging: Paging) -> list[dict[str, Any]]:
    """Rows ``offset .. offset+limit`` (plus one, to detect the end) from a function that only
    takes a limit."""
    return fetch(paging.offset + paging.limit + 1)[paging.offset :]


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
