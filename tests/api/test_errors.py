"""Failures are JSON ``{"error": {"kind", "message"}}`` (HTML pages under /ui), never a trace."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.apps import Keys


def test_bodies_over_the_limit_are_refused_before_reading(
    make_client: Callable[..., TestClient], keys: Keys
) -> None:
    client = make_client(public_read=True, max_body=2_000)
    big = {"text": "Ruritania protested. " * 200}
    declared = client.post("/extract", json=big)
    assert declared.status_code == 413
    assert declared.json()["error"]["kind"] == "too_large"
    assert "2,000 bytes" in declared.json()["error"]["message"]

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"x" * 500

    streamed = client.post(
        "/documents",
        content=chunks(),
        headers={**keys.header("write"), "content-type": "text/plain"},
    )
    assert streamed.status_code == 413
    assert client.post("/extract", json={"text": "Ruritania protested."}).status_code == 200


def test_bad_requests_say_what_is_wrong(client: TestClient, keys: Keys) -> None:
    malformed = client.post(
        "/extract", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert malformed.status_code == 400
    assert malformed.json()["error"]["kind"] == "malformed_json"
    media = client.post(
        "/extract", content=b"%PDF-1.4", headers={"content-type": "application/pdf"}
    )
    assert media.status_code == 415 and "application/pdf" in media.json()["error"]["message"]
    bad_date = client.get("/events", params={"since": "last tuesday"})
    assert bad_date.status_code == 422
    assert bad_date.json()["error"]["kind"] == "invalid_request"
    assert "since" in bad_date.json()["error"]["message"]
    bad_type = client.get("/events", params={"type": "HUG"})
    assert bad_type.status_code == 422 and "PLOVER" in bad_type.json()["error"]["message"]
    assert client.get("/events", params={"limit": 0}).status_code == 422
    missing = client.get("/no/such/thing")
    assert missing.status_code == 404 and missing.json() == {
        "error": {"kind": "not_found", "message": "Not Found"}
    }
    assert client.get("/documents/unknown-doc").json()["error"]["kind"] == "not_found"
    assert client.delete("/documents").json()["error"]["kind"] == "method_not_allowed"


def test_an_exception_in_a_handler_gives_no_stack_trace(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals: /etc/passwd at line 42")

    monkeypatch.setattr("detente.api.routes.events.find_events", explode)
    monkeypatch.setattr("detente.web.pages.list_documents", explode)
    response = client.get("/events")
    assert response.status_code == 500
    error = response.json()["error"]
    assert error["kind"] == "internal" and "ref " in error["message"]
    assert "secret" not in response.text and "Traceback" not in response.text
    assert "secret internals" in caplog.text  # the operator's log keeps the details
    page = client.get("/ui/")
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert "secret" not in page.text and "internal server error" in page.text


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/ui/", "/events", "/no/such/thing", "/static/app.css"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
