"""Several actors at once: "They" after a coordinated subject, "both sides", armed units, and
the generic agents added in round 4."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document
from tests.actors.conftest import actor_at


def holders(doc: Document, words: str) -> set[str]:
    start = doc.text.index(words)
    return {
        a.name
        for a in doc.actors
        if any(s.start == start and s.end == start + len(words) for s in a.mentions)
    }


def test_they_after_a_coordinated_subject_is_every_member(
    actors: Callable[..., Document],
) -> None:
    doc = actors("France, Germany and Italy agreed on the budget. They will present it on Friday.")
    assert holders(doc, "They") == {"France", "Germany", "Italy"}


def test_they_after_one_plural_subject_is_that_group(actors: Callable[..., Document]) -> None:
    doc = actors("The rebels seized the airport. They said the army had fled.")
    assert actor_at(doc, "They").sector == "REB"


def test_they_after_two_candidate_subjects_stays_unresolved(
    actors: Callable[..., Document],
) -> None:
    doc = actors("The rebels attacked and the army retreated. They later met.")
    assert holders(doc, "They") == set()


def test_both_sides_are_the_two_parties_named_before(actors: Callable[..., Document]) -> None:
    doc = actors("Kenya and Uganda met in private. Both sides agreed to more talks.")
    sides = [a for a in doc.actors if any(s.text == "Both sides" for s in a.mentions)]
    assert {a.country for a in sides} == {"KEN", "UGA"}
    assert {a.sector for a in sides} == {"GOV"}


def test_sides_stay_unresolved_when_the_count_does_not_match(
    actors: Callable[..., Document],
) -> None:
    doc = actors("Chad, Niger and Mali sent envoys. Both sides reported progress.")
    assert holders(doc, "Both sides") == set()


def test_a_mediator_is_not_one_of_the_sides(actors: Callable[..., Document]) -> None:
    doc = actors("The United Nations brokered talks between Armenia and Azerbaijan. The sides met.")
    assert {a.country for a in doc.actors if "The sides" in [s.text for s in a.mentions]} == {
        "ARM",
        "AZE",
    }


def test_a_force_with_a_determiner_and_modifier_is_an_armed_body(
    actors: Callable[..., Document],
) -> None:
    doc = actors("The regional standby force reached the border at dawn.")
    force = actor_at(doc, "standby force")
    assert (force.sector, force.country) == ("MIL", "IGO")
    means = actors("The ministers warned against the use of force in the dispute.")
    assert not any("force" in s.text for a in means.actors for s in a.mentions)
    power = actors("She was the driving force behind the deal.")
    assert not any("force" in s.text for a in power.actors for s in a.mentions)


def test_commentators_and_officers_are_generic_agents(actors: Callable[..., Document]) -> None:
    doc = actors("Critics doubted the plan. Analysts and economists warned of a slump.")
    assert actor_at(doc, "Critics").sector == "CVL"
    assert actor_at(doc, "Analysts").kind == "group"
    assert actor_at(doc, "economists").kind == "group"
    officers = actors("Officers in Bogota detained three men.")
    assert (actor_at(officers, "Officers").sector, actor_at(officers, "Officers").country) == (
        "COP",
        "COL",
    )
