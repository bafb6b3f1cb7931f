"""What is flushed to disk, and when, as revisions are published.

A revision counts as sent (the outbox marks it) only after its files, its own folders,
its name in its post's folder and a new post folder's name in `posts/` have all been
fsynced; its folder is complete and synced before the rename that shows it to readers.
The fsyncs are recorded by path (Linux: /proc/self/fd), the real ones still happen.
"""

from __future__ import annotations

import os
import sys
import threading
import uuid
from pathlib import Path

import pytest
from test_sync_support import (
    AGENCY,
    make_central,
    make_package,
    media_file,
    statuses,
    trusted,
)

from medsos_desktop import fileio
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store.queries import sync as queries
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.central import (
    RevisionPublisher,
    publish_revision,
    sync_folders,
    verify_central,
)
from medsos_desktop.sync.writer import Ed25519Signer, file_entries, media_files

PC = "pc-humas-dinkes"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="fsyncs are named through /proc/self/fd"
)


class _Journal:
    """Every fsync and rename, in order, with the path it concerned."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def add(self, kind: str, path: str) -> None:
        with self._lock:
            self.events.append((kind, path))

    def index(self, kind: str, path: Path | str) -> int:
        return self.events.index((kind, str(path)))

    def fsynced(self) -> set[str]:
        return {path for kind, path in self.events if kind == "fsync"}


@pytest.fixture
def journal(monkeypatch: pytest.MonkeyPatch) -> _Journal:
    journal = _Journal()
    real_fsync = os.fsync
    real_rename = fsutil.rename_no_replace

    def fsync(fd: int) -> None:
        journal.add("fsync", os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def rename(src: Path, dst: Path) -> None:
        real_rename(src, dst)
        journal.add("rename", str(dst))

    monkeypatch.setattr(fileio.os, "fsync", fsync)
    monkeypatch.setattr(fsutil.os, "fsync", fsync)
    monkeypatch.setattr(fsutil, "rename_no_replace", rename)
    return journal


def _revision_folders(central: Path) -> list[Path]:
    return sorted(central.glob("agencies/*/posts/*/r*"))


def test_one_publish_is_durable_when_it_returns(tmp_path: Path, journal: _Journal) -> None:
    central, signers = make_central(tmp_path)
    del journal.events[:]  # the set-up's own fsyncs
    outcome = publish_revision(central, make_package(1, media=2), signers[PC], sequence=1)
    assert outcome.state == "published" and outcome.unsynced == ()
    target = central / outcome.path
    posts = target.parent.parent
    renamed = journal.index("rename", target)
    synced = journal.fsynced()
    # Every file and both of the revision's own folders, before the rename...
    files = [p for p in target.rglob("*") if p.is_file()]
    assert len(files) == 5  # two photos, post.json, manifest.sig, manifest.json
    before = {path for kind, path in journal.events[:renamed] if kind == "fsync"}
    staging = [p for p in before if "/.staging/" in p]
    assert len(staging) == 5 + 2  # the files, media/ and the staging folder itself
    # ...then the post folder (the new name) and posts/ (the new post folder's name).
    after = {path for kind, path in journal.events[renamed:] if kind == "fsync"}
    assert {str(target.parent), str(posts)} <= after | synced


def test_a_batch_leaves_the_post_folders_to_sync_folders(tmp_path: Path, journal: _Journal) -> None:
    central, signers = make_central(tmp_path)
    publisher = RevisionPublisher(central, AGENCY, signers[PC])
    outcomes = [
        publisher.publish(make_package(n, media=1), n, sync_parent=False) for n in range(1, 4)
    ]
    posts = central / "agencies" / AGENCY / "posts"
    for outcome in outcomes:
        target = central / outcome.path
        assert set(outcome.unsynced) == {target.parent, posts}  # each a new post
        assert str(target.parent) not in journal.fsynced()
    mark = len(journal.events)
    sync_folders(path for outcome in outcomes for path in outcome.unsynced)
    synced_now = [path for kind, path in journal.events[mark:] if kind == "fsync"]
    # Each folder once, the post folders before posts/.
    assert sorted(synced_now) == sorted({str(p) for o in outcomes for p in o.unsynced})
    assert synced_now[-1] == str(posts)
    assert set(statuses(verify_central(central, trusted(signers.values()))).values()) == {"valid"}


def test_a_later_revision_of_a_known_post_syncs_only_its_post_folder(
    tmp_path: Path, journal: _Journal
) -> None:
    central, signers = make_central(tmp_path)
    publisher = RevisionPublisher(central, AGENCY, signers[PC])
    first = publisher.publish(make_package(1, revision=1), 1, sync_parent=False)
    second = publisher.publish(make_package(1, revision=2), 2, sync_parent=False)
    post_folder = (central / first.path).parent
    assert set(first.unsynced) == {post_folder, post_folder.parent}
    assert second.unsynced == (post_folder,)


def test_every_staged_file_is_synced_before_its_rename(tmp_path: Path, journal: _Journal) -> None:
    central, signers = make_central(tmp_path)
    publisher = RevisionPublisher(central, AGENCY, signers[PC])
    del journal.events[:]  # the set-up's own fsyncs
    outcome = publisher.publish(make_package(7, media=3), 7, sync_parent=False)
    renamed = journal.index("rename", central / outcome.path)
    staged = [path for kind, path in journal.events[:renamed] if "/.staging/" in path]
    names = sorted(Path(path).name for path in staged)
    assert len(staged) == 3 + 3 + 2  # photos, post.json + manifest.sig + manifest.json, 2 folders
    assert "manifest.json" in names and "media" in names
    staging_folder = Path(next(p for p in staged if p.endswith("manifest.json"))).parent
    # The folder itself is synced after its last file (its entries are all there).
    assert journal.index("fsync", staging_folder) > journal.index(
        "fsync", staging_folder / "manifest.json"
    )


def test_the_outbox_marks_a_revision_only_after_its_folders_are_synced(
    workspace: Workspace, tmp_path: Path, journal: _Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    signer = Ed25519Signer.generate(uuid.uuid4().hex)
    real_mark = queries.mark_published
    marked: list[tuple[int, list[str]]] = []

    def mark_published(session, arrived, at) -> None:
        marked.append((len(journal.events), [path for _, _, path in arrived]))
        real_mark(session, arrived, at)

    monkeypatch.setattr(queries, "mark_published", mark_published)
    result = SyncService(workspace.db).run(central, signer, signer.public_key_bytes, "PC")
    assert result.published == 2 and not result.waiting and not result.failed
    assert sum(len(paths) for _, paths in marked) == 2
    for at, paths in marked:
        synced = {path for kind, path in journal.events[:at] if kind == "fsync"}
        for relative in paths:
            target = central / relative
            assert journal.index("rename", target) < at
            assert str(target.parent) in synced  # its name in the post folder
            assert str(target.parent.parent) in synced  # the new post folder's name


def test_media_named_by_their_checked_hash_give_the_same_entries() -> None:
    items = [media_file(n, size=2048 + n) for n in range(3)]
    media = media_files(items)
    payload = b'{"x":1}'
    assert file_entries(payload, media, media_checked=True) == file_entries(payload, media)


def test_a_revision_found_already_present_is_synced_before_it_counts(
    tmp_path: Path, journal: _Journal
) -> None:
    """A run killed after a rename and before its fsync leaves the revision in place but
    perhaps not on disk: the next run syncs its folders before recording it as sent."""
    central, signers = make_central(tmp_path)
    publisher = RevisionPublisher(central, AGENCY, signers[PC])
    first = publisher.publish(make_package(3), 3, sync_parent=False)  # never synced: "killed"
    again = RevisionPublisher(central, AGENCY, signers[PC]).publish(
        make_package(3), 3, sync_parent=False
    )
    post_folder = (central / first.path).parent
    assert again.state == "already_present"
    assert set(again.unsynced) == {post_folder, post_folder.parent}
    del journal.events[:]
    direct = publish_revision(central, make_package(3), signers[PC], sequence=3)
    assert direct.state == "already_present" and direct.unsynced == ()
    assert {str(post_folder), str(post_folder.parent)} <= journal.fsynced()
