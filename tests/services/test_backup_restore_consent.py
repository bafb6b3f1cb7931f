"""A restore says what it would take away and asks first: approved revisions not yet sent,
drafts made or changed since the backup, another agency's or device's backup. Real SQLite
files, real backups written by the real export, a real central folder for what was sent."""

from __future__ import annotations

import copy
import dataclasses
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import null

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.domain.review import CHECKLIST_KEYS, ReviewerRole
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import save_profile
from medsos_desktop.services.backup import (
    DATABASE,
    IDENTITY,
    KEY_FILE,
    RestoreConsent,
    RestoreNeedsConsentError,
    export_all,
    preview_restore,
    restore,
)
from medsos_desktop.services.identity import IdentityService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.restore_check import (
    IDENTITY_KEPT,
    IDENTITY_REPLACED,
    LOSS_CHANGED,
    LOSS_NEW,
    LOSS_UNSENT,
)
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import Workspace, WorkspaceError, open_workspace
from medsos_desktop.store.errors import ReadOnlyStorageError

PASSPHRASE = "frasa sandi kunci perangkat dinas"
PIN = "246810"
CHECKED = dict.fromkeys(CHECKLIST_KEYS, True)


class Agency:
    """A data folder of a real agency: its profile, a device key in a passphrase file, a
    Kepala Bidang with a PIN, and a central folder it sends to."""

    def __init__(self, root: Path, name: str, short: str, device: str) -> None:
        self.paths = AppPaths(root / short)
        self.central = root / f"pusat-{short}"
        self.central.mkdir(parents=True)
        workspace = open_workspace(self.paths, seed_demo=False)
        try:
            save_profile(
                workspace.db,
                AgencyProfile(
                    name=name,
                    short_name=short,
                    parent_government="Pemerintah Kota Sukamaju",
                    confirmed=True,
                ),
            )
            self.reviewer = (
                ReviewService(workspace.db)
                .add_reviewer("Pak Budi", ReviewerRole.KEPALA_BIDANG, PIN)
                .id
            )
        finally:
            workspace.close()
        self.identities = IdentityService(self.paths.data_dir, keyring_backend=null.Keyring())
        self.identities.create_with_passphrase(PASSPHRASE, device)

    def copy_to(self, root: Path) -> Agency:
        """The same agency (data folder, central folder, reviewer, device key) copied under
        `root`: building one costs the key's derivation and a dozen writes."""
        shutil.copytree(self.paths.data_dir.parent, root, symlinks=True, dirs_exist_ok=True)
        twin = copy.copy(self)
        twin.paths = AppPaths(root / self.paths.data_dir.name)
        twin.central = root / self.central.name
        twin.identities = IdentityService(twin.paths.data_dir, keyring_backend=null.Keyring())
        return twin

    def open(self) -> Workspace:
        return open_workspace(self.paths, seed_demo=False)

    def draft(self, workspace: Workspace, title: str) -> int:
        return PostService(workspace.db, actor="Rina").create(
            PostContent(
                title=title,
                category=Category.KEGIATAN,
                platforms=(Platform.FACEBOOK,),
                base_caption=f"{title} di Kota Sukamaju #PemkotSukamaju",
            )
        )

    def approved(self, workspace: Workspace, title: str) -> int:
        post_id = self.draft(workspace, title)
        PostService(workspace.db, actor="Rina").change_status(post_id, Status.SUBMITTED)
        ReviewService(workspace.db).approve(post_id, self.reviewer, PIN, CHECKED, {})
        return post_id

    def send(self, workspace: Workspace) -> None:
        signer = self.identities.signer(PASSPHRASE)
        result = SyncService(workspace.db).run(self.central, signer, signer.public_key, "PC admin")
        assert result.waiting == 0 and result.failed == 0

    def backup(self, name: str = "cadangan") -> Path:
        out = self.paths.data_dir.parent / f"{name}.medsos-backup"
        export_all(self.paths, out)
        return out


def titles(paths: AppPaths) -> set[str]:
    with sqlite3.connect(paths.database.as_uri() + "?mode=ro", uri=True) as conn:
        return {row[0] for row in conn.execute("SELECT title FROM post")}


