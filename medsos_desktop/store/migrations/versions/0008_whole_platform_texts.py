"""A platform's own text is its whole final text: the post's mentions and hashtags, which
were appended to it out of the admin's sight, are written into it.

Before, `post_variant.caption` was a body that the post's mentions and hashtags were added to
when the text was copied, checked or sent (an X version with 185 visible characters counted
496). Now the tab shows, the checks count and the copy button copies exactly that column.
Only data changes; approved revisions kept as JSON are read with the old rule
(`domain.posts.content_from_dict`).

Revision ID: 0008_whole_platform_texts
Revises: 0007_people
"""

import re

from alembic import op
from sqlalchemy import text

revision = "0008_whole_platform_texts"
down_revision = "0007_people"
branch_labels = None
depends_on = None


def _compose(body: str, hashtags: list[str], mentions: list[str]) -> str:
    """domain.posts.compose_caption as it was when this migration was written (frozen here:
    a migration must not change when the application's code does)."""
    body = body.rstrip()
    present = {m.casefold() for m in re.findall(r"[#@][\w.]+", body)}
    tail_mentions = [m for m in mentions if m.casefold() not in present]
    tail_tags = [h for h in hashtags if h.casefold() not in present]
    blocks = [body] if body else []
    if tail_mentions:
        blocks.append(" ".join(tail_mentions))
    if tail_tags:
        blocks.append(" ".join(tail_tags))
    return "\n\n".join(blocks)


def _rows() -> list[tuple[int, str, str, str, str, str]]:
    return list(
        op.get_bind().execute(
            text(
                "SELECT v.post_id, v.platform, v.caption, p.base_caption, p.hashtags, "
                "p.mentions FROM post_variant v JOIN post p ON p.id = v.post_id"
            )
        )
    )


def upgrade() -> None:
    connection = op.get_bind()
    for post_id, platform, body, base, hashtags, mentions in _rows():
        tags, people = hashtags.split(), mentions.split()
        whole = _compose(body, tags, people)
        key = {"post_id": post_id, "platform": platform}
        if whole == _compose(base, tags, people):
            # Equal to the text the platform follows anyway: no own text to keep.
            connection.execute(
                text("DELETE FROM post_variant WHERE post_id = :post_id AND platform = :platform"),
                key,
            )
        elif whole != body:
            connection.execute(
                text(
                    "UPDATE post_variant SET caption = :caption "
                    "WHERE post_id = :post_id AND platform = :platform"
                ),
                {**key, "caption": whole},
            )


def downgrade() -> None:
    """Take off the trailing mentions and hashtags where they are exactly what was added."""
    connection = op.get_bind()
    for post_id, platform, whole, _base, hashtags, mentions in _rows():
        tags, people = hashtags.split(), mentions.split()
        for blocks in (2, 1):
            parts = whole.rsplit("\n\n", blocks)
            if len(parts) == blocks + 1 and _compose(parts[0], tags, people) == whole:
                connection.execute(
                    text(
                        "UPDATE post_variant SET caption = :caption "
                        "WHERE post_id = :post_id AND platform = :platform"
                    ),
                    {"post_id": post_id, "platform": platform, "caption": parts[0]},
                )
                break
