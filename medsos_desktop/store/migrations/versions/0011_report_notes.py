"""The admin's analysis of a month, for its report, kept in the database (and so in backups).

Revision ID: 0011_report_notes
Revises: 0010_trash
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_report_notes"
down_revision = "0010_trash"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_note",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("report_note")
