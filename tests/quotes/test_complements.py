"""Golden tests for where a cue's content lies: frames read from the cue's position."""

from collections.abc import Callable

from detente.model import Document, Quote

Attribute = Callable[..., Document]


def only(doc: Document) -> Quote:
    assert len(doc.quotes) == 1, [q.content.text for q in doc.quotes]
    return doc.quotes[0]


def test_an_as_aside_attributes_the_clause_it_opens(attribute: Attribute):
    q = only(attribute("As the minister observed, the border will stay closed until March."))
    assert q.content.text == "the border will stay closed until March"
    assert q.speaker_span is not None and q.speaker_span.text == "the minister"


def test_an_as_aside_inside_a_sentence_attributes_all_of_it(attribute: Attribute):
    q = only(attribute("The port, as one adviser noted, has never flooded before."))
    assert q.content.text == "The port, as one adviser noted, has never flooded before"


def test_an_as_of_time_is_no_aside(attribute: Attribute):
    assert attribute("The dam will hold, as they spoke to donors in Geneva.").quotes == []


def test_a_colon_closing_a_paragraph_introduces_the_next_one(attribute: Attribute):
    text = "The envoy added:\n\nFrom a neighbour, this is bad faith. We expected better.\n\nEnd."
    q = only(attribute(text))
    assert q.content.text == "From a neighbour, this is bad faith. We expected better"
    assert q.speaker_span is not None and q.speaker_span.text == "The envoy"


def test_seeing_something_as_something_is_a_view(attribute: Attribute):
    q = only(attribute("Many voters see the vote as a warning to the government."))
    assert (q.content.text, q.stance) == ("the vote as a warning to the government", "believes")
    assert attribute("The mayor saw a large crowd at the square.").quotes == []


def test_a_headline_joined_to_the_next_line_is_not_what_was_said(attribute: Attribute):
    q = only(attribute("Ceasefire holds in the north\nThe army said that no shots were fired."))
    assert q.content.text == "that no shots were fired"
    assert q.speaker_span is not None and q.speaker_span.text == "The army"


def test_a_colon_closing_the_text_introduces_nothing(attribute: Attribute):
    assert attribute("The envoy added:\n\n").quotes == []


def test_a_cue_closing_its_sentence_frames_what_comes_before_it(attribute: Attribute):
    quote = only(attribute("Farmers like Ruiz, the minister said."))
    assert quote.content.text == "Farmers like Ruiz"
    assert quote.speaker_span is not None and quote.speaker_span.text == "the minister"


def test_a_time_clause_after_the_object_is_not_what_was_cited(attribute: Attribute):
    doc = attribute(
        "The farmers cite the drought of 2019, when the ministry wrongly stated that the dams "
        "were full."
    )
    assert [(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes] == [
        ("cite", "the drought of 2019"),
        ("stated", "that the dams were full"),
    ]


def test_a_question_right_after_the_cue_is_what_was_said(attribute: Attribute):
    assert only(
        attribute("The minister did not say when the talks would resume.")
    ).content.text == ("when the talks would resume")


def test_of_two_clauses_the_one_after_the_cue_is_reported(attribute: Attribute):
    doc = attribute(
        "The coalition says the reform is dead: Opposition leaders said the cabinet would "
        "resign within a week."
    )
    assert [(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes] == [
        ("says", "the reform is dead"),
        ("said", "the cabinet would resign within a week"),
    ]


def test_as_one_put_it_attributes_the_clause_before_it(attribute: Attribute):
    text = 'The budget is a "promise to every family," as one aide put it in a memo to staff.'
    q = only(attribute(text))
    assert q.content.text == 'The budget is a "promise to every family,"'
    assert q.speaker_span is not None and q.speaker_span.text == "one aide"


def test_as_one_put_it_opening_a_sentence(attribute: Attribute):
    q = only(attribute("As the governor put it, the state cannot afford another shutdown."))
    assert q.content.text == "the state cannot afford another shutdown"
    assert attribute("The crew put it on the shelf as the storm arrived.").quotes == []


def test_an_as_aside_with_a_circumstance_of_the_telling(attribute: Attribute):
    q = only(attribute("As Moreno noted in her speech, the river has flooded three times."))
    assert q.content.text == "the river has flooded three times"


def test_a_trailing_aside_is_about_the_clause_it_closes(attribute: Attribute):
    text = (
        "Voters are angry; since the mill closed, the town has lost its shops, as the mayor put it."
    )
    q = only(attribute(text))
    assert q.content.text == "the town has lost its shops"


def test_naming_when_the_parse_makes_both_names_predicates(attribute: Attribute):
    text = 'Moreno called Patel a "dangerous fraud" who is "unfit for any office."'
    q = only(attribute(text))
    assert q.content.text == 'Patel a "dangerous fraud" who is "unfit for any office."'
    assert q.speaker_span is not None and q.speaker_span.text == "Moreno"


def test_telling_someone_somewhere_to_do_something(attribute: Attribute):
    q = only(attribute('Patel tells his followers at a rally in Ohio to "stay home and wait."'))
    assert q.content.text == 'his followers at a rally in Ohio to "stay home and wait."'
    assert q.speaker_span is not None and q.speaker_span.text == "Patel"


def test_an_infinitive_with_its_own_subject_is_no_directive(attribute: Attribute):
    doc = attribute("The coach told the players at practice so that they would rest.")
    assert all("rest" not in q.content.text for q in doc.quotes)


def test_a_purpose_after_what_is_told_is_no_instruction(attribute: Attribute):
    assert attribute("The coach told the story to win over the crowd.").quotes == []
    assert attribute("The host told a joke to calm the guests.").quotes == []


def test_a_group_told_to_act_is_instructed(attribute: Attribute):
    q = only(attribute("The general told the troops to hold the bridge."))
    assert q.content.text == "the troops to hold the bridge"
