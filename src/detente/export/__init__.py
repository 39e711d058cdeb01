"""Stored events out to the formats the field uses: GDELT-style CSV, PLOVER JSON, Parquet."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy.engine import Connection

from detente.export import gdelt, plover
from detente.queries import EventFilter, iter_events

FORMATS = ("gdelt", "plover", "parquet")


def export_events(conn: Connection, fmt: str, out: str, f: EventFilter | None = None) -> int:
    """Write matching events (oldest first) to ``out`` (``-`` is standard output, not for
    Parquet); returns how many were written."""
    f = f or EventFilter(limit=None)
    events = iter_events(conn, f)
    if fmt == "parquet":
        if out == "-":
            raise ValueError("Parquet needs a file name, not standard output")
        from detente.export import parquet  # pyarrow takes a while to load; only Parquet needs it

        return parquet.write(events, Path(out))
    writer = {"gdelt": gdelt.write, "plover": plover.write}.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if out == "-":
        return writer(events, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        return writer(events, fh)
