"""Readers: every kind of bad input becomes an error naming the document and the reason."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from detente.model import Document, DocumentError
from detente.readers import Limits, normalise_text, read_path, sniff

ARTICLE = "Officials in Seoul said on Tuesday that talks with Tokyo would resume next week.\n"


def read(
    path: Path, fmt: str = "auto", limits: Limits | None = None
) -> list[Document | DocumentError]:
    return list(read_path(str(path), fmt, dt.date(2025, 3, 4), limits))


def test_text_file_becomes_one_document(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    [doc] = read(f)
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE.strip()
    assert doc.published == dt.date(2025, 3, 4)
    assert doc.id.startswith("sha1:")


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not_text"),
        (b"Caf\xe9 talks in Seoul \xff\xfe ended.", "undecodable"),
    ],
)
def test_bad_files_give_named_errors(tmp_path: Path, content: bytes, kind: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [err] = read(f)
    assert isinstance(err, DocumentError)
    assert err.kind == kind
    assert str(f) in err.message


def test_twenty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.write(b"Talks resumed in Geneva. " * (20_000_000 // 25 + 1))
    [err] = read(f)
    assert isinstance(err, DocumentError)
    assert err.kind == "too_large"
    assert "exceeds" in err.message


def test_character_limit_applies_after_extraction(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text("word " * 300, "utf-8")
    [err] = read(f, limits=Limits(max_bytes=10_000, max_chars=1000))
    assert isinstance(err, DocumentError) and err.kind == "too_large"


def test_jsonl_lines_are_independent(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(
        '{"id": "a", "text": "Ministers met in Paris.", "published": "2024-05-01"}\n'
        "{not json}\n"
        '{"id": "c"}\n'
        '{"id": "d", "text": "Troops withdrew.", "published": "May 2024"}\n'
        '["a list"]\n'
        '{"text": "Envoys agreed a ceasefire.", "title": "Truce"}\n',
        "utf-8",
    )
    items = read(f)
    assert [type(i).__name__ for i in items] == [
        "Document",
        "DocumentError",
        "DocumentError",
        "DocumentError",
        "DocumentError",
        "Document",
    ]
    first, bad_json, no_text, bad_date, not_object, last = items
    assert isinstance(first, Document) and first.id == "a"
    assert first.published == dt.date(2024, 5, 1)
    assert isinstance(bad_json, DocumentError) and bad_json.kind == "malformed_json"
    assert bad_json.doc_id == f"{f}:2"
    assert isinstance(no_text, DocumentError) and no_text.kind == "invalid_record"
    assert no_text.doc_id == "c"
    assert isinstance(bad_date, DocumentError) and "ISO 8601" in bad_date.message
    assert isinstance(not_object, DocumentError) and not_object.kind == "malformed_json"
    assert isinstance(last, Document) and last.title == "Truce"
    assert last.published == dt.date(2025, 3, 4)


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    body = " ".join(["The foreign ministers of Chile and Peru met in Lima on Monday."] * 6)
    f.write_text(
        "<html><head><title>Lima talks</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Lima talks</h1><p>{body}</p>"
        "<p>They agreed to reopen the border.</p></article>"
        "<footer>Copyright Example News. All rights reserved.</footer></body></html>",
        "utf-8",
    )
    [doc] = read(f)
    assert isinstance(doc, Document)
    assert "agreed to reopen the border" in doc.text
    assert "Copyright" not in doc.text and "Home" not in doc.text


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text(
        "<html><head><script>var x = 1;</script></head><body><img src=a.png></body></html>", "utf-8"
    )
    [err] = read(f)
    assert isinstance(err, DocumentError) and err.kind == "no_content"


def test_missing_file_is_reported(tmp_path: Path) -> None:
    [err] = read(tmp_path / "nope.txt")
    assert isinstance(err, DocumentError) and err.kind == "not_found"


def test_stdin_is_read_as_one_text() -> None:
    stdin = io.BytesIO(ARTICLE.encode())
    [doc] = list(read_path("-", "auto", None, stdin=stdin))
    assert isinstance(doc, Document) and doc.published is None


def test_sniffing_by_name_then_content() -> None:
    assert sniff("x.html", b"plain") == "html"
    assert sniff("x.jsonl", b"") == "jsonl"
    assert sniff("x", b'{"text": "a"}\n') == "jsonl"
    assert sniff("x", b"<!DOCTYPE html><html><body>") == "html"
    assert sniff("x", b"<b>bold</b> is not a page") == "text"
    assert sniff("x", b"Talks resumed.") == "text"


def test_normalisation_unifies_newlines_and_drops_controls() -> None:
    assert normalise_text("a\r\nb\rc\x00d\u200be") == "a\nb\ncde"
    assert normalise_text("Cafe\u0301") == "Café"


def test_directories_are_read_file_by_file_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article about talks.", "utf-8")
    (tmp_path / "1.txt").write_text("First article about talks.", "utf-8")
    (tmp_path / ".hidden.txt").write_text("Never read.", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Document", "Document", "DocumentError"]
    assert [i.text for i in items if isinstance(i, Document)] == [
        "First article about talks.",
        "Second article about talks.",
    ]
