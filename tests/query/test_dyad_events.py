"""The events behind a dyad point are exactly those the series counted for that period."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.queries import dyad
from detente.queries.dyad_events import dyad_events, period_days
from detente.store import Store
from tests.stores import corpus


def test_period_days() -> None:
    assert period_days("day", "2025-03-04") == (dt.date(2025, 3, 4), dt.date(2025, 3, 4))
    assert period_days("week", "2025-W01") == (dt.date(2024, 12, 30), dt.date(2025, 1, 5))
    assert period_days("month", "2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    for by, bad in (("month", "2025-13"), ("week", "2025-03"), ("day", "Monday")):
        with pytest.raises(ValueError, match="period"):
            period_days(by, bad)
    with pytest.raises(ValueError, match="unknown"):
        period_days("year", "2025")


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_every_point_opens_onto_its_events(store: Store, by: str) -> None:
    store.save([(r, None) for r in corpus()])
    with store.connect() as conn:
        for either_way in (False, True):
            series = dyad(conn, "RUR", "FRE", by=by, either_way=either_way)
            assert series
            for point in series:
                rows = dyad_events(conn, "RUR", "FRE", by, point["period"], either_way)
                assert len(rows) == point["events"], (by, point)
                types: dict[str, int] = {}
                for row in rows:
                    types[row["type"]] = types.get(row["type"], 0) + 1
                assert types == point["types"]
