"""Progress for people and for logs: a Rich bar on a terminal, a plain line every N documents
otherwise (a redrawn bar in a CI log or a systemd journal is noise)."""

from __future__ import annotations

import sys
import time
from typing import IO, TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import Progress as RichProgress
from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from detente.ingest.driver import Summary


class Progress:
    def __init__(
        self, every: int = 1000, stream: IO[str] | None = None, tty: bool | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = max(1, every)
        self._next = self.every
        self._bar: RichProgress | None = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.tty:
            self._bar = RichProgress(
                SpinnerColumn(),
                TextColumn("[bold]ingest[/bold] {task.completed:,} documents"),
                TextColumn("{task.fields[detail]}"),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("ingest", total=None, detail="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def update(self, summary: Summary) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=summary.read, detail=summary.line())
            return
        while summary.read >= self._next:
            self._next += self.every
            print(
                f"detente ingest: {summary.read:,} documents, {summary.line()}",
                file=self.stream,
                flush=True,
            )

    def done(self, summary: Summary) -> None:
        print(
            f"detente ingest: done, {summary.read:,} documents, {summary.line()}",
            file=self.stream,
            flush=True,
        )


def rate(count: int, started: float) -> float:
    return count / max(time.perf_counter() - started, 1e-9)
