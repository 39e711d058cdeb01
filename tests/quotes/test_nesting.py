"""Golden tests for nested attributions: one statement is one attribution, relays stay chains."""

from collections.abc import Callable

from detente.model import Document

Attribute = Callable[..., Document]


def said(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker_span.text if q.speaker_span else None,
        )
        for q in doc.quotes
    ]


def test_a_speakers_own_intention_inside_what_they_said_is_not_a_second_attribution(
    attribute: Attribute,
):
    doc = attribute("The finance minister said she plans to resign after the budget vote.")
    assert said(doc) == [
        ("she plans to resign after the budget vote", "said", "The finance minister")
    ]


def test_a_belief_reported_by_someone_else_stays_inside_the_report(attribute: Attribute):
    doc = attribute("Aides said the governor believes the strike will end soon.")
    assert [cue for _, cue, _ in said(doc)] == ["said"]


def test_what_a_medium_relays_keeps_its_own_attribution(attribute: Attribute):
    cast = {"the agency": ("M1", "media", "description")}
    text = "The rebels accused the army of shelling the market, the agency reported."
    doc = attribute(text, cast)
    assert said(doc) == [
        ("The rebels accused the army of shelling the market", "reported", "the agency"),
        ("the army of shelling the market", "accused", "The rebels"),
    ]
    assert doc.quotes[1].relayed_by == ["the agency"]


def test_a_cue_coordinated_with_the_outer_one_is_a_second_statement(attribute: Attribute):
    text = "The senator tweeted that the tariff plan was a fraud and urged voters to reject it."
    assert said(attribute(text)) == [
        ("that the tariff plan was a fraud", "tweeted", "The senator"),
        ("voters to reject it", "urged", "The senator"),
    ]


def test_the_frame_of_a_split_quotation_was_not_quoted(attribute: Attribute):
    text = '"We will not sign," the envoy said, adding that talks could resume. "Not this week."'
    doc = attribute(text)
    assert said(doc) == [
        (text, "said", "the envoy"),
        ("that talks could resume", "adding", "the envoy"),
    ]


def test_a_cue_inside_the_quoted_words_stays_part_of_them(attribute: Attribute):
    text = '"We will not sign," the envoy said. "I think the offer is an insult."'
    assert [cue for _, cue, _ in said(attribute(text))] == ["said"]


def test_a_verb_that_cannot_share_the_cue_tense_stays_in_the_content(attribute: Attribute):
    doc = attribute("Officials say the driver ignored the signal and refused to stop the truck.")
    assert [q.content.text for q in doc.quotes] == [
        "the driver ignored the signal and refused to stop the truck"
    ]
