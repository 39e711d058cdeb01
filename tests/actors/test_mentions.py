"""Each kind of mention is found, with its span, candidates and the country the text gives."""

from __future__ import annotations

from collections.abc import Callable

from detente.actors.mentions import FindMentions
from detente.model import Document, Mention


def mentions(parse: Callable[..., Document], stage: FindMentions, text: str) -> list[Mention]:
    return stage(parse(text)).mentions


def by_text(found: list[Mention], words: str) -> Mention:
    matching = [m for m in found if m.span.text == words]
    assert matching, f"no mention {words!r} in {[(m.span.text, m.kind) for m in found]}"
    return matching[0]


def test_names_metonyms_and_demonyms(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(
        parse,
        find_mentions,
        "Pyongyang rejected the offer, and the Kremlin praised Kim Jong-un for it.",
    )
    assert by_text(found, "Pyongyang").kind == "metonym"
    assert by_text(found, "Kremlin").country == "RUS"
    assert by_text(found, "Kim Jong-un").kb_ids == ["Q56226"]


def test_spans_always_match_the_text(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    doc = find_mentions(
        parse("The U.S. envoy met North Korean officials; she said they were ready.")
    )
    for m in doc.mentions:
        assert doc.text[m.span.start : m.span.end] == m.span.text


def test_demonym_and_agent_make_one_mention(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(parse, find_mentions, "South Korean officials said the talks would resume.")
    officials = by_text(found, "South Korean officials")
    assert (officials.kind, officials.country, officials.sector) == ("agent", "KOR", "GOV")


def test_agent_with_country_after_it(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(parse, find_mentions, "Officials in Seoul welcomed the move.")
    assert by_text(found, "Officials in Seoul").country == "KOR"


def test_possessive_country_and_ministry(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(parse, find_mentions, "South Korea's defence ministry denied the report.")
    ministry = by_text(found, "South Korea's defence ministry")
    assert (ministry.kind, ministry.country, ministry.sector) == ("agent", "KOR", "GOV")


def test_compound_demonyms_split_into_one_mention_each(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(parse, find_mentions, "Hungarian and Romanian officials met on the border.")
    agents = [m for m in found if m.kind == "agent"]
    assert [(m.span.text, m.country) for m in agents] == [
        ("Hungarian", "HUN"),
        ("Romanian officials", "ROU"),
    ]


def test_descriptions_carry_role_code_and_flags(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(
        parse, find_mentions, "The North Korean leader met the former president of Russia."
    )
    leader = by_text(found, "The North Korean leader")
    assert (leader.kind, leader.label, leader.country) == ("description", "LEADER", "PRK")
    former = by_text(found, "the former president of Russia")
    assert (former.label, former.country, "former" in former.source) == ("HOS", "RUS", True)


def test_pronouns_and_their_agreement(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(parse, find_mentions, "She told him that they had seen its report.")
    assert {m.span.text: m.label for m in found if m.kind == "pronoun"} == {
        "She": "f",
        "him": "m",
        "they": "p",
        "its": "n",
    }


def test_lowercase_words_are_not_names(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(parse, find_mentions, "Let us hope it may rain, who knows.")
    assert not [m for m in found if m.kind == "name"]


def test_generic_agents_are_found(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    found = mentions(
        parse, find_mentions, "Rebels attacked a convoy while protesters marched past the Pentagon."
    )
    assert {m.span.text: m.sector for m in found if m.kind == "agent"} == {
        "Rebels": "REB",
        "protesters": "CVL",
        "Pentagon": "MIL",
    }


def test_live_blog_timestamp_does_not_hide_the_name_after_it(
    parse: Callable[..., Document], find_mentions: FindMentions
) -> None:
    """The small model reads "11:05 - Saudi Arabia" as one PERCENT entity."""
    found = mentions(parse, find_mentions, "11:05 - Saudi Arabia condemned the raid on the port.")
    assert by_text(found, "Saudi Arabia").country == "SAU"
    dated = mentions(parse, find_mentions, "Talks resumed on 4 May in Geneva.")
    assert not [m for m in dated if m.span.text == "May"]
