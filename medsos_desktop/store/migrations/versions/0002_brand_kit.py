"""Brand kit, user fonts, own infographic templates, a post's infographic.

Revision ID: 0002_brand_kit
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_brand_kit"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brand_kit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("palette_json", sa.Text, nullable=False),
        sa.Column("heading_font", sa.String(120), nullable=False),
        sa.Column("body_font", sa.String(120), nullable=False),
        sa.Column("logo_agency", sa.String(64), sa.ForeignKey("blob.sha256"), nullable=True),
        sa.Column("logo_government", sa.String(64), sa.ForeignKey("blob.sha256"), nullable=True),
        sa.Column("watermark", sa.String(64), sa.ForeignKey("blob.sha256"), nullable=True),
        sa.Column("watermark_opacity", sa.Float, nullable=False),
        sa.Column("footer_website", sa.String(200), nullable=False),
        sa.Column("footer_hotline", sa.String(100), nullable=False),
        sa.Column("footer_address", sa.String(300), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "user_font",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "blob_sha256", sa.String(64), sa.ForeignKey("blob.sha256"), nullable=False, unique=True
        ),
        sa.Column("family", sa.String(120), nullable=False),
        sa.Column("style", sa.String(60), nullable=False),
        sa.Column("filename", sa.String(260), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "infographic_template",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(80), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("spec_json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "post_infographic",
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("template_key", sa.String(80), nullable=False),
        sa.Column("size_key", sa.String(40), nullable=False),
        sa.Column("fields_json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("post_infographic", "infographic_template", "user_font", "brand_kit"):
        op.drop_table(table)
