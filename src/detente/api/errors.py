"""Every failure as ``{"error": {"kind", "message"}}``, and the guards in front of the handlers.

Clients get a stable ``kind`` and a message that says what to change; they never get a stack
trace (the server log keeps it, under a reference the client is shown). Request bodies are
capped before any handler reads them, and every response carries headers that stop a browser
from running anything the pages did not load from this server.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

KINDS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
}
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        # Styles may be inline only because cytoscape.js and vis-timeline inject <style>
        # elements as they draw; our own pages use none, and inline script stays refused.
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]

HtmlRenderer = Callable[[Request, int, str, str], Response]


class ApiError(Exception):
    """A failure the client can act on."""

    def __init__(
        self, status: int, kind: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message
        self.headers = headers


def body(kind: str, message: str) -> dict[str, Any]:
    return {"error": {"kind": kind, "message": message}}


def install(app: FastAPI, html: HtmlRenderer, html_prefix: str = "/ui") -> None:
    """Register the handlers; pages under ``html_prefix`` get an HTML page instead of JSON."""

    def respond(
        request: Request,
        status: int,
        kind: str,
        message: str,
        headers: dict[str, str] | None = None,
    ) -> Response:
        if request.url.path.startswith(html_prefix):
            response = html(request, status, kind, message)
            response.headers.update(headers or {})
            return response
        return JSONResponse(body(kind, message), status_code=status, headers=headers)

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return respond(request, exc.status, exc.kind, exc.message, exc.headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        kind = KINDS.get(exc.status_code, "error")
        detail = exc.detail if isinstance(exc.detail, str) else kind.replace("_", " ")
        return respond(request, exc.status_code, kind, detail, dict(exc.headers or {}))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, "invalid_request", validation_message(exc))

    async def internal(request: Request, exc: Exception) -> Response:
        ref = secrets.token_hex(4)
        log.error(
            "request %s %s failed (ref %s)", request.method, request.url.path, ref, exc_info=exc
        )
        message = f"internal server error (ref {ref}); the server log has the details"
        return respond(request, 500, "internal", message)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, internal)


def validation_message(exc: RequestValidationError) -> str:
    """Which parameter is wrong and why, without echoing the (possibly huge) input."""
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "request"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


class Guard:
    """ASGI middleware: security headers on every response, and a cap on request bodies.

    A body is read (up to the cap) before the application sees it, so an oversized upload is
    refused with 413 whether it declares its length or streams it in chunks.
    """

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await self._too_large(scope, receive, send)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"request body is larger than the server's limit of {self.max_body:,} bytes"
        response = JSONResponse(body("too_large", message), status_code=413)
        await response(scope, receive, send)


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {name for name, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return wrapped
