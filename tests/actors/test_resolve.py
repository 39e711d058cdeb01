"""Mentions are linked to document actors: names, surnames, descriptions, pronouns, agents."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document
from tests.actors.conftest import actor_at

Run = Callable[..., Document]


def test_full_name_then_surname_is_one_actor(actors: Run) -> None:
    doc = actors("Marco Rubio arrived in Tokyo. Rubio later met reporters.")
    rubio = actor_at(doc, "Marco Rubio")
    assert actor_at(doc, "Rubio", 2) is rubio
    assert (rubio.kb_id, rubio.country, rubio.kind) == ("Q324546", "USA", "person")
    assert [s.text for s in rubio.mentions] == ["Marco Rubio", "Rubio"]


def test_korean_family_name_alone_after_full_name(actors: Run) -> None:
    doc = actors("Kim Jong Un watched the launch. Kim praised the engineers.")
    assert actor_at(doc, "Kim", 2) is actor_at(doc, "Kim Jong Un")
    assert actor_at(doc, "Kim Jong Un").kb_id == "Q56226"


def test_every_resolved_mention_points_to_its_actor(actors: Run) -> None:
    doc = actors("Kim Jong Un watched the launch. He said North Korean troops were ready.")
    ids = {a.id: a for a in doc.actors}
    for m in doc.mentions:
        if m.actor is not None:
            assert m.span in ids[m.actor].mentions


def test_role_is_the_one_held_on_the_publication_date(actors: Run) -> None:
    before = actor_at(actors("Marco Rubio spoke in Miami.", "2024-06-01"), "Marco Rubio")
    after = actor_at(actors("Marco Rubio spoke in Miami.", "2025-06-01"), "Marco Rubio")
    assert before.role is None
    assert after.role == "Secretary of State of the United States"


def test_same_president_before_and_after_taking_office(actors: Run) -> None:
    out_of_office = actor_at(
        actors("Donald Trump addressed a rally.", "2023-05-01"), "Donald Trump"
    )
    in_office = actor_at(actors("Donald Trump addressed a rally.", "2025-05-01"), "Donald Trump")
    assert out_of_office.role is None
    assert in_office.role == "President of the United States"


def test_description_resolves_to_the_office_holder_on_the_date(actors: Run) -> None:
    doc = actors("The North Korean leader inspected a factory.", "2025-03-04")
    assert actor_at(doc, "The North Korean leader").kb_id == "Q56226"


def test_description_refers_back_to_a_named_holder(actors: Run) -> None:
    doc = actors("Kim Jong Un inspected a factory. The North Korean leader then left.")
    assert actor_at(doc, "The North Korean leader") is actor_at(doc, "Kim Jong Un")


def test_possessive_description_takes_the_owner_country(actors: Run) -> None:
    doc = actors("Donald Trump contradicted his own secretary of state on Monday.", "2025-03-04")
    assert actor_at(doc, "his own secretary of state").kb_id == "Q324546"


def test_party_description_refers_to_a_party_member(actors: Run) -> None:
    doc = actors(
        "Joe Biden met Donald Trump. The Republican promised a smooth handover.", "2024-11-13"
    )
    assert actor_at(doc, "The Republican") is actor_at(doc, "Donald Trump")


def test_pronoun_speaker_is_the_subject_before_it(actors: Run) -> None:
    doc = actors("Marco Rubio met the Japanese envoy in Tokyo. He said the alliance was strong.")
    assert actor_at(doc, "He") is actor_at(doc, "Marco Rubio")


def test_pronoun_agrees_in_gender(actors: Run) -> None:
    doc = actors(
        "Theresa May spoke with Emmanuel Macron. She said the deal was fair.", "2018-03-01"
    )
    assert actor_at(doc, "She") is actor_at(doc, "Theresa May")


def test_plural_pronoun_finds_a_group(actors: Run) -> None:
    doc = actors("Protesters gathered in Tbilisi on Sunday. They demanded new elections.")
    assert actor_at(doc, "They") is actor_at(doc, "Protesters")


def test_compound_agents_stay_two_actors(actors: Run) -> None:
    doc = actors("Hungarian and Romanian officials signed the accord.")
    hungarian, romanian = actor_at(doc, "Hungarian"), actor_at(doc, "Romanian officials")
    assert hungarian is not romanian
    assert (hungarian.country, hungarian.sector) == ("HUN", "GOV")
    assert (romanian.country, romanian.sector) == ("ROU", "GOV")


def test_generic_agents_get_a_country_and_sector(actors: Run) -> None:
    doc = actors("Officials in Seoul said the Pentagon had not been told.")
    seoul = actor_at(doc, "Officials in Seoul")
    pentagon = actor_at(doc, "Pentagon")
    assert (seoul.country, seoul.sector) == ("KOR", "GOV")
    assert (pentagon.country, pentagon.sector) == ("USA", "MIL")


def test_metonym_is_the_government_of_its_state(actors: Run) -> None:
    doc = actors("Pyongyang fired two missiles, the Kremlin said.")
    assert (actor_at(doc, "Pyongyang").country, actor_at(doc, "Pyongyang").sector) == ("PRK", "GOV")
    assert actor_at(doc, "Kremlin").country == "RUS"


def test_person_outside_the_base_gets_country_from_the_title(actors: Run) -> None:
    doc = actors("Venezuelan opposition leader Maria Corina Machado called for calm.")
    machado = actor_at(doc, "Maria Corina Machado")
    assert (machado.kb_id, machado.country, machado.kind) == (None, "VEN", "person")
    assert actor_at(doc, "Venezuelan opposition leader") is machado


def test_surname_alone_needs_a_prominent_office_on_the_date(actors: Run) -> None:
    known = actors("Trump signed the order on Friday.", "2025-03-04")
    assert actor_at(known, "Trump").kb_id == "Q22686"
    month = actors("The talks resume in May, officials said.", "2017-03-01")
    assert not any(a.kb_id == "Q264766" for a in month.actors)


def test_surname_of_a_minor_official_is_not_guessed(actors: Run) -> None:
    doc = actors("Young said the vote was close.", "2025-03-04")
    assert all(a.kb_id is None for a in doc.actors)


def test_international_bodies_are_coded_igo(actors: Run) -> None:
    doc = actors("NATO and the U.N. Security Council discussed the crisis.")
    assert actor_at(doc, "NATO").country == "IGO"
    assert actor_at(doc, "U.N. Security Council").country == "IGO"


def test_media_are_their_own_kind(actors: Run) -> None:
    doc = actors("The minister resigned, Reuters reported.")
    assert actor_at(doc, "Reuters").kind == "media"


def test_relative_pronoun_takes_its_noun(actors: Run) -> None:
    doc = actors("Rubio, who arrived on Monday, met the press.", "2025-03-04")
    assert actor_at(doc, "who") is actor_at(doc, "Rubio")


def test_person_out_of_office_is_a_former_official(actors: Run) -> None:
    biden = actor_at(actors("Joe Biden spoke at the memorial.", "2025-06-01"), "Joe Biden")
    assert (biden.role, biden.sector, biden.country) == (None, "ELI", "USA")


def test_title_and_name_make_one_mention(actors: Run) -> None:
    doc = actors("Secretary of State Marco Rubio landed in Seoul.", "2025-03-04")
    rubio = actor_at(doc, "Marco Rubio")
    assert [s.text for s in rubio.mentions] == ["Secretary of State Marco Rubio"]


def test_dateline_is_no_actor_but_sets_the_scene(actors: Run) -> None:
    doc = actors("CARACAS — Police detained dozens of students on Tuesday.", "2025-03-04")
    assert all("CARACAS" not in s.text for a in doc.actors for s in a.mentions)
    assert actor_at(doc, "Police").country == "VEN"


def test_agent_actor_names_read_naturally(actors: Run) -> None:
    doc = actors("Protesters in Lima and Hungarian and Romanian officials met.")
    assert actor_at(doc, "Protesters in Lima").name == "Protesters in Lima"
    assert actor_at(doc, "Hungarian").name == "Hungarian officials"


def test_transnational_bodies_have_no_country(actors: Run) -> None:
    doc = actors("Amnesty International accused the United States of abuses.")
    amnesty = actor_at(doc, "Amnesty International")
    assert (amnesty.country, amnesty.sector, amnesty.kind) == (None, "NGO", "organization")


def test_people_of_a_body_take_its_country_and_sector(actors: Run) -> None:
    doc = actors("Red Cross officials suspended deliveries in Baghdad.")
    officials = actor_at(doc, "officials")
    assert (officials.country, officials.sector) == (None, "NGO")
    un = actor_at(actors("UN officials visited the camp in Chad."), "UN officials")
    assert (un.country, un.sector) == ("IGO", "IGO")


def test_distinct_palestinian_bodies_stay_distinct(actors: Run) -> None:
    doc = actors("Hamas and Islamic Jihad rejected the plan, and the Palestinian Authority agreed.")
    hamas, jihad = actor_at(doc, "Hamas"), actor_at(doc, "Islamic Jihad")
    authority = actor_at(doc, "Palestinian Authority")
    assert len({hamas.id, jihad.id, authority.id}) == 3
    assert (authority.country, authority.sector) == ("PSE", "GOV")


def test_typographic_possessive_gives_the_owner_country(actors: Run) -> None:
    doc = actors("Japan’s foreign minister met his South Korean counterpart.", "2025-03-04")
    assert actor_at(doc, "Japan’s foreign minister").country == "JPN"


def test_prisoners_radicals_and_vessels_are_agents(actors: Run) -> None:
    doc = actors(
        "Palestinian prisoners began a strike. Islamic fundamentalists marched in Algiers. "
        "Chinese vessels blocked the shoal."
    )
    prisoners = actor_at(doc, "Palestinian prisoners")
    assert (prisoners.country, prisoners.sector) == ("PSE", "CVL")
    assert actor_at(doc, "Islamic fundamentalists").country == "DZA"
    assert actor_at(doc, "Chinese vessels").country == "CHN"


def test_east_jerusalem_is_palestinian(actors: Run) -> None:
    doc = actors("Police closed two schools in East Jerusalem.")
    assert actor_at(doc, "East Jerusalem").country == "PSE"


def test_possessed_agent_belongs_to_the_owner_not_to_where_it_is(actors: Run) -> None:
    doc = actors("Saudi Arabia said its navy had ferried evacuees from Sudan to Jeddah.")
    assert actor_at(doc, "its navy").country == "SAU"
    embassy = actors(
        "Protesters in Tehran stormed its embassy in the Iranian capital. Riyadh cut ties."
    )
    assert actor_at(embassy, "Iranian").country == "IRN"


def test_the_group_is_one_body_not_a_plural_agent(actors: Run) -> None:
    doc = actors(
        "The Houthis fired at a tanker. British warplanes and warships struck targets "
        "across Yemen, the first strikes on the group since it began attacking ships."
    )
    assert actor_at(doc, "the group") is actor_at(doc, "Houthis")


def test_armed_groups_and_peoples_belong_to_their_state(actors: Run) -> None:
    doc = actors(
        "The Tamil Tigers attacked a base near the Thai border. "
        "Tigrayan forces and Rohingya refugees were also mentioned."
    )
    tigers = actor_at(doc, "Tamil Tigers")
    assert (tigers.country, tigers.sector) == ("LKA", "REB")
    assert actor_at(doc, "Tigrayan forces").country == "ETH"
    assert actor_at(doc, "Rohingya refugees").country == "MMR"


def test_unnamed_officer_serves_the_state_the_story_is_about(actors: Run) -> None:
    doc = actors(
        "Sri Lanka's parliament met in Colombo. Sri Lanka's courts stayed open. "
        "The resignation was accepted by the speaker of parliament on Friday.",
        "2022-07-15",
    )
    assert actor_at(doc, "the speaker").country == "LKA"
