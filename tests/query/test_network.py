"""The event network: directed edges with counts and mean intensity, filtered and capped."""

from __future__ import annotations

import datetime as dt

from detente.queries.network import network
from detente.store import Store
from tests.stores import RUBIO, corpus


def test_edges_nodes_and_filters(store: Store) -> None:
    store.save([(r, None) for r in corpus()])
    with store.connect() as conn:
        graph = network(conn)
        edges = {(e["source"], e["target"]): e for e in graph["edges"]}
        assert set(edges) == {
            ("Q901", "Q902"),
            ("Q902", "Q901"),
            (RUBIO, "Q901"),
            ("Q901", 'evil <img src=x onerror="window.__xss5=1"> corp|RUR'),
        }
        rur_fre = edges[("Q901", "Q902")]
        assert rur_fre["events"] == 4 and rur_fre["mean_intensity"] == -6.5
        assert (rur_fre["first"], rur_fre["last"]) == (dt.date(2025, 3, 3), dt.date(2025, 6, 19))
        assert graph["edges"][0] == rur_fre
        nodes = {n["id"]: n for n in graph["nodes"]}
        assert nodes["Q901"]["events"] == 4 + 3 + 1 + 1 and nodes[RUBIO]["name"] == "Marco Rubio"
        assert graph["nodes"][0]["id"] == "Q901"
        only = network(conn, type="assault", since=dt.date(2025, 5, 1), until=dt.date(2025, 5, 31))
        assert [(e["source"], e["events"]) for e in only["edges"]] == [("Q901", 1)]
        assert len(network(conn, max_edges=1)["edges"]) == 1
        assert network(conn, min_count=4)["edges"] == [rur_fre]
        assert network(conn, modality="negated") == {"nodes": [], "edges": []}
