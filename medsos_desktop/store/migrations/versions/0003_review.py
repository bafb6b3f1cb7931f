"""Reviewers with PINs, review decisions with their checklist, approved revision snapshots.

Revision ID: 0003_review
Revises: 0002_brand_kit
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_review"
down_revision = "0002_brand_kit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviewer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("pin_salt", sa.LargeBinary, nullable=False),
        sa.Column("pin_hash", sa.LargeBinary, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "review",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("reviewer.id"), nullable=False),
        sa.Column("decision", sa.String(30), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("checklist_json", sa.Text, nullable=False),
        sa.Column("overrides_json", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_review_post_id", "review", ["post_id"])
    op.create_table(
        "post_revision",
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("revision", sa.Integer, primary_key=True),
        sa.Column("content_json", sa.Text, nullable=False),
        sa.Column("approved_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("post_revision", "review", "reviewer"):
        op.drop_table(table)
