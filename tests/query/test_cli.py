"""The query, export and store commands, end to end through the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from tests.stores import actor, diplomacy, event, record

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    with Store(url) as store:
        store.save([(diplomacy("talks"), "file:/talks.txt")])
        store.record_error("file:/bad.txt", "/bad.txt", "empty", "the document is empty")
    return url


def _ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_as_table_json_and_csv(db: str) -> None:
    assert "CONSULT" in _ok("events", "--db", db)
    [row] = [json.loads(line) for line in _ok("events", "--db", db, "--json").splitlines()]
    assert row["type"] == "CONSULT" and row["actors"][0]["name"] == "Ruritania"
    rows = list(csv.DictReader(io.StringIO(_ok("events", "--db", db, "--csv", "--actor", "RUR"))))
    assert rows[0]["actors"] == "Ruritania" and rows[0]["recipients"] == "Freedonia"
    assert _ok("events", "--db", db, "--json", "--type", "ASSAULT") == ""


def test_dyad_timeline_quotes_actors_search_show(db: str) -> None:
    [month] = [
        json.loads(x)
        for x in _ok("dyad", "Ruritania", "Freedonia", "--db", db, "--json").splitlines()
    ]
    assert month["period"] == "2025-03" and month["types"] == {"CONSULT": 1}
    assert "held talks" in _ok("timeline", "Q902", "--db", db, "--csv")
    assert "Anna Berg" in _ok("quotes", "--db", db, "--speaker", "Anna Berg")
    assert "Freedonia" in _ok("actors", "--db", db, "--country", "FRE")
    listed = [json.loads(x) for x in _ok("actors", "--db", db, "--json").splitlines()]
    assert [a["ref"] for a in listed] == ["Q901", "Q902", "Anna Berg|FRE"]
    [second] = [
        json.loads(x)
        for x in _ok("actors", "--db", db, "--json", "--offset", "1", "-n", "1").splitlines()
    ]
    assert second == listed[1]
    assert "Lisbon" in _ok("search", "Lisbon", "--db", db, "--json")
    assert json.loads(_ok("show", "talks", "--db", db)) == diplomacy("talks")
    assert runner.invoke(app, ["show", "nothing", "--db", db]).exit_code == 1


def test_errors_and_db_upgrade(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_DB", db)
    [error] = [json.loads(x) for x in _ok("errors", "--json").splitlines()]
    assert error["kind"] == "empty" and error["attempts"] == 1
    assert "revision 0002" in _ok("db", "upgrade")


def test_export_formats(db: str, tmp_path: Path) -> None:
    gdelt = _ok("export", "gdelt", "-", "--db", db)
    assert gdelt.splitlines()[0].startswith("GLOBALEVENTID,SQLDATE")
    _ok("export", "plover", str(tmp_path / "e.jsonl"), "--db", db, "--actor", "Ruritania")
    assert json.loads((tmp_path / "e.jsonl").read_text())["event"] == ["CONSULT"]
    _ok("export", "parquet", str(tmp_path / "e.parquet"), "--db", db)
    assert (tmp_path / "e.parquet").stat().st_size > 0
    assert runner.invoke(app, ["export", "parquet", "-", "--db", db]).exit_code == 2
    nowhere = runner.invoke(app, ["export", "gdelt", str(tmp_path / "no" / "e.csv"), "--db", db])
    assert nowhere.exit_code == 2 and "cannot write" in nowhere.output


def test_tables_print_brackets_in_stored_text_as_they_are(db: str) -> None:
    """Rich reads "[word]" as a style tag; a search snippet marks its hits exactly so."""
    table = _ok("search", "Lisbon", "--db", db)
    assert "[Lisbon]" in table
    assert "[Lisbon]" in _ok("search", "Lisbon", "--db", db, "--json")


def test_search_pages_and_wordless_text_finds_nothing(db: str) -> None:
    assert "talks" in _ok("search", "Lisbon", "--db", db, "--json")
    assert _ok("search", "Lisbon", "--db", db, "--json", "--offset", "1") == ""
    assert _ok("search", '"', "--db", db, "--json") == ""
    assert _ok("events", "--db", db, "--json", "--text", '"') == ""


def test_misspelt_filters_and_empty_pages_are_errors_not_empty_results(db: str) -> None:
    for args in (
        ["events", "--type", "CONSULTT"],
        ["events", "--modality", "maybe"],
        ["export", "gdelt", "--type", "talks"],
        ["events", "-n", "0"],
        ["quotes", "--limit", "-1"],
    ):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 2, args
        assert "Traceback" not in result.output and "Invalid value" in result.output, args
    assert "CONSULT" in _ok("events", "--db", db, "--type", "consult", "--modality", "Asserted")


def test_export_keeps_to_asserted_events_unless_asked(tmp_path: Path) -> None:
    """A GDELT row reads as something that happened: talks that did not take place stay out."""
    text = "Freedonia did not hold talks with Ruritania."
    actors = [actor(text, "A1", "Freedonia", country="FRE"), actor(text, "A2", "Ruritania")]
    negated = event(text, "E1", "CONSULT", "hold talks", modality="negated")
    url = f"sqlite:///{tmp_path / 'neg.sqlite'}"
    with Store(url) as store:
        store.save([(diplomacy("talks"), None), (record(text, doc_id="n", actors=actors,
                                                        events=[negated]), None)])  # fmt: skip
    assert len(_ok("export", "gdelt", "--db", url).splitlines()) == 2
    rows = list(
        csv.DictReader(io.StringIO(_ok("export", "gdelt", "--db", url, "--modality", "all")))
    )
    assert sorted(r["Modality"] for r in rows) == ["asserted", "negated"]
    assert "negated" in _ok("export", "plover", "--db", url, "--modality", "negated")
    assert (
        runner.invoke(app, ["export", "gdelt", "--db", url, "--modality", "maybe"]).exit_code == 2
    )
