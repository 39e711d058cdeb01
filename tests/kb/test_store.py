"""The in-memory base answers by name, by date and by office, on a small hand-made base."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.kb.protocol import Entry, Role
from detente.kb.store import Base

D = dt.date


@pytest.fixture()
def base() -> Base:
    return Base(
        [
            Entry(
                "state:ARC", "Arcadia", "state", "ARC", demonyms=("Arcadian",), seats=("Port Ives",)
            ),
            Entry(
                "P1",
                "Alma Tervo-Lund",
                "person",
                "ARC",
                "GOV",
                gender="f",
                short=("lund",),
                roles=(
                    Role("Foreign Minister", "ARC", "GOV", "FM", D(2019, 1, 1), D(2023, 5, 1)),
                    Role("President", "ARC", "GOV", "HOS/HOG", D(2023, 5, 1), None),
                ),
            ),
            Entry(
                "P2",
                "Bo Lund",
                "person",
                "ARC",
                "GOV",
                short=("lund",),
                roles=(
                    Role(
                        "Minister of Fisheries", "ARC", "GOV", "MIN", D(2010, 1, 1), D(2012, 1, 1)
                    ),
                ),
            ),
        ],
        version="test",
    )


def test_lookup_is_case_hyphen_and_accent_blind(base: Base) -> None:
    assert [e.kb_id for e in base.lookup("alma tervo lund")] == ["P1"]
    assert [e.kb_id for e in base.lookup("ARCADIAN")] == ["state:ARC"]
    assert [e.kb_id for e in base.lookup("Port Ives")] == ["state:ARC"]


def test_role_on_a_date_changes_with_office(base: Base) -> None:
    assert base.role_on("P1", D(2020, 1, 1)).title == "Foreign Minister"  # type: ignore[union-attr]
    assert base.role_on("P1", D(2024, 1, 1)).title == "President"  # type: ignore[union-attr]
    assert base.role_on("P1", D(2018, 1, 1)) is None
    assert base.role_on("P1", None).title == "President"  # type: ignore[union-attr]


def test_role_end_day_belongs_to_the_successor(base: Base) -> None:
    assert base.role_on("P1", D(2023, 5, 1)).code == "HOS/HOG"  # type: ignore[union-attr]


def test_holders_group_combined_offices(base: Base) -> None:
    assert [e.kb_id for e in base.holders("ARC", "HOS", D(2024, 1, 1))] == ["P1"]
    assert [e.kb_id for e in base.holders("ARC", "HOG", D(2024, 1, 1))] == ["P1"]
    assert [e.kb_id for e in base.holders("ARC", "FM", D(2020, 1, 1))] == ["P1"]
    assert base.holders("ARC", "FM", D(2024, 1, 1)) == []


def test_surname_index(base: Base) -> None:
    assert sorted(e.kb_id for e in base.by_short("Lund")) == ["P1", "P2"]
