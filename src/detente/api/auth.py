"""Who may read and who may write.

Writes always need a bearer token in the ``Authorization`` header (never a cookie, so another
site cannot make a visitor's browser write). Reads need a token too unless the operator started
the server with ``--public-read``; a browser can keep a read token in an HttpOnly, SameSite=Lax
cookie set by the login form (Lax, so a link into the UI from elsewhere opens signed in), because
reading is all a cookie can ever allow.
"""

from __future__ import annotations

from fastapi import Request

from detente.api.errors import ApiError
from detente.api.tokens import Token, TokenFile

COOKIE = "detente_token"
CHALLENGE = {"WWW-Authenticate": "Bearer"}


def bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def check(tokens: TokenFile, secret: str | None, scope: str) -> Token:
    """The token for ``secret`` granting ``scope``, or the error that tells the client why not."""
    if not secret:
        raise ApiError(
            401,
            "unauthorized",
            f"this server needs a {scope} token: send 'Authorization: Bearer <token>' "
            "(the operator creates one with `detente token create`)",
            CHALLENGE,
        )
    token = tokens.check(secret, scope)
    if token is None:
        if scope == "write" and tokens.check(secret, "read") is not None:
            raise ApiError(
                403, "forbidden", "this token may only read; writing needs a write token"
            )
        raise ApiError(401, "unauthorized", "unknown or revoked token", CHALLENGE)
    return token


def reader(request: Request) -> Token | None:
    """Dependency of every read: open when the server is public, else a token or cookie."""
    if request.app.state.settings.public_read:
        return None
    return check(request.app.state.tokens, bearer(request) or request.cookies.get(COOKIE), "read")


def writer(request: Request) -> Token:
    """Dependency of every API write: a write token in the Authorization header."""
    return check(request.app.state.tokens, bearer(request), "write")
