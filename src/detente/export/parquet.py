"""Events as Parquet (pyarrow), one row group per chunk so exports of any size stream."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

_names = pa.list_(pa.string())
SCHEMA = pa.schema(
    [
        ("id", pa.int64()),
        ("document_id", pa.string()),
        ("event_id", pa.string()),
        ("day", pa.date32()),
        ("type", pa.string()),
        ("cameo", pa.string()),
        ("quad_class", pa.int8()),
        ("intensity", pa.float64()),
        ("modality", pa.string()),
        ("mode", pa.string()),
        ("context", _names),
        ("actors", _names),
        ("actor_countries", _names),
        ("actor_kb_ids", _names),
        ("recipients", _names),
        ("recipient_countries", _names),
        ("recipient_kb_ids", _names),
        ("trigger", pa.string()),
        ("evidence", pa.string()),
        ("url", pa.string()),
        ("published", pa.date32()),
    ]
)


def _columns(chunk: list[dict[str, Any]]) -> dict[str, list[Any]]:
    def pick(side: str, key: str) -> list[list[Any]]:
        return [[a[key] for a in e[side]] for e in chunk]

    return {
        "id": [e["id"] for e in chunk],
        "document_id": [e["doc_id"] for e in chunk],
        "event_id": [e["local_id"] for e in chunk],
        "day": [e["day"] for e in chunk],
        "type": [e["type"] for e in chunk],
        "cameo": [e["cameo"] for e in chunk],
        "quad_class": [e["quad_class"] for e in chunk],
        "intensity": [e["intensity"] for e in chunk],
        "modality": [e["modality"] for e in chunk],
        "mode": [e["mode"] for e in chunk],
        "context": [list(e["context"] or []) for e in chunk],
        "actors": pick("actors", "name"),
        "actor_countries": pick("actors", "country"),
        "actor_kb_ids": pick("actors", "kb_id"),
        "recipients": pick("recipients", "name"),
        "recipient_countries": pick("recipients", "country"),
        "recipient_kb_ids": pick("recipients", "kb_id"),
        "trigger": [e["trigger_text"] for e in chunk],
        "evidence": [e["evidence_text"] for e in chunk],
        "url": [e["url"] for e in chunk],
        "published": [e["published"] for e in chunk],
    }


def write(events: Iterable[dict[str, Any]], path: Path, chunk_size: int = 50_000) -> int:
    count = 0
    with pq.ParquetWriter(path, SCHEMA, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []
        for event in events:
            chunk.append(event)
            if len(chunk) >= chunk_size:
                writer.write_table(pa.Table.from_pydict(_columns(chunk), schema=SCHEMA))
                count += len(chunk)
                chunk = []
        if chunk or not count:
            writer.write_table(pa.Table.from_pydict(_columns(chunk), schema=SCHEMA))
            count += len(chunk)
    return count