def unchanged_state(paths: AppPaths) -> tuple[object, ...]:
    """The database's rows and the identity files: what a refused restore must not touch."""
    with sqlite3.connect(paths.database.as_uri() + "?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = tuple(
            (t, tuple(sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)))
            for t in sorted(tables)
            if t != "post_fts"
        )
    files = tuple(
        (paths.data_dir / n).read_bytes() if (paths.data_dir / n).exists() else None
        for n in (IDENTITY, KEY_FILE, "settings.json")
    )
    return rows, files


@pytest.fixture(scope="module")
def built_dinkes(tmp_path_factory: pytest.TempPathFactory) -> Agency:
    root = tmp_path_factory.mktemp("dinkes")
    return Agency(root, "Dinas Kesehatan Kota Sukamaju", "Dinkes", "PC Humas Dinkes")


@pytest.fixture
def dinkes(built_dinkes: Agency, tmp_path: Path) -> Agency:
    """Dinkes's folders of its own, copied from the one built for the module."""
    return built_dinkes.copy_to(tmp_path)


def _work_after_the_backup(dinkes: Agency) -> tuple[Path, dict[str, str]]:
    """A backup, then a day of work: what a restore of that backup would take away."""
    workspace = dinkes.open()
    try:
        dinkes.approved(workspace, "Sudah terkirim sebelum cadangan")
        dinkes.send(workspace)
        lama = dinkes.draft(workspace, "Draf lama")
        dinkes.draft(workspace, "Draf yang tidak disentuh")
    finally:
        workspace.close()
    backup = dinkes.backup()
    workspace = dinkes.open()
    try:
        posts = PostService(workspace.db, actor="Rina")
        dinkes.draft(workspace, "Draf baru sesudah cadangan")
        content = posts.load(lama).content
        posts.save(lama, dataclasses.replace(content, base_caption="Teks yang diperbaiki"))
        dinkes.approved(workspace, "Disetujui, dikirim sesudah cadangan")
        dinkes.send(workspace)
        dinkes.approved(workspace, "Disetujui, belum terkirim")
    finally:
        workspace.close()
    expected = {
        "Disetujui, belum terkirim": LOSS_UNSENT,
        "Draf baru sesudah cadangan": LOSS_NEW,
        "Draf lama": LOSS_CHANGED,
    }
    return backup, expected


def test_restore_lists_unsent_and_newer_work_and_refuses_without_consent(dinkes: Agency) -> None:
    backup, expected = _work_after_the_backup(dinkes)
    before = unchanged_state(dinkes.paths)

    preview = preview_restore(dinkes.paths, backup)
    assert {p.title: p.reason for p in preview.lost} == expected
    assert [p.reason for p in preview.lost] == [LOSS_UNSENT, LOSS_NEW, LOSS_CHANGED]
    assert not preview.other_agency and not preview.other_device
    line = preview.lost[0].describe()
    assert "Disetujui, belum terkirim" in line and "not yet sent" in line

    with pytest.raises(RestoreNeedsConsentError) as refused:
        restore(dinkes.paths, backup)
    assert (
        "3 posts" in refused.value.render() and "nothing has been changed" in refused.value.render()
    )
    assert {p.title for p in refused.value.preview.lost} == set(expected)
    assert unchanged_state(dinkes.paths) == before
    assert not list(dinkes.paths.backups_dir.glob("before-restore-*"))
    assert not [p for p in dinkes.paths.data_dir.iterdir() if p.name.startswith(".restore-")]

    agreed = RestoreConsent(discard=frozenset(p.key for p in preview.lost))
    summary = restore(dinkes.paths, backup, consent=agreed)
    assert {p.title for p in summary.discarded} == set(expected)
    assert titles(dinkes.paths) == {
        "Sudah terkirim sebelum cadangan",
        "Draf lama",
        "Draf yang tidak disentuh",
    }
    assert summary.previous is not None
    assert set(expected) <= titles(AppPaths(summary.previous))  # kept aside, as before


