"""Which person a name means: the country the text gives a name beats a namesake elsewhere and
a guess from nearby names; a capitalised adjective on a people is no surname."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document
from tests.actors.conftest import actor_at

Run = Callable[..., Document]


def test_of_country_after_a_titled_surname_rules_out_a_namesake_elsewhere(actors: Run) -> None:
    doc = actors("King Hassan of Morocco said he would host the two delegations.", None)
    hassan = actor_at(doc, "Hassan")
    assert hassan.country == "MAR"
    assert hassan.kb_id is None


def test_demonym_title_before_a_surname_gives_its_country(actors: Run) -> None:
    doc = actors("Moroccan King Hassan received the envoys in Rabat.", None)
    assert actor_at(doc, "Hassan").country == "MAR"


def test_titled_surname_picks_the_one_namesake_serving_that_state(actors: Run) -> None:
    doc = actors("UN Secretary-General Annan flew to Baghdad.", "2003-02-01")
    annan = actor_at(doc, "Annan")
    assert (annan.name, annan.country) == ("Kofi Annan", "IGO")


def test_title_country_beats_the_country_named_nearby(actors: Run) -> None:
    doc = actors("In Kabul, Tomas Ekberg, the UN special envoy, met tribal elders.", "2021-05-03")
    ekberg = actor_at(doc, "Tomas Ekberg")
    assert ekberg.country == "IGO"


def test_adjective_on_a_people_is_not_a_surname(actors: Run) -> None:
    doc = actors("Young Algerians blocked roads in the capital on Sunday.", None)
    assert all(a.kind != "person" for a in doc.actors)
    assert actor_at(doc, "Algerians").country == "DZA"
