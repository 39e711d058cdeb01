"""Figures over time and across actors: dyad series, the events behind a point, the network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from detente.api.auth import reader
from detente.api.deps import MAX_OFFSET, Conn, Paging, Since, Until, event_type, modality, page
from detente.api.errors import ApiError
from detente.queries import dyad
from detente.queries.dyad_events import dyad_events
from detente.queries.network import network
from detente.queries.series import Period

router = APIRouter(tags=["series"], dependencies=[Depends(reader)])
Source = Annotated[
    str, Query(description="The actor that acts (ref, name, KB id or country code).")
]
Target = Annotated[str, Query(description="The actor acted upon.")]
EitherWay = Annotated[bool, Query(description="Count target-to-source events too.")]


@router.get(
    "/dyad",
    summary="Events from source to target per period: counts per type, mean intensity, quads.",
)
def dyad_series(
    conn: Conn,
    source: Source,
    target: Target,
    by: Period = Period.month,
    since: Since = None,
    until: Until = None,
    either_way: EitherWay = False,
) -> dict[str, Any]:
    rows = dyad(conn, source, target, by.value, since, until, either_way)
    return {"source": source, "target": target, "by": by.value, "series": rows}


@router.get(
    "/dyad/events",
    summary="The events behind one point of a dyad series, oldest first, paged like lists.",
)
def dyad_point(
    request: Request,
    conn: Conn,
    source: Source,
    target: Target,
    period: Annotated[str, Query(description="A period key of the series (2025-03, 2025-W10).")],
    by: Period = Period.month,
    either_way: EitherWay = False,
    limit: Annotated[int, Query(ge=1, le=500, description="Rows per page.")] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
) -> dict[str, Any]:
    paging = Paging(limit, offset)
    try:
        rows = dyad_events(conn, source, target, by.value, period, either_way, limit + 1, offset)
    except ValueError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from exc
    return {"period": period, **page(request, rows, paging)}


@router.get("/network", summary="Actors as nodes, event flows as edges (count, mean intensity).")
def event_network(
    conn: Conn,
    since: Since = None,
    until: Until = None,
    type: Annotated[str | None, Query(description="PLOVER type.")] = None,
    modality_: Annotated[str | None, Query(alias="modality")] = None,
    min_count: Annotated[int, Query(ge=1, description="Drop edges with fewer events.")] = 1,
    max_edges: Annotated[int, Query(ge=1, le=2000, description="Keep the heaviest edges.")] = 200,
) -> dict[str, Any]:
    return network(conn, since, until, event_type(type), modality(modality_), min_count, max_edges)
