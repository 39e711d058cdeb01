"""Actor pages: the list of actors, and one actor with roles, events, quotes and counterparts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from detente.api.auth import reader
from detente.api.deps import Conn, Paged, actor_profile, actor_ref
from detente.api.errors import ApiError
from detente.queries import find_actors, find_quotes
from detente.queries.actors import actor_events, counterparts
from detente.web.render import fragment, page

router = APIRouter(prefix="/ui", dependencies=[Depends(reader)], include_in_schema=False)
ROLES = ("actor", "recipient")
PER_PAGE = 10


@router.get("/actors")
def actors(
    request: Request,
    conn: Conn,
    paging: Paged,
    name: Annotated[str | None, Query()] = None,
    country: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    rows = find_actors(conn, name or None, country or None, paging.limit + 1, paging.offset)
    return page(
        request, "actors.html", rows=rows, paging=paging, name=name or "", country=country or ""
    )


@router.get("/actors/{ref:path}/events")
def events(
    request: Request, conn: Conn, ref: str, role: str = "actor", offset: int = 0
) -> HTMLResponse:
    """More of the actor's events, for htmx."""
    if role not in ROLES:
        raise ApiError(422, "invalid_request", "role must be actor or recipient")
    one = actor_ref(conn, ref)
    rows = actor_events(conn, one, role, PER_PAGE + 1, max(0, offset))
    return fragment(
        request,
        "parts/actor_events.html",
        ref=one,
        role=role,
        rows=rows,
        offset=max(0, offset),
        per_page=PER_PAGE,
    )


@router.get("/actors/{ref:path}")
def actor(request: Request, conn: Conn, ref: str) -> HTMLResponse:
    one, found = actor_profile(conn, ref)
    knowledge = request.app.state.knowledge
    lists = {role: actor_events(conn, one, role, PER_PAGE + 1) for role in ROLES}
    return page(
        request,
        "actor.html",
        actor=found,
        ref=one,
        roles=knowledge.roles(found["kb_id"]),
        kb=knowledge.entry(found["kb_id"]),
        lists=lists,
        per_page=PER_PAGE,
        quotes=find_quotes(conn, speaker=one, limit=20),
        partners=counterparts(conn, one),
    )
