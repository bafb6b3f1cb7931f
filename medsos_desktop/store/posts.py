"""Post records: writing whole snapshots, listing light rows, full-text search."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import datetime

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from medsos_desktop.domain.audit import AuditKind, content_hash, kind_of_status_change
from medsos_desktop.domain.platforms import Platform, parse_platforms
from medsos_desktop.domain.posts import (
    Category,
    MediaRef,
    PostContent,
    PostRow,
    Status,
    TrashedRow,
    content_to_dict,
)
from medsos_desktop.store import audit
from medsos_desktop.store.models import (
    Media,
    Post,
    PostEvent,
    PostVariant,
    SyncOutbox,
    utcnow,
)
from medsos_desktop.store.people import admin_actor

# The list's query lives with the first screen's direct read; its names stay here too.
from medsos_desktop.store.queries.post_list import ROW_SQL as _ROW_SQL
from medsos_desktop.store.queries.post_list import list_rows as list_rows
from medsos_desktop.store.queries.post_list import row_from as _row_from


def _join(values: tuple[str, ...]) -> str:
    return " ".join(values)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split() if v)


def content_of(post: Post) -> PostContent:
    variants = {}
    for variant in post.variants:
        try:
            variants[Platform(variant.platform)] = variant.caption
        except ValueError:
            continue
    try:
        category = Category(post.category)
    except ValueError:
        category = Category.LAINNYA
    return PostContent(
        title=post.title,
        category=category,
        platforms=parse_platforms(post.platforms),
        base_caption=post.base_caption,
        variants=variants,
        hashtags=_split(post.hashtags),
        mentions=_split(post.mentions),
        collaborators=_split(post.collaborators),
        planned_at=post.planned_at,
        media=tuple(
            MediaRef(m.blob_sha256, m.filename, m.alt_text, m.width, m.height) for m in post.media
        ),
        template_key=post.template_key,
    )


def apply_content(session: Session, post: Post, content: PostContent) -> None:
    """Make the record equal to the snapshot (fields, variants, media) and reindex it."""
    post.title = content.title
    post.category = content.category.value
    post.platforms = ",".join(p.value for p in content.platforms)
    post.base_caption = content.base_caption
    post.hashtags = _join(content.hashtags)
    post.mentions = _join(content.mentions)
    post.collaborators = _join(content.collaborators)
    post.planned_at = content.planned_at
    post.template_key = content.template_key
    post.updated_at = utcnow()

    # Whole final texts of the platforms that differ from the standard text.
    wanted = {p.value: c for p, c in content.own_texts().items()}
    for variant in list(post.variants):
        if variant.platform not in wanted:
            post.variants.remove(variant)
        else:
            variant.caption = wanted.pop(variant.platform)
    for platform, caption in wanted.items():
        post.variants.append(PostVariant(platform=platform, caption=caption))

    existing = list(post.media)
    for position, ref in enumerate(content.media):
        if position < len(existing):
            row = existing[position]
        else:
            row = Media(position=position)
            post.media.append(row)
        row.position = position
        row.blob_sha256 = ref.sha256
        row.filename = ref.filename
        row.alt_text = ref.alt_text
        row.width = ref.width
        row.height = ref.height
    for row in existing[len(content.media) :]:
        post.media.remove(row)

    session.flush()
    reindex_post(session, post.id, content)


# Two indexes over the same text, both kept by the functions below in the edit's own
# transaction (rowid = post.id): post_fts matches words and word prefixes, with accents
# removed (migration 0001); post_fts_trigram matches any part of a word of three
# characters or more ("aksin" in "vaksinasi", migration 0009), over text already folded
# by `fold_for_search`, as its tokenizer keeps accents on SQLite before 3.45.
MIN_SUBSTRING = 3  # a trigram index cannot match fewer characters


def fold_for_search(value: str) -> str:
    """Lower case without accents ("Café" -> "cafe"), for the trigram index and its queries."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def trigram_text(title: str, body: str, tags: str) -> str:
    return fold_for_search(f"{title}\n{body}\n{tags}")


