"""The stage in the whole pipeline: contract records, rules on every event, no false deeds."""

from __future__ import annotations

from collections.abc import Callable

from detente.contract import to_record
from detente.events.stage import CodeEvents
from detente.model import Document
from detente.pipeline import Pipeline
from tests.contract_check import check_record

TEXT = (
    "Russia and Belarus agreed on Tuesday to hold joint military talks next month. "
    "Lithuania expelled two Russian diplomats, and Poland said it would close its border "
    "if the drills went ahead. The two countries did not withdraw their troops."
)


def test_pipeline_codes_events_that_validate(
    run: Callable[..., Document], pipeline: Pipeline
) -> None:
    doc = run(TEXT, "2025-03-04")
    assert doc.events, "the article states events"
    assert "events.code.v1" in doc.stages
    for event in doc.events:
        assert event.rule
        assert event.trigger.text == doc.text[event.trigger.start : event.trigger.end]
        assert event.evidence.contains(event.trigger)
        assert {*event.actor, *event.recipient} <= {a.id for a in doc.actors}
    assert [e.id for e in doc.events] == [f"E{n}" for n in range(1, len(doc.events) + 1)]
    check_record(to_record(doc, {"version": pipeline.version, "pipeline": pipeline.names}))
    assert not [e for e in doc.events if e.type == "RETREAT" and e.modality == "asserted"]


def test_stage_without_parse_codes_nothing(coder: CodeEvents) -> None:
    doc = Document(text="Nothing parsed here.")
    assert coder(doc).events == []
