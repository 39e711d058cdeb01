"""Golden tests for passive attributions, with and without an agent."""

from collections.abc import Callable

import pytest

from detente.model import Document, Quote

Attribute = Callable[..., Document]


def only(doc: Document) -> Quote:
    assert len(doc.quotes) == 1, [q.content.text for q in doc.quotes]
    return doc.quotes[0]


def test_the_agent_of_a_passive_cue_is_the_source(attribute: Attribute):
    q = only(attribute("The new budget was criticised by the opposition."))
    assert (q.content.text, q.stance) == ("The new budget", "criticises")
    assert q.speaker_span is not None and q.speaker_span.text == "the opposition"


@pytest.mark.parametrize(
    ("text", "content", "stance"),
    [
        (
            "The general was accused of ordering the raid on the village.",
            "The general was accused of ordering the raid on the village",
            "accuses",
        ),
        (
            "The talks are expected to resume next week in Vienna.",
            "The talks are expected to resume next week in Vienna",
            "predicts",
        ),
    ],
)  # fmt: skip
def test_an_agentless_passive_attributes_its_clause_to_no_one(
    attribute: Attribute, text: str, content: str, stance: str
):
    q = only(attribute(text))
    assert (q.content.text, q.stance) == (content, stance)
    assert q.speaker is None and q.speaker_span is None


def test_an_agentless_passive_of_an_event_cue_is_no_attribution(attribute: Attribute):
    assert attribute("A curfew was announced from midnight to dawn.").quotes == []


def test_a_bare_passive_attributes_nothing(attribute: Attribute):
    assert attribute("Nothing was said.").quotes == []


def test_a_participle_with_an_agent_describes_what_was_said(attribute: Attribute):
    q = only(attribute("The reform, criticised by the unions as a giveaway, passed on Friday."))
    assert q.content.text == "The reform"
    assert q.speaker_span is not None and q.speaker_span.text == "the unions"


def test_a_clause_coordinated_with_the_passive_is_a_statement_of_its_own(attribute: Attribute):
    doc = attribute("Exports are expected to fall this year, but the central bank seems calm.")
    assert [(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes] == [
        ("expected", "Exports are expected to fall this year"),
        ("seems", "the central bank seems calm"),
    ]


def test_a_circumstance_after_a_comma_ends_an_agentless_passive(attribute: Attribute):
    quote = only(
        attribute(
            "The guards have often been accused of beating the prisoners, with reports of abuse "
            "in three camps."
        )
    )
    assert quote.content.text == "The guards have often been accused of beating the prisoners"


def test_an_agentless_passive_ends_with_its_paragraph(attribute: Attribute):
    doc = attribute("The claim was labeled “Mostly False.”\n\nThe ruling came a week later.")
    assert [q.content.text for q in doc.quotes] == ["The claim was labeled “Mostly False.”"]