def test_a_consent_covers_only_the_work_the_user_saw(dinkes: Agency) -> None:
    """Work saved after the question (an autosave while the app closes) is asked about again."""
    backup, _expected = _work_after_the_backup(dinkes)
    preview = preview_restore(dinkes.paths, backup)
    workspace = dinkes.open()
    try:
        dinkes.draft(workspace, "Ditulis sesudah pertanyaan")
    finally:
        workspace.close()
    before = unchanged_state(dinkes.paths)
    with pytest.raises(RestoreNeedsConsentError) as refused:
        restore(
            dinkes.paths, backup, consent=RestoreConsent(frozenset(p.key for p in preview.lost))
        )
    assert "Ditulis sesudah pertanyaan" in {p.title for p in refused.value.preview.lost}
    assert unchanged_state(dinkes.paths) == before
    restore(dinkes.paths, backup, consent=RestoreConsent(discard=True))
    assert "Ditulis sesudah pertanyaan" not in titles(dinkes.paths)


def test_nothing_to_ask_when_nothing_would_be_lost(dinkes: Agency) -> None:
    """Sent posts are safe in the central folder; unchanged drafts come back as they are."""
    workspace = dinkes.open()
    try:
        dinkes.draft(workspace, "Draf")
        dinkes.approved(workspace, "Terkirim")
    finally:
        workspace.close()
    backup = dinkes.backup()
    workspace = dinkes.open()
    try:
        dinkes.send(workspace)  # the approved post becomes 'synced' after the backup
        dinkes.approved(workspace, "Terkirim juga")
        dinkes.send(workspace)
    finally:
        workspace.close()
    preview = preview_restore(dinkes.paths, backup)
    assert preview.lost == ()
    summary = restore(dinkes.paths, backup)
    assert summary.discarded == () and summary.identity == "same"


def test_another_agencys_backup_says_so_and_asks(dinkes: Agency, tmp_path: Path) -> None:
    disdik = Agency(tmp_path, "Dinas Pendidikan Kota Sukamaju", "Disdik", "PC Humas Disdik")
    workspace = disdik.open()
    try:
        disdik.draft(workspace, "Penerimaan peserta didik baru")
    finally:
        workspace.close()
    foreign = disdik.backup("cadangan-disdik")
    before = unchanged_state(dinkes.paths)
    own_identity = (dinkes.paths.data_dir / IDENTITY).read_bytes()
    own_key = (dinkes.paths.data_dir / KEY_FILE).read_bytes()

    preview = preview_restore(dinkes.paths, foreign)
    assert preview.other_agency and preview.other_device and preview.lost == ()
    assert preview.identity_outcome(False) == IDENTITY_REPLACED
    assert preview.identity_outcome(True) == IDENTITY_KEPT
    with pytest.raises(RestoreNeedsConsentError) as refused:
        restore(dinkes.paths, foreign)
    text = refused.value.render()
    assert "Dinas Pendidikan Kota Sukamaju" in text and "Dinas Kesehatan Kota Sukamaju" in text
    assert unchanged_state(dinkes.paths) == before

    # Restored knowingly, keeping this PC's own device identity and key.
    summary = restore(
        dinkes.paths, foreign, consent=RestoreConsent(other_agency=True, keep_identity=True)
    )
    assert summary.identity == IDENTITY_KEPT
    assert titles(dinkes.paths) == {"Penerimaan peserta didik baru"}
    assert (dinkes.paths.data_dir / IDENTITY).read_bytes() == own_identity
    assert (dinkes.paths.data_dir / KEY_FILE).read_bytes() == own_key
    assert IDENTITY not in summary.replaced and KEY_FILE not in summary.replaced
    device = dinkes.identities.load()
    assert device is not None
    with sqlite3.connect(dinkes.paths.database) as conn:
        (counter,) = conn.execute(
            "SELECT last_sequence FROM device_sequence WHERE device_id = ?", (device.device_id,)
        ).fetchone()
    assert counter >= 1_000_000  # this PC's numbers are never reused

    # Restored knowingly again, now taking the backup's identity: this PC's is kept aside.
    again = restore(dinkes.paths, foreign, consent=RestoreConsent(discard=True, other_agency=True))
    assert again.identity == IDENTITY_REPLACED
    assert (dinkes.paths.data_dir / IDENTITY).read_bytes() == (
        disdik.paths.data_dir / IDENTITY
    ).read_bytes()
    assert again.previous is not None
    assert (again.previous / IDENTITY).read_bytes() == own_identity


