"""Initial schema: agency, posts with variants, media, blobs, events, caption templates, FTS.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("short_name", sa.String(60), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("parent_government", sa.String(200), nullable=False),
        sa.Column("handles_json", sa.Text, nullable=False),
        sa.Column("official_hashtags", sa.Text, nullable=False),
        sa.Column("contacts", sa.Text, nullable=False),
        sa.Column("profile_confirmed", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("mime", sa.String(40), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "post",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("platforms", sa.String(120), nullable=False),
        sa.Column("base_caption", sa.Text, nullable=False),
        sa.Column("hashtags", sa.Text, nullable=False),
        sa.Column("mentions", sa.Text, nullable=False),
        sa.Column("collaborators", sa.Text, nullable=False),
        sa.Column("planned_at", sa.DateTime, nullable=True),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("template_key", sa.String(80), nullable=False),
        sa.Column("is_demo", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_post_planned_at", "post", ["planned_at"])
    op.create_index("ix_post_status", "post", ["status"])
    op.create_index("ix_post_updated_at", "post", ["updated_at"])
    op.create_table(
        "post_variant",
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("platform", sa.String(20), primary_key=True),
        sa.Column("caption", sa.Text, nullable=False),
    )
    op.create_table(
        "media",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("blob_sha256", sa.String(64), sa.ForeignKey("blob.sha256"), nullable=False),
        sa.Column("filename", sa.String(260), nullable=False),
        sa.Column("alt_text", sa.Text, nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
    )
    op.create_index("ix_media_post_id", "media", ["post_id"])
    op.create_table(
        "post_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("from_status", sa.String(30), nullable=False),
        sa.Column("to_status", sa.String(30), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
    )
    op.create_index("ix_post_event_post_id", "post_event", ["post_id"])
    op.create_table(
        "caption_template",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(80), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    # Full-text index over everything a user would search for; rowid = post.id.
    # Kept up to date by store.posts.reindex_post in the same transaction as the edit.
    op.execute(
        "CREATE VIRTUAL TABLE post_fts USING fts5("
        "title, body, tags, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE post_fts")
    for table in (
        "caption_template",
        "post_event",
        "media",
        "post_variant",
        "post",
        "blob",
        "agency",
    ):
        op.drop_table(table)
