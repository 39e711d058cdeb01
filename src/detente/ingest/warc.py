"""WARC files (news crawls such as CC-NEWS): every archived HTML or text response is an article.

Requests, metadata records, redirects and non-text payloads (images, robots.txt) are not
articles and are passed over; each article remembers its record offset so it can be re-read
alone when it is retried.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.ingest.entries import Entry, page
from detente.model import DocumentError
from detente.readers import Limits
from detente.store.rows import parse_day

_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def warc_entries(
    path: Path, fallback: dt.date | None, limits: Limits, offset: int | None = None
) -> Iterator[Entry]:
    """Articles in the file, or only the one record at ``offset``. A file that cannot be read
    (or stops being a WARC file part way) ends with one error for the whole file, so a retry
    reads it again from the start and the articles already stored count as duplicates."""
    archived = _archived(path, limits.max_bytes + 1, offset)
    while True:
        try:
            found = next(archived, None)
        except (OSError, ArchiveLoadFailed, ValueError, AttributeError) as exc:
            # warcio reports a malformed record as any of these, depending on what is wrong.
            where = f" at offset {offset}" if offset is not None else ""
            message = f"{path}{where}: not a readable WARC file ({type(exc).__name__}: {exc})"
            yield Entry(DocumentError("bad_warc", message, str(path)), f"file:{path}")
            return
        if found is None:
            return
        data, media_type, url, crawled, position = found
        item = page(data, url, media_type, None, crawled or fallback, limits)
        yield Entry(item, f"warc:{path}#{position}")


def _archived(
    path: Path, max_bytes: int, offset: int | None
) -> Iterator[tuple[bytes, str, str, dt.date | None, int]]:
    """Payload, media type, URL, crawl day and offset of each article record (all warcio
    work, so that its failures are told apart from ours)."""
    with path.open("rb") as fh:
        if offset is not None:
            fh.seek(offset)
        records = ArchiveIterator(fh)
        for record in records:
            media_type = _media_type(record)
            if media_type is None:
                if offset is not None:
                    return
                continue
            data = record.content_stream().read(max_bytes)
            # warcio knows a record's offset only once its content has been read.
            position = offset if offset is not None else records.get_record_offset()
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{position}"
            yield (
                data,
                media_type,
                url,
                parse_day(record.rec_headers.get_header("WARC-Date")),
                position,
            )
            if offset is not None:
                return


def _media_type(record: object) -> str | None:
    rec_type = getattr(record, "rec_type", "")
    if rec_type == "response":
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None or http.get_statuscode() != "200":
            return None
        header = http.get_header("Content-Type") or ""
    elif rec_type == "resource":
        header = record.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]
    else:
        return None
    media_type = header.split(";")[0].strip().lower()
    return media_type if media_type in _TEXTUAL else None
