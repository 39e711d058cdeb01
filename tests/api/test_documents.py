"""Stored documents: listed with paging and filters, returned exactly, added over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from fastapi.testclient import TestClient

from tests.api.apps import Keys, Pages, items
from tests.contract_check import check_record
from tests.stores import corpus


def test_list_pages_newest_first_with_filters(client: TestClient) -> None:
    first = client.get("/documents", params={"limit": 2}).json()
    assert [d["doc_id"] for d in first["items"]] == ["border-3", "hostile"]
    assert first["next"] is not None and "offset=2" in first["next"]
    second = client.get(first["next"]).json()
    assert [d["doc_id"] for d in second["items"]] == ["appeal", "border-2"]
    everything = items(client.get("/documents", params={"limit": 100}))
    assert len(everything) == len(corpus())
    assert client.get("/documents", params={"limit": 100}).json()["next"] is None
    may = items(client.get("/documents", params={"since": "2025-05-01", "until": "2025-05-31"}))
    assert {d["doc_id"] for d in may} == {"border-2", "appeal"}
    words = items(client.get("/documents", params={"text": "ambassador recalled"}))
    assert {d["doc_id"] for d in words} == {"border-1", "border-2", "border-3"}
    border = next(d for d in everything if d["doc_id"] == "border-1")
    assert (border["actors"], border["events"], border["quotes"]) == (2, 2, 0)


def test_one_record_comes_back_exactly_as_stored(client: TestClient) -> None:
    for record in corpus():
        response = client.get(f"/documents/{record['document']['id']}")
        assert response.status_code == 200
        assert response.json() == record


def test_post_json_text_and_lists(client: TestClient, keys: Keys) -> None:
    write = keys.header("write")
    article = {
        "id": "accord",
        "text": "Ruritania and Freedonia signed a fishing accord in "
        "Vask on Monday, officials in both capitals said.",
        "published": "2025-07-08",
        "title": "Fishing accord",
    }
    stored = client.post("/documents", json=article, headers=write)
    assert stored.status_code == 201
    assert stored.json() == {"documents": [{"id": "accord", "status": "stored"}]}
    again = client.post("/documents", json=article, headers=write)
    assert again.status_code == 200 and again.json()["documents"][0]["status"] == "duplicate"
    record = client.get("/documents/accord").json()
    check_record(record)
    assert record["document"]["title"] == "Fishing accord"
    assert record["document"]["published"] == "2025-07-08"

    plain = client.post(
        "/documents",
        content=b"Freedonia expelled two Ruritanian diplomats on Friday.",
        params={"published": "2025-07-11"},
        headers={**write, "content-type": "text/plain; charset=utf-8"},
    )
    assert plain.status_code == 201
    doc_id = plain.json()["documents"][0]["id"]
    assert client.get(f"/documents/{doc_id}").json()["document"]["published"] == "2025-07-11"

    mixed = client.post("/documents", json=[{"text": "  "}, {"title": "no text"}], headers=write)
    assert mixed.status_code == 422
    assert [o["error"]["kind"] for o in mixed.json()["documents"]] == ["empty", "invalid_record"]


def test_post_a_url_fetches_the_page(make_client: Callable[..., TestClient], keys: Keys) -> None:
    pages = Pages()
    client = make_client(public_read=True, fetcher=pages)
    write = keys.header("write")
    response = client.post(
        "/documents", json={"url": "https://news.example/harbour"}, headers=write
    )
    assert response.status_code == 201, response.text
    [outcome] = response.json()["documents"]
    record = client.get("/documents/" + quote("https://news.example/harbour", safe="")).json()
    assert record["document"]["id"] == outcome["id"]
    assert (
        "resumed talks" in record["document"]["text"]
        and "Copyright" not in record["document"]["text"]
    )
    dead = client.post("/documents", json={"url": "https://news.example/gone"}, headers=write)
    assert dead.status_code == 422
    assert dead.json()["documents"][0]["error"]["kind"] == "http_error"
    errors = client.app.state.store.errors()  # type: ignore[attr-defined]
    assert [e["origin"] for e in errors] == ["url:https://news.example/gone"]
    refused = client.post("/documents", json={"url": "file:///etc/passwd"}, headers=write)
    assert refused.status_code == 422 and pages.asked[-1] == "https://news.example/gone"
