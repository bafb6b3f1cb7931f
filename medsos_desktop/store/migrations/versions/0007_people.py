"""People: the admin at this PC and the reviewers are person records, so "nobody approves
their own post" compares identities instead of typed names. Posts and their events record
the person who wrote them; reviewer changes (PIN resets included) get an audit trail.

Each existing reviewer becomes a person with the same id and name.

`post` and `reviewer` cannot be rebuilt the way batch mode does it (copy, DROP, rename):
with foreign keys on, dropping `post` would cascade-delete its variants and media, and
dropping `reviewer` fails while reviews point at it. So the new columns of `post` and
`post_event` are added in place (SQLite accepts a nullable REFERENCES column there), and
`reviewer` is rebuilt in the order that keeps every review's reference valid at commit:
its rows are set aside, the table is dropped with the check deferred, created anew, and
filled again.

Revision ID: 0007_people
Revises: 0006_planning
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_people"
down_revision = "0006_planning"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("jabatan", sa.String(120), nullable=False),
        sa.Column("nip", sa.String(18), nullable=True, unique=True),
        sa.Column("is_admin", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.execute(
        "INSERT INTO person (id, name, jabatan, nip, is_admin, created_at, updated_at) "
        "SELECT id, name, '', NULL, 0, created_at, created_at FROM reviewer"
    )

    op.execute("CREATE TABLE _reviewer_before_0007 AS SELECT * FROM reviewer")
    # Reviews point at these rows: checked at commit, when they exist again.
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.drop_table("reviewer")
    op.create_table(
        "reviewer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("pin_salt", sa.LargeBinary, nullable=False),
        sa.Column("pin_hash", sa.LargeBinary, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_reviewer_person_id", "reviewer", ["person_id"])
    op.execute(
        "INSERT INTO reviewer (id, person_id, role, pin_salt, pin_hash, active, created_at) "
        "SELECT id, id, role, pin_salt, pin_hash, active, created_at FROM _reviewer_before_0007"
    )
    op.drop_table("_reviewer_before_0007")

    op.create_table(
        "reviewer_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("reviewer.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("by_person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=True),
        sa.Column("by_name", sa.String(120), nullable=False),
        sa.Column("detail_json", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_reviewer_event_reviewer_id", "reviewer_event", ["reviewer_id"])

    # In place: a rebuilt post table would take its variants and media with it.
    op.execute("ALTER TABLE post ADD COLUMN created_by INTEGER REFERENCES person (id)")
    op.execute("ALTER TABLE post_event ADD COLUMN person_id INTEGER REFERENCES person (id)")


def downgrade() -> None:
    # SQLite cannot drop a column that references another table, nor rebuild `post`
    # (see above): the two added columns stay, unused by the older version.
    op.drop_index("ix_reviewer_event_reviewer_id", "reviewer_event")
    op.drop_table("reviewer_event")
    op.execute(
        "CREATE TABLE _reviewer_before_downgrade AS SELECT reviewer.*, person.name AS name "
        "FROM reviewer JOIN person ON person.id = reviewer.person_id"
    )
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.drop_index("ix_reviewer_person_id", "reviewer")
    op.drop_table("reviewer")
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
    op.execute(
        "INSERT INTO reviewer (id, name, role, pin_salt, pin_hash, active, created_at) "
        "SELECT id, name, role, pin_salt, pin_hash, active, created_at "
        "FROM _reviewer_before_downgrade"
    )
    op.drop_table("_reviewer_before_downgrade")
    # The person table stays while post.created_by and post_event.person_id point at it.
