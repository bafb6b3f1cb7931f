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
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from medsos_desktop.domain.approval_chain import Assurance
from medsos_desktop.domain.posts import Status, check_transition, content_from_dict
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.services.errors import error_record
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import (
    utcnow,
)
from medsos_desktop.store.queries import sync as queries
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.central import (
    RevisionPackage,
    RevisionPublisher,
    init_central,
    publish_device,
)
from medsos_desktop.sync.format import RevisionConflict, SyncError
from medsos_desktop.sync.writer import MediaFile, PublishOutcome, Signer

MEDIA_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}
POST_FORMAT = "medsos-post"
POST_FORMAT_VERSION = 1
MSG_SAMPLE_TO_REAL = QT_TRANSLATE_NOOP(
    "Sync",
    "This is the sample workspace: its posts belong to a sample agency and are never sent "
    "to {path}, a real central folder. Fill in your agency's profile (Instansi menu) to "
    "start your own workspace.",
)
MSG_NO_CENTRAL = QT_TRANSLATE_NOOP(
    "Sync",
    "No central folder is set. Choose the shared folder Diskominfo gave you in the settings.",
)

Progress = Callable[[int, int], None]
_MARK_BATCH = 100
# Revisions sent at once. Their fsyncs overlap, and the file system confirms overlapping
# fsyncs together (one journal commit on ext4): publishing 300 revisions of 250 kB, 16
# at once took 0.4x the time 4 at once did on the development machine.
_SEND_THREADS = 16


def _iso(value: object) -> str:
    """A timestamp column read by plain SQL (SQLite's text form) in ISO 8601, as the ORM
    wrote it: the same post.json bytes whichever way it was read."""
    if isinstance(value, datetime):
        return value.isoformat()
    return datetime.fromisoformat(str(value)).isoformat()


