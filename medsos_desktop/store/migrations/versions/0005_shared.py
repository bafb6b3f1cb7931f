"""What the coordinator publishes under shared/, as pulled and verified by this agency:
the pinned coordinator key, the current revision of each shared item with its media, and
the content pack a post was adopted from.

Revision ID: 0005_shared
Revises: 0004_outbox
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_shared"
down_revision = "0004_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coordinator_pin",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("coordinator_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("pinned_at", sa.DateTime, nullable=False),
        # The folder now shows another key: nothing new is trusted until a person decides.
        sa.Column("changed_coordinator_id", sa.String(64), nullable=True),
        sa.Column("changed_name", sa.String(200), nullable=True),
        sa.Column("changed_key_id", sa.String(16), nullable=True),
        sa.Column("changed_public_key", sa.LargeBinary, nullable=True),
        sa.Column("changed_seen_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "shared_item",
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("item_id", sa.String(80), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("item_json", sa.Text, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("seen", sa.Boolean, nullable=False),
    )
    op.create_table(
        "shared_media",
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("item_id", sa.String(80), primary_key=True),
        sa.Column("path", sa.String(120), primary_key=True),
        sa.Column("blob_sha256", sa.String(64), sa.ForeignKey("blob.sha256"), nullable=False),
    )
    with op.batch_alter_table("post") as batch:
        batch.add_column(
            sa.Column("source_pack", sa.String(120), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("post") as batch:
        batch.drop_column("source_pack")
    op.drop_table("shared_media")
    op.drop_table("shared_item")
    op.drop_table("coordinator_pin")
