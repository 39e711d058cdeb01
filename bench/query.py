"""Query latency on a store of generated events (default one million), SQLite or PostgreSQL.

    .venv/bin/python bench/query.py --events 1000000                 # SQLite in a temp dir
    .venv/bin/python bench/query.py --events 1000000 --db sqlite:///var/bench.sqlite --keep
    scripts/pg-cluster.sh sh -c '.venv/bin/python bench/query.py --db "$DETENTE_TEST_PG"'

Builds the store through ``Store.save`` (the path ingest uses) from generated contract records
-- documents of a few sentences with three actors, five events and a quote each, actors drawn
with a Zipf-like skew so the busiest dyads are dense, as in real news -- unless the store
already holds enough events. Then it times dyad series of the busiest pair (by KB id, by
country code, both ways), the events behind them, a timeline page, a deep page of events, the
actor list, quote searches and a document search: the first (cold) run and the median of five
warm runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import COUNTRIES, PEOPLE, TOPICS

from detente.queries import (
    EventFilter,
    dyad,
    find_actors,
    find_events,
    find_quotes,
    search,
    timeline,
)
from detente.store import Store

TYPES = [  # PLOVER type, quad class, typical intensity, CAMEO root
    ("CONSULT", 1, 1.0, "04"), ("AGREE", 1, 3.0, "05"), ("SUPPORT", 1, 3.5, "05"),
    ("COOPERATE", 2, 6.0, "06"), ("AID", 2, 7.0, "07"), ("REQUEST", 1, -0.5, "02"),
    ("ACCUSE", 3, -2.0, "11"), ("REJECT", 3, -4.0, "12"), ("THREATEN", 3, -6.0, "13"),
    ("PROTEST", 3, -6.5, "14"), ("SANCTION", 4, -8.0, "16"), ("ASSAULT", 4, -9.0, "18"),
]  # fmt: skip
ACTORS = [(name, f"Q{1000 + i}", name[:3].upper()) for i, (name, _, _) in enumerate(COUNTRIES)]
WEIGHTS = [1 / (i + 1) for i in range(len(ACTORS))]
START = dt.date(2022, 1, 1)
META = {"version": "bench", "pipeline": ["bench.generated.v1"], "config_hash": "sha256:bench",
        "model": "generated", "elapsed_ms": 0.0}  # fmt: skip


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def make_record(n: int, rng: random.Random) -> dict[str, Any]:
    a, b, c = (ACTORS[i] for i in _three(rng))
    person, topic = rng.choice(PEOPLE), rng.choice(TOPICS)
    day = START + dt.timedelta(days=rng.randrange(4 * 365))
    quote = f"We will not accept any deal on {topic} that ignores {c[0]}"
    text = (
        f"{a[0]} and {b[0]} held another round of talks on {topic} (report {n}). "
        f'"{quote}," said {person}, an adviser in {a[0]}. {c[0]} watched closely.'
    )
    actors = [
        {"id": f"A{k + 1}", "name": x[0], "kind": "state", "country": x[2], "sector": "GOV",
         "role": None, "kb_id": x[1], "mentions": [_span(text, x[0])]}
        for k, x in enumerate((a, b, c))
    ] + [{"id": "A4", "name": person, "kind": "person", "country": a[2], "sector": "GOV",
          "role": "adviser", "kb_id": None, "mentions": [_span(text, person)]}]  # fmt: skip
    events = []
    for k in range(5):
        kind, quad, intensity, root = rng.choice(TYPES)
        src, dst = ("A1", "A2") if rng.random() < 0.6 else rng.sample(["A1", "A2", "A3"], 2)
        events.append({
            "id": f"E{k + 1}", "type": kind, "mode": None, "context": [], "cameo": root + "0",
            "quad_class": quad, "intensity": intensity, "actor": [src], "recipient": [dst],
            "trigger": _span(text, "held another round of talks"),
            "evidence": {"start": 0, "end": len(text), "text": text},
            "date": {"value": day.isoformat(), "time": None, "inferred": True},
            "modality": "asserted", "reported_by": None, "confidence": 0.8, "rule": "bench",
        })  # fmt: skip
    return {
        "schema": "detente/extraction/v1",
        "document": {"id": f"bench-{n}", "text": text, "published": day.isoformat(),
                     "title": None, "url": f"https://bench.example/{n}", "source": "bench",
                     "language": "en"},
        "actors": actors, "events": events,
        "quotes": [{"id": "Q1", "kind": "direct", "content": _span(text, quote), "speaker": "A4",
                    "speaker_span": _span(text, person), "cue": _span(text, "said"),
                    "stance": "says", "relayed_by": []}],
        "times": [], "findings": [], "meta": META,
    }  # fmt: skip


def _three(rng: random.Random) -> list[int]:
    picked: list[int] = []
    while len(picked) < 3:
        i = rng.choices(range(len(ACTORS)), WEIGHTS)[0]
        if i not in picked:
            picked.append(i)
    return picked


def build(store: Store, events: int, batch: int = 1000) -> None:
    have = store.counts()["events"]
    docs = (events - have) // 5
    if docs <= 0:
        print(f"store already holds {have:,} events")
        return
    rng = random.Random(have)
    started = time.perf_counter()
    first = have // 5
    for offset in range(0, docs, batch):
        chunk = [(make_record(first + offset + k, rng), None)
                 for k in range(min(batch, docs - offset))]  # fmt: skip
        store.save(chunk)
        done = offset + len(chunk)
        if done % (batch * 20) == 0 or done == docs:
            rate = done * 5 / (time.perf_counter() - started)
            print(f"  built {have + done * 5:,} events ({rate:,.0f} events/s)", flush=True)
    # Fresh statistics, and on PostgreSQL a visibility map so covering indexes serve index-only
    # scans (autovacuum would do both, later).
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM ANALYZE" if store.dialect == "postgresql" else "ANALYZE"))


def timed(fn: Any, runs: int = 5) -> tuple[float, float, int]:
    started = time.perf_counter()
    rows = fn()
    cold = (time.perf_counter() - started) * 1000
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        warm.append((time.perf_counter() - started) * 1000)
    return cold, statistics.median(warm), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="store URL (default: a SQLite file in a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temp SQLite store")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="detente-bench-")
    url = args.db or f"sqlite:///{tmp}/bench.sqlite"
    with Store(url) as store:
        print(f"store: {store.dialect}  target: {args.events:,} events")
        build(store, args.events)
        counts = store.counts()
        print("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        top, second = ACTORS[0], ACTORS[1]
        with store.connect() as conn:
            cases = {
                f"dyad {top[0]}->{second[0]} by month": lambda: dyad(conn, top[1], second[1]),
                f"dyad {top[2]}->{second[2]} by week": lambda: dyad(
                    conn, top[2], second[2], by="week"
                ),
                f"dyad {top[0]}<->{second[0]} by month": lambda: dyad(
                    conn, top[1], second[1], either_way=True
                ),
                "dyad events, newest 100": lambda: find_events(
                    conn, EventFilter(actor=top[1], recipient=second[1], limit=100)
                ),
                "timeline page (200 events)": lambda: timeline(
                    conn, ACTORS[5][0], EventFilter(limit=200)
                ),
                "events page at offset 10,000 (50)": lambda: find_events(
                    conn, EventFilter(limit=50, offset=10_000)
                ),
                "actor list, first page (50)": lambda: find_actors(conn, limit=50),
                "quote search 'pipeline' (50)": lambda: find_quotes(
                    conn, text="pipeline", limit=50
                ),
                "quote search speaker+words (50)": lambda: find_quotes(
                    conn, speaker=PEOPLE[0], text="customs union", limit=50
                ),
                "document search (20)": lambda: search(conn, "gas pipeline talks", 20),
            }
            print(f"{'query':<40} {'cold ms':>9} {'warm ms':>9} {'rows':>6}")
            for name, fn in cases.items():
                cold, warm, n = timed(fn)
                print(f"{name:<40} {cold:>9.1f} {warm:>9.1f} {n:>6}", flush=True)
    if args.db is None and not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    elif args.db is None:
        print(f"kept {url}")


if __name__ == "__main__":
    main()
