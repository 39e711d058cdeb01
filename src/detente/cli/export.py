"""``detente export``: stored events as GDELT-style CSV, PLOVER JSON lines or Parquet."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from detente.cli.db import DbOption, open_store
from detente.cli.options import SinceOption, UntilOption, fail, parse_day, parse_type
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
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export events, oldest first, streaming (any store size)."""
    f = EventFilter(actor=actor, country=country, type=parse_type(event_type),
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
