"""Writing the extracted layers of freshly stored documents: a few multi-row statements per
batch, with primary keys reserved up front so children can point at their parents without
reading anything back."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from detente.store import rows
from detente.store.dialect import reserve_ids
from detente.store.schema import actors, event_actors, events, findings, mentions, quotes, times


def insert_layers(conn: Connection, docs: list[tuple[int, int, dict[str, Any]]]) -> None:
    """Actors, mentions, events (with their actor links), quotes, times and findings of freshly
    inserted documents, a few multi-row statements for the whole batch."""
    actor_rows, actor_keys = [], []
    for doc_pk, prov, rec in docs:
        for actor in rec.get("actors") or []:
            actor_rows.append(
                {**rows.actor_row(actor), "document_id": doc_pk, "provenance_id": prov}
            )
            actor_keys.append((doc_pk, actor["id"]))
    actor_map: dict[tuple[int, str], tuple[int, dict[str, Any]]] = {}
    if actor_rows:
        ids = reserve_ids(conn, "actors", len(actor_rows))
        for pk, row in zip(ids, actor_rows, strict=True):
            row["id"] = pk
        conn.execute(sa.insert(actors), actor_rows)
        actor_map = {
            key: (pk, row) for key, pk, row in zip(actor_keys, ids, actor_rows, strict=True)
        }
    mention_rows = [
        {
            "document_id": doc_pk,
            "actor_id": actor_map[(doc_pk, actor["id"])][0],
            "span_start": span["start"],
            "span_end": span["end"],
            "span_text": span["text"],
            "provenance_id": prov,
        }
        for doc_pk, prov, rec in docs
        for actor in rec.get("actors") or []
        for span in actor.get("mentions") or []
    ]
    event_rows, event_links = [], []
    for doc_pk, prov, rec in docs:
        published = rows.parse_day(rec["document"].get("published"))
        for event in rec.get("events") or []:
            event_rows.append(
                {**rows.event_row(event, published), "document_id": doc_pk, "provenance_id": prov}
            )
            links = {("actor", a) for a in event.get("actor") or []}
            links |= {("recipient", a) for a in event.get("recipient") or []}
            event_links.append([(role, actor_map.get((doc_pk, a))) for role, a in sorted(links)])
    link_rows = []
    if event_rows:
        ids = reserve_ids(conn, "events", len(event_rows))
        for pk, row in zip(ids, event_rows, strict=True):
            row["id"] = pk
        conn.execute(sa.insert(events), event_rows)
        link_rows = [
            {
                "event_id": event_pk,
                "actor_id": found[0],
                "role": role,
                "name_key": found[1]["name_key"],
                "kb_id": found[1]["kb_id"],
                "country": found[1]["country"],
            }
            for event_pk, links in zip(ids, event_links, strict=True)
            for role, found in links
            if found is not None
        ]
    quote_rows = []
    for doc_pk, prov, rec in docs:
        for quote in rec.get("quotes") or []:
            speaker = actor_map.get((doc_pk, quote.get("speaker") or ""))
            quote_rows.append(
                {
                    **rows.quote_row(quote),
                    "speaker_id": speaker[0] if speaker else None,
                    "document_id": doc_pk,
                    "provenance_id": prov,
                }
            )
    time_rows = [
        {**rows.time_row(t), "document_id": doc_pk, "provenance_id": prov}
        for doc_pk, prov, rec in docs
        for t in rec.get("times") or []
    ]
    finding_rows = [
        {**rows.finding_row(f), "document_id": doc_pk, "provenance_id": prov}
        for doc_pk, prov, rec in docs
        for f in rec.get("findings") or []
    ]
    for table, batch in (
        (mentions, mention_rows),
        (event_actors, link_rows),
        (quotes, quote_rows),
        (times, time_rows),
        (findings, finding_rows),
    ):
        if batch:
            conn.execute(sa.insert(table), batch)
