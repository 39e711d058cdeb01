"""``detente kb show`` and ``detente kb import`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()


def test_show_prints_the_role_on_a_date() -> None:
    before = runner.invoke(app, ["kb", "show", "Marco Rubio", "--on", "2024-06-01"])
    after = runner.invoke(app, ["kb", "show", "Marco Rubio", "--on", "2025-06-01"])
    assert before.exit_code == 0 and after.exit_code == 0
    assert "role on 2024-06-01: none known" in before.output
    assert "role on 2025-06-01: Secretary of State (USA)" in after.output


def test_show_finds_states_by_demonym_and_unknown_names_fail() -> None:
    assert "[state:PRK]" in runner.invoke(app, ["kb", "show", "North Korean"]).output
    assert runner.invoke(app, ["kb", "show", "Zzyzx Qwerty"]).exit_code == 1


def test_import_then_show(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_HOME", str(tmp_path / "home"))
    source = tmp_path / "new.csv"
    source.write_text(
        "name,country,title,start\nOrla Venn,IRL,Minister for Defence,2026-01-10\n", "utf-8"
    )
    imported = runner.invoke(app, ["kb", "import", str(source)])
    assert imported.exit_code == 0, imported.output
    assert (tmp_path / "home" / "kb" / "new.jsonl").exists()
    shown = runner.invoke(app, ["kb", "show", "Orla Venn", "--on", "2026-02-01"])
    assert "Minister for Defence (IRL)" in shown.output