def search_index_values(post_id: int, content: PostContent) -> dict[str, object]:
    """The parameters `index_posts` writes for one post (the benchmark corpus uses it too)."""
    body = "\n".join(
        [content.base_caption, *content.variants.values(), *(m.alt_text for m in content.media)]
    )
    tags = " ".join([*content.hashtags, *content.mentions, *content.collaborators])
    return {
        "id": post_id,
        "title": content.title,
        "body": body,
        "tags": tags,
        "folded": trigram_text(content.title, body, tags),
    }


def index_posts(session: Session, values: list[dict[str, object]]) -> None:
    """Add posts not indexed yet to both search indexes (one executemany each)."""
    if not values:
        return
    session.execute(
        text("INSERT INTO post_fts(rowid, title, body, tags) VALUES (:id, :title, :body, :tags)"),
        values,
    )
    session.execute(
        text("INSERT INTO post_fts_trigram(rowid, folded) VALUES (:id, :folded)"), values
    )


def unindex_post(session: Session, post_id: int) -> None:
    """Take a post out of both search indexes."""
    session.execute(text("DELETE FROM post_fts WHERE rowid = :id"), {"id": post_id})
    session.execute(text("DELETE FROM post_fts_trigram WHERE rowid = :id"), {"id": post_id})


def reindex_post(session: Session, post_id: int, content: PostContent) -> None:
    unindex_post(session, post_id)
    index_posts(session, [search_index_values(post_id, content)])


def create_post(
    session: Session,
    content: PostContent,
    *,
    status: Status = Status.DRAFT,
    is_demo: bool = False,
    actor: str = "",
) -> Post:
    """A new post, written by the admin at this PC (`actor` names them when they have not
    given their name yet; the sample posts have no author)."""
    actor, person_id = (actor, None) if is_demo else admin_actor(session, actor)
    post = Post(
        uuid=str(uuid.uuid4()),
        status=status.value,
        revision=1,
        is_demo=is_demo,
        created_by=person_id,
        created_at=utcnow(),
    )
    session.add(post)
    session.flush()
    apply_content(session, post, content)
    record_event(session, post, "", status, actor=actor, person_id=person_id, comment="created")
    return post


def record_event(
    session: Session,
    post: Post,
    from_status: Status | str,
    to_status: Status,
    *,
    actor: str = "",
    person_id: int | None = None,
    comment: str = "",
) -> None:
    at = utcnow()
    session.add(
        PostEvent(
            post_id=post.id,
            from_status=str(from_status),
            to_status=to_status.value,
            revision=post.revision,
            actor=actor,
            person_id=person_id,
            comment=comment,
            at=at,
        )
    )
    session.flush()  # the content the hash covers is what the database now holds
    audit.append_event(
        session,
        kind_of_status_change(str(from_status), to_status.value, comment),
        post_uuid=post.uuid,
        revision=post.revision,
        actor=actor,
        detail={"from": str(from_status), "to": to_status.value, "comment": comment},
        post_content_hash=content_hash(content_to_dict(content_of(post))),
        at=at,
    )


def note_edit(session: Session, post: Post, actor: str = "") -> None:
    """An edit is one audit event per stretch of editing, not one per autosave: recorded
    when the post's newest event is anything but an edit of this revision."""
    if audit.last_kind_of_post(session, post.uuid) == (AuditKind.EDITED.value, post.revision):
        return
    audit.append_event(
        session,
        AuditKind.EDITED,
        post_uuid=post.uuid,
        revision=post.revision,
        actor=actor,
    )


def get_row(session: Session, post_id: int) -> PostRow | None:
    values = session.connection().exec_driver_sql(_ROW_SQL + " WHERE id = ?", (post_id,)).first()
    return _row_from(tuple(values)) if values else None


