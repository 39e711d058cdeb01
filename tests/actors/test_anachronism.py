"""``role_anachronism``: a title the base says was not the person's on the publication date."""

from __future__ import annotations

from collections.abc import Callable

from detente.model import Document

Run = Callable[..., Document]


def anachronisms(doc: Document) -> list[tuple[str, list[str]]]:
    return [
        (f.actor or "", [s.text for s in f.evidence])
        for f in doc.findings
        if f.kind == "role_anachronism"
    ]


def test_sitting_president_called_former(actors: Run) -> None:
    doc = actors("Former President Donald Trump signed the order.", "2025-03-04")
    found = anachronisms(doc)
    assert len(found) == 1
    assert found[0][1] == ["Former President", "Donald Trump"]


def test_former_president_called_president(actors: Run) -> None:
    doc = actors("President Joe Biden spoke at the memorial.", "2025-06-01")
    assert [ev for _, ev in anachronisms(doc)] == [["President", "Joe Biden"]]


def test_correct_titles_raise_nothing(actors: Run) -> None:
    assert anachronisms(actors("President Joe Biden spoke at the memorial.", "2023-06-01")) == []
    assert (
        anachronisms(actors("Former President Joe Biden spoke at the memorial.", "2025-06-01"))
        == []
    )


def test_description_later_in_the_text_is_checked(actors: Run) -> None:
    doc = actors(
        "Donald Trump signed the order. The former president said it was overdue.", "2025-03-04"
    )
    found = anachronisms(doc)
    assert found and found[0][1] == ["The former president", "Donald Trump"]


def test_timeless_titles_and_unknown_dates_are_not_checked(actors: Run) -> None:
    assert (
        anachronisms(actors("Then-President Joe Biden spoke at the memorial.", "2025-06-01")) == []
    )
    assert anachronisms(actors("President Joe Biden spoke at the memorial.", None)) == []


def test_informal_descriptions_are_not_checked(actors: Run) -> None:
    doc = actors("Antony Blinken, the top diplomat, flew to Cairo.", "2025-06-01")
    assert anachronisms(doc) == []
