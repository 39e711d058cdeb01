"""Sources named without a speech verb ("in the poll", "in his eyes"), polls that show a noun
phrase, and noun-phrase objects of cues ("said as much", "agreed with her", "rated it as")."""

from collections.abc import Callable

import pytest

from detente.model import Document

Attribute = Callable[..., Document]


def _found(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker_span.text if q.speaker_span else None,
        )
        for q in doc.quotes
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "In the newest county poll, the mayor trails her rival by six points.",
            "the mayor trails her rival by six points",
            "In",
        ),
        (
            "In his eyes, the council betrayed the fishermen.",
            "the council betrayed the fishermen",
            "In",
        ),
        (
            "The latest survey shows a dead heat in the northern provinces.",
            "a dead heat in the northern provinces",
            "shows",
        ),
        (
            "The union leader said much the same thing on Tuesday.",
            "much the same thing",
            "said",
        ),
        (
            "The finance minister agreed with the auditors about the deficit.",
            "the auditors about the deficit",
            "agreed with",
        ),
        (
            "The fact-checkers rated the governor's boast as misleading.",
            "the governor's boast as misleading",
            "rated",
        ),
    ],
)
def test_a_source_or_object_attributes_its_content(
    attribute: Attribute, text: str, content: str, cue: str
):
    found = _found(attribute(text))
    assert any(c == content and q == cue for c, q, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # A statement is the channel of a speaker, not the source of the clause.
        "In a statement, the port authority reopened the northern terminal.",
        # "show" reports a finding only when a poll or a study shows it.
        "The striking dockers have shown no sign of giving up.",
    ],
)
def test_channels_and_plain_showing_attribute_nothing(attribute: Attribute, text: str):
    assert _found(attribute(text)) == []


def test_a_poll_whose_respondents_speak_is_left_to_their_verb(attribute: Attribute):
    found = _found(attribute("In the poll, most farmers said the subsidy came too late."))
    assert [(c, q) for c, q, _ in found] == [("the subsidy came too late", "said")]
