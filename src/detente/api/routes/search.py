"""Search across articles, quotes and sentences."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from detente.api.auth import reader
from detente.api.deps import MAX_OFFSET, Conn
from detente.queries import search as search_documents
from detente.queries.passages import find_quotes, find_sentences

router = APIRouter(tags=["search"], dependencies=[Depends(reader)])


@router.get(
    "/search",
    summary="Documents, quotes and sentences matching the words.",
    description="`limit` and `offset` page the documents and the quotes alike; the sentences "
    "come from the page's documents. Ask for the next page while either list came back full.",
)
def search(
    conn: Conn,
    q: Annotated[str, Query(min_length=1, description='Words; "quoted phrases" stay phrases.')],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
) -> dict[str, Any]:
    return {
        "query": q,
        "limit": limit,
        "offset": offset,
        "documents": search_documents(conn, q, limit, offset),
        "quotes": find_quotes(conn, text=q, limit=limit, offset=offset),
        "sentences": find_sentences(conn, q, documents_limit=limit, documents_offset=offset),
    }
