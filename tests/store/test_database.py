from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from detente import contract
from detente.store import Store, content_hash
from detente.store import database as database_mod
from detente.store.schema import actors, documents, event_actors, events, quotes
from tests.contract_check import check_record
from tests.stores import diplomacy, record

pytestmark = pytest.mark.postgres


def test_opening_migrates_to_head_and_reopening_is_a_no_op(store_url: str) -> None:
    with Store(store_url) as first:
        assert first.revision() == "0002"
        assert set(first.counts().values()) == {0}
    with Store(store_url) as again:
        assert again.revision() == "0002"


def test_migrations_build_exactly_the_declared_schema(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from detente.store.schema import metadata

    with store.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    fulltext = ("documents_fts", "quotes_fts", "tsv")
    assert [d for d in diff if not any(name in str(d) for name in fulltext)] == []


def test_an_older_store_is_upgraded_with_its_data(store_url: str) -> None:
    with Store(store_url, upgrade=False) as old:
        old.upgrade("0001")
        assert old.revision() == "0001"
        old.save([(diplomacy(), None)])
    with Store(store_url) as new:
        assert new.revision() == "0002"
        assert new.record("d1") == diplomacy()


def test_a_record_is_stored_in_every_table_and_returned_exactly(store: Store) -> None:
    rec = diplomacy()
    assert store.save([(rec, "file:/news/a.txt")]) == ["stored"]
    counts = store.counts()
    assert counts["documents"] == 1
    assert counts["actors"] == 3
    assert counts["mentions"] == 3
    assert counts["events"] == 1
    assert counts["quotes"] == 1
    assert counts["times"] == 1
    assert counts["findings"] == 1
    assert json.dumps(store.record("d1")) == json.dumps(rec)  # key order too
    assert store.record(content_hash(rec["document"]["text"])) == rec
    with store.connect() as conn:
        row = conn.execute(sa.select(events)).one()
        assert (row.day.isoformat(), row.month, row.week) == ("2025-03-03", "2025-03", "2025-W10")
        links = conn.execute(
            sa.select(event_actors.c.role, actors.c.local_id, event_actors.c.kb_id).join(
                actors, actors.c.id == event_actors.c.actor_id
            )
        ).all()
        assert sorted(map(tuple, links)) == [("actor", "A1", "Q901"), ("recipient", "A2", "Q902")]
        speaker = conn.execute(
            sa.select(actors.c.name).join(quotes, quotes.c.speaker_id == actors.c.id)
        ).scalar_one()
        assert speaker == "Anna Berg"


def test_row_ids_are_unique_across_documents_while_contract_ids_repeat(store: Store) -> None:
    one = diplomacy("d1")
    two = record("Freedonia protested loudly.", doc_id="d2")
    two["actors"] = [dict(one["actors"][1], mentions=[{"start": 0, "end": 9, "text": "Freedonia"}])]
    store.save([(one, None), (two, None)])
    with store.connect() as conn:
        rows = conn.execute(sa.select(actors.c.id, actors.c.local_id)).all()
    assert len({r.id for r in rows}) == len(rows) == 4
    assert [r.local_id for r in rows].count("A2") == 2


def test_the_same_text_is_stored_once_even_with_other_whitespace(store: Store) -> None:
    rec = diplomacy()
    spaced = json.loads(json.dumps(rec))
    spaced["document"]["text"] = rec["document"]["text"].replace(" ", "  ", 1) + "\n"
    spaced["document"]["id"] = "other-id"
    assert store.save([(rec, None)]) == ["stored"]
    assert store.save([(rec, None), (spaced, None)]) == ["duplicate", "duplicate"]
    assert store.counts()["documents"] == 1


def test_a_changed_article_at_the_same_url_becomes_a_new_version(store: Store) -> None:
    url = "https://news.example/a"
    first = record("The ministers met in Oslo.", doc_id="v", url=url)
    second = record("The ministers met in Oslo and signed a pact.", doc_id="v", url=url)
    assert store.save([(first, None)]) == ["stored"]
    assert store.save([(second, None), (first, None)]) == ["stored", "duplicate"]
    with store.connect() as conn:
        versions = conn.execute(
            sa.select(documents.c.version, documents.c.text).order_by(documents.c.version)
        ).all()
    assert [v for v, _ in versions] == [1, 2]
    assert store.record("v")["document"]["text"] == second["document"]["text"]  # newest


def test_a_batch_that_races_another_writer_falls_back_to_one_transaction_each(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save([(diplomacy("d1"), None)])
    real = database_mod._known
    calls = {"n": 0}

    def blind_once(conn: Any, hashes: list[str]) -> set[str]:
        calls["n"] += 1
        return set() if calls["n"] == 1 else real(conn, hashes)

    monkeypatch.setattr(database_mod, "_known", blind_once)
    fresh = record("Ruritania recalled its ambassador.", doc_id="d9")
    assert store.save([(fresh, None), (diplomacy("d1"), None)]) == ["stored", "duplicate"]
    assert store.counts()["documents"] == 2


def test_errors_count_attempts_and_clear_when_the_document_is_stored(store: Store) -> None:
    store.record_error("file:/news/bad.txt", "/news/bad.txt", "empty", "the document is empty")
    store.record_error("file:/news/bad.txt", "/news/bad.txt", "empty", "still empty")
    [err] = store.errors()
    assert (err["kind"], err["message"], err["attempts"]) == ("empty", "still empty", 2)
    store.save([(diplomacy(), "file:/news/bad.txt")])
    assert store.errors() == []


def test_real_pipeline_output_round_trips(store: Store, run: Any, pipeline: Any) -> None:
    from detente.extraction import meta_for
    from detente.pipeline import Result

    doc = run("Officials in Madrid said Spain would send aid to Portugal next week.")
    rec = contract.to_record(doc, meta_for(pipeline, Result(doc)))
    check_record(rec)
    assert store.save([(rec, None)]) == ["stored"]
    assert store.record(doc.id) == rec
    assert store.counts()["actors"] == len(rec["actors"])


def test_concurrent_writers_store_each_document_once(store_url: str) -> None:
    import threading

    Store(store_url).close()
    batch = []
    for n in range(24):
        rec = diplomacy(f"d{n}")
        rec["document"]["text"] += f" Round {n}."
        batch.append((rec, None))
    outcomes: list[str] = []

    def write(order: list[tuple[dict[str, Any], None]]) -> None:
        with Store(store_url) as mine:
            for start in range(0, len(order), 4):
                outcomes.extend(mine.save(order[start : start + 4]))

    failures: list[BaseException] = []

    def guarded(order: list[tuple[dict[str, Any], None]]) -> None:
        try:
            write(order)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=guarded, args=(o,)) for o in (batch, batch[::-1])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(set(outcomes)) == ["duplicate", "stored"]
    assert outcomes.count("stored") == 24
    with Store(store_url) as check:
        assert check.counts()["documents"] == 24 and check.counts()["events"] == 24


def test_a_record_the_database_cannot_keep_fails_alone(store: Store) -> None:
    bad = diplomacy("bad")
    bad["document"]["text"] += " Out of range."
    bad["actors"][0]["mentions"][0]["start"] = 2**70  # no INTEGER column takes this
    told: list[str] = []
    outcomes = store.save(
        [(diplomacy("good"), "file:/good"), (bad, "file:/bad")], lambda _, why: told.append(why)
    )
    assert outcomes == ["stored", "failed"]
    assert [why.split(":")[0] for why in told] == ["bad"] and "refused" in told[0]
    assert store.counts()["documents"] == 1 and store.record("bad") is None
