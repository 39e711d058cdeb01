"""Checks every test that produces contract records shares: schema validity and exact offsets."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCHEMA_PATH = SHARED / "spec" / "extraction.schema.json"


@lru_cache(maxsize=1)
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text("utf-8")))


def spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span object anywhere in a record."""
    out: list[dict[str, Any]] = []
    for actor in record["actors"]:
        out += actor["mentions"]
    for event in record["events"]:
        out += [event["trigger"], event["evidence"]]
    for quote in record["quotes"]:
        out += [s for s in (quote["content"], quote.get("speaker_span"), quote.get("cue")) if s]
    out += record["times"]
    for finding in record["findings"]:
        out += finding["evidence"]
    return out


def check_record(record: dict[str, Any]) -> None:
    errors = [e.message for e in validator().iter_errors(record)]
    assert not errors, errors[:5]
    text = record["document"]["text"]
    for span in spans(record):
        assert text[span["start"] : span["end"]] == span["text"], span
    ids = {a["id"] for a in record["actors"]}
    quote_ids = {q["id"] for q in record["quotes"]}
    for event in record["events"]:
        assert set(event["actor"]) <= ids and set(event["recipient"]) <= ids, event
        assert event["reported_by"] in quote_ids | {None}, event
    for quote in record["quotes"]:
        assert quote["speaker"] in ids | {None}, quote
