"""Store fixtures, and the hand-built contract records every store, query, export, API and page
test uses (one builder for all of them; the store must not care how layers were made).

``store`` runs each test on SQLite and, when ``DETENTE_TEST_PG`` is set (``make test`` sets it via
``scripts/pg-cluster.sh``), on a fresh PostgreSQL database as well.

:func:`corpus` is a small store's worth: two invented states clash over three months (a dyad
with several points), a real Secretary of State (so his page shows the knowledge base's roles)
appeals to one of them, and one article is hostile: markup and event-handler attributes in its
text, title, URL, source and actor names. Every sentence is ours.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from detente.store import Store

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
RUBIO = "Q324546"
# Markers the hostile record tries to set; a test fails if any of them ever appears on `window`.
XSS_MARKERS = [f"__xss{n}" for n in range(1, 10)]
HOSTILE_TEXT = (
    "Officials of Evil Corp said <script>window.__xss1=1</script> the shipment left port. "
    'Ruritania seized the cargo, citing <img src=x onerror="window.__xss2=1"> customs rules. '
    '<a href="javascript:window.__xss3=1">Read the statement</a> and "quote" me: '
    "\"we did nothing wrong\" onmouseover='window.__xss4=1', said the firm's lawyer."
)


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
    actor: Sequence[str] = ("A1",),
    recipient: Sequence[str] = ("A2",),
    coded: tuple[str, int, float] | None = None,
    date: str | None = None,
    modality: str = "asserted",
) -> dict[str, Any]:
    """An event of ``etype`` triggered by the words ``trigger``, by default of actor A1 on A2;
    ``coded`` is its CAMEO code, quad class and intensity."""
    trig = span(text, trigger)
    cameo, quad, intensity = coded or (None, None, None)
    return {
        "id": eid,
        "type": etype,
        "mode": None,
        "context": [],
        "cameo": cameo,
        "quad_class": quad,
        "intensity": intensity,
        "actor": list(actor),
        "recipient": list(recipient),
        "trigger": trig,
        "evidence": {"start": 0, "end": len(text), "text": text},
        "date": {"value": date, "time": None, "inferred": False} if date else None,
        "modality": modality,
        "reported_by": None,
        "confidence": 0.9,
        "rule": "hand",
    }


def quote(
    text: str,
    content: str,
    speaker: str,
    cue: str,
    *,
    speaker_span: str | None = None,
    stance: str = "says",
    relayed_by: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "id": "Q1",
        "kind": "direct",
        "content": span(text, content),
        "speaker": speaker,
        "speaker_span": span(text, speaker_span) if speaker_span else None,
        "cue": span(text, cue),
        "stance": stance,
        "relayed_by": relayed_by or [],
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
    events = [event(text, "E1", "CONSULT", "held talks", coded=("043", 1, 1.0), date="2025-03-03")]
    quotes = [quote(text, "We will keep talking,", "A3", "said", speaker_span="Anna Berg")]
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


def border(doc_id: str, published: str, day: str, shots: str) -> dict[str, Any]:
    """Ruritania shells Freedonia; Freedonia recalls its ambassador in protest."""
    text = (
        f"Ruritanian artillery shelled Freedonian border posts near Vask {shots}, and Freedonia "
        "recalled its ambassador from Ruritania in protest."
    )
    actors = [
        actor(text, "A1", "Ruritania", country="RUR", kb_id="Q901"),
        actor(text, "A2", "Freedonia", country="FRE", kb_id="Q902"),
    ]
    actors[0]["mentions"] = [span(text, "Ruritanian artillery"), span(text, "Ruritania", 1)]
    actors[1]["mentions"] = [span(text, "Freedonian border posts"), span(text, "Freedonia", 1)]
    events = [
        event(text, "E1", "ASSAULT", "shelled", coded=("195", 4, -9.0), date=day),
        event(
            text,
            "E2",
            "SANCTION",
            "recalled",
            actor=["A2"],
            recipient=["A1"],
            coded=("161", 4, -4.0),
            date=day,
        ),
    ]
    for e in events:
        e["rule"] = f"hand:{e['type'].lower()}"
    return record(
        text,
        doc_id=doc_id,
        published=published,
        actors=actors,
        events=events,
        title=f"Shelling at Vask ({published})",
    )


def appeal() -> dict[str, Any]:
    """Rubio (a real KB entry) urges Ruritania to pull back, in a direct quote."""
    text = (
        "Secretary of State Marco Rubio urged Ruritania to pull back its guns on Wednesday, "
        "saying: “We expect both sides to stand down.”"
    )
    actors = [
        actor(text, "A1", "Marco Rubio", country="USA", kb_id=RUBIO, kind="person", sector="GOV"),
        actor(text, "A2", "Ruritania", country="RUR", kb_id="Q901"),
    ]
    events = [event(text, "E1", "REQUEST", "urged", coded=("090", 1, 3.0), date="2025-05-14")]
    quotes = [quote(text, "We expect both sides to stand down.", "A1", "saying", stance="urges")]
    times = [{**span(text, "Wednesday"), "type": "DATE", "value": "2025-05-14"}]
    return record(
        text,
        doc_id="appeal",
        published="2025-05-15",
        actors=actors,
        events=events,
        quotes=quotes,
        times=times,
        title="Rubio urges restraint",
    )


def hostile() -> dict[str, Any]:
    """Markup everywhere a page shows text: the article, its title, URL, source and names."""
    text = HOSTILE_TEXT
    evil = actor(text, "A1", "Evil Corp", country="RUR", kind="organization", sector="BUS")
    evil["name"] = 'Evil <img src=x onerror="window.__xss5=1"> Corp'
    ruritania = actor(text, "A2", "Ruritania", country="RUR", kb_id="Q901")
    events = [
        event(
            text,
            "E1",
            "COERCE",
            "seized",
            actor=["A2"],
            recipient=["A1"],
            coded=("171", 4, -5.0),
            date="2025-06-02",
        )
    ]
    events[0]["rule"] = '<svg onload="window.__xss6=1">'
    quotes = [
        quote(
            text,
            "we did nothing wrong",
            "A1",
            "said",
            speaker_span="the firm's lawyer",
            stance="denies",
            relayed_by=['<b onclick="window.__xss7=1">wire</b>'],
        )
    ]
    findings = [
        {
            "kind": "unsupported_claim",
            "message": '<img src=x onerror="window.__xss8=1"> claim without source',
            "actor": None,
            "evidence": [span(text, "the shipment left port")],
        }
    ]
    out = record(
        text,
        doc_id="hostile",
        published="2025-06-03",
        actors=[evil, ruritania],
        events=events,
        quotes=quotes,
        findings=findings,
        title="<script>window.__xss9=1</script> Cargo seized",
        url="javascript:window.__xss3=1",
    )
    out["document"]["source"] = "<i>Wire</i>"
    return out


def officials() -> list[dict[str, Any]]:
    """Ruritania's officials accuse Freedonia, then Freedonia's officials twice: the generic
    agent ``agent:officials`` of two countries, which must stay two actors."""
    out = []
    for doc_id, day, text, target in [
        ("o1", "2025-03-03", "Ruritanian officials accused Freedonia.", "Q902"),
        ("o2", "2025-04-07", "Our officials accused Freedonian officials.", "officials"),
        ("o3", "2025-04-09", "The officials accused their Freedonian peers.", "officials"),
    ]:
        ours = actor(text, "A1", "officials", country="RUR", kb_id="agent:officials", kind="group")
        if target == "officials":
            theirs = actor(text, "A2", "Officials", country="FRE", kb_id="agent:officials")
        else:
            theirs = actor(text, "A2", "Freedonia", country="FRE", kb_id="Q902")
        accused = event(text, "E1", "ACCUSE", "accused", date=day)
        out.append(
            record(text, doc_id=doc_id, published=day, actors=[ours, theirs], events=[accused])
        )
    return out


def corpus() -> list[dict[str, Any]]:
    return [
        diplomacy("talks", "2025-03-04"),
        border("border-1", "2025-04-02", "2025-04-01", "on Tuesday"),
        border("border-2", "2025-05-10", "2025-05-09", "again on Friday"),
        border("border-3", "2025-06-20", "2025-06-19", "for a third time"),
        appeal(),
        hostile(),
    ]
