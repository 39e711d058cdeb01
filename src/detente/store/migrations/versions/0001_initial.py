"""Initial store: documents, actors, mentions, events, quotes, times, findings, errors.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from detente.store.dialect import fulltext_ddl, fulltext_drop

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

RowId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(JSONB(), "postgresql")


def _id() -> sa.Column:
    return sa.Column("id", RowId, primary_key=True, autoincrement=True)


def _document() -> sa.Column:
    return sa.Column(
        "document_id", RowId, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


def _provenance() -> sa.Column:
    return sa.Column("provenance_id", sa.Integer, sa.ForeignKey("provenance.id"), nullable=False)


def _span(prefix: str, nullable: bool = False) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_start", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_end", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_text", sa.Text, nullable=nullable),
    ]


def upgrade() -> None:
    op.create_table(
        "provenance",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("config_hash", sa.String(64), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("pipeline", sa.Text, nullable=False),
        sa.UniqueConstraint("version", "config_hash", "model", "pipeline", name="uq_provenance"),
    )
    op.create_table(
        "documents",
        _id(),
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("content_hash", sa.String(80), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),  # json, not jsonb: keeps key order
        sa.Column("origin", sa.Text),
        _provenance(),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("url", "version", name="uq_documents_url_version"),
    )
    op.create_index("ix_documents_doc_id", "documents", ["doc_id"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_table(
        "actors",
        _id(),
        _document(),
        sa.Column("local_id", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(16)),
        sa.Column("role", sa.Text),
        sa.Column("kb_id", sa.String(64)),
        _provenance(),
    )
    for col in ("document_id", "name_key", "country", "kb_id"):
        op.create_index(f"ix_actors_{col}", "actors", [col])
    op.create_table(
        "mentions",
        _id(),
        _document(),
        sa.Column(
            "actor_id", RowId, sa.ForeignKey("actors.id", ondelete="CASCADE"), nullable=False
        ),
        *_span("span"),
        _provenance(),
    )
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_table(
        "events",
        _id(),
        _document(),
        sa.Column("local_id", sa.String(32), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
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
        sa.Column("day", sa.Date),
        sa.Column("week", sa.String(8)),
        sa.Column("month", sa.String(7)),
        sa.Column("reported_by", sa.String(32)),
        sa.Column("confidence", sa.Float),
        sa.Column("rule", sa.Text),
        _provenance(),
    )
    for col in ("document_id", "type", "day"):
        op.create_index(f"ix_events_{col}", "events", [col])
    op.create_table(
        "event_actors",
        sa.Column(
            "event_id", RowId, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "actor_id", RowId, sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("role", sa.String(10), primary_key=True),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("kb_id", sa.String(64)),
        sa.Column("country", sa.String(8)),
    )
    for col in ("name", "kb", "country"):
        key = "name_key" if col == "name" else ("kb_id" if col == "kb" else col)
        op.create_index(f"ix_event_actors_{col}", "event_actors", [key, "role", "event_id"])
    op.create_table(
        "quotes",
        _id(),
        _document(),
        sa.Column("local_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        *_span("content"),
        sa.Column("speaker_id", RowId, sa.ForeignKey("actors.id", ondelete="SET NULL")),
        sa.Column("speaker_local", sa.String(32)),
        *_span("speaker", nullable=True),
        *_span("cue", nullable=True),
        sa.Column("stance", sa.String(32)),
        sa.Column("relayed_by", Json),
        _provenance(),
    )
    op.create_index("ix_quotes_document_id", "quotes", ["document_id"])
    op.create_index("ix_quotes_speaker_id", "quotes", ["speaker_id"])
    op.create_table(
        "times",
        _id(),
        _document(),
        *_span("span"),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64)),
        _provenance(),
    )
    op.create_index("ix_times_document_id", "times", ["document_id"])
    op.create_table(
        "findings",
        _id(),
        _document(),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("actor_local", sa.String(32)),
        sa.Column("evidence", Json, nullable=False),
        _provenance(),
    )
    op.create_index("ix_findings_document_id", "findings", ["document_id"])
    op.create_index("ix_findings_kind", "findings", ["kind"])
    op.create_table(
        "errors",
        _id(),
        sa.Column("origin", sa.Text, nullable=False, unique=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    )
    for statement in fulltext_ddl(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in fulltext_drop(op.get_bind().dialect.name):
        op.execute(statement)
    for table in (
        "errors",
        "findings",
        "times",
        "quotes",
        "event_actors",
        "events",
        "mentions",
        "actors",
        "documents",
        "provenance",
    ):
        op.drop_table(table)
