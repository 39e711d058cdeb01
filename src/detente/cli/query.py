"""Query commands: events, quotes, actors, dyad series, timelines, search, and one record."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer
from sqlalchemy.engine import Connection

from detente import queries
from detente.cli.db import DbOption, open_store
from detente.cli.options import (
    SinceOption,
    UntilOption,
    fail,
    parse_day,
    parse_modality,
    parse_type,
)
from detente.cli.table import CsvOption, JsonOption, LimitOption, OffsetOption, emit
from detente.queries.series import QUADS, Period

EVENT_COLUMNS = ["day", "type", "cameo", "modality", "actors", "recipients", "intensity",
                 "trigger", "doc_id"]  # fmt: skip


def _read(db: str | None, query: Callable[[Connection], list[dict[str, Any]]]) -> list[dict]:
    """Rows of one query against the store ``db``."""
    with open_store(db) as store, store.connect() as conn:
        return query(conn)


def _events_out(rows: list[dict], as_json: bool, as_csv: bool) -> None:
    for row in rows:
        row["trigger"] = row.get("trigger_text")
    emit(rows, EVENT_COLUMNS, as_json, as_csv)


def events_command(
    db: DbOption = None,
    actor: Annotated[
        str | None, typer.Option(help="Actor (ref, name, KB id or country code).")
    ] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient, when --actor acts.")] = None,
    country: Annotated[str | None, typer.Option(help="Any participant from this country.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, negated, ...")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    text: Annotated[str | None, typer.Option(help="Words in the article.")] = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Events, newest first."""
    f = queries.EventFilter(
        actor, recipient, country, parse_type(event_type), parse_modality(modality),
        parse_day(since, "--since"), parse_day(until, "--until"), text, limit, offset,
    )  # fmt: skip
    _events_out(_read(db, lambda conn: queries.find_events(conn, f)), as_json, as_csv)


def timeline_command(
    actor: Annotated[str, typer.Argument(help="Actor (ref, name, KB id or country code).")],
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Everything an actor did or had done to it, oldest first."""
    f = queries.EventFilter(since=parse_day(since, "--since"), until=parse_day(until, "--until"),
                            limit=limit, offset=offset)  # fmt: skip
    _events_out(_read(db, lambda conn: queries.timeline(conn, actor, f)), as_json, as_csv)


def dyad_command(
    source: Annotated[str, typer.Argument(help="The actor that acts.")],
    target: Annotated[str, typer.Argument(help="The actor acted upon.")],
    db: DbOption = None,
    by: Annotated[Period, typer.Option("--by", help="Period of each row.")] = Period.month,
    since: SinceOption = None,
    until: UntilOption = None,
    either_way: Annotated[bool, typer.Option("--either-way", help="Count B to A too.")] = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Events from A to B per period: counts per type, mean intensity, quad class mix."""
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    rows = _read(
        db, lambda conn: queries.dyad(conn, source, target, by.value, first, last, either_way)
    )
    columns = ["period", "events", "mean_intensity", *QUADS, "types"]
    emit(rows, columns, as_json, as_csv, title=f"{source} → {target} by {by.value}")


def quotes_command(
    db: DbOption = None,
    speaker: Annotated[
        str | None, typer.Option(help="Speaker (ref, name, KB id or country code).")
    ] = None,
    text: Annotated[str | None, typer.Option(help="Words in the quote.")] = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Quotes and attributions, newest first."""
    rows = _read(db, lambda conn: queries.find_quotes(conn, speaker, text, limit, offset))
    emit(rows, ["published", "speaker", "kind", "stance", "content", "doc_id"], as_json, as_csv)


def actors_command(
    db: DbOption = None,
    name: Annotated[str | None, typer.Option(help="Name or part of it.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code.")] = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Actors across all documents, most often seen first (one row per actor: a generic agent
    such as the police once per country); the ref names the actor in other commands."""
    rows = _read(db, lambda conn: queries.find_actors(conn, name, country, limit, offset))
    columns = ["name", "kind", "country", "sector", "kb_id", "documents", "ref"]
    emit(rows, columns, as_json, as_csv)


def search_command(
    text: Annotated[str, typer.Argument(help='Words to find; "quoted phrases" stay phrases.')],
    db: DbOption = None,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Full-text search over stored articles, best match first."""
    rows = _read(db, lambda conn: queries.search(conn, text, limit, offset))
    emit(rows, ["doc_id", "published", "title", "snippet"], as_json, as_csv)


def show_command(
    ref: Annotated[str, typer.Argument(help="Document id, content hash, URL or #row.")],
    db: DbOption = None,
) -> None:
    """The stored contract record of one document, exactly as extracted."""
    with open_store(db) as store:
        record = store.record(ref)
    if record is None:
        raise fail(f"no stored document {ref!r}", 1)
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
