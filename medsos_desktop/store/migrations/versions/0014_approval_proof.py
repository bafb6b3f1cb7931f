"""Proof of approval that travels to the central folder (issue 16, item 5): each remote
reviewer's signed registration folders, kept to carry them with the posts they approve;
how a review on this PC was made (PIN, or a reply received by WhatsApp with its
screenshot).

Revision ID: 0014_approval_proof
Revises: 0013_remote_review
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_approval_proof"
down_revision = "0013_remote_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("remote_reviewer") as batch:
        batch.add_column(
            sa.Column("registrations_json", sa.Text, nullable=False, server_default="[]")
        )
    with op.batch_alter_table("review") as batch:
        batch.add_column(sa.Column("method", sa.String(20), nullable=False, server_default="pin"))
        batch.add_column(
            sa.Column("evidence_sha256", sa.String(64), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("evidence_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.drop_column("evidence_at")
        batch.drop_column("evidence_sha256")
        batch.drop_column("method")
    with op.batch_alter_table("remote_reviewer") as batch:
        batch.drop_column("registrations_json")
