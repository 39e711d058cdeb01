"""Hand-built contract records for the API, query and browser tests.

Two invented states clash over three months (a dyad with three points), a real Secretary of
State (so his page shows the knowledge base's roles) appeals to one of them, and one article is
hostile: markup and event-handler attributes in its text, title, URL, source and actor names.
Every sentence is ours.
"""

from __future__ import annotations

from typing import Any

from tests.stores import actor, diplomacy, event, record, span

RUBIO = "Q324546"
# Markers the hostile record tries to set; a test fails if any of them ever appears on `window`.
XSS_MARKERS = [f"__xss{n}" for n in range(1, 10)]
HOSTILE_TEXT = (
    "Officials of Evil Corp said <script>window.__xss1=1</script> the shipment left port. "
    'Ruritania seized the cargo, citing <img src=x onerror="window.__xss2=1"> customs rules. '
    '<a href="javascript:window.__xss3=1">Read the statement</a> and "quote" me: '
    "\"we did nothing wrong\" onmouseover='window.__xss4=1', said the firm's lawyer."
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
            "SANCTION",
            "recalled",
            actor=["A2"],
            recipient=["A1"],
            cameo="161",
            quad=4,
            intensity=-4.0,
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
    events = [
        event(
            text,
            "E1",
            "REQUEST",
            "urged",
            actor=["A1"],
            recipient=["A2"],
            cameo="090",
            quad=1,
            intensity=3.0,
            date="2025-05-14",
        ),
    ]
    quotes = [
        {
            "id": "Q1",
            "kind": "direct",
            "content": span(text, "We expect both sides to stand down."),
            "speaker": "A1",
            "speaker_span": None,
            "cue": span(text, "saying"),
            "stance": "urges",
            "relayed_by": [],
        }
    ]
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
            cameo="171",
            quad=4,
            intensity=-5.0,
            date="2025-06-02",
        ),
    ]
    events[0]["rule"] = '<svg onload="window.__xss6=1">'
    quotes = [
        {
            "id": "Q1",
            "kind": "direct",
            "content": span(text, "we did nothing wrong"),
            "speaker": "A1",
            "speaker_span": span(text, "the firm's lawyer"),
            "cue": span(text, "said"),
            "stance": "denies",
            "relayed_by": ['<b onclick="window.__xss7=1">wire</b>'],
        }
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


def corpus() -> list[dict[str, Any]]:
    return [
        diplomacy("talks", "2025-03-04"),
        border("border-1", "2025-04-02", "2025-04-01", "on Tuesday"),
        border("border-2", "2025-05-10", "2025-05-09", "again on Friday"),
        border("border-3", "2025-06-20", "2025-06-19", "for a third time"),
        appeal(),
        hostile(),
    ]
