"""Read endpoints: the CLI's filters and results, actor profiles, series, network and search."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from detente.queries import EventFilter, find_events
from detente.store import Store
from tests.api.apps import items
from tests.stores import RUBIO, officials


def test_events_use_the_cli_filters_and_page(client: TestClient, db_url: str) -> None:
    with Store(db_url) as store, store.connect() as conn:
        expected = find_events(conn, EventFilter(actor="Q901", type="ASSAULT", limit=None))
    got = items(client.get("/events", params={"actor": "Q901", "type": "assault", "limit": 500}))
    assert [e["id"] for e in got] == [e["id"] for e in expected] and len(got) == 3
    paged, url = [], "/events?limit=4"
    while url:
        body = client.get(url).json()
        paged += body["items"]
        url = body["next"]
    every = items(client.get("/events", params={"limit": 500}))
    assert len(every) == 9 and [e["id"] for e in paged] == [e["id"] for e in every]
    sanctions = items(
        client.get("/events", params={"actor": "FRE", "recipient": "RUR", "since": "2025-05-01"})
    )
    assert [(e["type"], str(e["day"])) for e in sanctions] == [
        ("SANCTION", "2025-06-19"),
        ("SANCTION", "2025-05-09"),
    ]
    timeline = items(client.get("/timeline", params={"actor": "Freedonia"}))
    assert [e["day"] for e in timeline] == sorted(e["day"] for e in timeline)


def test_actor_profile_with_roles_events_and_counterparts(client: TestClient) -> None:
    rubio = client.get(f"/actors/{RUBIO}").json()
    assert rubio["name"] == "Marco Rubio" and rubio["kind"] == "person"
    roles = client.app.state.knowledge.roles(RUBIO)  # type: ignore[attr-defined]
    assert roles and len(rubio["roles"]) == len(roles)
    assert rubio["roles"][0]["title"] == roles[0]["title"]
    assert rubio["events_as_actor"] == 1 and rubio["events_as_recipient"] == 0
    assert [c["name"] for c in rubio["counterparts"]] == ["Ruritania"]
    ruritania = client.get("/actors/Q901").json()
    partners = {c["name"]: c for c in ruritania["counterparts"]}
    assert partners["Freedonia"]["outgoing"] == 4 and partners["Freedonia"]["incoming"] == 3
    assert partners["Marco Rubio"]["incoming"] == 1
    assert partners["Freedonia"]["mean_intensity"] == round((3 * -9 + 1 + 3 * -4) / 7, 3)
    acted = items(client.get("/actors/Q901/events", params={"role": "recipient", "limit": 50}))
    assert {e["type"] for e in acted} == {"SANCTION", "REQUEST"}
    quoted = items(client.get(f"/actors/{RUBIO}/quotes"))
    assert quoted[0]["content"] == "We expect both sides to stand down."
    assert client.get("/actors/Q999999").status_code == 404
    found = items(client.get("/actors", params={"country": "FRE"}))
    assert {a["name"] for a in found} == {"Freedonia", "Anna Berg"}


def test_dyad_series_and_the_events_behind_a_point(client: TestClient) -> None:
    series = client.get("/dyad", params={"source": "Q901", "target": "Q902"}).json()["series"]
    assert [(p["period"], p["events"], p["mean_intensity"]) for p in series] == [
        ("2025-03", 1, 1.0),
        ("2025-04", 1, -9.0),
        ("2025-05", 1, -9.0),
        ("2025-06", 1, -9.0),
    ]
    both = client.get("/dyad", params={"source": "RUR", "target": "FRE", "either_way": True})
    assert [p["events"] for p in both.json()["series"]] == [1, 2, 2, 2]
    point = client.get(
        "/dyad/events",
        params={"source": "RUR", "target": "FRE", "period": "2025-05", "either_way": True},
    )
    assert sorted(e["type"] for e in point.json()["items"]) == ["ASSAULT", "SANCTION"]
    weekly = client.get(
        "/dyad/events",
        params={"source": "Q901", "target": "Q902", "by": "week", "period": "2025-W14"},
    )
    assert [e["doc_id"] for e in weekly.json()["items"]] == ["border-1"]
    bad = client.get("/dyad/events", params={"source": "a", "target": "b", "period": "May"})
    assert bad.status_code == 422 and "month period" in bad.json()["error"]["message"]


def test_the_events_behind_a_point_page_like_every_list(client: TestClient) -> None:
    params = {"source": "RUR", "target": "FRE", "period": "2025-05", "either_way": True}
    whole = client.get("/dyad/events", params=params).json()
    assert len(whole["items"]) == 2 and whole["next"] is None
    first = client.get("/dyad/events", params={**params, "limit": 1}).json()
    assert first["items"] == whole["items"][:1] and first["next"]
    second = client.get(first["next"]).json()
    assert second["items"] == whole["items"][1:] and second["next"] is None


def test_network_edges_count_events_and_average_intensity(client: TestClient) -> None:
    graph = client.get("/network").json()
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[("Q901", "Q902")]["events"] == 4
    assert edges[("Q902", "Q901")]["mean_intensity"] == -4.0
    assert edges[(RUBIO, "Q901")]["events"] == 1
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    assert names["Q901"] == "Ruritania" and set(names) >= {a for pair in edges for a in pair}
    june = client.get("/network", params={"since": "2025-06-01", "type": "sanction"}).json()
    assert [(e["source"], e["target"], e["events"]) for e in june["edges"]] == [("Q902", "Q901", 1)]
    assert client.get("/network", params={"min_count": 2}).json()["edges"] == [
        edges[("Q901", "Q902")],
        edges[("Q902", "Q901")],
    ]


def test_search_finds_documents_quotes_and_sentences(client: TestClient) -> None:
    found = client.get("/search", params={"q": "stand down"}).json()
    assert [d["doc_id"] for d in found["documents"]] == ["appeal"]
    assert [q["content"] for q in found["quotes"]] == ["We expect both sides to stand down."]
    [sentence] = found["sentences"]
    record = client.get("/documents/appeal").json()
    assert record["document"]["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    assert "stand down" in sentence["text"]
    assert (
        client.get("/quotes", params={"speaker": "anna berg"}).json()["items"][0]["cue"] == "said"
    )
    assert client.get("/search", params={"q": "stand down", "offset": 1}).json()["documents"] == []


def test_text_without_words_finds_nothing_on_every_endpoint(client: TestClient) -> None:
    for path, params in [
        ("/search", {"q": '"'}),
        ("/events", {"text": '"'}),
        ("/quotes", {"text": '"'}),
        ("/documents", {"text": '""'}),
        ("/ui/search", {"q": '"'}),
    ]:
        response = client.get(path, params=params)
        assert response.status_code == 200, (path, response.text)


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, method in [
        ("/documents", "get"),
        ("/documents", "post"),
        ("/extract", "post"),
        ("/actors", "get"),
        ("/actors/{ref}", "get"),
        ("/events", "get"),
        ("/quotes", "get"),
        ("/dyad", "get"),
        ("/dyad/events", "get"),
        ("/timeline", "get"),
        ("/search", "get"),
        ("/network", "get"),
    ]:
        assert method in paths[path], path
    assert not any(p.startswith("/ui") for p in paths)
    body = paths["/documents"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "text/plain", "text/html"}


def test_generic_agents_are_one_actor_per_country(
    make_client: Callable[..., TestClient], db_url: str
) -> None:
    with Store(db_url) as store:
        store.save([(r, None) for r in officials()])
    client = make_client(public_read=True)
    found = items(client.get("/actors", params={"name": "officials"}))
    assert {(a["ref"], a["country"]) for a in found} == {
        ("agent:officials|RUR", "RUR"),
        ("agent:officials|FRE", "FRE"),
    }
    theirs = client.get("/actors/agent:officials|FRE").json()
    assert (theirs["country"], theirs["events_as_recipient"]) == ("FRE", 2)
    assert [c["ref"] for c in theirs["counterparts"]] == ["agent:officials|RUR"]
    acted_on = items(client.get("/timeline", params={"actor": "agent:officials|FRE"}))
    assert [e["doc_id"] for e in acted_on] == ["o2", "o3"]
    series = client.get(
        "/dyad", params={"source": "agent:officials|RUR", "target": "agent:officials|FRE"}
    )
    assert [(p["period"], p["events"]) for p in series.json()["series"]] == [("2025-04", 2)]


def test_lists_page_with_real_offsets(client: TestClient) -> None:
    for path in ("/actors", "/quotes", "/events"):
        every = items(client.get(path, params={"limit": 500}))
        paged, url = [], f"{path}?limit=2"
        while url:
            body = client.get(url).json()
            paged += body["items"]
            url = body["next"]
        assert paged == every, path
        assert client.get(path, params={"offset": len(every)}).json()["items"] == []
