"""RSS and Atom feeds: each item's link is followed through the fetcher and read as an article.

feedparser reads every feed dialect; a feed item names the article, it is not the article, so
the page behind the link is what gets stored (with the item's date and title as fallbacks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import feedparser

from detente.ingest.entries import Entry, page
from detente.ingest.fetch import Fetcher, FetchError
from detente.model import DocumentError
from detente.readers import Item, Limits, from_html

FEED_TYPES = ("rss", "atom", "rdf")


def looks_like_feed(data: bytes, media_type: str = "") -> bool:
    if any(t in media_type for t in FEED_TYPES):
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and any(
        marker in head for marker in (b"<rss", b"<feed", b"<rdf:rdf")
    )


def feed_entries(
    data: bytes,
    where: str,
    fetcher: Fetcher,
    fallback: dt.date | None,
    limits: Limits,
) -> Iterator[Entry]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no items")
        yield Entry(
            DocumentError("bad_feed", f"{where}: not a readable feed ({reason})", where),
            f"feed:{where}",
        )
        return
    source = parsed.feed.get("title")
    for n, item in enumerate(parsed.entries, 1):
        day = _entry_day(item)
        link = item.get("link")
        if not link:
            html = _inline_content(item)
            origin = f"feed:{where}#{n}"
            doc = (
                from_html(html, origin, day or fallback, limits)
                if html
                else DocumentError(
                    "no_content", f"{origin}: feed item has neither a link nor content", origin
                )
            )
            yield Entry(doc, origin)
            continue
        yield Entry(
            fetch_page(link, fetcher, fallback, limits, day, item.get("title"), source),
            f"url:{link}",
        )


def fetch_page(
    url: str,
    fetcher: Fetcher,
    fallback: dt.date | None,
    limits: Limits,
    published: dt.date | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Item:
    try:
        data, media_type = fetcher.fetch(url)
    except FetchError as exc:
        return DocumentError(exc.kind, exc.message, url)
    return page(data, url, media_type, published, fallback, limits, title, source)


def _entry_day(item: feedparser.FeedParserDict) -> dt.date | None:
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


def _inline_content(item: feedparser.FeedParserDict) -> str:
    content = item.get("content") or []
    if content:
        return str(content[0].get("value") or "")
    return str(item.get("summary") or "")
