"""Actors across the store, and one actor's profile: roles over time, events, quotes, partners."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from detente.api.auth import reader
from detente.api.deps import Conn, Paged, page, sliced
from detente.api.errors import ApiError
from detente.queries import find_actors
from detente.queries.actor_page import actor_events, counterparts, profile
from detente.queries.passages import find_quotes

router = APIRouter(tags=["actors"], dependencies=[Depends(reader)])


class Role(StrEnum):
    actor = "actor"
    recipient = "recipient"


@router.get("/actors", summary="Actors across all documents, most often seen first.")
def actors(
    request: Request,
    conn: Conn,
    paging: Paged,
    name: Annotated[str | None, Query(description="Name or part of it.")] = None,
    country: Annotated[str | None, Query(description="ISO 3166 alpha-3 code.")] = None,
) -> dict[str, Any]:
    rows = sliced(lambda n: find_actors(conn, name, country, n), paging)
    return page(request, rows, paging)


def _profile(conn: Conn, ref: str) -> dict[str, Any]:
    found = profile(conn, ref)
    if found is None:
        raise ApiError(404, "not_found", f"no stored document mentions the actor {ref!r}")
    return found


@router.get(
    "/actors/{ref:path}/events",
    summary="Events in which the actor (KB id or name) acts, or is acted upon; newest first.",
)
def events_of_actor(
    request: Request, conn: Conn, paging: Paged, ref: str, role: Role = Role.actor
) -> dict[str, Any]:
    _profile(conn, ref)
    rows = actor_events(conn, ref, role.value, paging.limit + 1, paging.offset)
    return page(request, rows, paging)


@router.get("/actors/{ref:path}/quotes", summary="What the actor said, newest first.")
def quotes_of_actor(request: Request, conn: Conn, paging: Paged, ref: str) -> dict[str, Any]:
    _profile(conn, ref)
    rows = find_quotes(conn, speaker=ref, limit=paging.limit + 1, offset=paging.offset)
    return page(request, rows, paging)


@router.get(
    "/actors/{ref:path}",
    summary="One actor (KB id or name): identity, roles over time, event counts, counterparts.",
)
def actor(request: Request, conn: Conn, ref: str) -> dict[str, Any]:
    found = _profile(conn, ref)
    knowledge = request.app.state.knowledge
    return {
        **found,
        "kb": knowledge.entry(found["kb_id"]),
        "roles": knowledge.roles(found["kb_id"]),
        "counterparts": counterparts(conn, ref),
    }
