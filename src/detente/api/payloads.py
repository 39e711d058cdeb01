"""Request bodies that carry articles, in the input formats of ``detente extract``.

- ``application/json``: one object with the fields of a JSONL input line (``text`` required;
  ``id``, ``published``, ``title``, ``url``, ``source`` optional), or a list of them. Where URLs
  may be fetched (ingest), an object with ``url`` and no ``text`` means "fetch this page".
- ``text/plain`` or ``text/html``: the body is one article; ``published`` comes from the query.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import Request

from detente.api.errors import ApiError
from detente.api.intake import FORMATS, fetched, item_from_body, item_from_json
from detente.ingest import Entry, Fetcher
from detente.readers import Limits

MAX_ITEMS = 100

_FIELD = {"type": ["string", "null"]}
ARTICLE = {
    "type": "object",
    "description": "An article, as one line of JSONL input; for ingest, {url} alone fetches it.",
    "properties": {
        "text": {"type": "string"},
        "id": _FIELD,
        "published": {"type": ["string", "null"], "format": "date"},
        "title": _FIELD,
        "url": _FIELD,
        "source": _FIELD,
    },
}
BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [ARTICLE, {"type": "array", "items": ARTICLE, "maxItems": MAX_ITEMS}]
                }
            },
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def json_values(data: bytes) -> tuple[list[Any], bool]:
    """The posted objects, and whether the body was a list."""
    try:
        value = json.loads(data)
    except ValueError as exc:
        raise ApiError(400, "malformed_json", f"request body is not valid JSON: {exc}") from exc
    many = isinstance(value, list)
    values = value if many else [value]
    if not values or len(values) > MAX_ITEMS:
        raise ApiError(422, "invalid_request", f"send between 1 and {MAX_ITEMS} documents")
    return values, many


def entries_from(
    kind: str,
    data: bytes,
    published: dt.date | None,
    limits: Limits,
    fetcher: Fetcher | None = None,
) -> tuple[list[Entry], bool]:
    """Entries for every article in a body of media type ``kind`` (with a ``fetcher``, URLs are
    fetched), and whether the body was a list. Blocking: call it from a worker thread."""
    if kind in FORMATS:
        return [Entry(item_from_body(data, kind, published, limits), "api:body")], False
    if kind != "application/json":
        raise ApiError(
            415,
            "unsupported_media_type",
            f"send application/json, text/plain or text/html, not {kind or 'no content type'}",
        )
    values, many = json_values(data)
    out: list[Entry] = []
    for n, value in enumerate(values, 1):
        url = value.get("url") if isinstance(value, dict) else None
        if fetcher is not None and isinstance(url, str) and "text" not in value:
            if not url.startswith(("http://", "https://")):
                raise ApiError(422, "invalid_request", f"item {n}: url must be http(s)")
            out += fetched(url, fetcher, published, limits)
        else:
            out.append(Entry(item_from_json(value, published, limits, f"item {n}"), f"api:{n}"))
    return out, many
