"""Clicking through the UI in headless Chromium: article, actor, dyad, network, search, ingest,
and a hostile article whose markup must never run. Screenshots land in ``test-artifacts/``."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.stores import HOSTILE_TEXT, RUBIO
from tests.web.conftest import Demo, Watch, shot

pytestmark = pytest.mark.browser


def wait_ready(page: Any, selector: str) -> int:
    """Wait until the page's script marked ``selector`` as drawn; returns what it drew."""
    page.wait_for_selector(f"{selector}[data-ready]", state="attached")
    return int(page.get_attribute(selector, "data-ready"))


def test_article_view_from_the_start_page(
    page: Any, demo: Demo, request: pytest.FixtureRequest
) -> None:
    busiest = max(demo.golden, key=lambda r: (len(r["events"]), len(r["actors"])))
    doc_id = busiest["document"]["id"]
    link = page.locator(f"a.doc-link[href='/ui/articles/{quote(doc_id, safe='')}']")
    while link.count() == 0:
        page.click("button.more")  # htmx appends the next page of the list
        page.wait_for_timeout(100)
    shot(page, request, "home")
    link.click()
    page.wait_for_url(re.compile(r"/ui/articles/"))
    stored = demo.api(f"/documents/{quote(doc_id, safe='')}")
    text = page.locator("#article-text")
    assert text.text_content() == stored["document"]["text"]
    assert page.locator("#doc-title").text_content() == stored["document"]["title"]
    assert page.locator("#article-text .hl-actor").count() >= 1
    assert page.locator("button.finding").count() == len(stored["findings"])

    trigger = page.locator("#article-text .hl-event").first
    event_id = trigger.get_attribute("data-marks").split()[-1].split(":")[1]
    event = next(e for e in stored["events"] if e["id"] == event_id)
    trigger.hover()
    card = page.locator("#details .card-event").first
    assert card.locator("h3").text_content().startswith(event["type"])
    assert card.locator(".rule code").text_content() == (event["rule"] or "")
    trigger.click()
    assert "pinned" in (trigger.get_attribute("class") or "")
    evidence = page.locator("#article-text .evidence-on")
    assert evidence.count() >= 1
    page.locator("#article-text .hl-time").first.hover()  # pinned: the event stays shown
    assert page.locator("#details .card-event").count() >= 1
    page.uncheck("#legend input[data-layer=actor]")
    assert "hide-actor" in (text.get_attribute("class") or "")
    shot(page, request, "article")

    actor_piece = page.locator("#article-text .hl-actor").first
    actor_piece.click()
    actor_card = page.locator("#details .card-actor").first
    name = actor_card.locator("h3").text_content()
    actor_link = actor_card.locator("a.actor-link")
    ref = actor_link.get_attribute("href").removeprefix("/ui/actors/")
    actor_link.click()
    page.wait_for_url(re.compile(r"/ui/actors/"))
    profile = demo.api(f"/actors/{ref}")  # the page names the actor as most articles do
    assert page.locator("#actor-name").text_content() == profile["name"]
    assert name in profile["names"]
    shot(page, request, "actor")


def test_actor_page_roles_events_quotes_and_counterparts(
    page: Any, demo: Demo, request: pytest.FixtureRequest
) -> None:
    page.goto(demo.base + "/ui/actors?name=rubio")
    page.click("#actors a.actor-link >> text=Marco Rubio")
    page.wait_for_url(demo.base + f"/ui/actors/{RUBIO}")
    roles = demo.app.state.knowledge.roles(RUBIO)
    assert wait_ready(page, "#roles-timeline") == len(roles) > 0
    assert page.locator("#roles-timeline .vis-item").count() == len(roles)
    assert roles[0]["title"] in page.locator("#roles-timeline").text_content()
    assert page.locator("#roles-table tbody tr").count() == len(roles)
    assert "REQUEST" in page.locator("#as-actor").text_content()
    assert "We expect both sides to stand down." in page.locator("#quotes").text_content()
    shot(page, request, "rubio")
    page.click("#counterparts a.dyad-link")
    page.wait_for_url(re.compile(r"/ui/dyad\?"))
    assert wait_ready(page, "#dyad-chart") >= 1

    page.goto(demo.base + "/ui/actors/Q902")
    before = page.locator("#as-recipient tbody tr.event-row").count()
    assert before >= 4
    page.click("#counterparts a.actor-link >> text=Ruritania")
    page.wait_for_url(demo.base + "/ui/actors/Q901")
    assert "Freedonia" in page.locator("#counterparts").text_content()


