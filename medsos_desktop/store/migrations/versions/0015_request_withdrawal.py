"""Requests taken back (issue 16): when this PC placed a signed withdrawal of a review
request whose post no longer waits for it.

Revision ID: 0015_request_withdrawal
Revises: 0014_approval_proof
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_request_withdrawal"
down_revision = "0014_approval_proof"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_request") as batch:
        batch.add_column(sa.Column("withdrawn_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_request") as batch:
        batch.drop_column("withdrawn_at")
