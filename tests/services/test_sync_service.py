"""The outbox: approved revisions reach the central folder once, signed; a folder that is
missing leaves them queued; what arrives passes the reader's verification."""

from __future__ import annotations

import uuid
from pathlib import Path

from medsos_desktop.domain.posts import Status
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.sync.central import verify_central
from medsos_desktop.sync.writer import Ed25519Signer


def _signer() -> Ed25519Signer:
    return Ed25519Signer.generate(uuid.uuid4().hex)


def test_demo_workspace_fills_a_central_folder_that_verifies(
    workspace: Workspace, tmp_path: Path
) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    signer = _signer()
    service = SyncService(workspace.db)
    result = service.run(
        central, signer, signer.public_key_bytes, "PC Humas Dinkes", "Kota Sukamaju"
    )
    assert result.published == 2 and result.waiting == 0 and result.failed == 0
    report = verify_central(central)
    assert report.revisions_valid and len(report.revisions) == 2
    posts = PostService(workspace.db)
    rows = {r.title: r for r in posts.list_rows()}
    synced = rows["Capaian imunisasi dasar lengkap 2026: 96,4%"]
    assert synced.status == Status.SYNCED.value
    last = posts.events(synced.id)[-1]  # the audit trail says who sent it, when, where
    assert (last.from_status, last.to_status, last.actor) == ("approved", "synced", "sync")
    assert last.comment.startswith("agencies/") and last.at.year >= 2026

    again = service.run(central, signer, signer.public_key_bytes, "PC Humas Dinkes")
    assert (again.published, again.already_present, again.waiting) == (0, 0, 0)
    assert len(verify_central(central).revisions) == 2


def test_unreachable_folder_keeps_the_revisions_queued(
    workspace: Workspace, tmp_path: Path
) -> None:
    signer = _signer()
    service = SyncService(workspace.db)
    missing = tmp_path / "share-not-mounted"
    result = service.run(missing, signer, signer.public_key_bytes, "Laptop")
    assert result.published == 0 and result.waiting == 2
    assert result.errors and str(missing) in result.errors[0].render()
    assert len(service.pending()) == 2
    missing.mkdir()
    later = service.run(missing, signer, signer.public_key_bytes, "Laptop")
    assert later.published == 2
    assert service.pending() == []
    assert verify_central(missing).revisions_valid


def test_a_retry_after_a_crash_reuses_its_sequence(workspace: Workspace, tmp_path: Path) -> None:
    """Publish succeeded but the app died before marking it: the retry finds it present."""
    central = tmp_path / "pusat"
    central.mkdir()
    signer = _signer()
    service = SyncService(workspace.db)
    service.run(central, signer, signer.public_key_bytes, "PC")
    with workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_outbox SET state = 'pending'")
    result = service.run(central, signer, signer.public_key_bytes, "PC")
    assert (result.published, result.already_present) == (0, 2)
    assert verify_central(central).revisions_valid


def test_restoring_an_older_backup_never_reuses_sequence_numbers(
    paths: object, tmp_path: Path, memory_keyring: object
) -> None:
    """A backup made before some syncs, restored on the same PC: the device's counter
    jumps ahead, so what it sends next is not taken for a replay."""
    from medsos_desktop.services.backup import export_all, restore
    from medsos_desktop.services.identity import IdentityService
    from medsos_desktop.services.workspace import open_workspace

    central = tmp_path / "pusat"
    central.mkdir()
    workspace = open_workspace(paths)
    IdentityService(paths.data_dir).create("PC Humas")
    signer = IdentityService(paths.data_dir).signer()
    backup = tmp_path / "cadangan.medsos-backup"
    try:
        export_all(paths, backup)  # before anything was sent
        SyncService(workspace.db).run(central, signer, signer.public_key, "PC")
    finally:
        workspace.close()
    restore(paths, backup)
    workspace = open_workspace(paths)
    try:
        result = SyncService(workspace.db).run(central, signer, signer.public_key, "PC")
        assert result.already_present == 2  # the same revisions, found in the folder
        with workspace.db.engine.connect() as conn:
            (last,) = conn.exec_driver_sql("SELECT last_sequence FROM device_sequence").one()
        assert last > 1_000_000
    finally:
        workspace.close()
    assert verify_central(central).revisions_valid
