"""Deleted posts go to a trash list for 30 days instead of vanishing.

Revision ID: 0010_trash
Revises: 0009_search_trigram
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_trash"
down_revision = "0009_search_trigram"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("post") as batch:
        batch.add_column(sa.Column("deleted_at", sa.DateTime, nullable=True))
        batch.create_index("ix_post_deleted_at", ["deleted_at"])


def downgrade() -> None:
    with op.batch_alter_table("post") as batch:
        batch.drop_index("ix_post_deleted_at")
        batch.drop_column("deleted_at")
