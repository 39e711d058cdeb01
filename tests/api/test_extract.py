"""``POST /extract`` answers with exactly what ``detente extract`` prints, and stores nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.cli import app as cli
from tests.contract_check import check_record

TEXT = (
    "Officials in Lisbon said on Tuesday that Portugal would host talks between Ruritania and "
    "Freedonia next week. “We are ready,” the Ruritanian foreign minister said."
)


def cli_records(tmp_path: Path, body: str, suffix: str, *args: str) -> list[dict[str, Any]]:
    path = tmp_path / f"input{suffix}"
    path.write_text(body, "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), *args])
    return [json.loads(line) for line in result.stdout.splitlines()]


def without_timing(record: dict[str, Any]) -> dict[str, Any]:
    record = dict(record)
    if "meta" in record:
        record["meta"] = {k: v for k, v in record["meta"].items() if k != "elapsed_ms"}
    return record


def test_json_and_text_bodies_match_the_command_line(client: TestClient, tmp_path: Path) -> None:
    line = {"id": "lisbon", "text": TEXT, "published": "2025-03-04", "title": "Talks"}
    [expected] = cli_records(tmp_path, json.dumps(line), ".jsonl")
    response = client.post("/extract", json=line)
    assert response.status_code == 200
    check_record(response.json())
    assert without_timing(response.json()) == without_timing(expected)

    [expected_text] = cli_records(tmp_path, TEXT, ".txt", "--published", "2025-03-04")
    plain = client.post(
        "/extract",
        content=TEXT.encode(),
        params={"published": "2025-03-04"},
        headers={"content-type": "text/plain"},
    )
    assert without_timing(plain.json()) == without_timing(expected_text)
    assert client.get("/documents", params={"text": "Lisbon Portugal"}).json()["items"] == []


def test_errors_are_error_records(client: TestClient, tmp_path: Path) -> None:
    [expected] = cli_records(tmp_path, json.dumps({"id": "blank", "text": " "}), ".jsonl")
    response = client.post("/extract", json={"id": "blank", "text": " "})
    assert response.status_code == 422
    assert response.json() == expected
    assert response.json()["error"]["kind"] == "empty"
    both = client.post("/extract", json=[{"text": TEXT}, {"text": ""}])
    assert both.status_code == 200
    assert [r["schema"] for r in both.json()] == ["detente/extraction/v1", "detente/error/v1"]
