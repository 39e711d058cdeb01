from __future__ import annotations

import io

from detente.ingest import Summary
from detente.ingest.progress import Progress


def test_a_terminal_gets_a_live_bar_and_a_closing_line() -> None:
    out = io.StringIO()
    summary = Summary()
    with Progress(every=1, stream=out, tty=True) as progress:
        for _ in range(3):
            summary.read += 1
            summary.stored += 1
            progress.update(summary)
    progress.done(summary)
    text = out.getvalue()
    assert "ingest" in text and "3 stored" in text
    assert text.count("detente ingest:") == 1  # no per-N log lines on a terminal


def test_logs_get_one_line_per_n_documents() -> None:
    out = io.StringIO()
    summary = Summary()
    with Progress(every=10, stream=out, tty=False) as progress:
        for _ in range(25):
            summary.read += 1
            progress.update(summary)
    assert [line.split(",")[0] for line in out.getvalue().splitlines()] == [
        "detente ingest: 10 documents",
        "detente ingest: 20 documents",
    ]
