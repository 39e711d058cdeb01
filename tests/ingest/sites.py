"""Small news sites of our own writing, served from 127.0.0.1, and a WARC crawl of them."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORIES = {
    "talks.html": (
        "Ministers resume talks",
        "The foreign ministers of Norway and Chile met in Santiago on Tuesday to resume talks "
        "on fishing rights. Both delegations said the meeting had been useful and agreed to "
        "meet again in the spring. Officials in Oslo described the mood as constructive.",
    ),
    "aid.html": (
        "Aid convoy reaches port",
        "A convoy carrying medical supplies from Canada reached the port of Beira on Friday. "
        "The Mozambican health ministry thanked Ottawa for the donation and said the supplies "
        "would be sent to clinics in the north of the country within days.",
    ),
    "protest.html": (
        "Farmers protest in capital",
        "Thousands of farmers drove tractors into the centre of Warsaw on Monday to protest "
        "against new import rules. The agriculture minister promised to meet their leaders, "
        "but the protesters said they would stay until the rules were withdrawn.",
    ),
}


def article(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Example News</footer></body></html>"
    )


def write_site(root: Path, base: str) -> None:
    for name, (title, body) in STORIES.items():
        (root / name).write_text(article(title, body), encoding="utf-8")
    items = "".join(
        f"<item><title>{title}</title><link>{base}/{name}</link>"
        f"<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate></item>"
        for name, (title, _) in STORIES.items()
    )
    items += f"<item><title>Gone</title><link>{base}/missing.html</link></item>"
    (root / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>'
        f"<link>{base}/</link><description>News</description>{items}</channel></rss>",
        encoding="utf-8",
    )


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def serve(root: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=root))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def write_warc(path: Path) -> None:
    """A crawl with the three articles plus records that are not articles."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for name, (title, body) in STORIES.items():
            uri = f"https://news.example/{name}"
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "request",
                    payload=io.BytesIO(
                        f"GET /{name} HTTP/1.1\r\nHost: news.example\r\n\r\n".encode()
                    ),
                )
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            html = article(title, body).encode("utf-8")
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(html), http_headers=headers
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG..."),
                http_headers=image,
            )
        )
