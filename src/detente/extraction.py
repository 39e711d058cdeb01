"""``detente extract`` as a plain function: inputs in, contract records out, nothing stored."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from detente import pipeline as pipeline_mod
from detente.config import Config
from detente.contract import error_record, to_record
from detente.model import Document, DocumentError
from detente.pipeline import Pipeline, Result
from detente.readers import Item, Limits, read_path


def limits_from(config: Config) -> Limits:
    section = config.get("limits", {})
    return Limits(
        int(section.get("max_bytes", 10_000_000)), int(section.get("max_chars", 1_000_000))
    )


def read_inputs(
    paths: Iterable[str],
    fmt: str,
    published: dt.date | None,
    limits: Limits,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path, fmt, published, limits, stdin=stdin or sys.stdin.buffer)


def meta_for(pipe: Pipeline, result: Result) -> dict[str, Any]:
    return {
        "version": pipe.version,
        "pipeline": list(result.doc.stages) if result.doc else pipe.names,
        "config_hash": pipe.hash,
        "model": pipe.model,
        "elapsed_ms": round(result.elapsed_ms, 2),
    }


def run(pipe: Pipeline, items: Iterable[Item]) -> Iterator[dict[str, Any]]:
    """Contract records (or error records) for every input item, in input order.

    Errors from reading pass through in place; documents go through the pipeline in batches.
    """
    pending: list[Item] = []
    size = int(pipe.config.get("nlp", {}).get("batch_size", 32))
    for item in items:
        pending.append(item)
        if len(pending) >= size:
            yield from _flush(pipe, pending)
            pending = []
    if pending:
        yield from _flush(pipe, pending)


def _flush(pipe: Pipeline, pending: list[Item]) -> Iterator[dict[str, Any]]:
    docs = [i for i in pending if isinstance(i, Document)]
    results = iter(pipe.pipe(docs, batch_size=len(docs) or 1))
    for item in pending:
        if isinstance(item, DocumentError):
            yield error_record(item)
            continue
        result = next(results)
        if result.error is not None:
            yield error_record(result.error, item.id)
        else:
            assert result.doc is not None
            yield to_record(result.doc, meta_for(pipe, result))


def build_pipeline(config: Config) -> Pipeline:
    return pipeline_mod.build(config)
