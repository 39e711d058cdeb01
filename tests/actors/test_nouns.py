"""Common-noun mentions: plural offices, quantified groups and agent nouns that only say where."""

from __future__ import annotations

from collections.abc import Callable

from detente.actors.mentions import FindMentions
from detente.model import Document


def spans(parse: Callable[..., Document], stage: FindMentions, text: str) -> dict[str, tuple]:
    return {
        m.span.text: (m.kind, m.label, m.country, m.sector) for m in stage(parse(text)).mentions
    }


def test_an_office_in_the_plural_is_a_group_of_its_holders(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = spans(
        parse, find_mentions, "Several ministers quit after Chilean finance ministers met."
    )
    assert found["Several ministers"][:2] == ("agent", "p")
    assert found["Several ministers"][3] == "GOV"
    assert found["Chilean finance ministers"] == ("agent", "p", "CHL", "GOV")


def test_a_quantifier_or_count_belongs_to_the_group(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = spans(parse, find_mentions, "Both governments and the three envoys signed the text.")
    assert "Both governments" in found
    assert "the three envoys" in found


def test_a_possessor_after_of_is_not_the_country_of_the_head(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = spans(
        parse, find_mentions, "The defence ministers of the African Union's member states met."
    )
    assert found["The defence ministers"][2] is None
    assert found["African Union"][0] == "name"


def test_an_agent_noun_on_a_place_after_a_preposition_is_no_actor(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    where = spans(parse, find_mentions, "Farmers held a vigil outside police headquarters.")
    assert not any("police" in text for text in where)
    attacked = spans(parse, find_mentions, "Rebels shelled an army base overnight.")
    assert any(text.endswith("army") for text in attacked)
