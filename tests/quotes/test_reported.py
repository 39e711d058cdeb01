"""Golden tests for reported speech, beliefs and intentions."""

from collections.abc import Callable

import pytest

from detente.model import Document, Quote

Attribute = Callable[..., Document]


def only(doc: Document) -> Quote:
    assert len(doc.quotes) == 1, [q.content.text for q in doc.quotes]
    return doc.quotes[0]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "stance"),
    [
        (
            "The prime minister said that the ceasefire would hold.",
            "that the ceasefire would hold", "said", "The prime minister", "says",
        ),
        (
            "The prime minister said the ceasefire would hold.",
            "the ceasefire would hold", "said", "The prime minister", "says",
        ),
        (
            "The ceasefire will hold, the prime minister said.",
            "The ceasefire will hold", "said", "the prime minister", "says",
        ),
        (
            "The rebels claimed they had taken the airport.",
            "they had taken the airport", "claimed", "The rebels", "claims",
        ),
        (
            "The minister admitted that mistakes were made.",
            "that mistakes were made", "admitted", "The minister", "admits",
        ),
        (
            "The governor indicated that she would veto the bill.",
            "that she would veto the bill", "indicated", "The governor", "says",
        ),
        (
            "The ministry stated that the missile flew 500 kilometres.",
            "that the missile flew 500 kilometres", "stated", "The ministry", "says",
        ),
        (
            "The president urged both sides to return to the table.",
            "both sides to return to the table", "urged", "The president", "urges",
        ),
        (
            "The spokesman denied that troops had crossed the river.",
            "that troops had crossed the river", "denied", "The spokesman", "denies",
        ),
        ("He told reporters the deal was dead.", "the deal was dead", "told", "He", "says"),
        (
            "Several analysts speculated that the general would resign.",
            "that the general would resign", "speculated", "Several analysts", "speculates",
        ),
        (
            "Many voters believe the election was stolen.",
            "the election was stolen", "believe", "Many voters", "believes",
        ),
        (
            "The union wants to renegotiate the contract.",
            "to renegotiate the contract", "wants", "The union", "intends",
        ),
        (
            "The opposition called for early elections.",
            "early elections", "called for", "The opposition", "urges",
        ),
    ],
)  # fmt: skip
def test_reported_clause(attribute: Attribute, text, content, cue, source, stance):
    q = only(attribute(text))
    assert (q.kind, q.content.text) == ("indirect", content)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker_span is not None and q.speaker_span.text == source
    assert q.stance == stance


def test_parenthetical_cue_takes_the_whole_sentence(attribute: Attribute):
    q = only(attribute("The embargo, the minister said, will end in June."))
    assert q.content.text == "The embargo, the minister said, will end in June"


def test_reported_clause_with_a_partial_quote_is_mixed(attribute: Attribute):
    q = only(attribute('The mayor said the budget was "dead on arrival."'))
    assert (q.kind, q.content.text) == ("mixed", 'the budget was "dead on arrival."')


def test_a_speaker_adding_a_reported_clause_keeps_its_subject(attribute: Attribute):
    text = '"We tried," she said, adding that the talks had failed.'
    doc = attribute(text)
    assert [q.content.text for q in doc.quotes] == ['"We tried,"', "that the talks had failed"]
    assert all(q.speaker_span is not None and q.speaker_span.text == "she" for q in doc.quotes)


def test_first_person_beliefs_inside_a_quote_stay_part_of_it(attribute: Attribute):
    doc = attribute("“I think the deal is dead,” the envoy said.")
    assert [q.content.text for q in doc.quotes] == ["“I think the deal is dead,”"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        (
            "The senator blamed the governor for the blackout.",
            "the governor for the blackout", "blamed", "The senator",
        ),
        (
            "The council described the plan as reckless.",
            "the plan as reckless", "described", "The council",
        ),
        (
            "The opposition called for the cabinet to resign.",
            "the cabinet to resign", "called for", "The opposition",
        ),
        (
            "The forum removed a post saying that the mayor had fled.",
            "that the mayor had fled", "saying", "a post",
        ),
        (
            "The envoy ended the meeting by announcing that the embassy would close.",
            "that the embassy would close", "announcing", "The envoy",
        ),
        (
            "The court ruled that the decree was unlawful.",
            "that the decree was unlawful", "ruled", "The court",
        ),
    ],
)  # fmt: skip
def test_objects_roles_and_inherited_sources(attribute: Attribute, text, content, cue, source):
    q = only(attribute(text))
    assert q.content.text == content
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker_span is not None and q.speaker_span.text == source


