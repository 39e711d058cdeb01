"""Events as PLOVER JSON lines, with the field names of the PLOVER manual's JSON table.

Core fields: ``id``, ``date``, ``actor``/``recipient`` (lists of entity objects with ``code``,
``name``, ``country``, ``sector`` and ``kb_id``), ``event`` (list of PLOVER types), ``mode``,
``context``, ``quad_code``, ``event_scale``, ``event_text`` (the trigger), ``text`` (the evidence
sentence), ``cite_info``, ``coder``. detente adds ``modality``, ``cameo`` and ``document_id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from detente import __version__


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": (actor.get("country") or "") + (actor.get("sector") or "") or None,
        "name": actor["name"],
        "country": actor.get("country"),
        "sector": actor.get("sector"),
        "kb_id": actor.get("kb_id"),
    }


def record(event: dict[str, Any]) -> dict[str, Any]:
    day = event.get("day")
    return {
        "id": f"detente-{event['id']}",
        "has_event": True,
        "date": day.isoformat() if day else None,
        "actor": [_entity(a) for a in event["actors"]],
        "recipient": [_entity(a) for a in event["recipients"]],
        "event": [event["type"]],
        "mode": [event["mode"]] if event.get("mode") else [],
        "context": list(event.get("context") or []),
        "quad_code": event.get("quad_class"),
        "event_scale": event.get("intensity"),
        "event_text": [event["trigger_text"]],
        "text": event["evidence_text"],
        "cite_info": {
            "url": event.get("url"),
            "title": event.get("title"),
            "source": event.get("source"),
            "published": event["published"].isoformat() if event.get("published") else None,
        },
        "coder": f"detente {__version__} ({event.get('rule') or 'unknown rule'})",
        "modality": event["modality"],
        "cameo": event.get("cameo"),
        "document_id": event["doc_id"],
    }


def write(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(record(event), ensure_ascii=False) + "\n")
        count += 1
    return count
