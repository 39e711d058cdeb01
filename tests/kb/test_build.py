"""The repairs ``scripts/build_kb.py`` makes to the Wikidata role facts."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from detente.kb.protocol import Role

ROOT = Path(__file__).resolve().parents[2]


def _build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_kb"] = module
    spec.loader.exec_module(module)
    return module


build = _build()


def test_labels_are_cleaned_into_names_and_aliases() -> None:
    assert build.clean_names('Philip "Brave" Davis') == (
        "Philip Davis",
        ["Brave Davis", 'Philip "Brave" Davis'],
    )
    assert build.clean_names("Fati Ouedraogo/Zizien") == ("Fati Ouedraogo", ["Fati Zizien"])
    assert build.clean_names("\u200bAmal Haddad\u200b") == ("Amal Haddad", [])
    assert build.clean_names("カイルベク") is None


def _record(name: str, qid: str, start: str, end: str | None, precision: str | None) -> str:
    return json.dumps(
        {
            "name": name,
            "aliases": [],
            "country": "ARC",
            "title": "President",
            "sector": "GOV",
            "role": "HOS",
            "start": start,
            "end": end,
            "end_precision": precision,
            "wikidata": qid,
        }
    )


def test_end_inferred_from_a_missing_successor_is_reopened(tmp_path: Path) -> None:
    roles = tmp_path / "roles.jsonl"
    roles.write_text(
        "\n".join(
            [
                _record("Ann Old", "Q1", "2000-01-01", "2010-01-01", "day"),
                _record(
                    "Ben Next", "Q2", "2010-01-01", "2018-06-01", "inferred-from-successor-start"
                ),
            ]
        )
        + "\n",
        "utf-8",
    )
    people = build.load_people(roles, {})
    assert build.repair_inferred_ends(people) == 1
    ben: Role = next(iter(people["Q2"]["roles"].values()))["role"]
    ann: Role = next(iter(people["Q1"]["roles"].values()))["role"]
    assert ben.end is None
    assert ann.end == dt.date(2010, 1, 1)


def test_end_with_a_real_successor_is_kept(tmp_path: Path) -> None:
    roles = tmp_path / "roles.jsonl"
    roles.write_text(
        "\n".join(
            [
                _record(
                    "Ann Old", "Q1", "2000-01-01", "2010-01-01", "inferred-from-successor-start"
                ),
                _record("Ben Next", "Q2", "2010-01-01", None, None),
            ]
        )
        + "\n",
        "utf-8",
    )
    people = build.load_people(roles, {})
    assert build.repair_inferred_ends(people) == 0


def test_duplicate_records_become_one_role(tmp_path: Path) -> None:
    roles = tmp_path / "roles.jsonl"
    line = _record("Ann Old", "Q1", "2000-01-01", "2010-01-01", "day")
    roles.write_text(line + "\n" + line + "\n", "utf-8")
    assert len(build.load_people(roles, {})["Q1"]["roles"]) == 1
