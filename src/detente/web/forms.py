"""Forms that change something: signing in with a token, and ingesting an article.

The ingest form carries the write token in its own field and is checked like an API write, so
a signed-in browser cannot be made to ingest by another site.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from detente.api.auth import COOKIE, check, reader
from detente.api.errors import ApiError
from detente.api.intake import fetched, ingest, item_from_json
from detente.ingest import Entry
from detente.readers import parse_date
from detente.web.render import fragment, page

router = APIRouter(prefix="/ui", include_in_schema=False)


def _next(target: str) -> str:
    """Only a path of this UI may follow a sign-in (no open redirects)."""
    return target if target.startswith("/ui/") and not target.startswith("/ui//") else "/ui/"


@router.get("/login")
def login_form(request: Request, next: str = "/ui/") -> HTMLResponse:
    return page(request, "login.html", next=_next(next), message=None)


@router.post("/login")
def login(
    request: Request, token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/ui/"
) -> Response:
    try:
        check(request.app.state.tokens, token.strip(), "read")
    except ApiError as exc:
        return page(request, "login.html", 401, next=_next(next), message=exc.message)
    response = RedirectResponse(_next(next), status_code=303)
    response.set_cookie(
        COOKIE,
        token.strip(),
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/ui/", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/ingest", dependencies=[Depends(reader)])
def ingest_form(request: Request) -> HTMLResponse:
    return page(request, "ingest.html", outcomes=None, message=None)


@router.post("/ingest")
async def ingest_article(
    request: Request,
    token: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
    url: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
) -> HTMLResponse:
    state = request.app.state
    template = "parts/ingest_result.html" if request.headers.get("hx-request") else "ingest.html"
    render = fragment if template.startswith("parts/") else page
    try:
        check(state.tokens, token.strip(), "write")
        day = parse_date(published.strip() or None)
    except ApiError as exc:
        return render(request, template, outcomes=None, message=exc.message)
    except ValueError as exc:
        return render(request, template, outcomes=None, message=str(exc))
    limits = state.extractor.limits

    def work() -> list[dict[str, object]]:
        if text.strip():
            fields = {
                "text": text,
                "title": title.strip() or None,
                "published": None,
                "url": url.strip() or None,
            }
            batch = [Entry(item_from_json(fields, day, limits, "form"), "api:form")]
        elif url.strip().lower().startswith(("http://", "https://")):
            batch = fetched(url.strip(), state.fetcher, day, limits)
        else:
            raise ApiError(422, "invalid_request", "paste an article's text or an http(s) URL")
        return ingest(state.store, state.extractor, batch)

    try:
        outcomes = await run_in_threadpool(work)
    except ApiError as exc:
        return render(request, template, outcomes=None, message=exc.message)
    return render(request, template, outcomes=outcomes, message=None)
