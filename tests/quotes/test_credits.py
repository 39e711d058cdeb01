"""Golden tests for attributions without a cue verb: "according to" and "Name:" lines."""

from collections.abc import Callable

from detente.model import Document, Quote

Attribute = Callable[..., Document]


def only(doc: Document) -> Quote:
    assert len(doc.quotes) == 1, [q.content.text for q in doc.quotes]
    return doc.quotes[0]


def test_according_to_before_the_clause(attribute: Attribute):
    q = only(attribute("According to officials, the convoy was attacked near the border."))
    assert q.content.text == "the convoy was attacked near the border"
    assert q.cue is not None and q.cue.text == "According to"
    assert q.speaker_span is not None and q.speaker_span.text == "officials"


def test_according_to_after_the_clause(attribute: Attribute):
    q = only(attribute("The convoy was attacked near the border, according to two officials."))
    assert q.content.text == "The convoy was attacked near the border"
    assert q.speaker_span is not None and q.speaker_span.text == "two officials"


def test_headline_name_and_colon(attribute: Attribute):
    kim = {"Kim Jong Un": ("Q1", "person", "name")}
    q = only(attribute("Kim Jong Un: Our missiles can reach any target\n\nThe text.", kim))
    assert q.content.text == "Our missiles can reach any target"
    assert q.cue is not None and q.cue.text == ":"
    assert q.speaker_span is not None and q.speaker_span.text == "Kim Jong Un"


def test_a_label_before_a_colon_credits_no_one(attribute: Attribute):
    text = "Talks resumed on Monday.\n\nEditorial Note: The earlier version misnamed the port."
    assert attribute(text).quotes == []


def test_a_title_names_its_source_before_a_colon(attribute: Attribute):
    q = only(attribute("Pollster: Turnout will break records\n\nVoting began at dawn."))
    assert q.content.text == "Turnout will break records"
    assert q.speaker_span is not None and q.speaker_span.text == "Pollster"


def test_transcript_speaker_tags(attribute: Attribute):
    doc = attribute("MORALES: We will hold the vote in March.\nHOST: Will the army accept it?")
    said = [(q.content.text, q.speaker_span.text if q.speaker_span else None) for q in doc.quotes]
    assert said == [
        ("We will hold the vote in March", "MORALES"),
        ("Will the army accept it", "HOST"),
    ]


def test_one_capitalised_label_is_not_a_transcript(attribute: Attribute):
    text = "The talks resumed on Monday.\n\nUPDATE: The envoys left the building after midnight."
    assert attribute(text).quotes == []


def test_according_to_after_the_clause_with_a_relative_clause_on_the_source(attribute: Attribute):
    text = (
        "Turnout reached 61 percent, according to the electoral commission, which published "
        "the figures late on Sunday."
    )
    q = only(attribute(text))
    assert q.content.text == "Turnout reached 61 percent"
    assert q.speaker_span is not None and q.speaker_span.text == "the electoral commission"


def test_according_to_stays_in_its_paragraph(attribute: Attribute):
    doc = attribute("Polls closed at eight\n\nAccording to observers, the count was orderly.")
    assert [q.content.text for q in doc.quotes] == ["the count was orderly"]


def test_a_liveblog_line_with_time_stamp_and_channel(attribute: Attribute):
    text = "Talks resume\n\n09:15 — Zelenskyy on Telegram: “Russia fired a new missile today.”"
    q = only(attribute(text, {"Zelenskyy": ("A1", "person", "name")}))
    assert (q.kind, q.content.text) == ("direct", "“Russia fired a new missile today.”")
    assert q.speaker == "A1"
