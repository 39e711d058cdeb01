"""Actors across the store: one row per identity, and one actor's profile, events and partners."""

from __future__ import annotations

from detente.queries import find_actors, find_quotes
from detente.queries.actors import actor_events, counterparts, profile
from detente.store import Store
from tests.stores import RUBIO, corpus

EVIL = 'Evil <img src=x onerror="window.__xss5=1"> Corp'


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
        assert set(partners) == {"Freedonia", "Marco Rubio", EVIL}
        assert partners["Freedonia"]["events"] == 7 and partners["Freedonia"]["ref"] == "Q902"
        assert partners["Marco Rubio"]["incoming"] == 1
        assert partners[EVIL]["ref"] == f"{EVIL}|RUR" and partners[EVIL]["outgoing"] == 1
        assert [q["local_id"] for q in find_quotes(conn, speaker=RUBIO)] == ["Q1"]
        assert [q["doc_id"] for q in find_quotes(conn, speaker=f"{EVIL}|RUR")] == ["hostile"]


def test_actor_list_is_one_row_per_identity_with_refs(store: Store) -> None:
    store.save([(r, None) for r in corpus()])
    with store.connect() as conn:
        everyone = find_actors(conn)
        assert everyone[0]["name"] == "Ruritania" and everyone[0]["documents"] == 6
        assert [a["ref"] for a in find_actors(conn, name="rubio")] == [RUBIO]
        assert {a["name"] for a in find_actors(conn, country="fre")} == {"Freedonia", "Anna Berg"}
        assert find_actors(conn, limit=2, offset=1)[0] == everyone[1]
