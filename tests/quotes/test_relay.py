"""Relay chains: the media a statement passed through."""

from collections.abc import Callable

from detente.model import Document

Attribute = Callable[..., Document]


def by_cue(doc: Document, cue: str):
    return next(q for q in doc.quotes if q.cue is not None and q.cue.text == cue)


def test_via_credit_relays_the_quote_in_its_paragraph(attribute: Attribute):
    doc = attribute('"We will respond," the minister said. (via Reuters)\n\nAnother paragraph.')
    assert [q.relayed_by for q in doc.quotes] == [["Reuters"]]


def test_medium_reporting_what_someone_said(attribute: Attribute):
    doc = attribute("The president said the sanctions would stay, the New York Post reports.")
    said, reports = by_cue(doc, "said"), by_cue(doc, "reports")
    assert said.content.text == "the sanctions would stay"
    assert said.relayed_by == ["The New York Post"]
    assert reports.content.text == "The president said the sanctions would stay"
    assert reports.speaker_span is not None and reports.speaker_span.text == "the New York Post"
    assert reports.relayed_by == []


def test_medium_sharing_a_statement(attribute: Attribute):
    text = 'NDTV shares the minister\'s statement: "We will rebuild the bridge," the minister said.'
    [q] = attribute(text).quotes
    assert q.speaker_span is not None and q.speaker_span.text == "the minister"
    assert q.relayed_by == ["NDTV"]


def test_statement_given_to_a_medium(attribute: Attribute):
    [q] = attribute("The minister told CNN that the army would withdraw.").quotes
    assert q.relayed_by == ["CNN"]


def test_according_to_a_medium_relays_the_nested_statement(attribute: Attribute):
    doc = attribute("According to Reuters, the general said the army would withdraw.")
    assert by_cue(doc, "said").relayed_by == ["Reuters"]


def test_media_actors_from_the_knowledge_base_count(attribute: Attribute):
    text = "The minister said the army would withdraw, the Daily Courier reports."
    doc = attribute(text, {"the Daily Courier": ("A3", "media", "name")})
    assert by_cue(doc, "said").relayed_by == ["the Daily Courier"]


def test_no_relay_without_a_medium(attribute: Attribute):
    assert [q.relayed_by for q in attribute("Sources said the talks had collapsed.").quotes] == [[]]
