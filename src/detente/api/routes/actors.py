"""Actors across the store, and one actor's profile: roles over time, events, quotes, partners.

A name in the path is resolved to the one actor most articles mean by it, so a profile, its
events and its quotes always describe the same actor.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from detente.api.auth import reader
from detente.api.deps import Conn, Paged, actor_profile, actor_ref, page
from detente.queries import find_actors, find_quotes
from detente.queries.actors import actor_events, counterparts

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
    rows = find_actors(conn, name, country, paging.limit + 1, paging.offset)
    return page(request, rows, paging)


@router.get(
    "/actors/{ref:path}/events",
    summary="Events in which the actor (ref, KB id or name) acts, or is acted upon; newest first.",
)
def events_of_actor(
    request: Request, conn: Conn, paging: Paged, ref: str, role: Role = Role.actor
) -> dict[str, Any]:
    rows = actor_events(conn, actor_ref(conn, ref), role.value, paging.limit + 1, paging.offset)
    return page(request, rows, paging)


@router.get("/actors/{ref:path}/quotes", summary="What the actor said, newest first.")
def quotes_of_actor(request: Request, conn: Conn, paging: Paged, ref: str) -> dict[str, Any]:
    rows = find_quotes(conn, actor_ref(conn, ref), limit=paging.limit + 1, offset=paging.offset)
    return page(request, rows, paging)


@router.get(
    "/actors/{ref:path}",
    summary="One actor (ref, KB id or name): identity, roles over time, event counts, "
    "counterparts.",
)
def actor(request: Request, conn: Conn, ref: str) -> dict[str, Any]:
    one, found = actor_profile(conn, ref)
    knowledge = request.app.state.knowledge
    return {
        **found,
        "kb": knowledge.entry(found["kb_id"]),
        "roles": knowledge.roles(found["kb_id"]),
        "counterparts": counterparts(conn, one),
    }
