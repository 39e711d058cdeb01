"""``detente extract``: the contract in ``../shared/spec/CONTRACT.md``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from detente import extraction
from detente.cli.options import (
    ConfigOption,
    ModelOption,
    PublishedOption,
    config_from,
    fail,
    parse_published,
)
from detente.config import ConfigError
from detente.pipeline import settle_memory


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


def extract(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files to read; none or '-' reads standard input.")
    ] = None,
    published: PublishedOption = None,
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="How to read the inputs.")
    ] = InputFormat.auto,
    config: ConfigOption = None,
    model: ModelOption = None,
) -> None:
    """Extract actors, events, quotes, times and findings: one JSON line per document."""
    day = parse_published(published)
    cfg = config_from(config, model)
    try:
        pipe = extraction.build_pipeline(cfg)
    except ConfigError as exc:
        raise fail(str(exc)) from exc
    settle_memory()
    items = extraction.read_inputs(
        paths or ["-"], input_format.value, day, extraction.limits_from(cfg)
    )
    failed = 0
    out = sys.stdout
    for record in extraction.run(pipe, items):
        failed += record["schema"] != "detente/extraction/v1"
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    raise typer.Exit(1 if failed else 0)
