"""Actor refs: KB ids, generic agents per country, unresolved names; display names by use.

A generic agent of the knowledge base (``agent:officials``) is a different actor in every
country, so officials of two countries stay two actors in every query.
"""

from __future__ import annotations

import sqlalchemy as sa

from detente.queries import EventFilter, dyad, find_actors, find_events, timeline
from detente.queries.actors import counterparts, profile
from detente.queries.identity import describe, key, matches, ref, resolve
from detente.queries.network import network
from detente.store import Store
from detente.store.schema import actors
from tests.stores import actor, officials, record

TEXT = "Police in Vask and police in Lisbon detained protesters; Hamas and the US commented."
RUR, FRE = "agent:officials|RUR", "agent:officials|FRE"


def agents() -> dict:
    police_rur = actor(TEXT, "A1", "Police", country="RUR", kb_id="agent:police", kind="group")
    police_prt = actor(TEXT, "A2", "police", country="PRT", kb_id="agent:police", kind="group")
    hamas = actor(TEXT, "A3", "Hamas", kind="group")
    us = actor(TEXT, "A4", "US", country="USA", kb_id="state:USA")
    return record(TEXT, doc_id="agents", actors=[police_rur, police_prt, hamas, us])


def test_refs_keep_generic_agents_apart_by_country(store: Store) -> None:
    other = record(
        "The United States and the United States again.",
        doc_id="names",
        actors=[
            actor("The United States", "A1", "United States", country="USA", kb_id="state:USA")
        ],
    )
    extra = record(
        "United States.",
        doc_id="names-2",
        actors=[actor("United States.", "A1", "United States", country="USA", kb_id="state:USA")],
    )
    store.save([(agents(), None), (other, None), (extra, None)])
    with store.connect() as conn:
        keys = sorted(conn.execute(sa.select(key(actors)).distinct()).scalars())
        assert keys == ["agent:police|PRT", "agent:police|RUR", "hamas|", "state:USA"]
        assert ref("agent:police", "Police", "RUR") == "agent:police|RUR"
        assert ref(None, "Hamas", None) == "Hamas|" and ref("state:USA", "US", "USA") == "state:USA"

        def names(value: str) -> list[str]:
            query = sa.select(actors.c.name).where(matches(actors, value)).order_by(actors.c.id)
            return list(conn.execute(query).scalars())

        assert names("agent:police|RUR") == ["Police"]
        assert names("Hamas|") == ["Hamas"] and names("hamas") == ["Hamas"]
        assert names("HAMAS|USA") == [] and names("police|RUR") == []
        assert names("state:USA") == ["US", "United States", "United States"]
        assert names("USA") == []
        described = describe(conn, ["state:USA", "agent:police|PRT", "missing|"])
        assert described["state:USA"]["name"] == "United States"
        assert described["agent:police|PRT"]["ref"] == "agent:police|PRT"
        assert "missing|" not in described
        assert resolve(conn, "state:USA") == "state:USA" and resolve(conn, "hamas") == "hamas|"
        assert resolve(conn, "agent:police|PRT") == "agent:police|PRT"
        assert resolve(conn, "agent:police") in {"agent:police|PRT", "agent:police|RUR"}
        assert resolve(conn, "united states") == "state:USA"
        assert resolve(conn, "agent:police|FRA") is None and resolve(conn, "Atlantis") is None


def test_officials_of_two_countries_stay_two_actors(store: Store) -> None:
    store.save([(r, None) for r in officials()])
    with store.connect() as conn:
        listed = {a["ref"]: a for a in find_actors(conn)}
        assert set(listed) == {RUR, FRE, "Q902"}
        assert (listed[RUR]["country"], listed[RUR]["documents"]) == ("RUR", 3)
        assert (listed[FRE]["name"], listed[FRE]["country"], listed[FRE]["documents"]) == (
            "Officials",
            "FRE",
            2,
        )
        assert [e["doc_id"] for e in timeline(conn, FRE)] == ["o2", "o3"]
        assert len(timeline(conn, RUR)) == 3
        assert len(find_events(conn, EventFilter(actor="agent:officials"))) == 3  # the kind
        assert [p["period"] for p in dyad(conn, RUR, FRE)] == ["2025-04"]
        assert dyad(conn, FRE, RUR) == [] and len(dyad(conn, RUR, "Q902")) == 1
        edges = {(e["source"], e["target"]): e["events"] for e in network(conn)["edges"]}
        assert edges == {(RUR, FRE): 2, (RUR, "Q902"): 1}
        fre = profile(conn, FRE)
        assert fre is not None
        assert (fre["ref"], fre["country"], fre["documents"]) == (FRE, "FRE", 2)
        assert (fre["events_as_actor"], fre["events_as_recipient"]) == (0, 2)
        assert [(p["ref"], p["incoming"]) for p in counterparts(conn, FRE)] == [(RUR, 2)]
        assert resolve(conn, "agent:officials") == RUR
