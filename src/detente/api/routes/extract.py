"""``POST /extract``: what ``detente extract`` prints for the posted article, nothing stored."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from detente.api.auth import reader
from detente.api.deps import Published
from detente.api.payloads import BODY_DOC, entries_from, media_type
from detente.contract import ERROR_SCHEMA

router = APIRouter(tags=["extraction"])


@router.post(
    "/extract",
    dependencies=[Depends(reader)],
    summary="Extract one article (or a list) and return the contract record(s); stores nothing.",
    description="The body is read as `detente extract` reads its inputs. An article that cannot "
    "be processed gives its error record (status 422 for a single article).",
    openapi_extra=BODY_DOC,
)
async def extract(
    request: Request,
    published: Published = None,
) -> JSONResponse:
    extractor = request.app.state.extractor
    kind, data = media_type(request), await request.body()

    def work() -> tuple[list[dict[str, Any]], bool]:
        batch, many = entries_from(kind, data, published, extractor.limits)
        return extractor.records([entry.item for entry in batch]), many

    records, many = await run_in_threadpool(work)
    if many:
        return JSONResponse(records)
    failed = records[0]["schema"] == ERROR_SCHEMA
    return JSONResponse(records[0], status_code=422 if failed else 200)
