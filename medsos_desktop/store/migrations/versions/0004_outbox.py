"""The sync outbox: approved revisions waiting for the central folder, and each device's
last sequence number.

Revision ID: 0004_outbox
Revises: 0003_review
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_outbox"
down_revision = "0003_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("revision", sa.Integer, primary_key=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("published_path", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "device_sequence",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("last_sequence", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("device_sequence")
    op.drop_table("sync_outbox")
