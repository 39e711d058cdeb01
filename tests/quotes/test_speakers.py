"""Speakers come from the actors layer; sources it does not cover stay anonymous."""

from collections.abc import Callable

from detente.model import Document

Attribute = Callable[..., Document]


def test_named_speaker_is_the_actor_of_the_mention(attribute: Attribute):
    doc = attribute(
        '"The strait stays open," Ana Lopez said.', {"Ana Lopez": ("A1", "person", "name")}
    )
    [q] = doc.quotes
    assert q.speaker == "A1"
    assert q.speaker_span is not None and q.speaker_span.text == "Ana Lopez"


def test_title_before_a_name_resolves_to_the_name(attribute: Attribute):
    text = "Foreign Minister Ana Lopez said the strait would stay open."
    [q] = attribute(text, {"Ana Lopez": ("A1", "person", "name")}).quotes
    assert q.speaker == "A1"


def test_description_mention_resolves(attribute: Attribute):
    text = "The foreign minister said the strait would stay open."
    [q] = attribute(text, {"The foreign minister": ("A1", "person", "description")}).quotes
    assert q.speaker == "A1"
    assert q.speaker_span is not None and q.speaker_span.text == "The foreign minister"


def test_pronoun_speaker_uses_the_resolved_pronoun_mention(attribute: Attribute):
    text = 'Ana Lopez arrived late. "We are ready," she said.'
    cast = {"Ana Lopez": ("A1", "person", "name"), "she": ("A1", "person", "pronoun")}
    [q] = attribute(text, cast).quotes
    assert q.speaker == "A1"
    assert q.speaker_span is not None and q.speaker_span.text == "she"


def test_organisation_speaker(attribute: Attribute):
    text = "The defence ministry of South Korea stated that the missile flew 500 kilometres."
    cast = {"defence ministry of South Korea": ("A2", "organization", "description")}
    [q] = attribute(text, cast).quotes
    assert q.speaker == "A2"
    assert q.content.text == "that the missile flew 500 kilometres"


def test_relative_pronoun_speaker_is_its_antecedent(attribute: Attribute):
    text = "Ana Lopez, who said the strait would stay open, left for Geneva."
    [q] = attribute(text, {"Ana Lopez": ("A1", "person", "name")}).quotes
    assert q.speaker == "A1"


def test_anonymous_sources_keep_their_words_without_a_speaker(attribute: Attribute):
    for text, source in [
        ("Sources said the talks had collapsed.", "Sources"),
        ("Officials warned that the dam could fail.", "Officials"),
        ("Observers believe the vote was rigged.", "Observers"),
    ]:
        [q] = attribute(text).quotes
        assert q.speaker is None
        assert q.speaker_span is not None and q.speaker_span.text == source


def test_a_name_the_parser_left_without_its_verb_is_still_the_speaker(attribute: Attribute):
    text = "In an interview with the Herald Ortiz said that the port would reopen in May."
    [q] = attribute(text, {"Ortiz": ("A1", "person", "name")}).quotes
    assert q.speaker == "A1"
    assert q.content.text == "that the port would reopen in May"


def test_a_time_stamp_over_a_paragraph_break_is_no_speaker(attribute: Attribute):
    text = "___.\n\n4:30 p.m.\n\nPedro Castillo says regional governors must resign."
    [q] = attribute(text).quotes
    assert q.speaker_span is not None and q.speaker_span.text == "Pedro Castillo"
