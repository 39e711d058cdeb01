"""One actor across the store: profile, events by role, counterparts, and the actor list."""

from __future__ import annotations

from detente.queries.actor_page import actor_events, counterparts, list_actors, profile
from detente.queries.passages import find_quotes
from detente.store import Store
from tests.api.corpus import RUBIO, corpus


def test_profile_events_and_counterparts(store: Store) -> None:
    store.save([(r, None) for r in corpus()])
    with store.connect() as conn:
        rur = profile(conn, "Q901")
        assert rur is not None
        assert (rur["name"], rur["documents"], rur["events_as_actor"]) == ("Ruritania", 6, 5)
        assert rur["events_as_recipient"] == 4 and rur["ref"] == "Q901"
        assert profile(conn, "Atlantis") is None
        got = actor_events(conn, "Q901", "recipient", limit=2)
        assert [e["type"] for e in got] == ["SANCTION", "REQUEST"]
        assert got[1]["actors"][0]["kb_id"] == RUBIO
        assert [e["id"] for e in actor_events(conn, "Q901", "recipient", 2, offset=1)] == [
            got[1]["id"],
            actor_events(conn, "Q901", "recipient", 3)[2]["id"],
        ]
        partners = {p["name"]: p for p in counterparts(conn, "Q901")}
        assert set(partners) == {
            "Freedonia",
            "Marco Rubio",
            'Evil <img src=x onerror="window.__xss5=1"> Corp',
        }
        assert partners["Freedonia"]["events"] == 7 and partners["Freedonia"]["dyad_ref"] == "Q902"
        assert partners["Marco Rubio"]["incoming"] == 1
        evil = partners['Evil <img src=x onerror="window.__xss5=1"> Corp']
        assert evil["ref"] == 'Evil <img src=x onerror="window.__xss5=1"> Corp|RUR'
        assert evil["dyad_ref"] == "RUR" and evil["outgoing"] == 1
        assert [q["id"] for q in find_quotes(conn, speaker=RUBIO)] == ["Q1"]


def test_actor_list_is_one_row_per_identity_with_refs(store: Store) -> None:
    store.save([(r, None) for r in corpus()])
    with store.connect() as conn:
        everyone = list_actors(conn)
        assert everyone[0]["name"] == "Ruritania" and everyone[0]["documents"] == 6
        assert [a["ref"] for a in list_actors(conn, name="rubio")] == [RUBIO]
        assert {a["name"] for a in list_actors(conn, country="fre")} == {"Freedonia", "Anna Berg"}
        assert list_actors(conn, limit=2, offset=1)[0] == everyone[1]
