"""Golden tests for contents that go on past the frame that follows them."""

from collections.abc import Callable

from detente.model import Document

Attribute = Callable[..., Document]


def test_a_clause_coordinated_after_the_frame_continues_the_content(attribute: Attribute):
    text = "Exports fell by a fifth, the ministry said in a report, and imports rose by a tenth."
    doc = attribute(text)
    assert [(q.content.text, q.cue.text if q.cue else None) for q in doc.quotes] == [
        (text.rstrip("."), "said")
    ]


def test_a_quotation_after_the_frame_continues_a_mixed_content(attribute: Attribute):
    text = (
        'The summit did "far too little," the premier said on radio. '
        '"Without reforms the union risks a great deal."'
    )
    [quote] = attribute(text).quotes
    assert quote.kind == "mixed"
    assert quote.content.text == text


def test_a_quotation_with_its_own_frame_starts_a_new_attribution(attribute: Attribute):
    doc = attribute(
        'The summit did "far too little," the premier said. '
        '"It was a good start," the chancellor replied.'
    )
    assert [q.content.text for q in doc.quotes] == [
        'The summit did "far too little,"',
        '"It was a good start,"',
    ]


def test_a_frame_before_its_content_is_not_continued(attribute: Attribute):
    doc = attribute('The premier said the summit did "far too little." "It was a start."')
    assert [q.content.text for q in doc.quotes] == ['the summit did "far too little."']
