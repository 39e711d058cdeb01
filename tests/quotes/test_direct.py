"""Golden tests for direct quotations: marks, orders, splits, paragraphs and colons."""

from collections.abc import Callable

from detente.model import Document, Quote

Attribute = Callable[..., Document]


def only(doc: Document) -> Quote:
    assert len(doc.quotes) == 1, [q.content.text for q in doc.quotes]
    return doc.quotes[0]


def test_straight_marks_speaker_after(attribute: Attribute):
    q = only(attribute('"We will not retreat," the defence minister said on Monday.'))
    assert (q.kind, q.content.text) == ("direct", '"We will not retreat,"')
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_span is not None and q.speaker_span.text == "the defence minister"
    assert q.stance == "says"


def test_curly_marks_with_inverted_speaker_and_apposition(attribute: Attribute):
    q = only(attribute("“We will not retreat,” said Ana Lopez, the defence minister."))
    assert q.content.text == "“We will not retreat,”"
    assert q.speaker_span is not None and q.speaker_span.text.startswith("Ana Lopez")


def test_quote_split_around_its_cue_is_one_attribution(attribute: Attribute):
    text = '"We are ready to talk," she said, "but not under threat." Then she left.'
    q = only(attribute(text))
    assert q.content.text == '"We are ready to talk," she said, "but not under threat."'
    assert q.speaker_span is not None and q.speaker_span.text == "she"


def test_multi_sentence_quote_and_its_continuation(attribute: Attribute):
    text = "“The border stays closed. Nobody crosses it,” the general said. “That is final.”"
    q = only(attribute(text))
    assert q.content.text == text[: text.rindex("”") + 1]


def test_a_following_quote_with_its_own_cue_is_separate(attribute: Attribute):
    text = "“We are leaving,” the envoy said. “We are staying,” the mayor replied."
    doc = attribute(text)
    assert [q.content.text for q in doc.quotes] == ["“We are leaving,”", "“We are staying,”"]
    assert [q.speaker_span.text for q in doc.quotes if q.speaker_span] == ["the envoy", "the mayor"]


def test_multi_paragraph_quote_introduced_by_a_colon(attribute: Attribute):
    text = (
        "The spokesman told reporters:\n\n“The first shipment left this morning.\n\n"
        "“A second one follows next week.”\n\nTrade resumed."
    )
    q = only(attribute(text))
    assert q.content.text.startswith("“The first shipment")
    assert q.content.text.endswith("next week.”")
    assert q.cue is not None and q.cue.text == "told"
    assert q.speaker_span is not None and q.speaker_span.text == "The spokesman"


def test_speaker_before_with_a_colon(attribute: Attribute):
    q = only(attribute('The foreign minister said: "The talks are over."'))
    assert (q.kind, q.content.text) == ("direct", '"The talks are over."')
    assert q.speaker_span is not None and q.speaker_span.text == "The foreign minister"


def test_dash_credit_after_a_quote(attribute: Attribute):
    q = only(attribute("“The harbour must reopen.” ― Maria Sandoval\nOther news."))
    assert q.cue is not None and q.cue.text == "―"
    assert q.speaker_span is not None and q.speaker_span.text == "Maria Sandoval"


def test_scare_quotes_alone_are_not_attributions(attribute: Attribute):
    assert attribute('The so-called "reset" ended in March.').quotes == []


def test_partial_quote_inside_a_sentence_is_mixed(attribute: Attribute):
    q = only(attribute('The senator called the envoy a "disgrace" during the hearing.'))
    assert (q.kind, q.content.text) == ("mixed", 'the envoy a "disgrace"')
    assert q.cue is not None and q.cue.text == "called"


def test_dash_glued_to_the_closing_mark(attribute: Attribute):
    q = only(attribute("“The harbour must reopen.”― Maria Sandoval\nOther news."))
    assert q.content.text == "“The harbour must reopen.”"
    assert q.cue is not None and q.cue.text == "―"
    assert q.speaker_span is not None and q.speaker_span.text == "Maria Sandoval"


def test_a_quotation_the_reported_clause_goes_on_from_is_mixed(attribute: Attribute):
    q = only(attribute('The spokesman said that "the army will not stand aside" during the talks.'))
    assert (q.kind, q.content.text) == (
        "mixed",
        'that "the army will not stand aside" during the talks',
    )


def test_a_reported_clause_opening_a_long_quotation_runs_to_its_close(attribute: Attribute):
    text = 'The governor declared "We will rebuild the port. It will take years. But we will."'
    q = only(attribute(text))
    assert (q.kind, q.content.text) == ("direct", text[text.index('"') :])


def test_a_split_quotation_carried_on_by_a_conjunction_is_one_attribution(attribute: Attribute):
    text = '"We respect the court," the minister said, but "we will appeal the ruling."'
    q = only(attribute(text))
    assert (q.kind, q.content.text) == ("direct", text)


def test_a_colon_after_someones_clause_introduces_their_words(attribute: Attribute):
    doc = attribute("The reply from the ministry was blunt: “The port will stay closed.”")
    assert [
        (q.kind, q.content.text, q.speaker_span.text if q.speaker_span else None)
        for q in doc.quotes
    ] == [("direct", "“The port will stay closed.”", "The reply from the ministry")]


def test_a_colon_after_an_impersonal_clause_introduces_no_one(attribute: Attribute):
    assert attribute("It was simple: “The port will stay closed.”").quotes == []


def test_cue_first_with_the_speaker_after_it(attribute: Attribute):
    doc = attribute('The crowd cheered. Said Ellis: "We will not back down."')
    (q,) = doc.quotes
    assert q.content.text == '"We will not back down."'
    assert q.speaker_span is not None and "Ellis" in q.speaker_span.text


def test_cue_first_with_a_comma_names_the_speaker_after_it(attribute: Attribute):
    doc = attribute('Added the minister, "Nobody wants another winter like the last."')
    (q,) = doc.quotes
    assert q.speaker_span is not None and q.speaker_span.text == "the minister"


def test_a_capitalised_word_before_a_colon_is_no_inverted_cue(attribute: Attribute):
    doc = attribute('Senator Ellis: "We will not back down."')
    assert all(q.cue is None or q.cue.text != "Senator" for q in doc.quotes)
