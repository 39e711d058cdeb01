"""Golden tests for where reported content ends."""

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.model import Document
from detente.quotes.extent import coordinated

Attribute = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The president praised the army for its discipline in a speech to parliament.",
            "the army for its discipline",
        ),
        (
            "The union blamed the airline for the delays during a press conference.",
            "the airline for the delays",
        ),
        ("The council offered shelter to the families.", "shelter to the families"),
    ],
)  # fmt: skip
def test_the_role_of_an_object_belongs_to_the_content_a_circumstance_does_not(
    attribute: Attribute, text: str, content: str
):
    assert [q.content.text for q in attribute(text).quotes] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The envoy criticised the miners' union, which had called the strike in May.",
            "the miners' union",
        ),
        (
            "The mayor said she backed Rivera, the party's candidate for governor.",
            "she backed Rivera",
        ),
        (
            "The governor said the tax would be lowered, though she gave no date.",
            "the tax would be lowered",
        ),
    ],
)  # fmt: skip
def test_a_trailing_aside_of_the_writer_is_cut(attribute: Attribute, text: str, content: str):
    assert [q.content.text for q in attribute(text).quotes] == [content]


def test_a_relative_clause_closing_a_reported_clause_is_part_of_what_was_said(
    attribute: Attribute,
):
    doc = attribute(
        "The envoy said the deal would help farmers, who had lost most of their exports."
    )
    assert [q.content.text for q in doc.quotes] == [
        "the deal would help farmers, who had lost most of their exports"
    ]


def test_a_trailing_participle_is_the_speakers_own_statement(attribute: Attribute):
    doc = attribute(
        "The minister said the harbour would reopen in May, citing progress on repairs."
    )
    assert [
        (q.content.text, q.speaker_span.text if q.speaker_span else None) for q in doc.quotes
    ] == [
        ("the harbour would reopen in May", "The minister"),
        ("progress on repairs", "The minister"),
    ]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "The ministers agreed to share intelligence and coordinate patrols.",
            ["to share intelligence and coordinate patrols"],
        ),
        (
            "The senator said he would order a review and warned against foreign hackers.",
            ["he would order a review", "foreign hackers"],
        ),
    ],
)  # fmt: skip
def test_a_verb_coordinated_with_the_content_continues_it_one_with_the_cue_does_not(
    attribute: Attribute, text: str, contents: list[str]
):
    assert [q.content.text for q in attribute(text).quotes] == contents


def test_a_list_after_a_name_is_all_said(attribute: Attribute):
    doc = attribute("One of the mayors called the plan a sham, a waste and a disgrace.")
    assert [q.content.text for q in doc.quotes] == ["the plan a sham, a waste and a disgrace"]


def test_an_apposition_after_a_name_is_still_cut(attribute: Attribute):
    doc = attribute("The senator said the bill would help Dana Ruiz, the mayor of Fairview.")
    assert [q.content.text for q in doc.quotes] == ["the bill would help Dana Ruiz"]


def test_a_second_object_coordinated_on_the_cue_is_said_too(attribute: Attribute):
    doc = attribute("The minister condemned the launch as reckless and a grave threat to peace.")
    assert [q.content.text for q in doc.quotes] == [
        "the launch as reckless and a grave threat to peace"
    ]


def test_a_gerund_after_a_content_opening_with_one_continues_it(nlp: Language):
    # The parse the small model gives some such sentences, built by hand: the first gerund made a
    # modifier of its noun, the second hung on the cue.
    words = ["Ada", "mentioned", "taxing", "sugary", "drinks", "and", "banning", "ads", "."]
    heads = [1, 1, 4, 4, 1, 1, 1, 6, 1]
    deps = ["nsubj", "ROOT", "amod", "amod", "dobj", "cc", "conj", "dobj", "punct"]
    tags = ["NNP", "VBD", "VBG", "JJ", "NNS", "CC", "VBG", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert coordinated(doc[1], 2, 4) == 7
    assert coordinated(doc[1], 3, 4) == 4
