from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detente.export import export_events
from detente.queries import EventFilter, iter_events
from detente.store import Store
from tests.stores import actor, diplomacy, event, record

pytestmark = pytest.mark.postgres


def _fill(store: Store) -> None:
    text = "Freedonia and Sylvania imposed sanctions on Ruritania."
    actors = [
        actor(text, "A1", "Freedonia", country="FRE", sector="GOV"),
        actor(text, "A2", "Sylvania", country="SYL"),
        actor(text, "A3", "Ruritania", country="RUR", kb_id="Q901"),
    ]
    events = [
        event(
            text,
            "E1",
            "SANCTION",
            "imposed sanctions",
            actor=["A1", "A2"],
            recipient=["A3"],
            coded=("163", 4, -8.0),
        )
    ]
    store.save(
        [
            (diplomacy(), "file:/a"),
            (
                record(
                    text, doc_id="s", actors=actors, events=events, url="https://news.example/s"
                ),
                "file:/s",
            ),
        ]
    )


def test_gdelt_csv_maps_fields(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "events.csv"
    with store.connect() as conn:
        assert export_events(conn, "gdelt", str(out), EventFilter(limit=None)) == 2
    rows = list(csv.DictReader(out.open()))
    sanction = next(r for r in rows if r["PloverType"] == "SANCTION")
    assert sanction["SQLDATE"] == "20250304" and sanction["MonthYear"] == "202503"
    assert sanction["Actor1Code"] == "FREGOV" and sanction["Actor1Name"] == "Freedonia"
    assert sanction["Actor2CountryCode"] == "RUR"
    assert (sanction["EventCode"], sanction["EventBaseCode"], sanction["EventRootCode"]) == (
        "163",
        "163",
        "16",
    )
    assert sanction["QuadClass"] == "4" and float(sanction["GoldsteinScale"]) == -8.0
    assert sanction["Actors"] == "Freedonia;Sylvania"
    assert sanction["SOURCEURL"] == "https://news.example/s"
    assert len(sanction["DATEADDED"]) == 14


def test_plover_json_lines(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "events.jsonl"
    with store.connect() as conn:
        export_events(conn, "plover", str(out), EventFilter(type="SANCTION", limit=None))
    [line] = out.read_text().splitlines()
    rec = json.loads(line)
    assert rec["event"] == ["SANCTION"] and rec["date"] == "2025-03-04"
    assert [a["code"] for a in rec["actor"]] == ["FREGOV", "SYL"]
    assert rec["recipient"][0]["kb_id"] == "Q901"
    assert rec["quad_code"] == 4 and rec["event_text"] == ["imposed sanctions"]


def test_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "events.parquet"
    with store.connect() as conn:
        assert export_events(conn, "parquet", str(out)) == 2
    table = pq.read_table(out).to_pylist()
    assert {r["type"] for r in table} == {"CONSULT", "SANCTION"}
    sanction = next(r for r in table if r["type"] == "SANCTION")
    assert sanction["actors"] == ["Freedonia", "Sylvania"]
    assert sanction["recipient_kb_ids"] == ["Q901"]


def test_streaming_keeps_every_event_across_chunks(store: Store) -> None:
    many = []
    for n in range(7):
        rec = diplomacy(f"d{n}")
        rec["document"]["text"] += f" Round {n}."
        many.append((rec, None))
    store.save(many)
    with store.connect() as conn:
        streamed = list(iter_events(conn, EventFilter(limit=None), chunk=3))
    assert len(streamed) == 7 and all(e["actors"] for e in streamed)
