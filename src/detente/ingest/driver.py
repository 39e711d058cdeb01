"""The ingest loop: read entries, skip what is stored already, extract on an engine, store.

The driver is the only writer. Duplicates are dropped *before* extraction (by content hash,
against the store and within the run), so re-running an interrupted ingest costs only reading.
Each batch of records is stored atomically and failures go to the errors table with their
origin, so a run killed at any point and started again ends with every document stored once or
recorded as an error.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from detente.contract import ERROR_SCHEMA
from detente.ingest.engines import Engine
from detente.ingest.entries import Entry
from detente.ingest.fetch import Fetcher
from detente.ingest.progress import Progress, rate
from detente.ingest.sources import reopen
from detente.model import Document, DocumentError
from detente.readers import Limits
from detente.store import Store, content_hash


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    words: int = 0
    started: float = field(default_factory=time.perf_counter)
    peak_rss_kb: dict[str, int] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def line(self) -> str:
        return (
            f"{self.stored:,} stored, {self.duplicates:,} duplicates, {self.failed:,} failed, "
            f"{rate(self.stored + self.duplicates + self.failed, self.started):.1f} docs/s"
        )


def retry_entries(
    store: Store, fetcher: Fetcher, fallback: dt.date | None, limits: Limits
) -> Iterator[Entry]:
    """Every recorded failure read again from its origin. An origin that now yields documents
    under other origins (a feed that failed as a whole and now lists its items) or nothing at
    all (a WARC record that turned out not to be an article) is no longer a failure itself."""
    for error in store.errors():
        origin = error["origin"]
        again = False
        for entry in reopen(origin, fetcher, fallback, limits):
            again = again or entry.origin == origin
            yield entry
        if not again:
            store.clear_errors([origin])


def ingest(
    store: Store,
    entries: Iterable[Entry],
    engine: Engine,
    batch_size: int = 32,
    progress: Progress | None = None,
) -> Summary:
    summary = Summary()
    progress = progress or Progress(tty=False, every=10**12)
    seen: set[str] = set()

    def fresh(pending: list[Entry]) -> Iterator[tuple[list[Entry], list[Document]]]:
        hashes = [content_hash(e.item.text) for e in pending if isinstance(e.item, Document)]
        known = store.known(hashes)
        keep, repeated = [], []
        for entry, digest in zip(pending, hashes, strict=True):
            if digest in known or digest in seen:
                repeated.append(entry.origin)
                continue
            seen.add(digest)
            keep.append(entry)
        if repeated:
            summary.duplicates += len(repeated)
            store.clear_errors(repeated)
            progress.update(summary)
        if keep:
            yield keep, [e.item for e in keep if isinstance(e.item, Document)]

    def batches() -> Iterator[tuple[list[Entry], list[Document]]]:
        pending: list[Entry] = []
        for entry in entries:
            summary.read += 1
            if isinstance(entry.item, DocumentError):
                store.record_error(entry.origin, entry.label, entry.item.kind, entry.item.message)
                summary.failed += 1
                progress.update(summary)
                continue
            pending.append(entry)
            if len(pending) >= batch_size:
                yield from fresh(pending)
                pending = []
        if pending:
            yield from fresh(pending)

    def refused(entry: tuple[dict[str, Any], str | None], message: str) -> None:
        record, origin = entry
        store.record_error(origin or "", record["document"]["id"], "store_refused", message)

    for done, result in engine.run(batches()):
        to_save = []
        for entry, record in zip(done, result.records, strict=True):
            if record["schema"] == ERROR_SCHEMA:
                error = record["error"]
                store.record_error(entry.origin, entry.label, error["kind"], error["message"])
                summary.failed += 1
            else:
                to_save.append((record, entry.origin))
                summary.words += len(record["document"]["text"].split())
        outcomes = store.save(to_save, refused)
        summary.stored += outcomes.count("stored")
        summary.duplicates += outcomes.count("duplicate")
        summary.failed += outcomes.count("failed")
        summary.peak_rss_kb[result.worker] = max(
            result.peak_rss_kb, summary.peak_rss_kb.get(result.worker, 0)
        )
        progress.update(summary)
    return summary
