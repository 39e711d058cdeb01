"""Quotes and sentences come back with spans that point into the stored text."""

from __future__ import annotations

from detente.queries.passages import find_quotes, find_sentences
from detente.store import Store
from tests.stores import corpus


def test_sentences_and_quotes_with_offsets(store: Store) -> None:
    records = corpus()
    store.save([(r, None) for r in records])
    texts = {r["document"]["id"]: r["document"]["text"] for r in records}
    with store.connect() as conn:
        found = find_sentences(conn, "ambassador")
        assert {s["doc_id"] for s in found} == {"border-1", "border-2", "border-3"}
        for sentence in found:
            assert (
                texts[sentence["doc_id"]][sentence["start"] : sentence["end"]] == sentence["text"]
            )
            assert sentence["text"].startswith("Ruritanian") and sentence["text"].endswith(".")
        assert find_sentences(conn, "!!!") == [] and find_sentences(conn, "zeppelin") == []
        [quote] = find_quotes(conn, text="stand down")
        assert texts["appeal"][quote["start"] : quote["end"]] == quote["content"]
        assert quote["speaker"] == "Marco Rubio" and quote["local_id"] == "Q1"
        assert [q["doc_id"] for q in find_quotes(conn, limit=2)] == ["hostile", "appeal"]
        assert [q["doc_id"] for q in find_quotes(conn, limit=2, offset=1)] == ["appeal", "talks"]
