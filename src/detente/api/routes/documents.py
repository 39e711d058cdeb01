"""Stored articles: list them, fetch one exact record, add new ones."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from detente.api.auth import reader, writer
from detente.api.deps import Conn, Paged, Published, page
from detente.api.errors import ApiError
from detente.api.intake import ingest
from detente.api.payloads import BODY_DOC, entries_from, media_type
from detente.queries.documents import list_documents

router = APIRouter(tags=["documents"])


@router.get("/documents", dependencies=[Depends(reader)], summary="Stored documents, newest first.")
def documents(
    request: Request,
    conn: Conn,
    paging: Paged,
    since: Annotated[dt.date | None, Query(description="Published on or after.")] = None,
    until: Annotated[dt.date | None, Query(description="Published on or before.")] = None,
    text: Annotated[str | None, Query(description="Words in the article.")] = None,
    source: Annotated[str | None, Query(description="Publisher, exactly.")] = None,
) -> dict[str, Any]:
    rows = list_documents(conn, since, until, text, source, paging.limit + 1, paging.offset)
    return page(request, rows, paging)


@router.get(
    "/documents/{ref:path}",
    dependencies=[Depends(reader)],
    summary="The stored contract record of one document (id, content hash, URL or #row).",
)
def document(request: Request, ref: str) -> dict[str, Any]:
    record: dict[str, Any] | None = request.app.state.store.record(ref)
    if record is None:
        raise ApiError(404, "not_found", f"no stored document {ref!r}")
    return record


@router.post(
    "/documents",
    dependencies=[Depends(writer)],
    summary="Extract and store articles (JSON, text or HTML body; {url} alone fetches a page).",
    description="One outcome per article: stored, duplicate (already stored) or error. "
    "201 when something was stored, 200 when all were duplicates, 422 when all failed.",
    openapi_extra=BODY_DOC,
)
async def add_documents(
    request: Request,
    published: Published = None,
) -> JSONResponse:
    state = request.app.state
    kind, data = media_type(request), await request.body()

    def work() -> list[dict[str, Any]]:
        batch, _ = entries_from(kind, data, published, state.extractor.limits, state.fetcher)
        return ingest(state.store, state.extractor, batch)

    outcomes = await run_in_threadpool(work)
    stored = sum(o["status"] == "stored" for o in outcomes)
    failed = sum(o["status"] == "error" for o in outcomes)
    status = 201 if stored else 422 if failed == len(outcomes) else 200
    return JSONResponse({"documents": outcomes}, status_code=status)
