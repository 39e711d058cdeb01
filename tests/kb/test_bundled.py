"""The bundled base: loads, is versioned, and holds what the issue promises."""

from __future__ import annotations

import datetime as dt

from detente.kb.loader import bundled_dir
from detente.kb.store import Base

D = dt.date


def test_bundled_files_are_versioned_and_attributed() -> None:
    data = bundled_dir()
    assert (data / "VERSION.txt").read_text("utf-8").strip()
    assert "Wikidata" in (data / "ATTRIBUTION.txt").read_text("utf-8")


def test_every_kind_of_entry_is_present(kb: Base) -> None:
    kinds = {e.kind for e in kb.entries()}
    assert {"state", "igo", "person", "agent", "media"} <= kinds
    assert kb.version != "unknown"


def test_states_have_demonyms_and_seats(kb: Base) -> None:
    assert kb.lookup("North Korean")[0].kb_id == "state:PRK"
    for seat, code in [
        ("Pyongyang", "PRK"),
        ("Washington", "USA"),
        ("the Kremlin", "RUS"),
        ("Beijing", "CHN"),
        ("Seoul", "KOR"),
    ]:
        assert kb.lookup(seat)[0].country == code


def test_every_member_state_of_the_un_is_there(kb: Base) -> None:
    states = [e for e in kb.entries() if e.kind == "state" and e.demonyms]
    assert len(states) >= 193


def test_igos_have_code_igo_and_members(kb: Base) -> None:
    nato = kb.lookup("NATO")[0]
    assert (nato.kind, nato.country) == ("igo", "IGO")
    assert set(kb.lookup("G7")[0].members) >= {"USA", "JPN", "DEU"}


def test_people_have_dated_roles(kb: Base) -> None:
    assert kb.role_on("Q324546", D(2025, 3, 4)).title == "Secretary of State"  # type: ignore[union-attr]
    assert [e.name for e in kb.holders("PRK", "HOS", D(2025, 3, 4))] == ["Kim Jong-un"]
    assert kb.lookup("Kim Jong Un")[0].kb_id == "Q56226"


def test_inferred_end_without_successor_is_reopened(kb: Base) -> None:
    assert [e.name for e in kb.holders("IRN", "HOS", D(2024, 1, 1))] == ["Ali Khamenei"]


def test_person_is_placed_in_the_state_they_served_most(kb: Base) -> None:
    macron = kb.lookup("Emmanuel Macron")[0]
    assert macron.country == "FRA"
    assert kb.role_on(macron.kb_id, D(2025, 1, 1)).country == "FRA"  # type: ignore[union-attr]


def test_generic_agents_and_media(kb: Base) -> None:
    pentagon = kb.lookup("the Pentagon")[0]
    assert (pentagon.kind, pentagon.country, pentagon.sector) == ("agent", "USA", "MIL")
    assert kb.lookup("Reuters")[0].kind == "media"


def test_corrected_terms_of_office(kb: Base) -> None:
    for country, code, day, name in [
        ("HUN", "HOG", D(2024, 6, 1), "Viktor Orbán"),
        ("ETH", "HOG", D(2025, 3, 1), "Abiy Ahmed Ali"),
        ("PAK", "HOG", D(2025, 5, 1), "Shehbaz Sharif"),
        ("PER", "HOS", D(2024, 1, 10), "Dina Boluarte"),
        ("GEO", "HOG", D(2024, 12, 1), "Irakli Kobakhidze"),
        ("QAT", "HOG", D(2025, 1, 15), "Mohammed bin Abdulrahman Al Thani"),
    ]:
        assert [e.name for e in kb.holders(country, code, day)] == [name], (country, day)
    assert kb.holders("PER", "HOS", D(2025, 11, 1)) == []


def test_heads_of_international_bodies_serve_the_igo_in_office(kb: Base) -> None:
    for name, day in [
        ("Kofi Annan", D(2003, 3, 1)),
        ("Federica Mogherini", D(2016, 6, 1)),
        ("Kaja Kallas", D(2025, 2, 1)),
        ("Luis Almagro", D(2019, 1, 10)),
        ("António Guterres", D(2025, 3, 4)),
    ]:
        entry = kb.lookup(name)[0]
        assert kb.role_on(entry.kb_id, day).country == "IGO", name  # type: ignore[union-attr]
    kallas = kb.lookup("Kaja Kallas")[0]
    assert kb.role_on(kallas.kb_id, D(2023, 1, 1)).country == "EST"  # type: ignore[union-attr]


def test_transnational_bodies_belong_to_no_state(kb: Base) -> None:
    amnesty = kb.lookup("Amnesty International")[0]
    assert (amnesty.kind, amnesty.country, amnesty.sector) == ("transnational", None, "NGO")
    assert kb.lookup("al-Qaeda")[0].country is None
