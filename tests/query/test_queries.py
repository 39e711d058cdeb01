from __future__ import annotations

import datetime as dt

import pytest

from detente.queries import (
    EventFilter,
    dyad,
    find_actors,
    find_events,
    find_quotes,
    search,
    timeline,
)
from detente.store import Store
from tests.stores import actor, diplomacy, event, record

pytestmark = pytest.mark.postgres


def clash(doc_id: str, published: str, day: str, extra: str = "") -> dict:
    text = "Ruritania shelled border posts held by Freedonia, and Freedonia condemned the attack."
    text += extra
    actors = [
        actor(text, "A1", "Ruritania", country="RUR", kb_id="Q901"),
        actor(text, "A2", "Freedonia", country="FRE", kb_id="Q902"),
    ]
    events = [
        event(
            text,
            "E1",
            "ASSAULT",
            "shelled",
            actor=["A1"],
            recipient=["A2"],
            cameo="195",
            quad=4,
            intensity=-9.0,
            date=day,
        ),
        event(
            text,
            "E2",
            "ACCUSE",
            "condemned",
            actor=["A2"],
            recipient=["A1"],
            cameo="122",
            quad=3,
            intensity=-2.0,
            date=day,
            modality="asserted",
        ),
    ]
    return record(text, doc_id=doc_id, published=published, actors=actors, events=events)


@pytest.fixture
def filled(store: Store) -> Store:
    store.save(
        [
            (diplomacy("talks", "2025-03-04"), "file:/a"),
            (clash("clash-1", "2025-04-02", "2025-04-01"), "file:/b"),
            (clash("clash-2", "2025-05-10", "2025-05-09", " Talks failed."), "file:/c"),
        ]
    )
    return store


def test_events_filter_by_actor_type_dates_and_text(filled: Store) -> None:
    with filled.connect() as conn:
        everything = find_events(conn, EventFilter())
        assert len(everything) == 5
        assert [e["day"] for e in everything] == sorted(
            (e["day"] for e in everything), reverse=True
        )
        assaults = find_events(conn, EventFilter(actor="ruritania", type="assault"))
        assert {e["doc_id"] for e in assaults} == {"clash-1", "clash-2"}
        assert assaults[0]["actors"][0]["name"] == "Ruritania"
        assert assaults[0]["recipients"][0]["kb_id"] == "Q902"
        by_kb = find_events(conn, EventFilter(actor="Q902", recipient="Q901"))
        assert {e["type"] for e in by_kb} == {"ACCUSE"}
        by_country = find_events(conn, EventFilter(country="fre", since=dt.date(2025, 5, 1)))
        assert {e["doc_id"] for e in by_country} == {"clash-2"}
        april = find_events(
            conn, EventFilter(since=dt.date(2025, 4, 1), until=dt.date(2025, 4, 30))
        )
        assert {e["doc_id"] for e in april} == {"clash-1"}
        assert find_events(conn, EventFilter(modality="negated")) == []
        failed = find_events(conn, EventFilter(text="talks failed"))
        assert {e["doc_id"] for e in failed} == {"clash-2"}


def test_dyad_by_month_counts_types_intensity_and_quads(filled: Store) -> None:
    with filled.connect() as conn:
        series = dyad(conn, "Ruritania", "Freedonia", by="month")
        assert [row["period"] for row in series] == ["2025-03", "2025-04", "2025-05"]
        march, april = series[0], series[1]
        assert march["types"] == {"CONSULT": 1} and march["verbal_coop"] == 1.0
        assert april["types"] == {"ASSAULT": 1}
        assert april["mean_intensity"] == -9.0 and april["material_conflict"] == 1.0
        both = dyad(conn, "RUR", "FRE", by="week", either_way=True)
        assert both[1]["period"] == "2025-W14" and both[1]["events"] == 2
        assert both[1]["mean_intensity"] == -5.5


def test_timeline_is_oldest_first(filled: Store) -> None:
    with filled.connect() as conn:
        days = [e["day"] for e in timeline(conn, "Freedonia")]
        assert days == sorted(days) and len(days) == 5


def test_quotes_by_speaker_and_words(filled: Store) -> None:
    with filled.connect() as conn:
        [quote] = find_quotes(conn, speaker="anna berg")
        assert quote["content"] == "We will keep talking," and quote["cue"] == "said"
        assert find_quotes(conn, text="keep talking")[0]["speaker"] == "Anna Berg"
        assert find_quotes(conn, text="shelled") == []


def test_actors_across_documents(filled: Store) -> None:
    with filled.connect() as conn:
        top = find_actors(conn)
        assert top[0]["kb_id"] in {"Q901", "Q902"} and top[0]["documents"] == 3
        assert [a["name"] for a in find_actors(conn, country="fre")][:2] == [
            "Freedonia",
            "Anna Berg",
        ]


def test_search_ranks_documents_and_quotes_user_syntax_safely(filled: Store) -> None:
    with filled.connect() as conn:
        hits = search(conn, "border posts")
        assert {h["doc_id"] for h in hits} == {"clash-1", "clash-2"}
        assert "border" in hits[0]["snippet"]
        assert isinstance(search(conn, 'Lisbon AND "NEAR( -'), list)
        assert search(conn, "Lisbon")[0]["doc_id"] == "talks"
