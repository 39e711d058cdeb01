"""The UI's pages and htmx fragments as HTML, without a browser: paging, partials, forms."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from detente.web import charts
from tests.api.apps import Keys, Pages
from tests.stores import RUBIO


def test_start_page_lists_articles_and_pages_with_htmx(client: TestClient) -> None:
    home = client.get("/ui/", params={"limit": 4})
    assert home.status_code == 200
    assert home.text.count('class="doc-link"') == 4
    more = re.search(r'hx-get="(/ui/documents\?[^"]+)"', home.text)
    assert more is not None
    rest = client.get(more.group(1).replace("&amp;", "&"), headers={"HX-Request": "true"})
    assert rest.text.count('class="doc-link"') == 2 and "<html" not in rest.text
    assert "hx-get" not in rest.text  # the last page offers no more


def test_article_page_marks_a_linked_passage(client: TestClient) -> None:
    record = client.get("/documents/appeal").json()
    start = record["document"]["text"].index("We expect")
    page = client.get("/ui/articles/appeal", params={"mark": f"{start}-{start + 9}"})
    assert re.search(r'<span class="hl-passage hl-quote"[^>]*>We expect</span>', page.text)
    assert 'class=""' not in page.text
    assert '<script type="application/json" id="records">' in page.text
    missing = client.get("/ui/articles/nothing-here")
    assert missing.status_code == 404 and "no stored document" in missing.text


def test_actor_events_page_on_with_htmx(client: TestClient) -> None:
    page = client.get("/ui/actors/Q901")
    assert page.status_code == 200 and "Ruritania" in page.text
    rows = client.get("/ui/actors/Q901/events", params={"role": "actor", "offset": 2})
    assert rows.text.count('class="event-row"') == 3  # five as actor, two skipped
    assert client.get("/ui/actors/Q901/events", params={"role": "judge"}).status_code == 422
    assert f'href="/ui/actors/{RUBIO}"' in client.get("/ui/actors", params={"name": "rubio"}).text


def test_search_answers_htmx_with_a_fragment_and_browsers_with_a_page(client: TestClient) -> None:
    fragment = client.get("/ui/search", params={"q": "ambassador"}, headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and fragment.text.count('class="sentence-item"') == 3
    assert fragment.headers["vary"] == "HX-Request"
    restored = client.get(
        "/ui/search",
        params={"q": "ambassador"},
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in restored.text
    assert "<html" in client.get("/ui/search", params={"q": "ambassador"}).text


def test_chart_pages_take_empty_form_fields_and_refuse_bad_ones(client: TestClient) -> None:
    network = client.get(
        "/ui/network", params={"since": "", "until": "", "type": "", "modality": ""}
    )
    assert network.status_code == 200 and 'id="network-data"' in network.text
    bad = client.get("/ui/network", params={"since": "yesterday"})
    assert bad.status_code == 422 and "not YYYY-MM-DD" in bad.text
    dyad = client.get("/ui/dyad", params={"source": "Q901", "target": "Q902", "since": ""})
    assert dyad.text.count('class="period-row"') == 4
    none = client.get("/ui/dyad", params={"source": "Q902", "target": "Q666"})
    assert 'id="dyad-empty"' in none.text
    point = client.get(
        "/ui/dyad/events", params={"source": "Q901", "target": "Q902", "period": "2025-04"}
    )
    assert point.text.count('class="event-row"') == 1 and "shelled" in point.text


def test_a_busy_point_shows_its_first_events_and_a_more_button(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(charts, "EVENTS_PER_PAGE", 1)
    params = {"source": "RUR", "target": "FRE", "period": "2025-05", "either_way": "true"}
    first = client.get("/ui/dyad/events", params=params)
    assert "(first 1)" in first.text and first.text.count('class="event-row"') == 1
    more = re.search(r'hx-get="(/ui/dyad/events\?[^"]+)"', first.text)
    assert more is not None
    rest = client.get(more.group(1).replace("&amp;", "&"))
    assert rest.text.count('class="event-row"') == 1 and "hx-get" not in rest.text
    assert "<h2>" not in rest.text


def test_ingest_form_needs_a_write_token(
    make_client: Callable[..., TestClient], keys: Keys
) -> None:
    client = make_client(public_read=True, fetcher=Pages())
    text = "Freedonia reopened its embassy in Ruritania on Tuesday after a year."
    refused = client.post("/ui/ingest", data={"token": keys.read, "text": text})
    assert "may only read" in refused.text and "outcome-stored" not in refused.text
    stored = client.post(
        "/ui/ingest",
        data={
            "token": keys.write,
            "text": text,
            "title": "Embassy reopens",
            "published": "2025-08-05",
        },
        headers={"HX-Request": "true"},
    )
    assert "<html" not in stored.text and "outcome-stored" in stored.text
    doc_id = re.search(r'href="/ui/articles/([^"]+)"', stored.text)
    assert doc_id is not None
    record = client.get(f"/documents/{doc_id.group(1).replace('%3A', ':')}").json()
    assert record["document"]["title"] == "Embassy reopens"
    assert record["document"]["published"] == "2025-08-05"
    again = client.post("/ui/ingest", data={"token": keys.write, "text": text})
    assert "already stored" in again.text
    fetched = client.post(
        "/ui/ingest", data={"token": keys.write, "url": "https://news.example/harbour"}
    )
    assert "outcome-stored" in fetched.text
    nothing = client.post("/ui/ingest", data={"token": keys.write})
    assert "paste an article" in nothing.text


def test_search_pages_through_results(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.web import pages

    monkeypatch.setattr(pages, "_DOCS", 1)
    monkeypatch.setattr(pages, "_QUOTES", 1)
    first = client.get("/ui/search", params={"q": "ambassador"})
    assert "Previous page" not in first.text and "page 1" in first.text
    link = re.search(r'rel="next" href="(/ui/search\?[^"]+)"', first.text)
    assert link is not None
    second = client.get(link.group(1).replace("&amp;", "&"))
    assert "Previous page" in second.text and "page 2" in second.text
    assert second.text.count('class="sentence-item"') >= 1
    first_docs = re.findall(r'id="document-results">.*?href="([^"]+)"', first.text, re.S)
    second_docs = re.findall(r'id="document-results">.*?href="([^"]+)"', second.text, re.S)
    assert first_docs and second_docs and first_docs != second_docs
    assert client.get("/ui/search", params={"q": "ambassador", "page": 0}).status_code == 422
