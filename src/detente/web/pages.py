"""Pages for reading: the start page with the stored articles, one article, and search."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from detente.api.auth import reader
from detente.api.deps import Conn, Paged
from detente.api.errors import ApiError
from detente.queries import search as search_documents
from detente.queries.documents import list_documents, totals
from detente.queries.passages import find_quotes, find_sentences
from detente.web.highlight import annotate
from detente.web.render import fragment, page

router = APIRouter(prefix="/ui", dependencies=[Depends(reader)], include_in_schema=False)
_PASSAGE = re.compile(r"(\d+)-(\d+)")
_DOCS, _QUOTES = 20, 30  # rows of each kind on one search page


@router.get("/")
def home(request: Request, conn: Conn, paging: Paged) -> HTMLResponse:
    rows = list_documents(conn, limit=paging.limit + 1, offset=paging.offset)
    return page(request, "home.html", totals=totals(conn), rows=rows, paging=paging)


@router.get("/documents")
def documents(request: Request, conn: Conn, paging: Paged) -> HTMLResponse:
    """More rows of the start page's list, for htmx."""
    rows = list_documents(conn, limit=paging.limit + 1, offset=paging.offset)
    return fragment(request, "parts/document_rows.html", rows=rows, paging=paging)


@router.get("/articles/{ref:path}")
def article(
    request: Request,
    ref: str,
    mark: Annotated[str | None, Query(description="START-END of a passage to show.")] = None,
) -> HTMLResponse:
    record = request.app.state.store.record(ref)
    if record is None:
        raise ApiError(404, "not_found", f"no stored document {ref!r}")
    found = _PASSAGE.fullmatch(mark or "")
    passage = (int(found[1]), int(found[2])) if found else None
    text = annotate(record, passage)
    counts = {
        layer: len(record.get(layer) or [])
        for layer in ("actors", "events", "quotes", "times", "findings")
    }
    return page(
        request,
        "article.html",
        record=record,
        doc=record["document"],
        pieces=text.pieces,
        records=text.records,
        counts=counts,
    )


@router.get("/search")
def search(
    request: Request,
    conn: Conn,
    q: Annotated[str, Query(description="Words to find.")] = "",
    page_no: Annotated[int, Query(alias="page", ge=1, le=1000, description="Result page.")] = 1,
) -> HTMLResponse:
    """Quotes, sentences and articles matching the words, a page of each at a time: one row
    more than the page is read to know whether a next page exists."""
    results = None
    more = False
    if q.strip():
        skip = page_no - 1
        found = {
            "documents": search_documents(conn, q, _DOCS + 1, skip * _DOCS),
            "quotes": find_quotes(conn, text=q, limit=_QUOTES + 1, offset=skip * _QUOTES),
            "sentences": find_sentences(
                conn, q, documents_limit=_DOCS, documents_offset=skip * _DOCS
            ),
        }
        more = len(found["documents"]) > _DOCS or len(found["quotes"]) > _QUOTES
        results = {
            "documents": found["documents"][:_DOCS],
            "quotes": found["quotes"][:_QUOTES],
            "sentences": found["sentences"],
        }
    partial = request.headers.get("hx-request") and not request.headers.get(
        "hx-history-restore-request"
    )
    context: dict[str, Any] = {"q": q, "results": results, "page_no": page_no, "more": more}
    if partial:
        response = fragment(request, "parts/search_results.html", **context)
    else:
        response = page(request, "search.html", **context)
    response.headers["Vary"] = "HX-Request"
    return response
