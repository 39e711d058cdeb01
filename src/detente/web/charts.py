"""The figures: a dyad's series with the events behind each point, and the event network."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from detente.api.auth import reader
from detente.api.deps import Conn, event_type, modality
from detente.api.errors import ApiError
from detente.model import PLOVER_TYPES
from detente.queries import dyad
from detente.queries.dyad_events import dyad_events, period_days
from detente.queries.network import network as event_network
from detente.queries.series import Period
from detente.web.render import fragment, intensity_colour, page

router = APIRouter(prefix="/ui", dependencies=[Depends(reader)], include_in_schema=False)
Day = Annotated[str, Query(description="YYYY-MM-DD; empty means no bound.")]
EVENTS_PER_PAGE = 100


def _day(value: str, name: str) -> dt.date | None:
    """A date from a form field, where an empty field means no date."""
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ApiError(422, "invalid_request", f"{name}: {value!r} is not YYYY-MM-DD") from exc


@router.get("/dyad")
def dyad_page(
    request: Request,
    conn: Conn,
    source: str = "",
    target: str = "",
    by: Period = Period.month,
    either_way: bool = False,
    since: Day = "",
    until: Day = "",
) -> HTMLResponse:
    series = None
    if source.strip() and target.strip():
        first_day, last_day = _day(since, "since"), _day(until, "until")
        series = dyad(
            conn, source.strip(), target.strip(), by.value, first_day, last_day, either_way
        )
        for row in series:
            first, last = period_days(by.value, row["period"])
            row["x"] = first + (last - first) / 2
    return page(
        request,
        "dyad.html",
        source=source,
        target=target,
        by=by.value,
        either_way=either_way,
        since=since,
        until=until,
        series=series,
    )


@router.get("/dyad/events")
def dyad_point(
    request: Request,
    conn: Conn,
    source: str,
    target: str,
    period: str,
    by: Period = Period.month,
    either_way: bool = False,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    """The first page of a point's events (heading and table), or, with an offset, the rows
    that follow for the table's "More" button: a busy month is never silently cut short."""
    try:
        rows = dyad_events(
            conn, source, target, by.value, period, either_way, EVENTS_PER_PAGE + 1, offset
        )
    except ValueError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from exc
    more = {"source": source, "target": target, "by": by.value, "period": period,
            "either_way": either_way, "offset": offset + EVENTS_PER_PAGE}  # fmt: skip
    template = "parts/dyad_event_rows.html" if offset else "parts/dyad_events.html"
    return fragment(
        request, template, period=period, rows=rows, per_page=EVENTS_PER_PAGE, more=more
    )


@router.get("/network")
def network_page(
    request: Request,
    conn: Conn,
    since: Day = "",
    until: Day = "",
    type: str = "",
    modality_: Annotated[str, Query(alias="modality")] = "",
    min_count: Annotated[int, Query(ge=1)] = 1,
    max_edges: Annotated[int, Query(ge=1, le=2000)] = 150,
) -> HTMLResponse:
    graph = event_network(
        conn,
        _day(since, "since"),
        _day(until, "until"),
        event_type(type),
        modality(modality_),
        min_count,
        max_edges,
    )
    for edge in graph["edges"]:
        edge["colour"] = intensity_colour(edge["mean_intensity"])
    by_id = {node["id"]: node for node in graph["nodes"]}
    return page(
        request,
        "network.html",
        graph=graph,
        by_id=by_id,
        since=since,
        until=until,
        type=type,
        modality=modality_,
        min_count=min_count,
        max_edges=max_edges,
        types=PLOVER_TYPES,
    )
