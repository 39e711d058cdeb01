"""``detente ingest`` and ``detente errors``: from sources into the store, and what failed."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

import typer

from detente import extraction
from detente.cli.db import DbOption, open_store
from detente.cli.options import (
    ConfigOption,
    ModelOption,
    PublishedOption,
    config_from,
    fail,
    parse_published,
)
from detente.cli.table import CsvOption, JsonOption, LimitOption, emit
from detente.config import ConfigError
from detente.ingest import (
    EngineError,
    Entry,
    HttpFetcher,
    entries,
    ingest,
    make_engine,
    retry_entries,
)
from detente.ingest.progress import Progress
from detente.store.dialect import database_files


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def ingest_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Files, directories, JSONL, RSS/Atom feeds, WARC files or URLs."),
    ] = None,
    db: DbOption = None,
    published: PublishedOption = None,
    config: ConfigOption = None,
    model: ModelOption = None,
    engine: Annotated[
        EngineName, typer.Option("--engine", help="Where extraction runs.")
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786) or synchronous|threads|processes; "
            "none starts a local cluster.",
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", "-j", help="Worker processes (default: all cores).")
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per task.")] = 32,
    log_every: Annotated[
        int, typer.Option("--log-every", help="Log a line every N documents when not on a TTY.")
    ] = 1000,
    retry_errors: Annotated[
        bool, typer.Option("--retry-errors", help="Read every recorded failure again.")
    ] = False,
) -> None:
    """Extract and store articles; already-stored articles are skipped, failures recorded."""
    if not inputs and not retry_errors:
        raise fail("nothing to ingest: name files, directories or URLs, or use --retry-errors")
    if scheduler and engine is not EngineName.dask:
        raise fail("--scheduler needs --engine dask (the local engine has no scheduler)")
    day = parse_published(published)
    cfg = config_from(config, model)
    limits = extraction.limits_from(cfg)
    fetcher = HttpFetcher(max_bytes=limits.max_bytes)
    store = open_store(db)
    runner = make_engine(engine.value, cfg, workers, scheduler)
    source: Iterator[Entry]
    try:
        if retry_errors:
            source = retry_entries(store, fetcher, day, limits)
        else:
            source = entries(inputs or [], fetcher, day, limits, database_files(store.url))
        with Progress(every=log_every) as progress:
            summary = ingest(store, source, runner, batch_size=batch_size, progress=progress)
        progress.done(summary)
    except (ConfigError, EngineError) as exc:
        raise fail(str(exc)) from exc
    finally:
        runner.close()
        fetcher.close()
        store.close()
    logging.getLogger(__name__).debug("peak RSS per worker: %s", summary.peak_rss_kb)
    raise typer.Exit(1 if summary.failed else 0)


def errors_command(
    db: DbOption = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only errors of this kind.")] = None,
    limit: LimitOption = 100,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Documents that could not be stored, why, and how often they were tried."""
    with open_store(db) as store:
        rows = store.errors(kind=kind, limit=limit)
    emit(rows, ["label", "kind", "message", "attempts", "last_seen", "origin"], as_json, as_csv)
