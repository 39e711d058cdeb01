"""Highlighted pieces cover the text exactly once, whatever the overlaps."""

from __future__ import annotations

import itertools

from detente.web.highlight import annotate
from tests.stores import appeal, diplomacy, hostile


def test_pieces_rebuild_the_text_and_know_every_covering_annotation() -> None:
    record = diplomacy()
    text = record["document"]["text"]
    article = annotate(record)
    assert "".join(p.text for p in article.pieces) == text
    assert all(p.start + len(p.text) == q.start for p, q in itertools.pairwise(article.pieces))
    by_text = {p.text: p for p in article.pieces}
    assert by_text["Anna Berg"].marks == ["actor:A3", "quote:Q1"]
    assert by_text["Anna Berg"].layers == {"actor", "speaker"}
    assert (
        by_text["held talks"].marks == ["event:E1"] and "event:E1" in by_text["held talks"].evidence
    )
    assert by_text["said"].layers == {"cue"}
    inside = [p for p in article.pieces if "quote" in p.layers]
    assert "".join(p.text for p in inside) == "We will keep talking,"
    assert article.records["event:E1"]["rule"] == "hand"
    assert ["actor", "Ruritania"] in article.records["event:E1"]["fields"]
    assert article.records["event:E1"]["actors"][0] == {
        "name": "Ruritania",
        "ref": "Q901",
        "role": "actor",
    }
    assert article.records["time:0"]["fields"] == [["type", "DATE"], ["value", "2025-03-03"]]


def test_a_linked_passage_is_marked_and_findings_light_up_on_demand() -> None:
    record = appeal()
    text = record["document"]["text"]
    start = text.index("We expect")
    article = annotate(record, (start, start + 9))
    marked = [p for p in article.pieces if "passage" in p.layers]
    assert "".join(p.text for p in marked) == "We expect"
    found = annotate(hostile())
    lit = [p for p in found.pieces if p.findings]
    assert "".join(p.text for p in lit) == "the shipment left port"
    assert found.records["actor:A1"]["title"].startswith("Evil <img")
    assert annotate(record, (len(text) - 3, len(text) + 50)).pieces[-1].layers == {"passage"}
