"""After publishing: where each post went live, its figures (imported or typed), reply
templates for citizens' comments, and the agency's own regional days.

Revision ID: 0006_planning
Revises: 0005_shared
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_planning"
down_revision = "0005_shared"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_link",
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("platform", sa.String(20), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("published_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "metric_import",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(260), nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("rows_imported", sa.Integer, nullable=False),
        sa.Column("rows_skipped", sa.Integer, nullable=False),
    )
    op.create_table(
        "post_metric",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("platform", sa.String(20), nullable=False),
        # sha256 of an imported row, or "manual:<post_id>:<platform>" for typed figures.
        sa.Column("fingerprint", sa.String(120), nullable=False, unique=True),
        sa.Column("reach", sa.Integer, nullable=True),
        sa.Column("impressions", sa.Integer, nullable=True),
        sa.Column("likes", sa.Integer, nullable=True),
        sa.Column("comments", sa.Integer, nullable=True),
        sa.Column("shares", sa.Integer, nullable=True),
        sa.Column("saves", sa.Integer, nullable=True),
        sa.Column("video_views", sa.Integer, nullable=True),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column(
            "import_id",
            sa.Integer,
            sa.ForeignKey("metric_import.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_post_metric_post_id", "post_metric", ["post_id"])
    op.create_table(
        "reply_template",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(80), nullable=False, unique=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("builtin", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "regional_day",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("month", sa.Integer, nullable=False),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("year", sa.Integer, nullable=True),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("greeting", sa.Boolean, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("regional_day")
    op.drop_table("reply_template")
    op.drop_index("ix_post_metric_post_id", "post_metric")
    op.drop_table("post_metric")
    op.drop_table("metric_import")
    op.drop_table("published_link")
