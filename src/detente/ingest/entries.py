"""What ingest reads: a document (or the reason there is none) plus where it came from.

The ``origin`` is a short locator that can be opened again on its own (``file:PATH``,
``jsonl:PATH#LINE``, ``warc:PATH#OFFSET``, ``url:URL``, ``feed:PATH``); it is stored with every
document and every error, which is what makes ``detente ingest --retry-errors`` possible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from detente.model import Document, DocumentError
from detente.readers import Item, Limits, from_html, make_document


@dataclass(slots=True)
class Entry:
    item: Item
    origin: str

    @property
    def label(self) -> str:
        if isinstance(self.item, DocumentError):
            return self.item.doc_id or self.origin
        return self.item.url or self.item.id


def decode(data: bytes) -> str:
    """Web pages are mostly UTF-8; the rest are nearly always Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def page(
    data: bytes,
    url: str,
    media_type: str,
    published: dt.date | None,
    fallback: dt.date | None,
    limits: Limits,
    title: str | None = None,
    source: str | None = None,
) -> Item:
    """A fetched or archived page as a document: HTML has its boilerplate removed; plain text is
    taken as it is. ``published`` (from a feed or archive) wins over the page's own date, which
    wins over ``fallback`` (the ``--published`` default)."""
    if len(data) > limits.max_bytes:
        return DocumentError("too_large", f"{url}: {len(data):,} bytes exceeds the limit", url)
    if not data.strip():
        return DocumentError("empty", f"{url}: the page is empty", url)
    raw = decode(data)
    if "html" in media_type or raw.lstrip()[:1] == "<":
        item = from_html(raw, url, published, limits, url=url)
    else:
        item = make_document(raw, url, published, limits, url=url)
    if isinstance(item, Document):
        item.published = item.published or fallback
        item.title = item.title or title
        item.source = item.source or source
    return item
