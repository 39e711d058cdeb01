"""Documents arriving over HTTP: read like ``detente extract`` reads them, extracted, stored.

The pipeline is built on first use (start-up stays fast and a read-only server never loads
spaCy) and then shared by every request; runs are serialised because one spaCy pipeline is not
meant to parse from several threads at once. Reading reuses :mod:`detente.readers`, so a body
posted to ``/extract`` gives exactly the record ``detente extract`` prints for the same input.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from typing import Any

from detente import extraction
from detente.config import Config
from detente.contract import ERROR_SCHEMA, error_record
from detente.ingest import Entry, Fetcher, entries
from detente.model import Document, DocumentError
from detente.pipeline import Pipeline
from detente.readers import Item, Limits, parse_jsonl_line, read_bytes
from detente.store import Store, content_hash

FORMATS = {"text/plain": "text", "text/html": "html", "application/xhtml+xml": "html"}
MAX_FEED_ENTRIES = 50


class Extractor:
    """The one pipeline of a server process."""

    def __init__(self, config: Config, pipeline: Pipeline | None = None) -> None:
        self.config = config
        self.limits: Limits = extraction.limits_from(config)
        self._pipeline = pipeline
        self._build = threading.Lock()
        self._run = threading.Lock()

    @property
    def pipeline(self) -> Pipeline:
        with self._build:
            if self._pipeline is None:
                self._pipeline = extraction.build_pipeline(self.config)
            return self._pipeline

    def records(self, items: list[Item]) -> list[dict[str, Any]]:
        """Contract or error records, one per item, in order."""
        pipe = self.pipeline
        with self._run:
            return list(extraction.run(pipe, items))


def item_from_json(value: Any, published: dt.date | None, limits: Limits, where: str) -> Item:
    """A JSON object with the fields of a JSONL input line (``text`` required)."""
    if not isinstance(value, dict):
        return DocumentError("invalid_record", f"{where}: expected a JSON object", where)
    line = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return parse_jsonl_line(line, where, published, limits)


def item_from_body(data: bytes, media_type: str, published: dt.date | None, limits: Limits) -> Item:
    """A raw text or HTML body, read as ``detente extract --input-format text|html`` would."""
    return read_bytes(data, "<request>", FORMATS[media_type], published, limits)


def fetched(url: str, fetcher: Fetcher, published: dt.date | None, limits: Limits) -> list[Entry]:
    """The page at ``url`` (or the articles of the feed there, up to a cap) as entries."""
    return list(itertools.islice(entries([url], fetcher, published, limits), MAX_FEED_ENTRIES))


def ingest(store: Store, extractor: Extractor, batch: list[Entry]) -> list[dict[str, Any]]:
    """Store each entry's document unless it is stored already; one outcome per entry:
    ``{"id", "status": stored|duplicate|error, "error"?}``. Failures of fetched URLs are
    recorded in the store's errors, so ``detente ingest --retry-errors`` can try them again."""
    outcomes: list[dict[str, Any] | None] = [None] * len(batch)
    hashes = {
        i: content_hash(e.item.text) for i, e in enumerate(batch) if isinstance(e.item, Document)
    }
    known = store.known(hashes.values())
    fresh: list[int] = []
    for i, entry in enumerate(batch):
        if isinstance(entry.item, DocumentError):
            outcomes[i] = _failed(store, entry, error_record(entry.item))
        elif hashes[i] in known:
            stored = store.record(hashes[i])
            outcomes[i] = {
                "id": stored["document"]["id"] if stored else entry.item.id,
                "status": "duplicate",
            }
        else:
            fresh.append(i)
    records = extractor.records([batch[i].item for i in fresh])
    to_save = []
    for i, record in zip(fresh, records, strict=True):
        if record["schema"] == ERROR_SCHEMA:
            outcomes[i] = _failed(store, batch[i], record)
        else:
            to_save.append((i, record))
    refusals: dict[int, str] = {}

    def refused(entry: tuple[dict[str, Any], str | None], message: str) -> None:
        refusals[id(entry[0])] = message

    saved = store.save([(record, batch[i].origin) for i, record in to_save], refused)
    for (i, record), status in zip(to_save, saved, strict=True):
        doc_id = record["document"]["id"]
        if status == "failed":
            error = {"kind": "store_refused", "message": refusals[id(record)]}
            outcomes[i] = _failed(store, batch[i], {"id": doc_id, "error": error})
        else:
            outcomes[i] = {"id": doc_id, "status": status}
    return [o for o in outcomes if o is not None]


def _failed(store: Store, entry: Entry, record: dict[str, Any]) -> dict[str, Any]:
    error = record["error"]
    if entry.origin.startswith("url:"):
        store.record_error(entry.origin, entry.label, error["kind"], error["message"])
    return {"id": record.get("id"), "status": "error", "error": error}
