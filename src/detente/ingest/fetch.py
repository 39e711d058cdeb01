"""Getting bytes for a URL, behind a small protocol so tests and crawlers can supply their own.

Ingest never opens sockets itself: it asks a ``Fetcher``. The default uses httpx with a timeout,
redirects followed and a size cap, and turns every failure into ``FetchError`` so one dead link
becomes one recorded error instead of a stopped run.
"""

from __future__ import annotations

from typing import Protocol

import httpx

from detente import __version__


class FetchError(Exception):
    """A URL that could not be fetched; ``kind`` is the error kind recorded for it."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class Fetcher(Protocol):
    def fetch(self, url: str) -> tuple[bytes, str]:
        """The body and its media type (``text/html``, ``application/rss+xml`` ...)."""
        ...


class HttpFetcher:
    """Plain HTTP(S) GET with httpx; one client (and connection pool) per fetcher."""

    def __init__(self, timeout: float = 20.0, max_bytes: int = 10_000_000) -> None:
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": f"detente/{__version__} (+news event extraction)"},
        )

    def fetch(self, url: str) -> tuple[bytes, str]:
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError("http_error", f"{url}: HTTP {response.status_code}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError("too_large", f"{url}: more than {self.max_bytes:,} bytes")
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return bytes(body), kind
        except httpx.HTTPError as exc:
            raise FetchError("fetch_failed", f"{url}: {exc}") from exc

    def close(self) -> None:
        self.client.close()
