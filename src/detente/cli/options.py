"""Options shared by several commands, parsed the same way everywhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, get_args

import typer

from detente.config import Config, ConfigError, load_config
from detente.model import PLOVER_TYPES, Modality

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="TOML file merged over the default configuration.")
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="Installed spaCy pipeline to use (overrides config).")
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for documents without one."),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="From this day (YYYY-MM-DD), inclusive.")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Up to this day (YYYY-MM-DD), inclusive.")
]


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value; Typer reports a bad one against ``option``."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date in YYYY-MM-DD form", param_hint=option
        ) from exc


def parse_type(value: str | None) -> str | None:
    """A ``--type`` value; a misspelt type is an error, not a query that finds nothing."""
    if value is None or value.upper() in PLOVER_TYPES:
        return value and value.upper()
    raise typer.BadParameter(
        f"{value!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})", param_hint="--type"
    )


def parse_modality(value: str | None) -> str | None:
    allowed = get_args(Modality)
    if value is None or value.lower() in allowed:
        return value and value.lower()
    raise typer.BadParameter(
        f"{value!r} is not one of {', '.join(allowed)}", param_hint="--modality"
    )


def parse_published(value: str | None) -> dt.date | None:
    return parse_day(value, "--published")


def config_from(path: Path | None, model: str | None) -> Config:
    try:
        return load_config(path, {"nlp": {"model": model}} if model else None)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="--config") from exc


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"detente: error: {message}", err=True)
    return typer.Exit(code)
