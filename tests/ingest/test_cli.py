"""``detente ingest`` through the command line: exit codes, errors, retries, the store path."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store

runner = CliRunner()


def test_ingest_then_retry_errors(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Chile and Peru signed a water treaty in Lima on Sunday.")
    (news / "b.txt").write_text("")
    db = f"sqlite:///{news / 'store.sqlite'}"  # inside the input: never read as an input
    args = ["ingest", str(news), "--db", db, "--workers", "1", "--published", "2025-03-04"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.output
    assert "1 stored" in first.stderr and "1 failed" in first.stderr
    (news / "b.txt").write_text("Kenya and Uganda opened a new rail link on Friday.")
    retry = runner.invoke(app, ["ingest", "--retry-errors", "--db", db, "--workers", "1"])
    assert retry.exit_code == 0, retry.output
    with Store(db) as store:
        assert store.counts()["documents"] == 2 and store.errors() == []


def test_ingest_needs_inputs(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "--db", f"sqlite:///{tmp_path / 's.sqlite'}"])
    assert result.exit_code == 2


def test_ingest_on_dask_with_the_synchronous_scheduler(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for n, place in enumerate(["Lima", "Quito", "Bogota"]):
        (news / f"{n}.txt").write_text(f"Delegates met in {place} to discuss river shipping.")
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    args = ["ingest", str(news), "--db", db, "--engine", "dask", "--scheduler", "synchronous",
            "--batch-size", "2"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.counts()["documents"] == 3


def test_a_scheduler_without_the_dask_engine_is_refused(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    result = runner.invoke(app, ["ingest", "x.txt", "--db", db, "--scheduler", "tcp://h:8786"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr


def test_a_malformed_scheduler_address_is_one_clear_error(tmp_path: Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text("Envoys from Chile and Peru met in Arica to settle a fishing quarrel.")
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    args = ["ingest", str(news), "--db", db, "--engine", "dask", "--scheduler", "nowhere"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "cannot reach the Dask scheduler 'nowhere'" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