def test_a_noun_with_an_owner_attributes_its_clause(attribute: Attribute):
    q = only(attribute("Within hours the general's claim that the city had fallen was disproved."))
    assert q.content.text == "that the city had fallen"
    assert (q.cue.text if q.cue else None, q.stance) == ("claim", "claims")
    assert q.speaker_span is not None and q.speaker_span.text == "the general's"


def test_a_noun_without_an_owner_attributes_only_a_that_clause(attribute: Attribute):
    assert attribute("Questions about the port delayed the vote.").quotes == []
    q = only(attribute("The claim that the city had fallen spread quickly."))
    assert (q.content.text, q.speaker_span, q.stance) == (
        "that the city had fallen",
        None,
        "claims",
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "stance"),
    [
        ("Opposition leaders warned of a rigged vote.", "a rigged vote", "warned of", "warns"),
        (
            "Two diplomats likened the proposal to a surrender.",
            "the proposal to a surrender", "likened", "says",
        ),
        (
            "Through a spokesman, the minister declined to comment.",
            "to comment", "declined", "rejects",
        ),
        (
            "She hopes the bridge will reopen before winter.",
            "the bridge will reopen before winter", "hopes", "believes",
        ),
    ],
)  # fmt: skip
def test_more_cues_and_frames(attribute: Attribute, text, content, cue, stance):
    q = only(attribute(text))
    assert (q.content.text, q.cue.text if q.cue else None, q.stance) == (content, cue, stance)


def test_a_hedged_clause_is_the_writers_attribution_with_no_source(attribute: Attribute):
    q = only(attribute("The ceasefire seems to be holding in the north."))
    assert q.content.text == "The ceasefire seems to be holding in the north"
    assert (q.stance, q.speaker_span) == ("speculates", None)


def test_an_object_carrying_what_it_is_called(attribute: Attribute):
    q = only(attribute('The minister called the verdict "very surprising".'))
    assert (q.kind, q.content.text) == ("mixed", 'the verdict "very surprising"')
    q = only(attribute("She called the charges baseless and absurd."))
    assert q.content.text == "the charges baseless and absurd"
    assert attribute("The council called an emergency meeting.").quotes == []


def test_an_adverb_of_hearsay_attributes_its_clause_to_no_one(attribute: Attribute):
    quote = only(attribute("The Ruritanian army reportedly shelled the border town overnight."))
    assert (quote.cue.text if quote.cue else None, quote.content.text, quote.speaker_span) == (
        "reportedly",
        "The Ruritanian army reportedly shelled the border town overnight",
        None,
    )


def test_an_adverb_of_manner_is_no_cue(attribute: Attribute):
    assert attribute("The army shelled the border town again overnight.").quotes == []


def test_a_cue_in_a_relative_clause_is_about_the_noun_the_clause_describes(
    attribute: Attribute,
):
    doc = attribute(
        "The union backed the reform, which the minister pointed to as proof of the deal."
    )
    assert [(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes] == [
        ("backed", "the reform"),
        ("pointed to", "the reform, which the minister pointed to as proof of the deal"),
    ]


def test_a_relative_clause_about_its_subject_attributes_nothing(attribute: Attribute):
    assert attribute("The envoy met the mayor, who had spoken in the square.").quotes == []


def test_a_content_holding_an_opening_mark_runs_to_its_close():
    from detente.quotes.attribution import Attribution
    from detente.quotes.marks import quoted
    from detente.quotes.reported import with_quotations

    text = 'She called the port a "relic of an age when ships were small," and left.'
    quotations = quoted(text)
    cut = text.index(" of an age")
    found = Attribution("indirect", text.index("the port"), cut, None, "says")
    found = with_quotations(text, found, quotations, [q.end for q in quotations])
    assert text[found.start : found.end] == 'the port a "relic of an age when ships were small,"'
    assert found.kind == "mixed"


def test_what_is_mentioned_can_be_a_gerund_clause(attribute: Attribute):
    q = only(attribute("The council has mentioned raising parking fees and closing two streets."))
    assert q.content.text == "raising parking fees and closing two streets"
