"""The words behind the numbers: documents, quotes and sentences that match, for linking into text.

Every quote and sentence carries the document id and the character span, so a page can open the
article at exactly that passage; documents come ranked with a highlighted snippet. Sentences are
found among the documents the store's full-text index matched (best first), then split on
sentence punctuation and kept when they contain a query word; words match at their start, as
the stemming index would ("sanction" finds "sanctions").
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.queries.filters import names
from detente.store.dialect import fulltext_query, matching_ids, search_documents
from detente.store.schema import actors, documents, quotes

_SENTENCE = re.compile(r"[^\s][^\n]*?(?:[.!?]+[\"'”’)\]]*(?=\s|$)|(?=\n)|$)")
_WORD = re.compile(r"\w+")


def find_quotes(
    conn: Connection,
    speaker: str | None = None,
    text: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes newest first, by ``speaker`` (ref, KB id, name or country code) and/or containing
    ``text``; ``start``/``end`` locate the quoted words in the document."""
    query = (
        sa.select(
            quotes.c.id,
            quotes.c.local_id,
            documents.c.doc_id,
            documents.c.title,
            documents.c.url,
            documents.c.published,
            actors.c.name.label("speaker"),
            actors.c.kb_id.label("speaker_kb_id"),
            actors.c.country,
            quotes.c.kind,
            quotes.c.stance,
            quotes.c.content_start.label("start"),
            quotes.c.content_end.label("end"),
            quotes.c.content_text.label("content"),
            quotes.c.cue_text.label("cue"),
        )
        .join(documents, documents.c.id == quotes.c.document_id)
        .outerjoin(actors, actors.c.id == quotes.c.speaker_id)
        # Plain DESC (undated last on SQLite, first on PostgreSQL): PostgreSQL can walk the
        # published index backwards for it, where NULLS LAST would sort every match first.
        .order_by(documents.c.published.desc(), quotes.c.id.desc())
        .offset(offset)
    )
    if speaker:
        query = query.where(
            quotes.c.speaker_id.in_(sa.select(actors.c.id).where(names(actors, speaker)))
        )
    if text:
        query = query.where(quotes.c.id.in_(matching_ids(conn.dialect.name, "quotes", text)))
    if limit:
        query = query.limit(limit)
    return [dict(r._mapping) for r in conn.execute(query)]


def search(conn: Connection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Documents matching the words, best first, each with the passage that matched."""
    dialect = conn.dialect.name
    statement = search_documents(dialect).bindparams(
        q=fulltext_query(dialect, text), n=limit, o=offset
    )
    return [dict(r._mapping) for r in conn.execute(statement)]


def find_sentences(
    conn: Connection,
    text: str,
    documents_limit: int = 20,
    per_document: int = 3,
    documents_offset: int = 0,
) -> list[dict[str, Any]]:
    """Sentences containing any of the words of ``text``, from the best-matching documents
    (those :func:`search` ranks after the first ``documents_offset``)."""
    words = {w.casefold() for w in _WORD.findall(text)}
    if not words:
        return []
    found = search(conn, text, documents_limit, documents_offset)
    if not found:
        return []
    texts = dict(
        conn.execute(
            sa.select(documents.c.id, documents.c.text).where(
                documents.c.id.in_([row["id"] for row in found])
            )
        ).all()
    )
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")", re.I)
    out = []
    for row in found:
        body = texts.get(row["id"], "")
        hits = 0
        for sentence in _SENTENCE.finditer(body):
            if hits >= per_document:
                break
            if pattern.search(sentence.group()):
                hits += 1
                out.append(
                    {
                        "doc_id": row["doc_id"],
                        "title": row["title"],
                        "published": row["published"],
                        "start": sentence.start(),
                        "end": sentence.end(),
                        "text": sentence.group(),
                    }
                )
    return out
