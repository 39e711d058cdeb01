"""The CLI's queries: event filters with offsets, dyad series, timelines, quotes, actors, search."""

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
from detente.queries.documents import list_documents
from detente.store import Store
from tests.stores import border, diplomacy

pytestmark = pytest.mark.postgres


@pytest.fixture
def filled(store: Store) -> Store:
    store.save(
        [
            (diplomacy("talks", "2025-03-04"), "file:/a"),
            (border("border-1", "2025-04-02", "2025-04-01", "on Tuesday"), "file:/b"),
            (border("border-2", "2025-05-10", "2025-05-09", "again on Friday"), "file:/c"),
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
        assert {e["doc_id"] for e in assaults} == {"border-1", "border-2"}
        assert assaults[0]["actors"][0]["name"] == "Ruritania"
        assert assaults[0]["recipients"][0]["kb_id"] == "Q902"
        by_kb = find_events(conn, EventFilter(actor="Q902", recipient="Q901"))
        assert {e["type"] for e in by_kb} == {"SANCTION"}
        by_country = find_events(conn, EventFilter(country="fre", since=dt.date(2025, 5, 1)))
        assert {e["doc_id"] for e in by_country} == {"border-2"}
        april = find_events(
            conn, EventFilter(since=dt.date(2025, 4, 1), until=dt.date(2025, 4, 30))
        )
        assert {e["doc_id"] for e in april} == {"border-1"}
        assert find_events(conn, EventFilter(modality="negated")) == []
        friday = find_events(conn, EventFilter(text="again on Friday"))
        assert {e["doc_id"] for e in friday} == {"border-2"}


def test_events_page_with_offsets(filled: Store) -> None:
    with filled.connect() as conn:
        everything = [e["id"] for e in find_events(conn, EventFilter(limit=None))]
        pages = [
            [e["id"] for e in find_events(conn, EventFilter(limit=2, offset=start))]
            for start in (0, 2, 4, 6)
        ]
        assert pages[-1] == [] and [i for p in pages for i in p] == everything
        later = timeline(conn, "Q902", EventFilter(limit=2, offset=3))
        assert [e["id"] for e in later] == [e["id"] for e in timeline(conn, "Q902")][3:5]


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
        assert both[1]["mean_intensity"] == -6.5


def test_timeline_is_oldest_first_and_leaves_the_filter_alone(filled: Store) -> None:
    with filled.connect() as conn:
        f = EventFilter(since=dt.date(2025, 4, 1))
        days = [e["day"] for e in timeline(conn, "Freedonia", f)]
        assert days == sorted(days) and len(days) == 4
        assert f.actor is None
        assert len(timeline(conn, "Freedonia")) == 5


def test_quotes_by_speaker_and_words_with_offsets(filled: Store) -> None:
    with filled.connect() as conn:
        [quote] = find_quotes(conn, speaker="anna berg")
        assert quote["content"] == "We will keep talking," and quote["cue"] == "said"
        assert (quote["local_id"], quote["speaker_kb_id"]) == ("Q1", None)
        assert find_quotes(conn, text="keep talking")[0]["speaker"] == "Anna Berg"
        assert find_quotes(conn, speaker="FRE") == [quote]
        assert find_quotes(conn, text="shelled") == []
        assert find_quotes(conn, offset=1) == []


def test_actors_across_documents_with_offsets(filled: Store) -> None:
    with filled.connect() as conn:
        top = find_actors(conn)
        assert [a["ref"] for a in top[:2]] == ["Q901", "Q902"] and top[0]["documents"] == 3
        assert [a["name"] for a in find_actors(conn, country="fre")] == ["Freedonia", "Anna Berg"]
        assert find_actors(conn, limit=2, offset=1) == top[1:3]
        assert [a["ref"] for a in find_actors(conn, name="berg")] == ["Anna Berg|FRE"]
        assert find_actors(conn, name="%") == []


def test_search_ranks_documents_and_quotes_user_syntax_safely(filled: Store) -> None:
    with filled.connect() as conn:
        hits = search(conn, "border posts")
        assert {h["doc_id"] for h in hits} == {"border-1", "border-2"}
        assert "border" in hits[0]["snippet"]
        assert isinstance(search(conn, 'Lisbon AND "NEAR( -'), list)
        assert search(conn, "Lisbon")[0]["doc_id"] == "talks"


def test_text_without_words_matches_nothing_instead_of_failing(filled: Store) -> None:
    """A lone quote mark is an FTS5 syntax error unless the query builder guards it."""
    with filled.connect() as conn:
        for text in ['"', '""', '" "']:
            assert search(conn, text) == []
            assert find_quotes(conn, text=text) == []
            assert find_events(conn, EventFilter(text=text)) == []
            assert list_documents(conn, text=text) == []


def test_search_pages_with_an_offset(filled: Store) -> None:
    with filled.connect() as conn:
        both = search(conn, "border", limit=2)
        assert len(both) == 2
        assert search(conn, "border", limit=1, offset=1) == both[1:]
        assert search(conn, "border", limit=5, offset=2) == []
