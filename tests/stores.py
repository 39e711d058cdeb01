"""Store fixtures shared by the store, ingest, query and export tests, and hand-built records.

``store`` runs each test on SQLite and, when ``DETENTE_TEST_PG`` is set (``make test`` sets it via
``scripts/pg-cluster.sh``), on a fresh PostgreSQL database as well.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from detente.store import Store

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'detente.sqlite'}"
        return
    admin = os.environ.get("DETENTE_TEST_PG")
    if not admin:
        pytest.skip("DETENTE_TEST_PG is not set (make test starts a throwaway cluster)")
    import psycopg

    plain = admin.replace("+psycopg", "")
    name = f"detente_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield admin.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as opened:
        yield opened


def span(text: str, part: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "text": part}


def record(
    text: str,
    *,
    doc_id: str = "d1",
    published: str | None = "2025-03-04",
    url: str | None = None,
    title: str | None = None,
    actors: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
    quotes: list[dict[str, Any]] | None = None,
    times: list[dict[str, Any]] | None = None,
    findings: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A contract record written by hand (the store must not care how layers were made)."""
    return {
        "schema": "detente/extraction/v1",
        "document": {
            "id": doc_id,
            "text": text,
            "published": published,
            "title": title,
            "url": url,
            "source": None,
            "language": "en",
        },
        "actors": actors or [],
        "events": events or [],
        "quotes": quotes or [],
        "times": times or [],
        "findings": findings or [],
        "meta": {
            "version": "0.1.0",
            "pipeline": ["test.hand.v1"],
            "config_hash": "sha256:test",
            "model": "hand",
            "elapsed_ms": 0.0,
        },
    }


def actor(
    text: str,
    aid: str,
    name: str,
    *,
    country: str | None = None,
    kb_id: str | None = None,
    kind: str = "state",
    sector: str | None = None,
) -> dict[str, Any]:
    return {
        "id": aid,
        "name": name,
        "kind": kind,
        "country": country,
        "sector": sector,
        "role": None,
        "kb_id": kb_id,
        "mentions": [span(text, name)] if name in text else [],
    }


def event(
    text: str,
    eid: str,
    etype: str,
    trigger: str,
    *,
    actor: list[str],
    recipient: list[str],
    date: str | None = None,
    cameo: str | None = None,
    quad: int | None = None,
    intensity: float | None = None,
    modality: str = "asserted",
) -> dict[str, Any]:
    trig = span(text, trigger)
    return {
        "id": eid,
        "type": etype,
        "mode": None,
        "context": [],
        "cameo": cameo,
        "quad_class": quad,
        "intensity": intensity,
        "actor": actor,
        "recipient": recipient,
        "trigger": trig,
        "evidence": {"start": 0, "end": len(text), "text": text},
        "date": {"value": date, "time": None, "inferred": False} if date else None,
        "modality": modality,
        "reported_by": None,
        "confidence": 0.9,
        "rule": "hand",
    }


def diplomacy(doc_id: str = "d1", published: str = "2025-03-04", **kw: Any) -> dict[str, Any]:
    """Ruritania meets Freedonia; Freedonia's envoy is quoted. A small but complete record."""
    text = (
        "Ruritania held talks with Freedonia in Lisbon on Monday. "
        '"We will keep talking," said Anna Berg, the Freedonian envoy.'
    )
    actors = [
        actor(text, "A1", "Ruritania", country="RUR", kb_id="Q901"),
        actor(text, "A2", "Freedonia", country="FRE", kb_id="Q902"),
        actor(text, "A3", "Anna Berg", country="FRE", kind="person", sector="GOV"),
    ]
    events = [
        event(
            text,
            "E1",
            "CONSULT",
            "held talks",
            actor=["A1"],
            recipient=["A2"],
            cameo="043",
            quad=1,
            intensity=1.0,
            date="2025-03-03",
        ),
    ]
    quotes = [
        {
            "id": "Q1",
            "kind": "direct",
            "content": span(text, "We will keep talking,"),
            "speaker": "A3",
            "speaker_span": span(text, "Anna Berg"),
            "cue": span(text, "said"),
            "stance": "says",
            "relayed_by": [],
        }
    ]
    times = [{**span(text, "Monday"), "type": "DATE", "value": "2025-03-03"}]
    findings = [{"kind": "note", "message": "hand-made", "actor": None, "evidence": []}]
    return record(
        text,
        doc_id=doc_id,
        published=published,
        actors=actors,
        events=events,
        quotes=quotes,
        times=times,
        findings=findings,
        **kw,
    )
