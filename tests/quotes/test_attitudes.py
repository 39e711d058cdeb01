"""Golden tests for attitudes stated with "be"."""

from collections.abc import Callable

import pytest

from detente.model import Document, Quote

Attribute = Callable[..., Document]


def only(doc: Document) -> Quote:
    assert len(doc.quotes) == 1, [q.content.text for q in doc.quotes]
    return doc.quotes[0]


@pytest.mark.parametrize(
    ("text", "content", "source", "stance"),
    [
        (
            "The senator has long been critical of the trade deal.",
            "the trade deal", "The senator", "criticises",
        ),
        (
            "She is confident that the vote will pass.",
            "that the vote will pass", "She", "believes",
        ),
        (
            "The general is an outspoken opponent of the peace plan.",
            "the peace plan", "The general", "rejects",
        ),
        ("The union is willing to return to talks.", "to return to talks", "The union", "intends"),
    ],
)  # fmt: skip
def test_the_subject_of_be_holds_the_view(attribute: Attribute, text, content, source, stance):
    q = only(attribute(text))
    assert (q.content.text, q.stance) == (content, stance)
    assert q.speaker_span is not None and q.speaker_span.text == source


def test_it_is_clear_names_no_source(attribute: Attribute):
    q = only(attribute("It is clear that the talks have failed."))
    assert (q.content.text, q.speaker_span) == ("that the talks have failed", None)


def test_an_attitude_word_without_its_complement_attributes_nothing(attribute: Attribute):
    assert attribute("The senator was critical after the vote.").quotes == []
    assert attribute("The sky is clear over the capital.").quotes == []
