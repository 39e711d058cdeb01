"""The article list: newest first, with counts per layer, filters and offsets."""

from __future__ import annotations

import datetime as dt

from detente.queries.documents import list_documents, totals
from detente.store import Store
from tests.stores import corpus


def test_documents_and_totals(store: Store) -> None:
    store.save([(r, None) for r in corpus()])
    with store.connect() as conn:
        rows = list_documents(conn)
        assert [r["doc_id"] for r in rows] == [
            "border-3",
            "hostile",
            "appeal",
            "border-2",
            "border-1",
            "talks",
        ]
        appeal = rows[2]
        assert (appeal["actors"], appeal["events"], appeal["quotes"]) == (2, 1, 1)
        assert [r["doc_id"] for r in list_documents(conn, limit=2, offset=2)] == [
            "appeal",
            "border-2",
        ]
        june = list_documents(conn, since=dt.date(2025, 6, 1), until=dt.date(2025, 6, 30))
        assert {r["doc_id"] for r in june} == {"border-3", "hostile"}
        assert [r["doc_id"] for r in list_documents(conn, text="Lisbon")] == ["talks"]
        assert totals(conn) == {"documents": 6, "actors": 5, "events": 9, "quotes": 3}
