"""Covering index for period series: dyad and timeline queries read it instead of event rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = ["id", "day", "week", "month", "type", "quad_class", "intensity"]


def upgrade() -> None:
    op.create_index("ix_events_series", "events", COLUMNS)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE events")  # SQLite's planner ignores an index it has no statistics for


def downgrade() -> None:
    op.drop_index("ix_events_series", table_name="events")
