"""Search across articles, quotes and sentences."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from detente.api.auth import reader
from detente.api.deps import Conn
from detente.queries import search as search_documents
from detente.queries.passages import find_quotes, find_sentences

router = APIRouter(tags=["search"], dependencies=[Depends(reader)])


@router.get("/search", summary="Documents, quotes and sentences matching the words.")
def search(
    conn: Conn,
    q: Annotated[str, Query(min_length=1, description='Words; "quoted phrases" stay phrases.')],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    return {
        "query": q,
        "documents": search_documents(conn, q, limit),
        "quotes": find_quotes(conn, text=q, limit=limit),
        "sentences": find_sentences(conn, q, documents_limit=limit),
    }