def test_another_pc_of_the_same_agency_asks_too(dinkes: Agency, tmp_path: Path) -> None:
    laptop = Agency(tmp_path / "laptop", "Dinas Kesehatan Kota Sukamaju", "Dinkes", "Laptop")
    other = laptop.backup("cadangan-laptop")
    preview = preview_restore(dinkes.paths, other)
    assert not preview.other_agency and preview.other_device
    with pytest.raises(RestoreNeedsConsentError) as refused:
        restore(dinkes.paths, other)
    assert "another device" in refused.value.render() and "Laptop" in refused.value.render()
    restore(dinkes.paths, other, consent=RestoreConsent(other_agency=True))


def test_a_backup_without_identity_keeps_this_pcs(tmp_path: Path) -> None:
    """A backup made before the first send: restoring it never drops this PC's key."""
    paths = AppPaths(tmp_path / "data")
    workspace = open_workspace(paths, seed_demo=False)
    workspace.close()
    backup = tmp_path / "awal.medsos-backup"
    export_all(paths, backup)
    identities = IdentityService(paths.data_dir, keyring_backend=null.Keyring())
    identities.create_with_passphrase(PASSPHRASE, "PC Humas")
    own = (paths.data_dir / IDENTITY).read_bytes(), (paths.data_dir / KEY_FILE).read_bytes()
    summary = restore(paths, backup)
    assert summary.identity == IDENTITY_KEPT
    assert (
        (paths.data_dir / IDENTITY).read_bytes(),
        (paths.data_dir / KEY_FILE).read_bytes(),
    ) == own
    assert identities.signer(PASSPHRASE).device_id == identities.load().device_id  # type: ignore[union-attr]


# --- the read-only open and what a killed restore leaves behind ------------------------------


def test_a_read_only_open_works_beside_the_open_app_and_cannot_write(dinkes: Agency) -> None:
    app = dinkes.open()  # holds the single-instance lock, as the app does
    try:
        dinkes.draft(app, "Ditulis di aplikasi")  # committed, still in the -wal file
        reader = open_workspace(dinkes.paths, read_only=True)
        try:
            assert "Ditulis di aplikasi" in {r.title for r in PostService(reader.db).list_rows()}
            with pytest.raises(ReadOnlyStorageError):
                PostService(reader.db).create(PostContent(title="Tidak boleh"))
        finally:
            reader.close()
        dinkes.draft(app, "Aplikasi tetap bisa menulis")
    finally:
        app.close()
    assert "Tidak boleh" not in titles(dinkes.paths)


def test_a_read_only_open_of_no_data_says_so(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(AppPaths(tmp_path / "kosong"), read_only=True)
    assert "no Medsos Desktop data" in refused.value.render()
    assert not (tmp_path / "kosong").exists()


def _leftover(paths: AppPaths) -> Path:
    staging = paths.data_dir / ".restore-k1ll3d"
    staging.mkdir()
    (staging / DATABASE).write_bytes(b"\0" * 4096)
    return staging


@pytest.mark.parametrize("kind", ["read_only", "shared"])
def test_any_open_removes_a_killed_restores_staging_folder(dinkes: Agency, kind: str) -> None:
    staging = _leftover(dinkes.paths)
    if kind == "read_only":
        workspace = open_workspace(dinkes.paths, read_only=True)
    else:
        workspace = open_workspace(dinkes.paths, exclusive=False, seed_demo=False)
    workspace.close()
    assert not staging.exists()
    open_workspace(dinkes.paths, seed_demo=False).close()  # the lock was given back


def test_a_staging_folder_in_use_by_a_running_restore_is_left_alone(dinkes: Agency) -> None:
    """Another process holds the folder (a restore staging right now): a reader opens
    beside it and does not pull its staging folder away."""
    staging = _leftover(dinkes.paths)
    code = (
        "import time; from filelock import FileLock; "
        f"lock = FileLock({str(dinkes.paths.lock_file)!r}); lock.acquire(); "
        "print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        open_workspace(dinkes.paths, read_only=True).close()
        assert (staging / DATABASE).exists()
    finally:
        child.kill()
        child.wait()
    open_workspace(dinkes.paths, read_only=True).close()
    assert not staging.exists()
