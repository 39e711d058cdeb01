"""The quotes layer in the whole default pipeline."""

from collections.abc import Callable

from detente.model import Document
from detente.quotes.stage import AttributeQuotes

TEXT = (
    "Talks resumed in Geneva on Monday.\n\n"
    '"We are ready to sign," the envoy said, "if the border stays open."\n\n'
    "The foreign minister denied that troops had crossed the river. According to officials, "
    "the convoy turned back at dawn.\n\n"
    "Observers believe the vote will be delayed."
)


def test_quotes_in_text_order_with_exact_spans(run: Callable[..., Document]):
    doc = run(TEXT)
    assert "quotes.attribute.v1" in doc.stages
    assert [q.id for q in doc.quotes] == [f"Q{n}" for n in range(1, len(doc.quotes) + 1)]
    assert [q.content.start for q in doc.quotes] == sorted(q.content.start for q in doc.quotes)
    for q in doc.quotes:
        for span in (q.content, q.cue, q.speaker_span):
            assert span is None or doc.text[span.start : span.end] == span.text
    assert [(q.kind, q.stance) for q in doc.quotes] == [
        ("direct", "says"),
        ("indirect", "denies"),
        ("indirect", "says"),
        ("indirect", "believes"),
    ]


def test_speakers_point_at_actors_of_the_document(run: Callable[..., Document]):
    doc = run(TEXT)
    ids = {a.id for a in doc.actors}
    assert all(q.speaker is None or q.speaker in ids for q in doc.quotes)


def test_stage_contract():
    assert AttributeQuotes.requires == {"nlp", "mentions", "actors"}
    assert AttributeQuotes.provides == {"quotes"}
    assert AttributeQuotes.__doc__ and "Requires" in AttributeQuotes.__doc__


def test_empty_document_has_no_quotes(run: Callable[..., Document]):
    assert run("Nothing was said.").quotes == []
