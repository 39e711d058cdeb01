from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.config import Config
from detente.ingest import HttpFetcher, LocalEngine, entries, ingest, reopen
from detente.ingest.engines import BatchResult
from detente.ingest.progress import Progress
from detente.model import Document
from detente.readers import Limits
from detente.store import Store
from tests.contract_check import check_record
from tests.stores import actor, record

pytestmark = pytest.mark.postgres
DAY = dt.date(2025, 3, 1)


def _run(store: Store, config: Config, inputs: list[str], progress: Progress | None = None):
    return ingest(
        store,
        entries(inputs, HttpFetcher(), DAY, Limits()),
        LocalEngine(config, 1),
        batch_size=2,
        progress=progress,
    )


def _corpus(root: Path) -> None:
    root.mkdir()
    (root / "a.txt").write_text("Chile and Peru signed a water treaty in Lima on Sunday.")
    (root / "b.txt").write_text("Kenya sent troops to the border after a raid by gunmen.")
    (root / "b-copy.txt").write_text("Kenya sent  troops to the border after a raid by gunmen.\n")
    (root / "c.jsonl").write_text(
        '{"id": "c1", "text": "Brazil hosted a summit on forests.", "url": "https://x.example/c"}\n'
        '{"id": "c2", "text": "   "}\n'
    )
    (root / "d.bin").write_bytes(b"\x00\x01\x02binary")


def test_ingest_stores_once_records_failures_and_is_idempotent(
    store: Store, lean_config: Config, tmp_path: Path
) -> None:
    _corpus(tmp_path / "in")
    first = _run(store, lean_config, [str(tmp_path / "in")])
    assert (first.read, first.stored, first.duplicates, first.failed) == (6, 3, 1, 2)
    assert first.words > 20
    assert sorted(e["kind"] for e in store.errors()) == ["empty", "not_text"]
    rec = store.record("c1")
    assert rec is not None and rec["document"]["url"] == "https://x.example/c"
    check_record(rec)
    again = _run(store, lean_config, [str(tmp_path / "in")])
    assert (again.stored, again.duplicates, again.failed) == (0, 4, 2)
    assert store.counts()["documents"] == 3
    assert {e["attempts"] for e in store.errors()} == {2}


def test_retrying_errors_stores_what_is_fixed(
    store: Store, lean_config: Config, tmp_path: Path
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    broken = root / "late.txt"
    broken.write_text("")
    _run(store, lean_config, [str(root)])
    [error] = store.errors()
    broken.write_text("Ghana and Togo reopened their shared border on Monday.")
    retried = ingest(
        store, reopen(error["origin"], HttpFetcher(), DAY, Limits()), LocalEngine(lean_config, 1)
    )
    assert retried.stored == 1 and store.errors() == []


def test_a_changed_page_at_the_same_url_is_a_new_version(
    store: Store, lean_config: Config, tmp_path: Path
) -> None:
    from tests.ingest.sites import serve

    root = tmp_path / "site"
    root.mkdir()
    page = root / "story.txt"
    with serve(root) as base:
        page.write_text("Italy and Greece agreed on a ferry deal.")
        _run(store, lean_config, [f"{base}/story.txt"])
        _run(store, lean_config, [f"{base}/story.txt"])
        page.write_text("Italy and Greece agreed on a ferry deal and a rail link.")
        _run(store, lean_config, [f"{base}/story.txt"])
        newest = store.record(f"{base}/story.txt")
    assert store.counts()["documents"] == 2
    assert newest is not None and "rail link" in newest["document"]["text"]


def test_progress_logs_a_plain_line_every_n_documents(
    store: Store, lean_config: Config, tmp_path: Path
) -> None:
    _corpus(tmp_path / "in")
    out = io.StringIO()
    with Progress(every=2, stream=out, tty=False) as progress:
        _run(store, lean_config, [str(tmp_path / "in")], progress)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and all(line.startswith("detente ingest: ") for line in lines)
    assert "stored" in lines[-1] and "docs/s" in lines[-1]


def test_a_feed_that_failed_whole_is_retried_item_by_item(
    store: Store, lean_config: Config, tmp_path: Path
) -> None:
    from detente.ingest import retry_entries
    from tests.ingest.sites import serve, write_site

    site = tmp_path / "site"
    site.mkdir()
    feed = tmp_path / "news.rss"
    feed.write_text("<rss><channel><title>half a feed")
    _run(store, lean_config, [str(feed)])
    [error] = store.errors()
    assert error["kind"] == "bad_feed" and error["origin"] == f"feed:{feed}"
    with serve(site) as base:
        write_site(site, base)
        feed.write_text((site / "feed.xml").read_text())
        retried = ingest(
            store, retry_entries(store, HttpFetcher(), DAY, Limits()), LocalEngine(lean_config, 1)
        )
    assert retried.stored == 3
    assert [e["kind"] for e in store.errors()] == ["http_error"]  # the feed's dead link only


class Overflowing:
    """An engine of hand-built records; a document that mentions "overflow" gets a mention
    span no database column can hold."""

    def run(self, batches: Iterable[tuple[Any, list[Document]]]) -> Iterator[Any]:
        for tag, docs in batches:
            records = [record(doc.text, doc_id=doc.id) for doc in docs]
            for rec in records:
                if "overflow" in rec["document"]["text"]:
                    odd = actor("x", "A1", "x")
                    odd["mentions"] = [{"start": 2**70, "end": 2**70 + 1, "text": "x"}]
                    rec["actors"] = [odd]
            yield tag, BatchResult(records, "test", 0, 0.0)

    def close(self) -> None:
        pass


def test_a_record_the_store_refuses_is_a_failure_naming_it(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "fine.txt").write_text("Chile and Peru signed a water treaty.")
    (root / "odd.txt").write_text("An overflow of numbers.")
    summary = ingest(store, entries([str(root)], HttpFetcher(), DAY, Limits()), Overflowing())
    assert (summary.stored, summary.failed) == (1, 1)
    [error] = store.errors()
    assert error["kind"] == "store_refused" and error["origin"] == f"file:{root / 'odd.txt'}"
    assert "the store refused the record" in error["message"]
