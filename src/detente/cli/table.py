"""One way to print query results: a table for people, ``--json`` lines or ``--csv`` for scripts."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="CSV with a header row.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many rows.")]
OffsetOption = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first.")]
# Codes and dates are read whole; free text wraps around them.
_CODES = {"day", "type", "cameo", "modality", "period", "kind", "published", "events", "country",
          "kb_id", "attempts", "doc_id", "sector", "documents"}  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        if "name" in value:
            return str(value["name"])
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(_plain(value))


def emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    as_json: bool = False,
    as_csv: bool = False,
    title: str | None = None,
) -> None:
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=_plain, ensure_ascii=False) + "\n")
        return
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    # Cells and title are Text, not Rich markup: stored words such as a search snippet's
    # "[ceasefire]" or an article's "[sic]" must print as they are, not vanish as style tags.
    table = Table(title=Text(title) if title else None, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold", max_width=60, no_wrap=column in _CODES)
    for row in rows:
        table.add_row(*(Text(_cell(row.get(c))) for c in columns))
    Console().print(table)
    if not rows:
        typer.echo("(no rows)", err=True)
