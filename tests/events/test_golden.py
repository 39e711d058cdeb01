"""Golden event cases (``data/golden.yaml``): every PLOVER type, every modality, passives,
compound actors, quotes and nominalisations, each stated in a sentence of our own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from detente.model import PLOVER_TYPES, Document
from tests.events.conftest import described

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "golden.yaml").read_text("utf-8")
)
MODALITIES = ("asserted", "negated", "hypothetical", "intended", "historical")


def _matches(expected: dict[str, Any], event: dict[str, Any]) -> bool:
    for key, want in expected.items():
        got = event[key]
        if key in ("actor", "recipient"):
            if sorted(want) != got:
                return False
        elif key == "rule":
            if want not in got:
                return False
        elif got != want:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_case(case: dict[str, Any], code: Callable[..., Document]) -> None:
    published = case.get("published", "2025-03-04")
    doc = code(
        case["text"],
        actors=case.get("actors", []),
        times=[tuple(t) for t in case.get("times", [])],
        quotes=case.get("quotes", []),
        published=None if published is None else str(published),
    )
    events = [described(doc, e) for e in doc.events]
    for expected in case.get("events", []):
        assert any(_matches(expected, e) for e in events), (expected, events)
    if "count" in case or case.get("events") == []:
        assert len(events) == case.get("count", 0), events
    for type_ in case.get("absent", []):
        assert all(e["type"] != type_ for e in events), events
    if case.get("asserted") is False:
        assert all(e["modality"] != "asserted" for e in events), events
    for event in doc.events:
        assert event.rule, "every event names the rule that produced it"
        assert event.trigger.text == doc.text[event.trigger.start : event.trigger.end]


def test_golden_cases_cover_every_type_and_modality() -> None:
    expected = [e for c in CASES for e in c.get("events", [])]
    assert {e["type"] for e in expected} >= set(PLOVER_TYPES)
    assert {e.get("modality") for e in expected} >= set(MODALITIES)
    tags = {t for c in CASES for t in c.get("tags", [])}
    assert {"passive", "compound_actor", "quote", "nominal"} <= tags
