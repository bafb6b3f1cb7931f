"""Substring search: a trigram index beside the word index, so "aksin" finds "vaksinasi".

The word index (post_fts) stays for words shorter than three characters, which a
trigram index cannot match. The new table holds the same text as post_fts, folded
(lower case, accents removed) by store.posts.trigram_text, because SQLite before
3.45 cannot remove diacritics in a trigram tokenizer.

Revision ID: 0009_search_trigram
Revises: 0008_whole_platform_texts
"""

from alembic import op
from sqlalchemy import text

from medsos_desktop.store.posts import trigram_text

revision = "0009_search_trigram"
down_revision = "0008_whole_platform_texts"
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    connection = op.get_bind()
    op.execute("CREATE VIRTUAL TABLE post_fts_trigram USING fts5(folded, tokenize = 'trigram')")
    select = text(
        "SELECT rowid, title, body, tags FROM post_fts WHERE rowid > :after ORDER BY rowid "
        f"LIMIT {BATCH}"
    )
    insert = text("INSERT INTO post_fts_trigram(rowid, folded) VALUES (:id, :folded)")
    after = 0
    while rows := connection.execute(select, {"after": after}).fetchall():
        connection.execute(
            insert,
            [
                {"id": rowid, "folded": trigram_text(title, body, tags)}
                for rowid, title, body, tags in rows
            ],
        )
        after = rows[-1][0]


def downgrade() -> None:
    op.execute("DROP TABLE post_fts_trigram")
