"""Events with the CLI's filters, and one actor's timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from detente.api.auth import reader
from detente.api.deps import Conn, Paged, Since, Until, event_type, modality, page
from detente.queries import EventFilter, find_events, timeline

router = APIRouter(tags=["events"], dependencies=[Depends(reader)])


@router.get("/events", summary="Events, newest first (the filters of `detente events`).")
def events(
    request: Request,
    conn: Conn,
    paging: Paged,
    actor: Annotated[
        str | None, Query(description="Actor (ref, name, KB id or country code).")
    ] = None,
    recipient: Annotated[str | None, Query(description="Recipient, when actor acts.")] = None,
    country: Annotated[str | None, Query(description="Any participant from this country.")] = None,
    type: Annotated[str | None, Query(description="PLOVER type.")] = None,
    modality_: Annotated[
        str | None, Query(alias="modality", description="asserted, negated, ...")
    ] = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, Query(description="Words in the article.")] = None,
) -> dict[str, Any]:
    f = EventFilter(
        actor,
        recipient,
        country,
        event_type(type),
        modality(modality_),
        since,
        until,
        text,
        limit=paging.limit + 1,
        offset=paging.offset,
    )
    return page(request, find_events(conn, f), paging)


@router.get("/timeline", summary="Everything an actor did or had done to it, oldest first.")
def actor_timeline(
    request: Request,
    conn: Conn,
    paging: Paged,
    actor: Annotated[str, Query(description="Actor (ref, name, KB id or country code).")],
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    f = EventFilter(since=since, until=until, limit=paging.limit + 1, offset=paging.offset)
    return page(request, timeline(conn, actor, f), paging)
