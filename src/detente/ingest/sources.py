"""Expand what the user names (files, directories, JSONL, feeds, WARC files, URLs) into entries.

Documents are streamed: JSONL and WARC files are read record by record and a feed's links are
fetched one at a time, so memory does not grow with the corpus. A directory's files are listed
and sorted first, so a re-run visits them in the same order.
``reopen`` reads one stored origin again, for retries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.ingest.entries import Entry, page
from detente.ingest.feeds import feed_entries, looks_like_feed
from detente.ingest.fetch import Fetcher, FetchError
from detente.ingest.warc import is_warc, warc_entries
from detente.model import DocumentError
from detente.readers import Limits, parse_jsonl_line, read_path

_JSONL = {".jsonl", ".ndjson"}
_FEEDS = {".rss", ".atom", ".xml"}


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def entries(
    inputs: Iterable[str],
    fetcher: Fetcher,
    fallback: dt.date | None,
    limits: Limits,
    skip: frozenset[Path] = frozenset(),
) -> Iterator[Entry]:
    """Entries for every input in order; files in ``skip`` (the store's own) are passed over."""
    for value in inputs:
        if is_url(value):
            yield from _from_url(value, fetcher, fallback, limits)
            continue
        path = Path(value).expanduser().resolve()
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(p.startswith(".") for p in child.relative_to(path).parts)
                if child.is_file() and not hidden and child not in skip:
                    yield from _from_file(child, fetcher, fallback, limits)
        elif path.is_file():
            yield from _from_file(path, fetcher, fallback, limits)
        else:
            yield Entry(
                DocumentError("not_found", f"{value}: no such file or directory", value),
                f"file:{path}",
            )


def reopen(
    origin: str, fetcher: Fetcher, fallback: dt.date | None, limits: Limits
) -> Iterator[Entry]:
    """The entry (or entries, for a feed that failed as a whole) behind a stored origin."""
    kind, _, where = origin.partition(":")
    if kind == "url":
        yield from _from_url(where, fetcher, fallback, limits)
    elif kind == "warc":
        path, _, offset = where.rpartition("#")
        yield from warc_entries(Path(path), fallback, limits, int(offset))
    elif kind == "jsonl":
        path, _, line = where.rpartition("#")
        yield from _jsonl(Path(path), fallback, limits, only=int(line))
    elif kind == "feed":
        path, _, item = where.partition("#")
        found = (
            _from_url(path, fetcher, fallback, limits)
            if is_url(path)
            else _from_file(Path(path), fetcher, fallback, limits)
        )
        yield from (e for e in found if not item or e.origin == origin)
    else:
        yield from _from_file(Path(where), fetcher, fallback, limits)


def _from_file(
    path: Path, fetcher: Fetcher, fallback: dt.date | None, limits: Limits
) -> Iterator[Entry]:
    if is_warc(path):
        yield from warc_entries(path, fallback, limits)
        return
    suffix = path.suffix.lower()
    if suffix in _JSONL:
        yield from _jsonl(path, fallback, limits)
        return
    if suffix in _FEEDS or _sniff_feed(path):
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Entry(DocumentError("unreadable", f"{path}: {exc}", str(path)), f"feed:{path}")
            return
        yield from feed_entries(data, str(path), fetcher, fallback, limits)
        return
    for item in read_path(str(path), "auto", fallback, limits):
        yield Entry(item, f"file:{path}")


def _jsonl(
    path: Path, fallback: dt.date | None, limits: Limits, only: int | None = None
) -> Iterator[Entry]:
    try:
        with path.open("rb") as fh:
            for lineno, line in enumerate(fh, 1):
                if only is not None and lineno != only:
                    continue
                if line.strip():
                    item = parse_jsonl_line(line, f"{path}:{lineno}", fallback, limits)
                    yield Entry(item, f"jsonl:{path}#{lineno}")
                if only is not None:
                    return
    except OSError as exc:
        yield Entry(DocumentError("unreadable", f"{path}: {exc}", str(path)), f"file:{path}")


def _from_url(
    url: str, fetcher: Fetcher, fallback: dt.date | None, limits: Limits
) -> Iterator[Entry]:
    try:
        data, media_type = fetcher.fetch(url)
    except FetchError as exc:
        yield Entry(DocumentError(exc.kind, exc.message, url), f"url:{url}")
        return
    if looks_like_feed(data, media_type):
        yield from feed_entries(data, url, fetcher, fallback, limits)
        return
    yield Entry(page(data, url, media_type, None, fallback, limits), f"url:{url}")


def _sniff_feed(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return looks_like_feed(fh.read(2048))
    except OSError:
        return False
