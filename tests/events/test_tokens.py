"""Token arrays: character spans to token indices, and cue-word lookups by string id."""

from __future__ import annotations

from spacy.language import Language

from detente.events.tokens import TokenTable, hashed, hashed_map, inflections


def test_within_maps_character_spans_to_tokens(nlp: Language) -> None:
    doc = nlp("The  troops withdrew.\n\nThen they left")
    table = TokenTable(doc)
    assert table.ends == [t.idx + len(t) for t in doc]
    start = doc.text.index("troops")
    assert [doc[i].text for i in table.within(start, start + 6)] == ["troops"]
    assert [doc[i].text for i in table.within(start + 2, start + 12)] == ["troops", "withdrew"]
    assert list(table.within(0, 0)) == []


def test_find_and_lookup_use_lemma_or_lower_case(nlp: Language) -> None:
    doc = nlp("We said the Troops were criminals.")
    table = TokenTable(doc)
    assert [doc[i].text for i in table.find(0, len(doc.text), hashed({"we", "say"}))] == [
        "We",
        "said",
    ]
    found = table.lookup(0, len(doc.text), hashed_map({"criminal": "112"}))
    assert [(doc[i].text, v) for i, v in found] == [("criminals", "112")]


def test_inflections_cover_regular_forms() -> None:
    assert {"stages", "staged", "staging"} <= inflections("stage")
    assert {"shelled", "shelling"} <= inflections("shell")
    assert {"denies", "denied"} <= inflections("deny")
