from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.ingest import HttpFetcher, entries, reopen
from detente.ingest.fetch import FetchError
from detente.model import Document, DocumentError
from detente.readers import Limits
from tests.ingest.sites import STORIES, serve, write_site, write_warc

DAY = dt.date(2025, 3, 1)


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "site"
    root.mkdir()
    with serve(root) as base:
        write_site(root, base)
        yield root, base


def _docs(found: list) -> list[Document]:
    return [e.item for e in found if isinstance(e.item, Document)]


def test_files_directories_and_jsonl_keep_origins(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Chile and Peru signed a water treaty on Sunday.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.jsonl").write_text(
        '{"id": "x", "text": "Peru recalled its envoy."}\n\n{"text": 5}\n'
    )
    (tmp_path / ".hidden.txt").write_text("never read")
    found = list(entries([str(tmp_path), str(tmp_path / "nope.txt")], HttpFetcher(), DAY, Limits()))
    origins = [e.origin for e in found]
    assert origins == [
        f"file:{tmp_path / 'one.txt'}",
        f"jsonl:{tmp_path / 'sub' / 'two.jsonl'}#1",
        f"jsonl:{tmp_path / 'sub' / 'two.jsonl'}#3",
        f"file:{tmp_path / 'nope.txt'}",
    ]
    assert [type(e.item).__name__ for e in found] == [
        "Document",
        "Document",
        "DocumentError",
        "DocumentError",
    ]
    assert found[1].item.id == "x" and found[0].item.published == DAY
    [again] = reopen(origins[2], HttpFetcher(), DAY, Limits())
    assert isinstance(again.item, DocumentError) and again.item.kind == "invalid_record"


def test_a_feed_url_is_followed_item_by_item(site: tuple[Path, str]) -> None:
    _, base = site
    found = list(entries([f"{base}/feed.xml"], HttpFetcher(), DAY, Limits()))
    docs = _docs(found)
    assert [d.url for d in docs] == [f"{base}/{name}" for name in STORIES]
    assert all(d.published == dt.date(2025, 3, 4) for d in docs)
    assert "Santiago" in docs[0].text and "Copyright" not in docs[0].text
    assert docs[0].title == "Ministers resume talks"
    [missing] = [e for e in found if isinstance(e.item, DocumentError)]
    assert missing.origin == f"url:{base}/missing.html" and missing.item.kind == "http_error"


def test_a_local_feed_file_fetches_its_links(site: tuple[Path, str]) -> None:
    root, _ = site
    assert len(_docs(list(entries([str(root / "feed.xml")], HttpFetcher(), None, Limits())))) == 3


def test_a_page_url_and_its_retry(site: tuple[Path, str]) -> None:
    _, base = site
    [entry] = entries([f"{base}/aid.html"], HttpFetcher(), DAY, Limits())
    assert isinstance(entry.item, Document) and "Beira" in entry.item.text
    [again] = reopen(entry.origin, HttpFetcher(), DAY, Limits())
    assert again.item.text == entry.item.text


def test_fetch_failures_become_errors_not_exceptions() -> None:
    with pytest.raises(FetchError):
        HttpFetcher(timeout=2).fetch("http://127.0.0.1:9/nothing")
    [entry] = entries(["http://127.0.0.1:9/nothing"], HttpFetcher(timeout=2), DAY, Limits())
    assert isinstance(entry.item, DocumentError) and entry.item.kind == "fetch_failed"


def test_warc_articles_are_read_and_other_records_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    found = list(entries([str(path)], HttpFetcher(), DAY, Limits()))
    docs = _docs(found)
    assert len(found) == len(docs) == 3
    assert [d.url for d in docs] == [f"https://news.example/{n}" for n in STORIES]
    assert all(d.published == dt.date.today() for d in docs)  # crawl date, no page date
    [again] = reopen(found[1].origin, HttpFetcher(), DAY, Limits())
    assert again.item.text == docs[1].text


def test_an_unreadable_warc_file_is_one_error_naming_it(tmp_path: Path) -> None:
    good = tmp_path / "crawl.warc.gz"
    write_warc(good)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(good.read_bytes()[:-200] + b"not a record")
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nbroken")
    for path in (cut, garbage):
        found = list(entries([str(path)], HttpFetcher(), DAY, Limits()))
        error = found[-1].item
        assert isinstance(error, DocumentError) and error.kind == "bad_warc", path
        assert str(path) in error.message and found[-1].origin == f"file:{path}"
    before = _docs(list(entries([str(cut)], HttpFetcher(), DAY, Limits())))
    assert [d.url for d in before[:2]] == [f"https://news.example/{n}" for n in list(STORIES)[:2]]
