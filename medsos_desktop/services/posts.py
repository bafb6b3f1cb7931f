"""Drafting use cases: create, autosave, list, search, attach images, change status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from medsos_desktop.domain.posts import (
    EDITABLE_STATUSES,
    TRASH_DAYS,
    MediaRef,
    PostContent,
    Status,
    TrashedRow,
    check_transition,
    editing_starts_new_revision,
    status_term,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.errors import error_from_record
from medsos_desktop.store import posts as store
from medsos_desktop.store.blobs import get_blob, prune_unreferenced_blobs, put_blob
from medsos_desktop.store.db import Database, StorageError

__all__ = ["TRASH_DAYS", "PostError", "PostRow", "PostService", "PostSnapshot", "StorageError"]
from medsos_desktop.store.models import Post, utcnow
from medsos_desktop.store.people import admin_actor
from medsos_desktop.store.posts import PostRow
from medsos_desktop.store.queries import Session
from medsos_desktop.store.queries import posts as queries

MSG_NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "Posts", "This post is {status} and can no longer be edited. Start a new revision to change it."
)
MSG_MISSING = QT_TRANSLATE_NOOP("Posts", "The post no longer exists (it may have been deleted).")
MSG_MISSING_IMAGE = QT_TRANSLATE_NOOP("Posts", "The image {name} is no longer stored.")
MSG_NOT_IN_TRASH = QT_TRANSLATE_NOOP(
    "Posts", "Only a post in the trash can be deleted for good; move it to the trash first."
)


class PostError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__("Posts", message, **params)


@dataclass(frozen=True)
class PostEventInfo:
    at: datetime
    actor: str
    from_status: str
    to_status: str
    revision: int
    comment: str
    person_id: int | None = None  # the person record of the actor, when there is one
    jabatan: str = ""  # their position, as it is now


@dataclass(frozen=True)
class Delivery:
    """Where the latest approved revision stands on its way to the central folder."""

    revision: int
    state: str  # pending (queued or retrying), published, failed (needs a person)
    attempts: int
    error: UserFacingError | None  # why it is still waiting, or failed
    updated_at: datetime


@dataclass(frozen=True)
class PostSnapshot:
    id: int
    uuid: str
    status: Status
    revision: int
    is_demo: bool
    updated_at: datetime
    content: PostContent
    delivery: Delivery | None = None

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


class PostService:
    def __init__(self, db: Database, actor: str = "") -> None:
        self.db = db
        self.actor = actor

    def _get(self, session: Session, post_id: int) -> Post:
        post = session.get(Post, post_id)
        if post is None:
            raise PostError(MSG_MISSING)
        return post

    def list_rows(self) -> list[store.PostRow]:
        with self.db.session() as session:
            return store.list_rows(session)

    def row(self, post_id: int) -> store.PostRow | None:
        with self.db.session() as session:
            return store.get_row(session, post_id)

    def search(self, text: str, limit: int | None = None, ranked: bool = False) -> list[int]:
        with self.db.session() as session:
            return store.search_ids(session, text, limit, ranked)

    def load(self, post_id: int) -> PostSnapshot:
        with self.db.session() as session:
            post = self._get(session, post_id)
            outbox = queries.latest_outbox(session, post_id)
            delivery = None
            if outbox is not None:
                delivery = Delivery(
                    outbox.revision,
                    outbox.state,
                    outbox.attempts,
                    error_from_record(outbox.last_error),
                    outbox.updated_at,
                )
            return PostSnapshot(
                post.id,
                post.uuid,
                Status(post.status),
                post.revision,
                post.is_demo,
                post.updated_at,
                store.content_of(post),
                delivery,
            )

    def create(self, content: PostContent | None = None) -> int:
        with self.db.transaction() as session:
            return store.create_post(session, content or PostContent(), actor=self.actor).id

    def save(self, post_id: int, content: PostContent) -> datetime:
        """Autosave: write the whole snapshot in one durable transaction."""
        with self.db.transaction() as session:
            post = self._get(session, post_id)
            status = Status(post.status)
            if status not in EDITABLE_STATUSES:
                raise PostError(MSG_NOT_EDITABLE, status=status_term(status))
            store.apply_content(session, post, content)
            store.note_edit(session, post, admin_actor(session, self.actor)[0])
            return post.updated_at

    def change_status(self, post_id: int, target: Status, comment: str = "") -> None:
        with self.db.transaction() as session:
            post = self._get(session, post_id)
            current = Status(post.status)
            check_transition(current, target)
            post.status = target.value
            post.updated_at = utcnow()
            actor, person_id = admin_actor(session, self.actor)
            store.record_event(
                session, post, current, target, actor=actor, person_id=person_id, comment=comment
            )

    def start_new_revision(self, post_id: int) -> None:
        """Editing an approved post: a new revision, back to draft, approval needed again."""
        with self.db.transaction() as session:
            post = self._get(session, post_id)
            current = Status(post.status)
            if not editing_starts_new_revision(current) and current is not Status.SUBMITTED:
                return
            post.revision += 1
            post.status = Status.DRAFT.value
            post.updated_at = utcnow()
            actor, person_id = admin_actor(session, self.actor)
            store.record_event(
                session,
                post,
                current,
                Status.DRAFT,
                actor=actor,
                person_id=person_id,
                comment="new revision",
            )

    def events(self, post_id: int) -> list[PostEventInfo]:
        """The post's audit trail, oldest first: every status change with who and when."""
        with self.db.session() as session:
            rows = queries.events_with_jabatan(session, post_id)
            return [
                PostEventInfo(
                    r.at,
                    r.actor,
                    r.from_status,
                    r.to_status,
                    r.revision,
                    r.comment,
                    r.person_id,
                    jabatan or "",
                )
                for r, jabatan in rows
            ]

    def delete(self, post_id: int) -> None:
        """To the trash: restorable for TRASH_DAYS days, then purged."""
        with self.db.transaction() as session:
            store.trash_post(session, post_id, actor=self.actor)

    def restore(self, post_id: int) -> store.PostRow | None:
        with self.db.transaction() as session:
            store.restore_post(session, post_id, actor=self.actor)
            return store.get_row(session, post_id)

    def trash(self) -> list[TrashedRow]:
        with self.db.session() as session:
            return store.list_trash(session)

    def delete_for_good(self, post_id: int) -> None:
        """Only from the trash: a post still in the list is never deleted outright."""
        with self.db.transaction() as session:
            post = self._get(session, post_id)
            if post.deleted_at is None:
                raise PostError(MSG_NOT_IN_TRASH)
            store.delete_post(session, post_id)

    def purge_trash(self, now: datetime | None = None) -> int:
        """Posts trashed more than TRASH_DAYS days ago are deleted for good."""
        cutoff = (now or utcnow()) - timedelta(days=TRASH_DAYS)
        with self.db.transaction() as session:
            return store.purge_trash(session, cutoff)

    def import_image_file(self, path: Path) -> MediaRef:
        """Read, clean and store an image; the caller appends the returned ref to the post.

        The file is read bounded: a FIFO, a device or a file over the limit is refused
        before it is read (fileio)."""
        from medsos_desktop.render.images import read_image_file

        return self.import_image_bytes(read_image_file(path), path.name)

    def import_image_bytes(self, data: bytes, name: str) -> MediaRef:
        # Pillow is loaded with the first image, not with the post list at start.
        from medsos_desktop.render.images import import_image

        image = import_image(data, name)
        with self.db.transaction() as session:
            digest = put_blob(session, image.data, image.mime)
        return MediaRef(sha256=digest, filename=name, width=image.width, height=image.height)

    def obscure_image(
        self,
        ref: MediaRef,
        box: tuple[float, float, float, float] | Sequence[tuple[float, float, float, float]],
        mode: str = "pixelate",
    ) -> MediaRef:
        """A new image with the region hidden (or each of several regions: every face
        found); the caller puts it in place of `ref`. The original's bytes are removed once
        no post uses them (see `prune_blobs`)."""
        data = self.blob(ref.sha256)
        if data is None:
            raise PostError(MSG_MISSING_IMAGE, name=ref.filename)
        boxes = [box] if isinstance(box[0], int | float) else list(box)
        from medsos_desktop.render.images import obscure_regions

        image = obscure_regions(data, boxes, "blur" if mode == "blur" else "pixelate")  # type: ignore[arg-type]
        with self.db.transaction() as session:
            digest = put_blob(session, image.data, image.mime)
        return MediaRef(digest, ref.filename, ref.alt_text, image.width, image.height)

    def prune_blobs(self) -> int:
        """Delete image bytes nothing refers to any more (e.g. a photo before its faces were
        hidden); SQLite's secure_delete overwrites them."""
        with self.db.transaction() as session:
            return prune_unreferenced_blobs(session)

    def blob(self, sha256: str) -> bytes | None:
        with self.db.session() as session:
            return get_blob(session, sha256)
