"""The data folder's audit chain (issue 16): one hash-chained table of every post event.
The status changes recorded before it existed are chained in their order, marked as
recorded before the chain (their content was not hashed then).

Revision ID: 0012_audit_chain
Revises: 0011_report_notes
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from medsos_desktop.domain.audit import detail_text, event_hash, kind_of_status_change

revision = "0012_audit_chain"
down_revision = "0011_report_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("post_uuid", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("detail_json", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_event_post_uuid", "audit_event", ["post_uuid"])
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT e.at, e.from_status, e.to_status, e.comment, p.uuid, e.revision, e.actor "
        "FROM post_event e JOIN post p ON p.id = e.post_id ORDER BY e.id"
    ).all()
    prev_hash, values = "", []
    for seq, (at_text, from_status, to_status, comment, uuid, rev, actor) in enumerate(rows, 1):
        at = datetime.fromisoformat(str(at_text)).replace(microsecond=0)
        kind = kind_of_status_change(from_status or "", to_status or "", comment or "")
        detail = detail_text(
            {
                "from": from_status or "",
                "to": to_status or "",
                "comment": comment or "",
                "before_chain": True,
            }
        )
        link = event_hash(
            prev_hash=prev_hash,
            seq=seq,
            at=at,
            kind=kind.value,
            post_uuid=uuid,
            revision=rev or 1,
            actor=actor or "",
            detail_json=detail,
            content_hash="",
        )
        values.append(
            (
                seq,
                at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                kind.value,
                uuid,
                rev or 1,
                actor or "",
                detail,
                "",
                prev_hash,
                link,
            )
        )
        prev_hash = link
    if values:
        conn.exec_driver_sql(
            "INSERT INTO audit_event (seq, at, kind, post_uuid, revision, actor, detail_json, "
            "content_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )


def downgrade() -> None:
    op.drop_index("ix_audit_event_post_uuid", "audit_event")
    op.drop_table("audit_event")
