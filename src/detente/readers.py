"""Turn files and streams into documents, or into errors that name the document and the reason.

Every reader yields ``Document`` or ``DocumentError`` items in input order and never raises for bad
content, so one broken file or line cannot stop a batch. Text is normalised once here (Unicode NFC,
newlines unified, control characters dropped) and every offset downstream refers to that text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from detente.model import Document, DocumentError

Item = Document | DocumentError
FORMATS = ("auto", "text", "html", "jsonl")
DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_MAX_CHARS = 1_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_HTML_SNIFF = re.compile(rb"<(!doctype\s+html|html|head|body|article|p|div)[\s>]", re.I)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


class Limits:
    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS):
        self.max_bytes = max_bytes
        self.max_chars = max_chars


def normalise_text(text: str) -> str:
    """The canonical text offsets refer to; applied to every input kind alike."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


def parse_date(value: Any) -> dt.date | None:
    """A publication date from ISO 8601 (date or datetime); ``None`` for empty input."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f"published {text!r} is not an ISO 8601 date") from exc


def read_path(
    path: str,
    fmt: str = "auto",
    published: dt.date | None = None,
    limits: Limits | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Documents from one PATH (``-`` is standard input), per the contract's input formats."""
    limits = limits or Limits()
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            assert stdin is not None
            data = stdin.read(limits.max_bytes + 1)
        else:
            p = Path(path)
            if p.is_dir():
                yield from _read_directory(p, fmt, published, limits)
                return
            if not p.is_file():
                yield DocumentError("not_found", f"{name}: no such file", name)
                return
            if fmt != "jsonl" and p.stat().st_size > limits.max_bytes and not _is_jsonl(p):
                yield _too_large(name, p.stat().st_size, limits)
                return
            if _is_jsonl(p) or fmt == "jsonl":
                yield from _read_jsonl_file(p, name, published, limits)
                return
            with p.open("rb") as fh:
                data = fh.read(limits.max_bytes + 1)
    except OSError as exc:
        yield DocumentError("unreadable", f"{name}: {exc.strerror or exc}", name)
        return
    if fmt == "auto":
        fmt = sniff(name, data)
    if fmt == "jsonl":
        yield from read_jsonl_lines(data.splitlines(), name, published, limits)
    else:
        yield read_bytes(data, name, fmt, published, limits)


def _read_directory(
    root: Path, fmt: str, published: dt.date | None, limits: Limits
) -> Iterator[Item]:
    """Every non-hidden file below ``root``, in sorted order so reruns see the same sequence."""
    for child in sorted(root.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(root).parts)
        if child.is_file() and not hidden:
            yield from read_path(str(child), fmt, published, limits)


def sniff(name: str, data: bytes) -> str:
    """Choose a format from the file name, then from the content."""
    suffix = Path(name).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    head = data[:4096].lstrip()
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if head[:1] == b"<" and _HTML_SNIFF.search(head):
        return "html"
    return "text"


def read_bytes(
    data: bytes,
    name: str,
    fmt: str,
    published: dt.date | None,
    limits: Limits,
    doc_id: str | None = None,
) -> Item:
    """One text or HTML document from raw bytes."""
    if len(data) > limits.max_bytes:
        return _too_large(name, len(data), limits)
    if not data.strip():
        return DocumentError("empty", f"{name}: the document is empty", doc_id or name)
    if _looks_binary(data):
        return DocumentError(
            "not_text", f"{name}: binary content, not a text document", doc_id or name
        )
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return DocumentError(
            "undecodable",
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            doc_id or name,
        )
    if fmt == "html":
        return from_html(raw, name, published, limits, doc_id)
    return make_document(raw, name, published, limits, doc_id=doc_id)


def from_html(
    html: str,
    name: str,
    published: dt.date | None,
    limits: Limits,
    doc_id: str | None = None,
    url: str | None = None,
) -> Item:
    """The main text of an article page, with boilerplate (menus, footers, ads) removed."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, url=url)
    if not text or not text.strip():
        return DocumentError("no_content", f"{name}: no article text found in the HTML", name)
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    if published is None and meta is not None and meta.date:
        try:
            published = parse_date(meta.date)
        except ValueError:
            published = None
    source = meta.sitename if meta else None
    return make_document(
        text, name, published, limits, doc_id=doc_id, title=title, url=url, source=source
    )


def make_document(
    raw: str,
    name: str,
    published: dt.date | None,
    limits: Limits,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Item:
    text = normalise_text(raw).strip()
    if not text:
        return DocumentError("empty", f"{name}: no text after normalisation", doc_id or name)
    if len(text) > limits.max_chars:
        return DocumentError(
            "too_large",
            f"{name}: {len(text):,} characters exceeds the limit of {limits.max_chars:,}",
            doc_id or name,
        )
    doc = Document(text=text, published=published, title=title, url=url, source=source)
    if doc_id:
        doc.id = doc_id
    return doc


def read_jsonl_lines(
    lines: list[bytes], name: str, published: dt.date | None, limits: Limits
) -> Iterator[Item]:
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            yield parse_jsonl_line(line, f"{name}:{lineno}", published, limits)


def _read_jsonl_file(
    path: Path, name: str, published: dt.date | None, limits: Limits
) -> Iterator[Item]:
    """Stream a JSONL file line by line: corpora can be far larger than one document's limit."""
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                yield parse_jsonl_line(line, f"{name}:{lineno}", published, limits)


def parse_jsonl_line(line: bytes, where: str, published: dt.date | None, limits: Limits) -> Item:
    """One JSONL record: ``text`` is required; ``id`` is echoed (else the line position is used
    for errors and the content hash for documents)."""
    if len(line) > limits.max_bytes:
        return _too_large(where, len(line), limits)
    try:
        rec = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return DocumentError("undecodable", f"{where}: line is not valid UTF-8", where)
    except ValueError as exc:
        return DocumentError("malformed_json", f"{where}: not a JSON object ({exc})", where)
    if not isinstance(rec, dict):
        return DocumentError("malformed_json", f"{where}: line is not a JSON object", where)
    doc_id = rec.get("id")
    label = str(doc_id) if doc_id not in (None, "") else where
    text = rec.get("text")
    if not isinstance(text, str):
        return DocumentError(
            "invalid_record", f"{label}: field 'text' (a string) is required", label
        )
    for key in ("title", "url", "source"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            return DocumentError(
                "invalid_record", f"{label}: field {key!r} must be a string", label
            )
    try:
        day = parse_date(rec.get("published")) or published
    except ValueError as exc:
        return DocumentError("invalid_record", f"{label}: {exc}", label)
    if not text.strip():
        return DocumentError("empty", f"{label}: field 'text' is empty", label)
    return make_document(
        text,
        label,
        day,
        limits,
        doc_id=str(doc_id) if doc_id not in (None, "") else None,
        title=rec.get("title"),
        url=rec.get("url"),
        source=rec.get("source"),
    )


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in _JSONL_SUFFIXES


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head: a binary file, not text in some encoding."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in head)
    return controls > max(8, len(head) // 20)


def _too_large(name: str, size: int, limits: Limits) -> DocumentError:
    return DocumentError(
        "too_large", f"{name}: {size:,} bytes exceeds the limit of {limits.max_bytes:,}", name
    )
