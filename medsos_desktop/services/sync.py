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
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, insert, literal, select, update

from medsos_desktop.domain.posts import Status, check_transition, content_from_dict
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.services.errors import error_record
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import (
    Blob,
    DeviceSequence,
    Post,
    PostEvent,
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
_MARK_BATCH = 100


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
        """Queue every approved revision not yet queued; returns how many were added.

        One set-based statement: with ten thousand posts already sent, a sync with
        nothing new must not load them all.
        """
        statuses = [Status.APPROVED.value, Status.SYNCED.value, Status.PUBLISHED.value]
        queued = select(SyncOutbox.post_id).where(
            SyncOutbox.post_id == PostRevision.post_id,
            SyncOutbox.revision == PostRevision.revision,
        )
        source = (
            select(
                PostRevision.post_id,
                PostRevision.revision,
                literal("pending"),
                literal(0),
                literal(""),
                literal(""),
                literal(utcnow()),
            )
            .join(Post, Post.id == PostRevision.post_id)
            .where(Post.status.in_(statuses), ~queued.exists())
        )
        with self.db.session() as session, session.begin():
            result = session.execute(
                insert(SyncOutbox).from_select(
                    [
                        "post_id",
                        "revision",
                        "state",
                        "attempts",
                        "last_error",
                        "published_path",
                        "updated_at",
                    ],
                    source,
                )
            )
            return result.rowcount or 0

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
        # Plain column queries: the ORM's Post (with its eagerly loaded variants and
        # media) is not needed to send the approved snapshot, and costs milliseconds.
        with self.db.session() as session:
            row = session.execute(
                select(Post.uuid, PostRevision.content_json, PostRevision.approved_at)
                .join(PostRevision, PostRevision.post_id == Post.id)
                .where(Post.id == post_id, PostRevision.revision == revision)
            ).first()
            if row is None:
                raise LookupError((post_id, revision))
            post_uuid, content_json, approved_at = row
            content_data = json.loads(content_json)
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
                blob = session.execute(
                    select(Blob.mime, Blob.data).where(Blob.sha256 == ref.sha256)
                ).first()
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
                "post_uuid": post_uuid,
                "revision": revision,
                "approved_at": approved_at.isoformat(),
                "approval": approval,
                "content": content_data,
            }
            return RevisionPackage(agency_slug, post_uuid, revision, post_json, media)

    def _allocate_sequences(self, todo: list[tuple[int, int]], device_id: str) -> dict:
        """Numbers for every queued revision, committed before anything is published.

        One transaction for the whole run: gaps are allowed by the protocol (a run that
        stops early leaves numbers unused), and a retry keeps the number it was given.
        """
        with self.db.session() as session, session.begin():
            counter = session.get(DeviceSequence, device_id)
            if counter is None:
                counter = DeviceSequence(device_id=device_id, last_sequence=0)
                session.add(counter)
            rows = {
                (o.post_id, o.revision): o
                for o in session.scalars(select(SyncOutbox).where(SyncOutbox.state == "pending"))
            }
            sequences: dict[tuple[int, int], int] = {}
            for key in todo:
                row = rows.get(key)
                if row is None:
                    continue
                if row.sequence is None:
                    counter.last_sequence += 1
                    row.sequence = counter.last_sequence
                sequences[key] = row.sequence
            return sequences

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
            # Every queued revision waits for the same reason; the editor shows it.
            self._mark_many(todo, "pending", exc)
            return SyncResult(0, 0, len(todo), 0, (exc.message,), (exc,))
        sequences = self._allocate_sequences(todo, signer.device_id)
        arrived: list[tuple[int, int, str]] = []
        last_flush = time.monotonic()
        try:
            for done, (post_id, revision) in enumerate(todo, start=1):
                sequence = sequences.get((post_id, revision))
                if sequence is None:
                    continue  # sent meanwhile by another run of this app
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
                    arrived.append((post_id, revision, outcome.path))
                    if outcome.state == "published":
                        published += 1
                    else:
                        present += 1
                # Marks are written in batches: one commit per revision would cost more
                # than the revision's own files. A run killed before its batch is written
                # finds those revisions already present next time, and marks them then.
                if len(arrived) >= _MARK_BATCH or time.monotonic() - last_flush > 1.0:
                    self._published(arrived)
                    arrived, last_flush = [], time.monotonic()
                if progress:
                    progress(done, len(todo))
        finally:
            self._published(arrived)
        return SyncResult(
            published, present, waiting, failed, tuple(e.message for e in errors), tuple(errors)
        )

    def _mark(self, post_id: int, revision: int, state: str, exc: UserFacingError) -> None:
        self._mark_many([(post_id, revision)], state, exc)

    def _mark_many(self, keys: list[tuple[int, int]], state: str, exc: UserFacingError) -> None:
        with self.db.session() as session, session.begin():
            for post_id, revision in keys:
                row = session.get(SyncOutbox, (post_id, revision))
                if row is not None:
                    row.state = state
                    row.attempts += 1
                    row.last_error = error_record(exc)
                    row.updated_at = utcnow()

    def _published(self, arrived: list[tuple[int, int, str]]) -> None:
        """Mark revisions that reached the folder; approved posts become synced."""
        if not arrived:
            return
        now = utcnow()
        with self.db.session() as session, session.begin():
            outbox = SyncOutbox.__table__
            session.connection().execute(
                update(outbox)
                .where(outbox.c.post_id == bindparam("pid"), outbox.c.revision == bindparam("rev"))
                .values(state="published", published_path=bindparam("path"), last_error=""),
                [{"pid": pid, "rev": rev, "path": path} for pid, rev, path in arrived],
            )
            check_transition(Status.APPROVED, Status.SYNCED)
            for post_id, revision, path in arrived:
                changed = session.execute(
                    update(Post)
                    .where(
                        Post.id == post_id,
                        Post.revision == revision,
                        Post.status == Status.APPROVED.value,
                    )
                    .values(status=Status.SYNCED.value, updated_at=now)
                    .execution_options(synchronize_session=False)
                ).rowcount
                if changed:
                    session.add(
                        PostEvent(
                            post_id=post_id,
                            from_status=Status.APPROVED.value,
                            to_status=Status.SYNCED.value,
                            revision=revision,
                            actor="sync",
                            comment=path,
                            at=now,
                        )
                    )
