"""``detente export``: stored events as GDELT-style CSV, PLOVER JSON lines or Parquet."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from detente.cli.db import DbOption, open_store
from detente.cli.options import (
    SinceOption,
    UntilOption,
    fail,
    parse_day,
    parse_modality,
    parse_type,
)
from detente.export import export_events
from detente.queries import EventFilter


class Format(StrEnum):
    gdelt = "gdelt"
    plover = "plover"
    parquet = "parquet"


def export_command(
    fmt: Annotated[Format, typer.Argument(help="gdelt (CSV), plover (JSON lines) or parquet.")],
    out: Annotated[str, typer.Argument(help="Output file; '-' is standard output.")] = "-",
    db: DbOption = None,
    actor: Annotated[
        str | None, typer.Option(help="Actor (ref, name, KB id or country code).")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Any participant from this country.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    modality: Annotated[
        str,
        typer.Option(
            help="asserted (what happened), negated, hypothetical, intended, historical, or all."
        ),
    ] = "asserted",
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export events, oldest first, streaming (any store size).

    Only asserted events by default: GDELT tools count every row as something that happened, so
    a negated or hoped-for event would be counted as a deed. ``--modality all`` exports them all
    (each row says its modality)."""
    kind = None if modality.lower() == "all" else parse_modality(modality)
    f = EventFilter(actor=actor, country=country, type=parse_type(event_type), modality=kind,
                    since=parse_day(since, "--since"), until=parse_day(until, "--until"),
                    limit=None)  # fmt: skip
    try:
        with open_store(db) as store, store.connect() as conn:
            count = export_events(conn, fmt.value, out, f)
    except OSError as exc:
        raise fail(f"cannot write {out}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"detente export: {count:,} events", err=True)