_WORD = re.compile(r"[\w@#]+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Each word the user typed must appear, as a prefix; FTS syntax is never passed through."""
    words = [w.strip("@#") for w in _WORD.findall(user_text)]
    words = [w for w in words if w]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search_queries(user_text: str) -> tuple[str | None, str | None]:
    """The trigram and the word-index queries for what the user typed.

    Each word must appear. A word of three characters or more matches anywhere inside
    a word ("aksin" finds "vaksinasi"); a shorter one matches the start of a word ("kb"
    finds "KB" and "kbli"), as a trigram index cannot match it. A hashtag or mention
    typed with its # or @ also matches from its start ("#BandungJua"): it is one word in
    the word index, while as a substring of every post's tags it took twice the search
    budget. Both are quoted: FTS syntax typed by the user is never passed through.
    """
    anywhere: list[str] = []
    word_starts: list[str] = []
    for token in _WORD.findall(user_text):
        word = fold_for_search(token.strip("@#"))
        if not word:
            continue
        if len(word) < MIN_SUBSTRING or token[0] in "#@":
            word_starts.append(word)
        else:
            anywhere.append(word)
    trigram = " ".join('"' + w.replace('"', '""') + '"' for w in anywhere) or None
    return trigram, fts_query(" ".join(word_starts))


def search_ids(
    session: Session, user_text: str, limit: int | None = None, ranked: bool = False
) -> list[int]:
    """Ids of matching posts. Ranking (bm25 over every hit) costs several times the match
    itself on common words, so it is only done when the order matters."""
    trigram, words = search_queries(user_text)
    if trigram is None and words is None:
        return []
    if trigram is None:
        sql = "SELECT rowid FROM post_fts WHERE post_fts MATCH :w"
    else:
        sql = "SELECT rowid FROM post_fts_trigram WHERE post_fts_trigram MATCH :t"
        if words is not None:
            sql += " AND rowid IN (SELECT rowid FROM post_fts WHERE post_fts MATCH :w)"
    if ranked:
        sql += " ORDER BY rank"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in session.execute(text(sql), {"t": trigram, "w": words})]


def delete_post(session: Session, post_id: int) -> None:
    """Gone for good: only the trash's purge and the sample's removal call this. Its audit
    events stay: the chain keeps the post's history and says it was deleted."""
    post = session.get(Post, post_id)
    if post is not None:
        audit.append_event(
            session, AuditKind.PURGED, post_uuid=post.uuid, revision=post.revision, actor=""
        )
    unindex_post(session, post_id)
    session.execute(delete(Post).where(Post.id == post_id))


def trash_post(session: Session, post_id: int, *, actor: str = "") -> bool:
    """Out of the list, the search, the calendar and the outbox; kept whole for restoring."""
    post = session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        return False
    post.deleted_at = utcnow()
    unindex_post(session, post_id)
    # Not sent while in the trash; a restore queues it again (services/sync.py enqueue).
    session.execute(
        delete(SyncOutbox).where(SyncOutbox.post_id == post_id, SyncOutbox.state != "published")
    )
    record_event(session, post, post.status, Status(post.status), actor=actor, comment="trashed")
    return True


def restore_post(session: Session, post_id: int, *, actor: str = "") -> bool:
    post = session.get(Post, post_id)
    if post is None or post.deleted_at is None:
        return False
    post.deleted_at = None
    post.updated_at = utcnow()
    session.flush()
    reindex_post(session, post.id, content_of(post))
    record_event(session, post, post.status, Status(post.status), actor=actor, comment="restored")
    return True


def list_trash(session: Session) -> list[TrashedRow]:
    cursor = session.connection().exec_driver_sql(
        "SELECT id, title, status, deleted_at FROM post WHERE deleted_at IS NOT NULL "
        "ORDER BY deleted_at DESC"
    )
    return [
        TrashedRow(post_id, title, status, datetime.fromisoformat(when))
        for post_id, title, status, when in cursor
    ]


def purge_trash(session: Session, older_than: datetime) -> int:
    """Posts in the trash since before `older_than` are deleted for good."""
    ids = [
        row[0]
        for row in session.connection().exec_driver_sql(
            "SELECT id FROM post WHERE deleted_at IS NOT NULL AND deleted_at < ?",
            (older_than.isoformat(sep=" "),),
        )
    ]
    for post_id in ids:
        delete_post(session, post_id)
    return len(ids)
