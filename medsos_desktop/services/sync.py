"""Sending approved posts to the central folder: the outbox, retried until it arrives.

Every approved revision is queued. A run publishes what is queued with the device's key;
a sequence number is allocated and committed before publishing, so a run killed halfway
retries with the same number and the folder reports the revision already present instead
of receiving a duplicate. A folder that is unreachable, full or briefly locked leaves the
revision queued with the reason; a conflict (that revision exists with other content) is
marked failed and never overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from medsos_desktop.domain.posts import Status, check_transition, content_from_dict
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.store import posts as store
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import (
    Blob,
    DeviceSequence,
    Post,
    PostRevision,
    Review,
    Reviewer,
    SyncOutbox,
    utcnow,
)
from medsos_desktop.sync.protocol import (
    MediaFile,
    RevisionConflict,
    RevisionPackage,
    Signer,
    SyncError,
    init_central,
    publish_device,
    publish_revision,
)

MEDIA_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}
POST_FORMAT = "medsos-post"
POST_FORMAT_VERSION = 1
MSG_NO_CENTRAL = QT_TRANSLATE_NOOP(
    "Sync",
    "No central folder is set. Choose the shared folder Diskominfo gave you in the settings.",
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SyncResult:
    published: int
    already_present: int
    waiting: int  # still queued: folder unreachable, full, locked
    failed: int  # conflicts: need a person
    messages: tuple[str, ...]  # English source text of the reasons, rendered by the caller
    errors: tuple[UserFacingError, ...]


class SyncService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def enqueue_approved(self) -> int:
        """Queue every approved revision not yet queued; returns how many were added."""
        with self.db.session() as session, session.begin():
            queued = {(o.post_id, o.revision) for o in session.scalars(select(SyncOutbox))}
            rows = session.execute(
                select(PostRevision.post_id, PostRevision.revision)
                .join(Post, Post.id == PostRevision.post_id)
                .where(
                    Post.status.in_(
                        [Status.APPROVED.value, Status.SYNCED.value, Status.PUBLISHED.value]
                    )
                )
            ).all()
            added = 0
            for post_id, revision in rows:
                if (post_id, revision) not in queued:
                    session.add(
                        SyncOutbox(
                            post_id=post_id,
                            revision=revision,
                            state="pending",
                            attempts=0,
                            last_error="",
                            published_path="",
                            updated_at=utcnow(),
                        )
                    )
                    added += 1
            return added

    def pending(self) -> list[tuple[int, int]]:
        with self.db.session() as session:
            return [
                (o.post_id, o.revision)
                for o in session.scalars(
                    select(SyncOutbox)
                    .where(SyncOutbox.state == "pending")
                    .order_by(SyncOutbox.post_id, SyncOutbox.revision)
                )
            ]

    def _package(
        self, post_id: int, revision: int, agency_slug: str, agency_name: str
    ) -> RevisionPackage:
        with self.db.session() as session:
            post = session.get(Post, post_id)
            snapshot = session.get(PostRevision, (post_id, revision))
            if post is None or snapshot is None:
                raise LookupError((post_id, revision))
            content_data = json.loads(snapshot.content_json)
            review = session.execute(
                select(Review, Reviewer.name, Reviewer.role)
                .join(Reviewer, Review.reviewer_id == Reviewer.id)
                .where(
                    Review.post_id == post_id,
                    Review.revision == revision,
                    Review.decision == "approved",
                )
                .order_by(Review.id.desc())
                .limit(1)
            ).first()
            media = []
            for ref in content_from_dict(content_data).media:
                blob = session.get(Blob, ref.sha256)
                if blob is None:
                    continue
                # The blob store records each image's type when it is imported.
                ext = MEDIA_EXTENSIONS.get(blob.mime, "bin")
                media.append(MediaFile(ref.sha256, ext, blob.data))
            approval = None
            if review is not None:
                record, name, role = review
                approval = {
                    "reviewer": name,
                    "role": role,
                    "at": record.at.isoformat(),
                    "checklist": json.loads(record.checklist_json or "{}"),
                    "overrides": json.loads(record.overrides_json or "{}"),
                    "comment": record.comment,
                }
            post_json = {
                "format": POST_FORMAT,
                "version": POST_FORMAT_VERSION,
                "agency": agency_name,
                "post_uuid": post.uuid,
                "revision": revision,
                "approved_at": snapshot.approved_at.isoformat(),
                "approval": approval,
                "content": content_data,
            }
            return RevisionPackage(agency_slug, post.uuid, revision, post_json, media)

    def _allocate_sequence(self, post_id: int, revision: int, device_id: str) -> int:
        with self.db.session() as session, session.begin():
            row = session.get(SyncOutbox, (post_id, revision))
            assert row is not None
            if row.sequence is not None:
                return row.sequence  # a retry keeps its number
            counter = session.get(DeviceSequence, device_id)
            if counter is None:
                counter = DeviceSequence(device_id=device_id, last_sequence=0)
                session.add(counter)
            counter.last_sequence += 1
            row.sequence = counter.last_sequence
            return row.sequence

    def run(
        self,
        central: Path | None,
        signer: Signer,
        public_key: bytes,
        device_name: str,
        region_name: str = "",
        progress: Progress | None = None,
    ) -> SyncResult:
        if central is None or not str(central).strip():
            raise SyncError(MSG_NO_CENTRAL)
        self.enqueue_approved()
        profile = load_profile(self.db)
        slug, name = profile.slug, profile.name
        todo = self.pending()
        published = present = waiting = failed = 0
        errors: list[UserFacingError] = []
        try:
            init_central(central, region_name or profile.parent_government or name)
            publish_device(central, slug, signer.device_id, device_name, public_key)
        except SyncError as exc:
            return SyncResult(0, 0, len(todo), 0, (exc.message,), (exc,))
        for done, (post_id, revision) in enumerate(todo, start=1):
            sequence = self._allocate_sequence(post_id, revision, signer.device_id)
            try:
                package = self._package(post_id, revision, slug, name)
                outcome = publish_revision(central, package, signer, sequence)
            except RevisionConflict as exc:
                self._mark(post_id, revision, "failed", exc)
                failed += 1
                errors.append(exc)
            except SyncError as exc:
                self._mark(post_id, revision, "pending", exc)
                waiting += 1
                errors.append(exc)
            else:
                self._published(post_id, revision, outcome.path)
                if outcome.state == "published":
                    published += 1
                else:
                    present += 1
            if progress:
                progress(done, len(todo))
        return SyncResult(
            published, present, waiting, failed, tuple(e.message for e in errors), tuple(errors)
        )

    def _mark(self, post_id: int, revision: int, state: str, exc: UserFacingError) -> None:
        with self.db.session() as session, session.begin():
            row = session.get(SyncOutbox, (post_id, revision))
            if row is not None:
                row.state = state
                row.attempts += 1
                row.last_error = exc.render()
                row.updated_at = utcnow()

    def _published(self, post_id: int, revision: int, path: str) -> None:
        with self.db.session() as session, session.begin():
            row = session.get(SyncOutbox, (post_id, revision))
            if row is not None:
                row.state, row.published_path, row.last_error = "published", path, ""
                row.updated_at = utcnow()
            post = session.get(Post, post_id)
            if (
                post is not None
                and post.revision == revision
                and (Status(post.status) is Status.APPROVED)
            ):
                check_transition(Status.APPROVED, Status.SYNCED)
                post.status = Status.SYNCED.value
                post.updated_at = utcnow()
                store.record_event(
                    session, post, Status.APPROVED, Status.SYNCED, actor="sync", comment=path
                )