def test_dyad_chart_opens_the_events_behind_each_point(
    page: Any, demo: Demo, request: pytest.FixtureRequest
) -> None:
    page.goto(demo.base + "/ui/dyad?source=Q901&target=Q902&either_way=true")
    series = demo.api("/dyad", source="Q901", target="Q902", either_way=True)["series"]
    assert wait_ready(page, "#dyad-chart") == len(series) == 4
    assert page.locator("#dyad-table tbody tr").count() == len(series)
    assert page.locator("#dyad-chart svg").count() >= 1
    page.click("#dyad-table button.period >> text=2025-05")
    listed = page.locator("#period-events[data-period='2025-05'] tbody tr.event-row")
    listed.first.wait_for()
    assert sorted(listed.locator(".type").all_text_contents()) == ["ASSAULT", "SANCTION"]
    shot(page, request, "period")

    points = page.locator("#dyad-chart .vis-point")
    assert points.count() == len(series)
    assert page.locator("#dyad-counts .vis-bar").count() == len(series)
    box = points.first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#period-events[data-period='2025-03']")
    assert "CONSULT" in page.locator("#period-events").text_content()
    bar = page.locator("#dyad-counts .vis-bar").last.bounding_box()
    page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] - 3)
    page.wait_for_selector("#period-events[data-period='2025-06']")
    page.click("#dyad-table button.period >> text=2025-03")
    page.wait_for_selector("#period-events[data-period='2025-03']")

    evidence = page.locator("#period-events a.evidence-link").first
    evidence.click()
    page.wait_for_url(re.compile(r"/ui/articles/talks\?mark=\d+-\d+"))
    marked = "".join(page.locator("#article-text .hl-passage").all_text_contents())
    assert marked == demo.api("/documents/talks")["events"][0]["evidence"]["text"]
    shot(page, request, "evidence")


def test_network_filters_and_opens_actors(
    page: Any, demo: Demo, request: pytest.FixtureRequest
) -> None:
    page.goto(demo.base + "/ui/network")
    graph = demo.api("/network", max_edges=150)
    assert wait_ready(page, "#network") == len(graph["nodes"]) > 2
    assert page.locator("#edges tbody tr").count() == len(graph["edges"])
    shot(page, request, "all")

    page.select_option("select[name=type]", "SANCTION")
    page.fill("input[name=since]", "2025-05-01")
    page.click("#network-form button[type=submit]")
    page.wait_for_url(re.compile(r"type=SANCTION"))
    sanctions = demo.api("/network", type="SANCTION", since="2025-05-01")
    assert wait_ready(page, "#network") == len(sanctions["nodes"])
    rows = page.locator("#edges tbody tr")
    assert rows.count() == len(sanctions["edges"]) >= 1
    assert "Freedonia" in rows.first.text_content()
    shot(page, request, "sanctions")

    position = page.evaluate(
        "(() => { var n = window.detenteNetwork.getElementById('Q902');"
        " var p = n.renderedPosition(); return [p.x, p.y]; })()"
    )
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + position[0], box["y"] + position[1])
    page.wait_for_url(demo.base + "/ui/actors/Q902")
    assert page.locator("#actor-name").text_content() == "Freedonia"


