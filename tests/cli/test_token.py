"""``detente token``: the secret is printed once; list never shows it; revoke works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.api.tokens import TokenFile
from detente.cli import app


def test_create_list_revoke(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    runner = CliRunner()
    made = runner.invoke(
        app, ["token", "create", "--scope", "read", "--label", "analyst", "--tokens", str(path)]
    )
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip()
    assert secret.startswith("dt_") and TokenFile(path).check(secret, "read") is not None
    listed = runner.invoke(app, ["token", "list", "--json", "--tokens", str(path)])
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row["scope"] == "read" and row["label"] == "analyst" and secret not in listed.stdout
    assert runner.invoke(app, ["token", "revoke", row["id"], "--tokens", str(path)]).exit_code == 0
    assert TokenFile(path).check(secret, "read") is None
    assert runner.invoke(app, ["token", "revoke", row["id"], "--tokens", str(path)]).exit_code == 1


def test_default_file_is_under_detente_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DETENTE_HOME", str(tmp_path))
    made = CliRunner().invoke(app, ["token", "create"])
    assert made.exit_code == 0
    assert TokenFile(tmp_path / "tokens.json").check(made.stdout.strip(), "write") is not None
