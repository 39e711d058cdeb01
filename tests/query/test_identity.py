"""Actor refs: KB ids, generic agents per country, unresolved names; display names by use."""

from __future__ import annotations

import sqlalchemy as sa

from detente.queries.identity import describe, key, matches, ref
from detente.store import Store
from detente.store.schema import actors
from tests.stores import actor, record

TEXT = "Police in Vask and police in Lisbon detained protesters; Hamas and the US commented."


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
        assert names("state:USA") == ["US", "United States", "United States"]
        assert names("USA") == []
        described = describe(conn, ["state:USA", "agent:police|PRT", "missing|"])
        assert described["state:USA"]["name"] == "United States"
        assert described["agent:police|PRT"]["ref"] == "agent:police|PRT"
        assert described["agent:police|PRT"]["dyad_ref"] == "PRT"
        assert "missing|" not in described
