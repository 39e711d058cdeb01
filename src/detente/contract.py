"""Serialisation to the extraction contract (``../shared/spec``): the one public interface.

Outside tools and held-out evaluations read these records, so this module is the only place the
document model is turned into JSON, and it only ever adds optional fields.
"""

from __future__ import annotations

from typing import Any

from detente.model import Document, DocumentError, Span, TimeValue

SCHEMA = "detente/extraction/v1"
ERROR_SCHEMA = "detente/error/v1"


def to_record(doc: Document, meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "document": {
            "id": doc.id,
            "text": doc.text,
            "published": doc.published.isoformat() if doc.published else None,
            "title": doc.title,
            "url": doc.url,
            "source": doc.source,
            "language": doc.language,
        },
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "country": a.country,
                "sector": a.sector,
                "role": a.role,
                "kb_id": a.kb_id,
                "mentions": [s.to_json() for s in sorted(a.mentions, key=_order)],
            }
            for a in doc.actors
        ],
        "events": [
            {
                "id": e.id,
                "type": e.type,
                "mode": e.mode,
                "context": list(e.context),
                "cameo": e.cameo,
                "quad_class": e.quad_class,
                "intensity": e.intensity,
                "actor": list(e.actor),
                "recipient": list(e.recipient),
                "trigger": e.trigger.to_json(),
                "evidence": e.evidence.to_json(),
                "date": _time_value(e.date),
                "modality": e.modality,
                "reported_by": e.reported_by,
                "confidence": e.confidence,
                "rule": e.rule,
            }
            for e in doc.events
        ],
        "quotes": [
            {
                "id": q.id,
                "kind": q.kind,
                "content": q.content.to_json(),
                "speaker": q.speaker,
                "speaker_span": q.speaker_span.to_json() if q.speaker_span else None,
                "cue": q.cue.to_json() if q.cue else None,
                "stance": q.stance,
                "relayed_by": list(q.relayed_by),
            }
            for q in doc.quotes
        ],
        "times": [
            {**t.span.to_json(), "type": t.type, "value": t.value}
            for t in sorted(doc.times, key=lambda t: _order(t.span))
        ],
        "findings": [
            {
                "kind": f.kind,
                "message": f.message,
                "actor": f.actor,
                "evidence": [s.to_json() for s in f.evidence],
            }
            for f in doc.findings
        ],
        "meta": meta,
    }


def error_record(error: DocumentError, doc_id: str | None = None) -> dict[str, Any]:
    return {
        "schema": ERROR_SCHEMA,
        "id": error.doc_id or doc_id,
        "error": {"kind": error.kind, "message": error.message},
    }


def _order(span: Span) -> tuple[int, int]:
    return (span.start, span.end)


def _time_value(value: TimeValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"value": value.value, "time": value.time, "inferred": value.inferred}
