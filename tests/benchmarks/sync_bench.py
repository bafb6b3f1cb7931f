"""Sync figures of DESIGN.md's budgets, measured in a child process of `run.py`.

    python tests/benchmarks/sync_bench.py WORK_DIR [--posts 1000] [--synced 10000] [--runs 5]

Prints one JSON object on its last stdout line:

- ``sync_s`` / ``copy_s``: sending ``--posts`` approved posts, each with one photo of
  about 250 kB, to an empty central folder with the real `SyncService` (queue, sequence
  numbers, package, signature, staging, fsync, rename, status update), against copying
  the same files (each revision's photo, post.json, manifest and signature, taken from
  files already on the same disk) into the same layout, each file and each new folder
  flushed to disk with fsync as a durable copy to a share must be; the median of
  ``--runs`` (5) of each, interleaved, each sync from its own copy of the same stored
  posts into a new, empty folder (``sync_samples``, ``copy_samples``). ``copy_nosync_s``
  is the same copy without fsync, for the record.
- ``resync_s``: a sync with nothing new, when ``--synced`` posts have already been sent
  (median of five runs). Budget 0.5 s absolute.

The posts are stored through the app's own store (`create_post`, `PostRevision`) as the
review service leaves them after approval; the reviewer's PIN check is skipped because
scrypt would dominate the set-up, not the measurement. The data folder is opened once
after it is filled, so the day's automatic backup exists before the timed syncs (an
admin's second start of the day), as it would not be fair to time a 255 MB database copy
running beside the sync.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from medsos_desktop.domain.platforms import Platform  # noqa: E402
from medsos_desktop.domain.posts import (  # noqa: E402
    Category,
    MediaRef,
    PostContent,
    Status,
    content_to_dict,
)
from medsos_desktop.paths import AppPaths  # noqa: E402
from medsos_desktop.services.agency import AgencyProfile  # noqa: E402
from medsos_desktop.services.demo import leave_sample  # noqa: E402
from medsos_desktop.services.sync import SyncService  # noqa: E402
from medsos_desktop.services.workspace import open_workspace  # noqa: E402
from medsos_desktop.store.blobs import put_blob  # noqa: E402
from medsos_desktop.store.models import PostRevision  # noqa: E402
from medsos_desktop.store.posts import create_post  # noqa: E402
from medsos_desktop.sync.writer import Ed25519Signer  # noqa: E402

PHOTO_BYTES = 250_000
AGENCY = AgencyProfile(
    name="Dinas Kesehatan Kota Sukamaju",
    short_name="Dinkes Sukamaju",
    parent_government="Pemerintah Kota Sukamaju",
    handles={},
    official_hashtags=("#SukamajuSehat",),
    confirmed=True,
)


def _store_approved(data_dir: Path, count: int, photo_bytes: int, seed: int) -> None:
    """`count` approved posts, each with its own photo (incompressible bytes)."""
    rng = random.Random(seed)
    workspace = open_workspace(AppPaths(data_dir))
    try:
        leave_sample(workspace.db, AGENCY)  # the agency's own workspace: no sample posts
        start = datetime(2026, 11, 1, 9, 0)
        with workspace.db.session() as session, session.begin():
            for n in range(count):
                media: tuple[MediaRef, ...] = ()
                if photo_bytes:
                    data = b"\xff\xd8\xff\xe0" + rng.randbytes(photo_bytes - 4)
                    digest = put_blob(session, data, "image/jpeg")
                    media = (MediaRef(digest, f"foto-{n}.jpg", f"Foto kegiatan {n}", 1080, 1350),)
                content = PostContent(
                    title=f"Posyandu keliling Kelurahan {n % 40 + 1}: jadwal pekan ini",
                    category=Category.KEGIATAN,
                    platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
                    base_caption=(
                        f"Posyandu keliling hadir di Kelurahan {n % 40 + 1}. Bawa buku KIA "
                        "dan ajak balita Anda untuk imunisasi dan timbang badan. Gratis!"
                    ),
                    hashtags=("#SukamajuSehat", "#Posyandu"),
                    planned_at=start + timedelta(hours=n),
                    media=media,
                )
                post = create_post(session, content, status=Status.APPROVED, actor="benchmark")
                session.add(
                    PostRevision(
                        post_id=post.id,
                        revision=post.revision,
                        content_json=json.dumps(content_to_dict(content), ensure_ascii=False),
                    )
                )
    finally:
        workspace.close()
    # Opened once more, as an admin has already done today: the day's automatic backup is
    # in the folder, so the timed syncs below do not copy a 255 MB database beside them.
    open_workspace(AppPaths(data_dir), seed_demo=False).close()


def _sync(data_dir: Path, central: Path, signer: Ed25519Signer) -> tuple[float, object]:
    workspace = open_workspace(AppPaths(data_dir))
    try:
        service = SyncService(workspace.db)
        started = time.perf_counter()
        result = service.run(
            central, signer, signer.public_key_bytes, "PC Benchmark", "Kota Sukamaju"
        )
        return time.perf_counter() - started, result
    finally:
        workspace.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_tree(source: Path, target: Path, durable: bool) -> float:
    """Copy every revision folder's files (all four kinds: photo, post.json, manifest and
    signature), creating the same folders, as a careful person would. Durable as a copy
    to a share must be: each file synced, then each new folder (media/, the revision, the
    post folder), and posts/ once at the end, so that no name is lost in a power cut."""
    started = time.perf_counter()
    posts_dirs: set[Path] = set()
    for revision_dir in sorted(source.glob("agencies/*/posts/*/r*")):
        relative = revision_dir.relative_to(source)
        folders: list[Path] = []
        for path in sorted(revision_dir.rglob("*")):
            if path.is_dir():
                continue
            destination = target / relative / path.relative_to(revision_dir)
            if not destination.parent.is_dir():
                destination.parent.mkdir(parents=True)
                folders.append(destination.parent)
            shutil.copyfile(path, destination)
            if durable:
                _fsync(destination)
        if durable:
            revision_target = target / relative
            for folder in sorted({*folders, revision_target, revision_target.parent}, reverse=True):
                _fsync(folder)
            posts_dirs.add(revision_target.parent.parent)
    if durable:
        for folder in sorted(posts_dirs):
            _fsync(folder)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("work_dir", type=Path)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--synced", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="syncs and copies, interleaved")
    args = parser.parse_args(argv)
    work: Path = args.work_dir
    signer = Ed25519Signer.generate(uuid.uuid4().hex)

    # 1. Sync of --posts posts with media against a durable copy of the same bytes: the
    # median of --runs of each, interleaved (a sync, then the copy of what it wrote), each
    # sync from its own copy of the same stored posts into a new, empty central folder.
    template = work / "data-sync"
    _store_approved(template, args.posts, PHOTO_BYTES, seed=1)
    sync_samples: list[float] = []
    copy_samples: list[float] = []
    copy_nosync_s = 0.0
    for run in range(args.runs):
        data = work / f"data-sync-{run}"
        central = work / f"central-sync-{run}"
        shutil.copytree(template, data)
        central.mkdir(parents=True)
        elapsed, result = _sync(data, central, signer)
        # The fresh data folder also holds the demo workspace's two approved posts.
        if result.published < args.posts or result.waiting or result.failed:
            print(f"sync published {result.published} of {args.posts}", file=sys.stderr)
            return 1
        sync_samples.append(elapsed)
        copy_samples.append(_copy_tree(central, work / "copy-durable", durable=True))
        shutil.rmtree(work / "copy-durable")
        if run == 0:
            copy_nosync_s = _copy_tree(central, work / "copy-plain", durable=False)
            shutil.rmtree(work / "copy-plain")
        shutil.rmtree(data)
        shutil.rmtree(central)
    shutil.rmtree(template)
    sync_s = statistics.median(sync_samples)
    copy_s = statistics.median(copy_samples)

    # 2. A sync with nothing new when --synced posts have been sent already.
    data = work / "data-resync"
    central = work / "central-resync"
    central.mkdir(parents=True)
    _store_approved(data, args.synced, 0, seed=2)
    first_s, result = _sync(data, central, signer)
    if result.published < args.synced or result.waiting or result.failed:
        print(f"first sync published {result.published} of {args.synced}", file=sys.stderr)
        return 1
    resync = []
    for _ in range(5):
        elapsed, again = _sync(data, central, signer)
        if again.published or again.waiting or again.failed:
            print(f"re-sync was not empty: {again}", file=sys.stderr)
            return 1
        resync.append(elapsed)
    print(
        json.dumps(
            {
                "posts": args.posts,
                "bytes": args.posts * PHOTO_BYTES,
                "sync_s": sync_s,
                "copy_s": copy_s,
                "copy_nosync_s": copy_nosync_s,
                "sync_samples": sync_samples,
                "copy_samples": copy_samples,
                "synced": args.synced,
                "first_sync_s": first_s,
                "resync_s": statistics.median(resync),
                "resync_samples": resync,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