def _signed_approval(proof: queries.ChainProof, at: str) -> dict[str, object] | None:
    """The approval of a chain: its decisions with their signatures and the registrations
    of its reviewers, for the coordinator to check (sync/approval_proof.py)."""
    # Imported here: only agencies with reviewers on their own PCs load the sealed boxes.
    from medsos_desktop.sync.approval_proof import decision_entry, signed_approval

    registrations: list[dict[str, object]] = []
    approvers: list[str] = []
    for reviewer_id in dict.fromkeys(rid for _d, _s, rid in proof.decisions):
        entries_json, name, jabatan = proof.reviewers.get(reviewer_id, ("[]", reviewer_id, ""))
        registrations.extend(json.loads(entries_json))
        approvers.append(f"{name} ({jabatan})" if jabatan else name)
    if not registrations:
        return None  # registered before this version kept registrations: nothing to prove
    return signed_approval(
        json.loads(proof.chain_json),
        registrations,
        [decision_entry(data, signature) for data, signature, _rid in proof.decisions],
        approvers,
        at,
    )


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
        include_demo = not load_profile(self.db).confirmed  # never as a real agency
        with self.db.transaction() as session:
            return queries.enqueue_approved(session, include_demo=include_demo)

    def pending(self) -> list[tuple[int, int]]:
        with self.db.session() as session:
            return queries.pending_revisions(session)

    def _package(
        self, post_id: int, revision: int, agency_slug: str, agency_name: str
    ) -> RevisionPackage:
        with self.db.engine.connect() as conn:
            snapshot = queries.approved_snapshot(conn, post_id, revision)
            if snapshot is None:
                raise LookupError((post_id, revision))
            content_data = json.loads(snapshot.content_json)
            media = []
            for ref in content_from_dict(content_data).media:
                blob = queries.stored_blob(conn, ref.sha256)
                if blob is None:
                    continue
                # The blob store records each image's type when it is imported.
                media.append(MediaFile(ref.sha256, MEDIA_EXTENSIONS.get(blob[0], "bin"), blob[1]))
            approval: dict[str, object] | None = None
            if snapshot.review is not None:
                at, checklist, overrides, comment, reviewer, role, method, evidence, when = (
                    snapshot.review
                )
                approval = {
                    "assurance": Assurance.PIN.value,
                    "reviewer": reviewer,
                    "role": role,
                    "at": _iso(at),
                    "checklist": json.loads(str(checklist or "{}")),
                    "overrides": json.loads(str(overrides or "{}")),
                    "comment": comment,
                }
                blob = queries.stored_blob(conn, str(evidence)) if evidence else None
                if method == Assurance.WHATSAPP.value and blob is not None:
                    # The screenshot travels as one of the revision's files: the proof,
                    # weak as it is, is there for the coordinator to look at.
                    approval["assurance"] = Assurance.WHATSAPP.value
                    approval["evidence"] = {
                        "sha256": str(evidence),
                        "received_at": _iso(when) if when else "",
                    }
                    ext = MEDIA_EXTENSIONS.get(blob[0], "bin")
                    if all(m.sha256 != evidence for m in media):
                        media.append(MediaFile(str(evidence), ext, blob[1]))
            elif snapshot.chain is not None:
                approval = _signed_approval(snapshot.chain, _iso(snapshot.approved_at))
            post_json = {
                "format": POST_FORMAT,
                "version": POST_FORMAT_VERSION,
                "agency": agency_name,
                "post_uuid": snapshot.post_uuid,
                "revision": revision,
                "approved_at": _iso(snapshot.approved_at),
                "approval": approval,
                "content": content_data,
            }
            if snapshot.is_sample:
                # Marked in the signed package itself: a coordinator never counts it.
                post_json["sample"] = True
            if snapshot.source_pack:
                # Which of Diskominfo's content packs this post adapts: the coordinator
                # counts adoptions from it.
                post_json["source_pack"] = snapshot.source_pack
            return RevisionPackage(agency_slug, snapshot.post_uuid, revision, post_json, media)

    def _allocate_sequences(self, todo: list[tuple[int, int]], device_id: str) -> dict:
        """Numbers for every queued revision, committed before anything is published.

        One transaction for the whole run: gaps are allowed by the protocol (a run that
        stops early leaves numbers unused), and a retry keeps the number it was given.
        """
        with self.db.transaction() as session:
            return queries.allocate_sequences(session, todo, device_id)

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
        # Until the admin saves their own profile the workspace is the sample: it may
        # practise on a sample folder (one it sets up itself is marked so), never reach
        # a real one, where its posts would arrive signed as an agency.
        sample = not profile.confirmed
        todo = self.pending()
        published = present = waiting = failed = 0
        errors: list[UserFacingError] = []
        try:
            info = init_central(
                central, region_name or profile.parent_government or name, sample=sample
            )
            if sample and not info.sample:
                raise SyncError(MSG_SAMPLE_TO_REAL, path=str(central))
            publish_device(central, slug, signer.device_id, device_name, public_key)
            publisher = RevisionPublisher(central, slug, signer)
        except SyncError as exc:
            # Every queued revision waits for the same reason; the editor shows it.
            self._mark_many(todo, "pending", exc)
            return SyncResult(0, 0, len(todo), 0, (exc.message,), (exc,))
        sequences = self._allocate_sequences(todo, signer.device_id)
        arrived: list[tuple[int, int, str]] = []
        unsynced: list[Path] = []
        last_flush = time.monotonic()
        work = [(key, sequences[key]) for key in todo if key in sequences]

        def send(key: tuple[int, int], sequence: int) -> PublishOutcome:
            package = self._package(key[0], key[1], slug, name)
            return publisher.publish(package, sequence, sync_parent=False)

        # Several revisions are sent at once: most of the time of one is spent waiting for
        # the disk or the share to confirm a write (fsync), the waits of several are
        # confirmed together, and reading the next one from the database goes on meanwhile.
        # Each revision has its own target folder and is still written, synced and renamed
        # on its own, so the protocol's guarantees do not depend on the order they complete
        # in. A few more than the threads are read ahead, never the whole queue.
        pool = ThreadPoolExecutor(max_workers=_SEND_THREADS, thread_name_prefix="medsos-sync")
        in_flight: dict[Future[PublishOutcome], tuple[int, int]] = {}
        queue = iter(work)
        done = 0

        def record_arrivals() -> None:
            """Sync the folders the renames of `arrived` changed, then mark them sent.

            Each revision was complete and synced before its rename, so readers never
            see part of one; its name in its post's folder is durable only once that
            folder is synced, and only then may the outbox call it sent. One sync per
            folder for the whole batch, all at once: after the first has committed the
            renames, the others cost the disk little more than a confirmation.
            """
            nonlocal arrived, unsynced, last_flush
            folders = sorted(set(unsynced), key=lambda path: -len(path.parts))
            list(pool.map(fsutil.fsync_dir, folders))
            self._published(arrived)
            arrived, unsynced, last_flush = [], [], time.monotonic()

        try:
            while True:
                while len(in_flight) < _SEND_THREADS + 4:
                    item = next(queue, None)
                    if item is None:
                        break
                    in_flight[pool.submit(send, *item)] = item[0]
                if not in_flight:
                    break
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    post_id, revision = in_flight.pop(future)
                    try:
                        outcome = future.result()
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
                        unsynced.extend(outcome.unsynced)
                        if outcome.state == "published":
                            published += 1
                        else:
                            present += 1
                    done += 1
                    if progress:
                        progress(done, len(todo))
                # Marks are written in batches: one commit per revision would cost more
                # than the revision's own files. A run killed before its batch is written
                # finds those revisions already present next time, and marks them then.
                if len(arrived) >= _MARK_BATCH or time.monotonic() - last_flush > 1.0:
                    record_arrivals()
        finally:
            for future in in_flight:
                future.cancel()
            # Whatever stopped the loop, what arrived is synced and recorded.
            record_arrivals()
            pool.shutdown(wait=True)
        return SyncResult(
            published, present, waiting, failed, tuple(e.message for e in errors), tuple(errors)
        )

    def _mark(self, post_id: int, revision: int, state: str, exc: UserFacingError) -> None:
        self._mark_many([(post_id, revision)], state, exc)

    def _mark_many(self, keys: list[tuple[int, int]], state: str, exc: UserFacingError) -> None:
        with self.db.transaction() as session:
            queries.mark_outbox(session, keys, state, error_record(exc))

    def _published(self, arrived: list[tuple[int, int, str]]) -> None:
        """Mark revisions that reached the folder; approved posts become synced."""
        if not arrived:
            return
        check_transition(Status.APPROVED, Status.SYNCED)
        with self.db.transaction() as session:
            queries.mark_published(session, arrived, utcnow())
