"""Quotes and attributions with the CLI's filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from detente.api.auth import reader
from detente.api.deps import Conn, Paged, page
from detente.queries import find_quotes

router = APIRouter(tags=["quotes"], dependencies=[Depends(reader)])


@router.get("/quotes", summary="Quotes, newest first (the filters of `detente quotes`).")
def quotes(
    request: Request,
    conn: Conn,
    paging: Paged,
    speaker: Annotated[
        str | None, Query(description="Speaker (ref, name, KB id or country code).")
    ] = None,
    text: Annotated[str | None, Query(description="Words in the quote.")] = None,
) -> dict[str, Any]:
    rows = find_quotes(conn, speaker, text, paging.limit + 1, paging.offset)
    return page(request, rows, paging)