def test_search_and_ingest_form(page: Any, demo: Demo, request: pytest.FixtureRequest) -> None:
    page.goto(demo.base + "/ui/search")
    page.fill("#q", "stand down")
    page.locator("#quote-results li.quote-item").first.wait_for()
    assert page.locator("#quote-results li").count() == 1
    shot(page, request, "search")
    page.click("#sentence-results a")
    page.wait_for_url(re.compile(r"/ui/articles/appeal\?mark="))
    assert "stand down" in "".join(page.locator(".hl-passage").all_text_contents())

    page.goto(demo.base + "/ui/ingest")
    article = (
        "Freedonia and Ruritania agreed on Sunday to reopen the Vask border crossing, the "
        "Freedonian interior ministry said. “Trucks will move again from Monday,” a ministry "
        "spokeswoman told reporters in the capital."
    )
    page.fill("textarea[name=text]", article)
    page.fill("input[name=title]", "Border crossing to reopen")
    page.fill("input[name=published]", "2025-07-06")
    page.fill("input[name=token]", "dt_wrong")
    page.click("#ingest-form button[type=submit]")
    assert "unknown or revoked token" in page.locator("#ingest-message").text_content()
    page.fill("input[name=token]", demo.write)
    page.click("#ingest-form button[type=submit]")
    stored = page.locator("#ingest-outcomes li.outcome-stored a.doc-link")
    stored.wait_for()
    shot(page, request, "ingested")
    stored.click()
    page.wait_for_url(re.compile(r"/ui/articles/"))
    assert page.locator("#article-text").text_content() == article
    assert page.locator("#doc-title").text_content() == "Border crossing to reopen"


def visit(page: Any, watch: Watch, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    watch.clean(page)


def test_hostile_article_is_shown_as_text_and_runs_nothing(
    page: Any, watch: Watch, demo: Demo, request: pytest.FixtureRequest
) -> None:
    fresh = HOSTILE_TEXT + " Freedonia's customs office declined to comment."
    posted = httpx.post(
        demo.base + "/documents",
        json={
            "text": fresh,
            "title": "<script>window.__xss9=1</script> seized",
            "url": "javascript:window.__xss3=1",
            "published": "2025-06-04",
        },
        headers={"Authorization": f"Bearer {demo.write}"},
        timeout=120,
    )
    assert posted.status_code == 201, posted.text
    ingested = posted.json()["documents"][0]["id"]
    for doc, body in (("hostile", HOSTILE_TEXT), (ingested, fresh)):
        visit(page, watch, f"{demo.base}/ui/articles/{quote(doc, safe='')}")
        text = page.locator("#article-text")
        assert text.text_content() == body
        assert text.locator("img, script, a, svg, b, i").count() == 0
        assert page.locator("#doc-title").text_content().startswith("<script>")
        assert page.locator("header .meta a").count() == 0  # the javascript: URL is not a link
        pieces = page.locator("#article-text [data-marks]")
        for n in range(pieces.count()):
            pieces.nth(n).hover()
            pieces.nth(n).click()
        page.get_by_text("Read the statement").click()
        for button in page.locator("button.finding").all():
            button.click()
        for raw in page.locator("#details details.raw").all():
            raw.locator("summary").click()
        watch.clean(page)
        shot(page, request, f"article-{doc}")
    visit(page, watch, f"{demo.base}/ui/articles/hostile")
    page.locator("#article-text .hl-actor").first.click()
    assert page.locator("#details .card-actor h3").text_content().startswith("Evil <img src=x")

    evil = 'Evil <img src=x onerror="window.__xss5=1"> Corp|RUR'
    for path in (
        "/ui/",
        "/ui/actors?country=RUR",
        f"/ui/actors/{quote(evil, safe='')}",
        "/ui/network",
        "/ui/dyad?source=RUR&target=RUR",
        "/ui/search?q=shipment",
        "/ui/actors/Q901",
    ):
        visit(page, watch, demo.base + path)
        shot(page, request, path.strip("/").replace("/", "-") or "home")
    visit(page, watch, f"{demo.base}/ui/actors/{quote(evil, safe='')}")
    assert page.locator("#actor-name").text_content() == evil.split("|")[0]
