"""The relational shape of stored extractions (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Rows get integer ids that are unique across the whole store, while ``local_id`` keeps the
document-local contract id (``A1``, ``E3``) so a row can always be matched to its record. Queries
that cross documents key actors by ``kb_id`` when resolution found one and by ``name_key`` plus
``country`` otherwise; ``event_actors`` repeats those keys so actor and dyad filters need no join
through ``actors``. Every extracted row names the ``provenance`` (detente version, pipeline, model
and config hash) that produced it. Migrations under ``migrations/`` create exactly this schema.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

metadata = sa.MetaData()

RowId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(JSONB(), "postgresql")


def _id() -> sa.Column[int]:
    return sa.Column("id", RowId, primary_key=True, autoincrement=True)


def _document() -> sa.Column[int]:
    return sa.Column(
        "document_id",
        RowId,
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def _provenance() -> sa.Column[int]:
    return sa.Column("provenance_id", sa.Integer, sa.ForeignKey("provenance.id"), nullable=False)


def _span(prefix: str, nullable: bool = False) -> list[sa.Column[object]]:
    return [
        sa.Column(f"{prefix}_start", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_end", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_text", sa.Text, nullable=nullable),
    ]


provenance = sa.Table(
    "provenance",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("version", sa.String(32), nullable=False),
    sa.Column("config_hash", sa.String(64), nullable=False),
    sa.Column("model", sa.String(200), nullable=False),
    sa.Column("pipeline", sa.Text, nullable=False),
    sa.UniqueConstraint("version", "config_hash", "model", "pipeline", name="uq_provenance"),
)

documents = sa.Table(
    "documents",
    metadata,
    _id(),
    sa.Column("doc_id", sa.String(200), nullable=False, index=True),
    sa.Column("content_hash", sa.String(80), nullable=False, unique=True),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),  # json, not jsonb: keeps key order
    sa.Column("origin", sa.Text),
    _provenance(),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("url", "version", name="uq_documents_url_version"),
)

actors = sa.Table(
    "actors",
    metadata,
    _id(),
    _document(),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_key", sa.Text, nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("country", sa.String(8), index=True),
    sa.Column("sector", sa.String(16)),
    sa.Column("role", sa.Text),
    sa.Column("kb_id", sa.String(64), index=True),
    _provenance(),
)

mentions = sa.Table(
    "mentions",
    metadata,
    _id(),
    _document(),
    sa.Column("actor_id", RowId, sa.ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    *_span("span"),
    _provenance(),
)

events = sa.Table(
    "events",
    metadata,
    _id(),
    _document(),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("type", sa.String(16), nullable=False, index=True),
    sa.Column("mode", sa.String(64)),
    sa.Column("context", Json),
    sa.Column("cameo", sa.String(8)),
    sa.Column("quad_class", sa.SmallInteger),
    sa.Column("intensity", sa.Float),
    sa.Column("modality", sa.String(16), nullable=False),
    *_span("trigger"),
    *_span("evidence"),
    sa.Column("date_value", sa.String(32)),
    sa.Column("date_inferred", sa.Boolean),
    sa.Column("day", sa.Date, index=True),
    sa.Column("week", sa.String(8)),
    sa.Column("month", sa.String(7)),
    sa.Column("reported_by", sa.String(32)),
    sa.Column("confidence", sa.Float),
    sa.Column("rule", sa.Text),
    _provenance(),
    # Series queries look events up by id for these columns only (migration 0002).
    sa.Index("ix_events_series", "id", "day", "week", "month", "type", "quad_class", "intensity"),
)

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", RowId, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("actor_id", RowId, sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("role", sa.String(10), primary_key=True),
    sa.Column("name_key", sa.Text, nullable=False),
    sa.Column("kb_id", sa.String(64)),
    sa.Column("country", sa.String(8)),
    sa.Index("ix_event_actors_name", "name_key", "role", "event_id"),
    sa.Index("ix_event_actors_kb", "kb_id", "role", "event_id"),
    sa.Index("ix_event_actors_country", "country", "role", "event_id"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    _id(),
    _document(),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    *_span("content"),
    sa.Column("speaker_id", RowId, sa.ForeignKey("actors.id", ondelete="SET NULL"), index=True),
    sa.Column("speaker_local", sa.String(32)),
    *_span("speaker", nullable=True),
    *_span("cue", nullable=True),
    sa.Column("stance", sa.String(32)),
    sa.Column("relayed_by", Json),
    _provenance(),
)

times = sa.Table(
    "times",
    metadata,
    _id(),
    _document(),
    *_span("span"),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("value", sa.String(64)),
    _provenance(),
)

findings = sa.Table(
    "findings",
    metadata,
    _id(),
    _document(),
    sa.Column("kind", sa.String(64), nullable=False, index=True),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("actor_local", sa.String(32)),
    sa.Column("evidence", Json, nullable=False),
    _provenance(),
)

errors = sa.Table(
    "errors",
    metadata,
    _id(),
    sa.Column("origin", sa.Text, nullable=False, unique=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
    sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
)
