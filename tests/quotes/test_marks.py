from detente.quotes.marks import inside, quoted


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted(text)]


def test_straight_and_curly_marks_pair_up():
    text = 'He said "yes" and she said “no” twice.'
    assert texts(text) == ['"yes"', "“no”"]


def test_doubled_apostrophes_are_quotation_marks():
    assert texts("''We are ready,'' the envoy said.") == ["''We are ready,''"]


def test_a_mark_the_wrong_way_round_still_opens_at_a_paragraph_start():
    assert texts("”The port is shut.” ― Harbour master") == ["”The port is shut.”"]


def test_quotation_continues_into_a_paragraph_that_reopens_it():
    text = "She said:\n\n“The first convoy left.\n\n“The second waits at the border.”\n\nNews."
    found = quoted(text)
    assert [text[q.start : q.end] for q in found] == [
        "“The first convoy left.\n\n“The second waits at the border.”"
    ]
    assert found[0].closed


def test_unclosed_quotation_ends_with_its_paragraph():
    text = "“The ports stay open\n\nOfficials gave no date. “Soon,” one added."
    found = quoted(text)
    assert [text[q.start : q.end] for q in found] == ["“The ports stay open", "“Soon,”"]
    assert not found[0].closed and found[1].closed


def test_a_straight_quotation_is_not_continued_by_a_curly_one():
    text = '"The first part never closes\n\n“A new quotation.”'
    assert texts(text) == ['"The first part never closes', "“A new quotation.”"]


def test_text_without_marks_has_no_quotations():
    assert quoted("Nothing quoted here.\nNor here.") == []


def test_inside_a_quotation_means_between_its_marks():
    text = 'He said "we will go" and left.'
    found = quoted(text)
    assert [inside(i, found) for i in (3, text.index("we"), text.index("left"))] == [
        False,
        True,
        False,
    ]
