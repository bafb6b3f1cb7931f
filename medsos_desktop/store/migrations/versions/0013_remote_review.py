"""Review on the reviewers' own PCs (issue 16): paired reviewers, requests and signed
decisions on the admin's PC; the inbox and the paired agency PCs on a reviewer's.

Revision ID: 0013_remote_review
Revises: 0012_audit_chain
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_remote_review"
down_revision = "0012_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "remote_reviewer",
        sa.Column("reviewer_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("jabatan", sa.String(200), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("sign_key", sa.LargeBinary, nullable=False),
        sa.Column("box_key", sa.LargeBinary, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("registered_at", sa.DateTime, nullable=False),
        sa.Column("deactivated_at", sa.DateTime, nullable=True),
        sa.Column("record_revision", sa.Integer, nullable=False),
    )
    op.create_table(
        "review_request",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("chain_json", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_review_request_post_id", "review_request", ["post_id"])
    op.create_table(
        "review_decision",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("reviewer_id", sa.String(64), primary_key=True),
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("signed_at", sa.DateTime, nullable=False),
        sa.Column("decision_bytes", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("comments_json", sa.Text, nullable=False),
        sa.Column("counted", sa.Boolean, nullable=False),
        sa.Column("set_aside", sa.String(40), nullable=False),
    )
    op.create_index("ix_review_decision_post_id", "review_decision", ["post_id"])
    op.create_table(
        "inbox_request",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("agency", sa.String(80), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("post_uuid", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("steps", sa.Integer, nullable=False),
        sa.Column("step_title", sa.String(200), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("payload_json", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.Column("comments_json", sa.Text, nullable=False),
    )
    op.create_table(
        "paired_agency",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("agency", sa.String(80), nullable=False),
        sa.Column("device_name", sa.String(200), nullable=False),
        sa.Column("device_key", sa.LargeBinary, nullable=False),
        sa.Column("root", sa.Text, nullable=False),
        sa.Column("paired_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "chain_config",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("settings_json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("chain_config")
    op.drop_table("paired_agency")
    op.drop_table("inbox_request")
    op.drop_index("ix_review_decision_post_id", "review_decision")
    op.drop_table("review_decision")
    op.drop_index("ix_review_request_post_id", "review_request")
    op.drop_table("review_request")
    op.drop_table("remote_reviewer")
