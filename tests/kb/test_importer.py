"""``kb import``: CSV, YAML and Wikidata SPARQL JSON become overlays the loader merges."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from detente.kb.importer import ImportError_, import_file
from detente.kb.loader import bundled_dir, load, load_kb
from detente.kb.store import Base

D = dt.date


def test_csv_adds_a_person_with_a_dated_role(kb: Base, tmp_path: Path) -> None:
    source = tmp_path / "cabinet.csv"
    source.write_text(
        "name,country,gender,aliases,title,start,end\n"
        "Ilse Varga-Moreno,HUN,f,Varga|Ilse Varga,Minister of Foreign Affairs,2026-02-01,\n",
        "utf-8",
    )
    result = import_file(source, kb, tmp_path / "overlays")
    assert (result.added, result.updated) == (1, 0)
    merged = load(bundled_dir(), [result.overlay])
    person = merged.lookup("Ilse Varga Moreno")[0]
    assert person.gender == "f"
    role = merged.role_on(person.kb_id, D(2026, 3, 1))
    assert role is not None and (role.code, role.country) == ("FM", "HUN")
    assert merged.role_on(person.kb_id, D(2025, 3, 1)) is None


def test_yaml_updates_an_existing_person_by_name(kb: Base, tmp_path: Path) -> None:
    source = tmp_path / "changes.yaml"
    source.write_text(
        "- name: Marco Rubio\n"
        "  roles:\n"
        "    - {title: National Security Advisor, country: USA, code: NSA, start: 2025-05-01}\n",
        "utf-8",
    )
    result = import_file(source, kb, tmp_path)
    assert (result.added, result.updated) == (0, 1)
    merged = load(bundled_dir(), [result.overlay])
    rubio = merged.get("Q324546")
    assert rubio is not None
    assert {r.title for r in rubio.roles} >= {"Secretary of State", "National Security Advisor"}


def test_wikidata_sparql_results(kb: Base, tmp_path: Path) -> None:
    results = {
        "head": {
            "vars": [
                "person",
                "personLabel",
                "positionLabel",
                "start",
                "end",
                "countryIso",
                "genderLabel",
            ]
        },
        "results": {
            "bindings": [
                {
                    "person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q999999901"},
                    "personLabel": {"type": "literal", "value": "Tomas Quell"},
                    "positionLabel": {"type": "literal", "value": "Minister of Defence"},
                    "start": {"type": "literal", "value": "2026-04-01T00:00:00Z"},
                    "countryIso": {"type": "literal", "value": "EST"},
                    "genderLabel": {"type": "literal", "value": "male"},
                }
            ]
        },
    }
    source = tmp_path / "query.json"
    source.write_text(json.dumps(results), "utf-8")
    result = import_file(source, kb, tmp_path / "o")
    merged = load(bundled_dir(), [result.overlay])
    person = merged.get("Q999999901")
    assert person is not None and person.gender == "m"
    assert merged.holders("EST", "DEF", D(2026, 5, 1))[0].kb_id == "Q999999901"


def test_the_resource_merges_the_user_directory(kb: Base, tmp_path: Path) -> None:
    source = tmp_path / "extra.yaml"
    source.write_text("- {name: Nadia Orrin, kind: person, country: NZL}\n", "utf-8")
    import_file(source, kb, tmp_path / "home")
    base = load_kb({"path": "", "overlays": [], "user_dir": str(tmp_path / "home")})
    assert base.lookup("Nadia Orrin")[0].country == "NZL"
    assert "extra" in base.version


def test_unreadable_files_are_refused(kb: Base, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("hello", "utf-8")
    with pytest.raises(ImportError_):
        import_file(source, kb, tmp_path)
