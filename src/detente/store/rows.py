"""From one contract record to the rows of each table, and back to the exact record.

The record is the unit of storage: whatever the extraction layers contain, their contract JSON is
flattened here, so the store never depends on how a layer was built. The whole record is kept
too (without its text, which the ``documents`` row already holds) so it can be returned exactly.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from typing import Any

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Identity of an article: its normalised text with runs of whitespace collapsed, so the same
    story read from HTML and from plain text is stored once."""
    canonical = _SPACE.sub(" ", text).strip()
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_day(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def name_key(name: str) -> str:
    return _SPACE.sub(" ", name).strip().casefold()


def provenance_row(meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": str(meta.get("version", "")),
        "config_hash": str(meta.get("config_hash", "")),
        "model": str(meta.get("model", "")),
        "pipeline": ",".join(meta.get("pipeline") or []),
    }


def document_row(record: dict[str, Any], origin: str | None, now: dt.datetime) -> dict[str, Any]:
    doc = record["document"]
    stored = copy.copy(record)
    stored["document"] = {**doc, "text": None}
    return {
        "doc_id": doc["id"],
        "content_hash": content_hash(doc["text"]),
        "url": doc.get("url"),
        "title": doc.get("title"),
        "source": doc.get("source"),
        "published": parse_day(doc.get("published")),
        "language": doc.get("language"),
        "text": doc["text"],
        "record": stored,
        "origin": origin,
        "ingested_at": now,
    }


def restore_record(stored: dict[str, Any], text: str) -> dict[str, Any]:
    record = copy.copy(stored)
    record["document"] = {**stored["document"], "text": text}
    return record


def _span(prefix: str, span: dict[str, Any] | None) -> dict[str, Any]:
    span = span or {}
    return {
        f"{prefix}_start": span.get("start"),
        f"{prefix}_end": span.get("end"),
        f"{prefix}_text": span.get("text"),
    }


def actor_row(actor: dict[str, Any]) -> dict[str, Any]:
    return {
        "local_id": actor["id"],
        "name": actor["name"],
        "name_key": name_key(actor["name"]),
        "kind": actor.get("kind") or "other",
        "country": actor.get("country"),
        "sector": actor.get("sector"),
        "role": actor.get("role"),
        "kb_id": actor.get("kb_id"),
    }


def event_row(event: dict[str, Any], published: dt.date | None) -> dict[str, Any]:
    """An event row with its calendar keys: the event's own date when it has a full one, else
    the publication date, so period series need no date arithmetic in SQL."""
    date = event.get("date") or {}
    value = date.get("value") if isinstance(date, dict) else None
    day = parse_day(value) or published
    iso = day.isocalendar() if day else None
    return {
        "local_id": event["id"],
        "type": event["type"],
        "mode": event.get("mode"),
        "context": list(event.get("context") or []),
        "cameo": event.get("cameo"),
        "quad_class": event.get("quad_class"),
        "intensity": event.get("intensity"),
        "modality": event.get("modality") or "asserted",
        **_span("trigger", event.get("trigger")),
        **_span("evidence", event.get("evidence")),
        "date_value": value,
        "date_inferred": bool(date.get("inferred")) if value else None,
        "day": day,
        "week": f"{iso[0]}-W{iso[1]:02d}" if iso else None,
        "month": day.strftime("%Y-%m") if day else None,
        "reported_by": event.get("reported_by"),
        "confidence": event.get("confidence"),
        "rule": event.get("rule"),
    }


def quote_row(quote: dict[str, Any]) -> dict[str, Any]:
    return {
        "local_id": quote["id"],
        "kind": quote["kind"],
        **_span("content", quote.get("content")),
        "speaker_local": quote.get("speaker"),
        **_span("speaker", quote.get("speaker_span")),
        **_span("cue", quote.get("cue")),
        "stance": quote.get("stance"),
        "relayed_by": list(quote.get("relayed_by") or []),
    }


def time_row(time: dict[str, Any]) -> dict[str, Any]:
    return {**_span("span", time), "type": time["type"], "value": time.get("value")}


def finding_row(finding: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": finding["kind"],
        "message": finding["message"],
        "actor_local": finding.get("actor"),
        "evidence": list(finding.get("evidence") or []),
    }
