"""The words behind the numbers: quotes and sentences with their offsets, for linking into text.

Every row carries the document id and the character span, so a page can open the article at
exactly that passage. Sentences are found among the documents the store's full-text index
matched (best first), then split on sentence punctuation and kept when they contain a query
word; words match at their start, as the stemming index would ("sanction" finds "sanctions").
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from detente.queries.identity import matches
from detente.queries.texts import search
from detente.store.dialect import fulltext_query, matching_ids
from detente.store.schema import actors, documents, quotes

_SENTENCE = re.compile(r"[^\s][^\n]*?(?:[.!?]+[\"'”’)\]]*(?=\s|$)|(?=\n)|$)")
_WORD = re.compile(r"\w+")


def find_quotes(
    conn: Connection,
    speaker: str | None = None,
    text: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes newest first, by the actor ``speaker`` (a ref) and/or containing ``text``."""
    where: list[ColumnElement[bool]] = []
    if speaker:
        where.append(
            quotes.c.speaker_id.in_(sa.select(actors.c.id).where(matches(actors, speaker)))
        )
    if text:
        dialect = conn.dialect.name
        ids = matching_ids(dialect, "quotes", "q_quotes").bindparams(
            q_quotes=fulltext_query(dialect, text)
        )
        where.append(quotes.c.id.in_(ids.columns(sa.column("id", sa.Integer))))
    query = (
        sa.select(
            documents.c.doc_id,
            documents.c.title,
            documents.c.published,
            quotes.c.local_id.label("id"),
            quotes.c.kind,
            quotes.c.stance,
            quotes.c.content_start.label("start"),
            quotes.c.content_end.label("end"),
            quotes.c.content_text.label("content"),
            quotes.c.cue_text.label("cue"),
            actors.c.name.label("speaker"),
            actors.c.kb_id.label("speaker_kb_id"),
        )
        .join(documents, documents.c.id == quotes.c.document_id)
        .outerjoin(actors, actors.c.id == quotes.c.speaker_id)
        .where(*where)
        .order_by(documents.c.published.desc().nulls_last(), quotes.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [dict(r._mapping) for r in conn.execute(query)]


def find_sentences(
    conn: Connection, text: str, documents_limit: int = 20, per_document: int = 3
) -> list[dict[str, Any]]:
    """Sentences containing any of the words of ``text``, from the best-matching documents."""
    words = {w.casefold() for w in _WORD.findall(text)}
    if not words:
        return []
    found = search(conn, text, documents_limit)
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
