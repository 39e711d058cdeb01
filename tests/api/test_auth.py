"""Reads need a token unless the server is public; writes always need a write token."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from detente.api.auth import COOKIE
from detente.api.tokens import TokenFile
from tests.api.apps import Keys

ARTICLE = {"text": "Ruritania and Freedonia signed a fishing accord in Vask on Monday."}


def test_reads_need_a_token_unless_public(
    make_client: Callable[..., TestClient], keys: Keys
) -> None:
    closed = make_client()
    refused = closed.get("/events")
    assert refused.status_code == 401
    assert refused.json()["error"]["kind"] == "unauthorized"
    assert "detente token create" in refused.json()["error"]["message"]
    assert refused.headers["www-authenticate"] == "Bearer"
    assert closed.get("/events", headers={"Authorization": "Bearer nonsense"}).status_code == 401
    assert closed.get("/events", headers=keys.header("read")).status_code == 200
    assert closed.get("/events", headers=keys.header("write")).status_code == 200
    assert closed.get("/health").status_code == 200
    assert closed.get("/openapi.json").status_code == 200

    public = make_client(public_read=True)
    assert public.get("/events").status_code == 200
    assert public.post("/documents", json=ARTICLE).status_code == 401


def test_writes_need_a_write_token(make_client: Callable[..., TestClient], keys: Keys) -> None:
    client = make_client(public_read=True)
    read_only = client.post("/documents", json=ARTICLE, headers=keys.header("read"))
    assert read_only.status_code == 403 and read_only.json()["error"]["kind"] == "forbidden"
    stored = client.post("/documents", json=ARTICLE, headers=keys.header("write"))
    assert stored.status_code == 201, stored.text
    assert stored.json()["documents"][0]["status"] == "stored"


def test_a_cookie_may_read_but_never_write(
    make_client: Callable[..., TestClient], keys: Keys
) -> None:
    client = make_client()
    client.cookies.set(COOKIE, keys.write)
    assert client.get("/documents").status_code == 200
    assert client.post("/documents", json=ARTICLE).status_code == 401


def test_revoked_tokens_stop_working_without_a_restart(
    make_client: Callable[..., TestClient], keys: Keys
) -> None:
    client = make_client()
    assert client.get("/quotes", headers=keys.header("read")).status_code == 200
    tokens = TokenFile(keys.path)
    [read] = [t for t in tokens.tokens() if t.scope == "read"]
    assert tokens.revoke(read.id)
    assert client.get("/quotes", headers=keys.header("read")).status_code == 401
    fresh, _ = tokens.create("read")
    assert client.get("/quotes", headers={"Authorization": f"Bearer {fresh}"}).status_code == 200


def test_ui_asks_for_a_token_and_signs_in_with_a_cookie(
    make_client: Callable[..., TestClient], keys: Keys
) -> None:
    client = make_client()
    page = client.get("/ui/actors?name=ruritania")
    assert page.status_code == 401 and "<form" in page.text and 'name="token"' in page.text
    wrong = client.post("/ui/login", data={"token": "nope", "next": "/ui/actors"})
    assert wrong.status_code == 401 and "unknown or revoked token" in wrong.text
    signed = client.post(
        "/ui/login", data={"token": keys.read, "next": "//evil.example/"}, follow_redirects=False
    )
    assert signed.status_code == 303 and signed.headers["location"] == "/ui/"
    cookie = signed.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/ui/actors?name=ruritania").status_code == 200
    client.post("/ui/logout")
    assert client.get("/ui/actors").status_code == 401
