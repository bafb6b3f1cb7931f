"""One-file backups: a full round trip row by row, daily rotation, and hostile files refused
with the right message while the data folder stays byte for byte as it was."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from keyring.backends import null

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent
from medsos_desktop.paths import AppPaths
from medsos_desktop.services import backup as backup_module
from medsos_desktop.services.backup import (
    DATABASE,
    IDENTITY,
    KEY_FILE,
    MANIFEST,
    SETTINGS,
    BackupError,
    BackupInUseError,
    DamagedBackupError,
    NewerBackupError,
    NotABackupError,
    RestoreConsent,
    UnsafeBackupError,
    current_data,
    export_all,
    inspect_backup,
    restore,
)
from medsos_desktop.services.backup import export as backup_export
from medsos_desktop.services.backup import restoring as backup_restore
from medsos_desktop.services.identity import IdentityService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.settings import Settings, save_settings
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.store.backup import daily_backup, daily_dir, snapshot_database
from medsos_desktop.store.db import SCHEMA_HEAD, make_engine, migrate

PASSPHRASE = "kunci cadangan dinas kesehatan"
# These tests are about the files; what a restore would lose is tested in
# test_backup_restore_consent.py. Their folders hold posts of another PC's backup.
KNOWINGLY = RestoreConsent(discard=True, other_agency=True)


# --- helpers ------------------------------------------------------------------------------


def _photo(seed: int, size: tuple[int, int] = (320, 240)) -> bytes:
    from PIL import Image

    image = Image.effect_noise(size, 40 + seed % 50).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def add_posts(workspace: Workspace, count: int, prefix: str) -> list[int]:
    service = PostService(workspace.db, actor="Uji")
    ids = []
    for n in range(count):
        ref = service.import_image_bytes(_photo(n + len(prefix) * 31), f"{prefix}-{n}.jpg")
        ids.append(
            service.create(
                PostContent(
                    title=f"{prefix} kegiatan {n}",
                    category=Category.KEGIATAN,
                    platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
                    base_caption=f"Keterangan {prefix} nomor {n} — Posyandu 🌱",
                    hashtags=("#SukamajuSehat",),
                    media=(ref,),
                )
            )
        )
    return ids


def db_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the FTS shadow tables too), in a stable order."""
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'post_fts'"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, to prove nothing changed."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def populated(paths: AppPaths, extra_posts: int = 8, prefix: str = "Lama") -> None:
    """A closed data folder: demo data, own posts with photos, settings, a device identity."""
    workspace = open_workspace(paths)
    try:
        add_posts(workspace, extra_posts, prefix)
    finally:
        workspace.close()
    save_settings(paths.settings_file, Settings(actor_name=f"Admin {prefix}", language="en"))
    IdentityService(paths.data_dir, keyring_backend=null.Keyring()).create_with_passphrase(
        PASSPHRASE, f"PC {prefix}"
    )


@pytest.fixture(scope="module")
def populate(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., None]:
    """`populated`, built once per (posts, prefix) for the module and copied into each
    test's own folder: the device identity's key derivation alone takes a second."""
    built: dict[tuple[int, str], Path] = {}

    def make(paths: AppPaths, extra_posts: int = 8, prefix: str = "Lama") -> None:
        key = (extra_posts, prefix)
        if key not in built:
            source = AppPaths(tmp_path_factory.mktemp("populated") / "data")
            populated(source, extra_posts, prefix)
            built[key] = source.data_dir
        shutil.copytree(built[key], paths.data_dir, symlinks=True)

    return make


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("good")
    paths = AppPaths(base / "data")
    populated(paths, extra_posts=3)
    out = base / "baik.medsos-backup"
    export_all(paths, out)
    return out


def rebuild(
    source: Path,
    target: Path,
    *,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None,
    manifest: Callable[[dict], None] | None = None,
    fix_hashes: bool = True,
) -> Path:
    """A copy of a backup with members replaced, dropped or added and the manifest edited."""
    with zipfile.ZipFile(source) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    data = json.loads(members.pop(MANIFEST))
    for name, content in (replace or {}).items():
        members[name] = content
        if fix_hashes:
            data["members"][name] = {
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
    for name in drop:
        members.pop(name, None)
        data["members"].pop(name, None)
    if manifest:
        manifest(data)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
        for info, content in extra or []:
            zf.writestr(info, content)
        zf.writestr(MANIFEST, json.dumps(data))
    return target


def _db_member(good: Path) -> bytes:
    with zipfile.ZipFile(good) as zf:
        return zf.read(DATABASE)


def _edited_db(good: Path, work: Path, sql: list[str]) -> bytes:
    db = work / "edit.sqlite3"
    db.write_bytes(_db_member(good))
    conn = sqlite3.connect(db)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return db.read_bytes()


# --- round trip ---------------------------------------------------------------------------


def test_round_trip_every_row_every_blob(populate: Callable[..., None], tmp_path: Path) -> None:
    """Exported while the app is open (new rows still in the WAL), restored into a new folder."""
    old = AppPaths(tmp_path / "old")
    populate(old, extra_posts=4)
    workspace = open_workspace(old)
    try:
        add_posts(workspace, 6, "Baru")  # committed, still in the -wal file
        assert (old.data_dir / f"{DATABASE}-wal").stat().st_size > 0
        expected = db_rows(old.database)
        progress: list[tuple[int, int]] = []
        out = tmp_path / "keluar" / "cadangan.medsos-backup"
        out.parent.mkdir()
        summary = export_all(old, out, progress=lambda d, t: progress.append((d, t)))
    finally:
        workspace.close()
    assert summary.counts["post"] == len(expected["post"]) >= 15
    assert summary.counts["blob"] == len(expected["blob"])
    assert summary.schema_revision == SCHEMA_HEAD
    assert progress[-1][0] == progress[-1][1] == sum(summary.members.values())
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    assert sorted(p.name for p in out.parent.iterdir()) == ["cadangan.medsos-backup"]
    assert not any(p.name.startswith(".export-") for p in old.data_dir.iterdir())

    fresh = AppPaths(tmp_path / "fresh")
    result = restore(fresh, out)
    assert result.previous is None and result.info.counts == summary.counts
    restored = db_rows(fresh.database)
    # The device's sequence counter jumps ahead on restore (numbers are never reused);
    # every other row comes back exactly.
    leaped = dict(restored.pop("device_sequence"))
    before = dict(expected.pop("device_sequence"))
    assert all(leaped[device] == n + 1_000_000 for device, n in before.items())
    assert all(n >= 1_000_000 for n in leaped.values())  # this PC's own counter too
    assert restored == expected
    for name in (SETTINGS, IDENTITY, KEY_FILE):
        assert (fresh.data_dir / name).read_bytes() == (old.data_dir / name).read_bytes()
    reopened = open_workspace(fresh, seed_demo=False)
    try:
        service = PostService(reopened.db)
        with reopened.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            for sha, data in conn.exec_driver_sql("SELECT sha256, data FROM blob"):
                assert hashlib.sha256(data).hexdigest() == sha
        assert service.search("Baru")  # the full-text index came along
        assert reopened.settings.actor_name == "Admin Lama"
    finally:
        reopened.close()
    identity = IdentityService(fresh.data_dir, keyring_backend=null.Keyring())
    assert identity.signer(PASSPHRASE).device_id == identity.load().device_id  # type: ignore[union-attr]


def test_restore_over_existing_data_keeps_it_aside(
    populate: Callable[..., None], tmp_path: Path, good_backup: Path
) -> None:
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=2, prefix="Sendiri")
    before = folder_bytes(paths.data_dir)
    assert current_data(paths).posts == 2 and current_data(paths).holds_posts
    result = restore(paths, good_backup, consent=KNOWINGLY)
    assert result.previous is not None
    assert result.previous.parent == paths.backups_dir
    assert result.previous.name.startswith("before-restore-")
    kept = folder_bytes(result.previous)
    for name in (DATABASE, SETTINGS, IDENTITY, KEY_FILE):
        assert kept[name] == before[name]
    assert set(result.replaced) == {DATABASE, SETTINGS, IDENTITY, KEY_FILE}
    assert current_data(paths).posts == 3
    assert not (paths.data_dir / "restore-journal.json").exists()
    assert not any(p.name.startswith(".restore-") for p in paths.data_dir.iterdir())


class _PasswordStore:
    """A password store in memory. Not a KeyringBackend subclass: keyring would discover
    such a class and use it for every later test in the process."""

    priority = 1

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_manifest_never_holds_the_private_key(tmp_path: Path) -> None:
    """A key in the password store stays there; only the public identity travels."""
    paths = AppPaths(tmp_path / "data")
    open_workspace(paths).close()
    store = _PasswordStore()
    identity = IdentityService(paths.data_dir, keyring_backend=store).create("PC Kantor")  # type: ignore[arg-type]
    out = export_all(paths, tmp_path / "a.medsos-backup").path
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        blob = b"".join(zf.read(n) for n in names)
        manifest = json.loads(zf.read(MANIFEST))
    assert names == {MANIFEST, DATABASE, IDENTITY}
    (secret,) = store.secrets.values()
    assert secret.encode() not in blob
    import base64

    assert base64.b64decode(secret) not in blob
    assert manifest["format"] == "medsos-backup" and manifest["version"] == 1
    assert manifest["identity"]["device_identity"] is True
    assert manifest["identity"]["key_file"] is None
    assert "not included" in manifest["identity"]["private_key"]
    assert manifest["schema_revision"] == SCHEMA_HEAD
    for name in names - {MANIFEST}:
        with zipfile.ZipFile(out) as zf:
            content = zf.read(name)
        assert manifest["members"][name] == {
            "size": len(content),
            "sha256": hashlib.sha256(content).hexdigest(),
        }
    info = inspect_backup(out)
    assert info.has_identity and not info.has_key_file
    assert identity.device_id in (paths.data_dir / IDENTITY).read_text()


def test_a_key_file_that_is_not_encrypted_is_never_exported(
    populate: Callable[..., None], tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=0)
    (paths.data_dir / KEY_FILE).write_bytes(b"-----BEGIN PRIVATE KEY-----\nAAAA\n")
    out = export_all(paths, tmp_path / "a.medsos-backup").path
    with zipfile.ZipFile(out) as zf:
        assert KEY_FILE not in zf.namelist()
        assert json.loads(zf.read(MANIFEST))["identity"]["key_file"] is None


def test_export_failure_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths(tmp_path / "data")
    open_workspace(paths).close()
    out_dir = tmp_path / "usb"
    out_dir.mkdir()

    def failing(_source: object):
        yield b"x" * 10
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_export, "_chunks", failing)
    with pytest.raises(BackupError) as info:
        export_all(paths, out_dir / "a.medsos-backup")
    assert "could not be written" in info.value.render()
    assert list(out_dir.iterdir()) == []
    assert not any(p.name.startswith(".export-") for p in paths.data_dir.iterdir())


def test_nothing_to_back_up(tmp_path: Path) -> None:
    with pytest.raises(BackupError) as info:
        export_all(AppPaths(tmp_path / "kosong"), tmp_path / "a.medsos-backup")
    assert "nothing to back up" in info.value.render()


def test_older_backup_is_upgraded_at_the_next_open(tmp_path: Path) -> None:
    old = AppPaths(tmp_path / "old")
    old.data_dir.mkdir()
    engine = make_engine(old.database)
    migrate(engine, "0003_review")
    engine.dispose()
    with sqlite3.connect(old.database) as conn:
        conn.execute(
            "INSERT INTO agency (name, short_name, slug, parent_government, handles_json, "
            "official_hashtags, contacts, profile_confirmed, updated_at) "
            "VALUES ('Dinas Lama', '', '', '', '{}', '', '', 0, '2025-01-01')"
        )
    out = export_all(old, tmp_path / "lama.medsos-backup").path
    info = inspect_backup(out)
    assert info.schema_revision == "0003_review" and info.needs_upgrade
    fresh = AppPaths(tmp_path / "fresh")
    restore(fresh, out)
    workspace = open_workspace(fresh, seed_demo=False)
    workspace.close()
    with sqlite3.connect(fresh.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert conn.execute("SELECT name FROM agency").fetchone()[0] == "Dinas Lama"
    assert list(fresh.backups_dir.glob("before-migration-0003_review-*.sqlite3"))


def test_inspect_touches_no_data_folder(
    populate: Callable[..., None], tmp_path: Path, good_backup: Path
) -> None:
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=1)
    before = folder_bytes(paths.data_dir)
    info = inspect_backup(good_backup, workdir=tmp_path)
    assert info.counts["post"] >= 8 and info.has_identity and info.has_key_file
    assert info.members[DATABASE] > 0 and not info.needs_upgrade
    assert folder_bytes(paths.data_dir) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("medsos-inspect-")] == []


def test_restore_refused_while_the_folder_is_open(
    populate: Callable[..., None], tmp_path: Path, good_backup: Path
) -> None:
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=1)
    workspace = open_workspace(paths)
    try:
        with pytest.raises(BackupInUseError) as info:
            restore(paths, good_backup)
        assert "Close Medsos Desktop before restoring" in info.value.render()
    finally:
        workspace.close()


def test_restore_refused_while_another_process_holds_the_lock(
    populate: Callable[..., None], tmp_path: Path, good_backup: Path
) -> None:
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=1)
    before = folder_bytes(paths.data_dir)
    code = (
        "import sys, time, pathlib; from filelock import FileLock; "
        f"lock = FileLock({str(paths.lock_file)!r}); lock.acquire(); "
        "print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        with pytest.raises(BackupInUseError) as info:
            restore(paths, good_backup)
        assert "Close Medsos Desktop before restoring" in info.value.render()
    finally:
        child.kill()
        child.wait()
    assert folder_bytes(paths.data_dir) == before
    restore(paths, good_backup, consent=KNOWINGLY)  # free again once the holder is gone


# --- daily backups ------------------------------------------------------------------------


def test_daily_backup_once_a_day_with_rotation(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    open_workspace(paths).close()
    daily_dir(paths).mkdir(parents=True)
    migration = paths.backups_dir / "before-migration-0004_outbox-20260101-000000.sqlite3"
    migration.write_bytes(b"migration backup")
    aside = paths.backups_dir / "before-restore-20260101T000000Z"
    aside.mkdir()
    (aside / DATABASE).write_bytes(b"old")
    (daily_dir(paths) / "catatan.txt").write_text("milik admin")
    start = date(2026, 11, 1)
    made = [daily_backup(paths, keep=3, today=start + timedelta(days=n)) for n in range(5)]
    assert all(made)
    copies = {p: p.stat().st_mtime_ns for p in daily_dir(paths).iterdir()}
    assert daily_backup(paths, keep=3, today=start + timedelta(days=4)) is None
    assert {p: p.stat().st_mtime_ns for p in daily_dir(paths).iterdir()} == copies  # no copy
    names = sorted(p.name for p in daily_dir(paths).iterdir())
    assert names == [
        "catatan.txt",
        "medsos-2026-11-03.sqlite3",
        "medsos-2026-11-04.sqlite3",
        "medsos-2026-11-05.sqlite3",
    ]
    assert migration.read_bytes() == b"migration backup" and (aside / DATABASE).exists()
    newest = daily_dir(paths) / "medsos-2026-11-05.sqlite3"
    assert db_rows(newest) == db_rows(paths.database)
    with sqlite3.connect(newest) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_daily_backup_made_when_the_workspace_opens(paths: AppPaths) -> None:
    open_workspace(paths).close()  # a new folder: nothing worth a backup yet
    assert not daily_dir(paths).exists()
    workspace = open_workspace(paths)
    workspace.close()  # waits for the backup
    (made,) = daily_dir(paths).iterdir()
    assert made.name == f"medsos-{date.today().isoformat()}.sqlite3"
    open_workspace(paths, exclusive=False).close()  # read-only commands make none


def test_daily_backup_failure_never_blocks_the_app(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from medsos_desktop.store import backup as store_backup

    open_workspace(paths).close()

    def broken(_paths: AppPaths) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_backup, "daily_backup", broken)
    workspace = open_workspace(paths)
    workspace.close()
    assert "daily backup" in caplog.text


def test_snapshot_of_a_live_database(workspace: Workspace, tmp_path: Path) -> None:
    add_posts(workspace, 2, "Hidup")
    target = snapshot_database(workspace.paths.database, tmp_path / "snap" / "a.sqlite3")
    assert db_rows(target) == db_rows(workspace.paths.database)
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.sqlite3"]


# --- hostile backups ----------------------------------------------------------------------


def _symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _future_db(good: Path, work: Path) -> bytes:
    return _edited_db(good, work, ["UPDATE alembic_version SET version_num = '0099_future'"])


def _corrupt_db(good: Path, work: Path) -> bytes:
    data = bytearray(_db_member(good))
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12), 7):
        data[offset] = (data[offset] * 31 + 7) % 256
    return bytes(data)


HOSTILE: dict[str, tuple[Callable[[Path, Path], Path], type[BackupError], str]] = {
    "not a zip": (
        lambda good, out: (out.write_bytes(b"Ini bukan cadangan. " * 200), out)[1],
        NotABackupError,
        "not a Medsos Desktop backup",
    ),
    "empty file": (
        lambda good, out: (out.write_bytes(b""), out)[1],
        NotABackupError,
        "not a Medsos Desktop backup",
    ),
    "truncated": (
        lambda good, out: (out.write_bytes(good.read_bytes()[: good.stat().st_size // 2]), out)[1],
        DamagedBackupError,
        "is damaged",
    ),
    "member hash mismatch": (
        lambda good, out: rebuild(
            good,
            out,
            manifest=lambda m: m["members"][SETTINGS].update(sha256="0" * 64),
        ),
        DamagedBackupError,
        "settings.json does not match its checksum",
    ),
    "member changed after the manifest": (
        lambda good, out: rebuild(
            good, out, replace={SETTINGS: b'{"language": "id"}'}, fix_hashes=False
        ),
        DamagedBackupError,
        "does not match its checksum",
    ),
    "escaping name": (
        lambda good, out: rebuild(good, out, extra=[("../x", b"keluar")]),
        UnsafeBackupError,
        "unsafe entry (../x",
    ),
    "nested escaping name": (
        lambda good, out: rebuild(good, out, extra=[("a/../../x", b"keluar")]),
        UnsafeBackupError,
        "unsafe entry",
    ),
    "absolute name": (
        lambda good, out: rebuild(good, out, extra=[("/etc/cron.d/x", b"x")]),
        UnsafeBackupError,
        "absolute path",
    ),
    "windows drive name": (
        lambda good, out: rebuild(good, out, extra=[("C:/Windows/x.dll", b"x")]),
        UnsafeBackupError,
        "absolute path",
    ),
    "backslash name": (
        lambda good, out: rebuild(good, out, extra=[("..\\..\\x", b"x")]),
        UnsafeBackupError,
        "unsafe entry",
    ),
    "symlink member": (
        lambda good, out: rebuild(
            good, out, drop=(SETTINGS,), extra=[(_symlink_info(SETTINGS), b"/etc/passwd")]
        ),
        UnsafeBackupError,
        "symbolic link",
    ),
    "unexpected member": (
        lambda good, out: rebuild(good, out, extra=[("program.exe", b"MZ")]),
        DamagedBackupError,
        "program.exe, which a Medsos Desktop backup never holds",
    ),
    "no manifest": (
        lambda good, out: (
            out.write_bytes(_zip_of({DATABASE: _db_member(good)})),
            out,
        )[1],
        NotABackupError,
        "not a Medsos Desktop backup",
    ),
    "other format": (
        lambda good, out: rebuild(good, out, manifest=lambda m: m.update(format="other-app")),
        NotABackupError,
        "not a Medsos Desktop backup",
    ),
    "manifest newer version": (
        lambda good, out: rebuild(
            good, out, manifest=lambda m: m.update(version=2, app_version="9.1.0")
        ),
        NewerBackupError,
        "made by a newer version 9.1.0 of Medsos Desktop; update the app first",
    ),
    "database newer schema": (
        lambda good, out: rebuild(
            good,
            out,
            replace={DATABASE: _future_db(good, out.parent)},
            manifest=lambda m: m.update(schema_revision="0099_future"),
        ),
        NewerBackupError,
        "newer version of Medsos Desktop (schema 0099_future); update the app first",
    ),
    "corrupt database": (
        lambda good, out: rebuild(good, out, replace={DATABASE: _corrupt_db(good, out.parent)}),
        DamagedBackupError,
        "The database in the backup",
    ),
    "not our database": (
        lambda good, out: rebuild(
            good,
            out,
            replace={DATABASE: _edited_db(good, out.parent, ["DROP TABLE post_event", "VACUUM"])},
        ),
        DamagedBackupError,
        "tables are missing",
    ),
    "injected trigger": (
        lambda good, out: rebuild(
            good,
            out,
            replace={
                DATABASE: _edited_db(
                    good,
                    out.parent,
                    ["CREATE TRIGGER jahat AFTER INSERT ON post BEGIN DELETE FROM blob; END"],
                )
            },
        ),
        DamagedBackupError,
        "unknown triggers or views: jahat",
    ),
    "damaged identity": (
        lambda good, out: rebuild(good, out, replace={IDENTITY: b'{"format": 1}'}),
        DamagedBackupError,
        "device.json",
    ),
    "key file that is not the identity's": (
        lambda good, out: rebuild(
            good,
            out,
            replace={KEY_FILE: b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"},
        ),
        DamagedBackupError,
        "device-key.pem",
    ),
    "settings not json": (
        lambda good, out: rebuild(good, out, replace={SETTINGS: b"\x00\x01 rusak"}),
        DamagedBackupError,
        "settings.json",
    ),
    "encrypted zip member": (
        lambda good, out: _set_flag(rebuild(good, out), SETTINGS, 0x1),
        DamagedBackupError,
        "encrypted",
    ),
}


def _zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buffer.getvalue()


def _set_flag(path: Path, member: str, flag: int) -> Path:
    """Set a general-purpose flag bit of `member` in the central directory."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    needle = b"PK\x01\x02"
    start = 0
    while (start := data.find(needle, start)) != -1:
        name_len = int.from_bytes(data[start + 28 : start + 30], "little")
        if data[start + 46 : start + 46 + name_len] == member.encode():
            flags = int.from_bytes(data[start + 8 : start + 10], "little") | flag
            data[start + 8 : start + 10] = flags.to_bytes(2, "little")
        start += 4
    assert info.filename == member
    path.write_bytes(bytes(data))
    return path


@pytest.fixture(scope="module")
def victim_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once (the device identity's key derivation alone takes a second); every test
    gets its own copy through `victim`."""
    paths = AppPaths(tmp_path_factory.mktemp("victim") / "data")
    populated(paths, extra_posts=1, prefix="Korban")
    return paths.data_dir


@pytest.fixture
def victim(victim_folder: Path, tmp_path: Path) -> AppPaths:
    """A closed data folder of its own that a hostile backup must leave as it is."""
    shutil.copytree(victim_folder, tmp_path / "data", symlinks=True)
    return AppPaths(tmp_path / "data")


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_backup_is_refused_and_nothing_changes(
    case: str, victim: AppPaths, good_backup: Path, tmp_path: Path
) -> None:
    make, error, words = HOSTILE[case]
    work = tmp_path / "work"
    work.mkdir()
    hostile = make(good_backup, work / "jahat.medsos-backup")
    before = folder_bytes(victim.data_dir)
    with pytest.raises(error) as inspected:
        inspect_backup(hostile)
    assert words in inspected.value.render(), inspected.value.render()
    assert inspected.value.context == "Backup"
    with pytest.raises(error) as restored:
        restore(victim, hostile)
    assert words in restored.value.render()
    assert folder_bytes(victim.data_dir) == before
    assert sorted(p.name for p in victim.data_dir.iterdir()) == sorted(
        {p.split("/")[0] for p in before} | {".medsos.lock"}
    )


def test_missing_and_folder_paths_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(BackupError) as info:
        inspect_backup(tmp_path / "tidak-ada.medsos-backup")
    assert "cannot be read" in info.value.render()
    with pytest.raises(BackupError) as info2:
        inspect_backup(tmp_path)
    assert "cannot be read" in info2.value.render()


def _zeros_zip(path: Path, size: int, declared: int | None = None) -> Path:
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open(DATABASE, "w", force_zip64=True) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
        manifest = {
            "format": "medsos-backup",
            "version": 1,
            "app_version": "0.1.0",
            "created_utc": "2026-11-22T00:00:00Z",
            "schema_revision": SCHEMA_HEAD,
            "members": {
                DATABASE: {
                    "size": size if declared is None else declared,
                    "sha256": hashlib.sha256(bytes(declared or 0)).hexdigest(),
                }
            },
        }
        zf.writestr(MANIFEST, json.dumps(manifest))
    return path


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1 GiB of zeros, about 1 MB packed."""
    return _zeros_zip(tmp_path_factory.mktemp("bomb") / "bom.medsos-backup", 1024**3)


@pytest.mark.slow  # packing the 1 GiB bomb takes seconds
def test_zip_bomb_is_refused_quickly_with_little_memory(bomb: Path, victim: AppPaths) -> None:
    assert bomb.stat().st_size < 5 * 1024**2
    before = folder_bytes(victim.data_dir)
    tracemalloc.start()
    try:
        with pytest.raises(DamagedBackupError) as info:
            inspect_backup(bomb)
        with pytest.raises(DamagedBackupError):
            restore(victim, bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "would unpack to far more than it holds" in info.value.render()
    assert peak < 20 * 1024**2  # refused before unpacking, whatever the machine's speed
    assert folder_bytes(victim.data_dir) == before


def test_lying_sizes_are_refused_without_unpacking_the_lie(
    tmp_path: Path, victim: AppPaths
) -> None:
    """Headers claiming 4 KiB for 64 MiB of zeros (three times the memory allowed below):
    never more than 4 KiB is unpacked."""
    real_size = 64 * 1024**2
    path = _zeros_zip(tmp_path / "bohong.medsos-backup", real_size, declared=4096)
    # Rewrite the uncompressed size in the local header (zip64) and the central directory.
    data = bytearray(path.read_bytes().replace(real_size.to_bytes(8, "little"), bytes(8)))
    central = data.find(b"PK\x01\x02")
    assert data[central + 46 : central + 46 + len(DATABASE)] == DATABASE.encode()
    data[central + 24 : central + 28] = (4096).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo(DATABASE).file_size == 4096
    before = folder_bytes(victim.data_dir)
    tracemalloc.start()
    try:
        with pytest.raises(DamagedBackupError):
            inspect_backup(path)
        with pytest.raises(DamagedBackupError):
            restore(victim, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024**2
    assert folder_bytes(victim.data_dir) == before


def test_names_of_the_members_match_the_identity_service() -> None:
    from medsos_desktop.services import identity

    assert identity.IDENTITY_FILE == IDENTITY and identity.KEY_FILE == KEY_FILE


def test_restore_in_a_folder_with_a_leftover_staging_area(
    populate: Callable[..., None], tmp_path: Path, good_backup: Path
) -> None:
    """A restore killed before its journal leaves `.restore-*`: removed at the next open."""
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=1)
    leftover = paths.data_dir / ".restore-abc123"
    leftover.mkdir()
    (leftover / DATABASE).write_bytes(b"half")
    open_workspace(paths, seed_demo=False).close()
    assert not leftover.exists()
    assert os.path.exists(paths.database)


def test_files_the_app_could_not_use_are_left_out_not_fatal(
    populate: Callable[..., None], tmp_path: Path
) -> None:
    """A damaged device.json must not make every later backup unrestorable."""
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=0)
    (paths.data_dir / IDENTITY).write_text('{"format": 1, "rusak": true}')
    paths.settings_file.write_text("[1, 2]")
    out = export_all(paths, tmp_path / "a.medsos-backup").path
    with zipfile.ZipFile(out) as zf:
        assert set(zf.namelist()) == {MANIFEST, DATABASE}
    info = inspect_backup(out)
    assert not info.has_identity and not info.has_key_file


def test_a_database_of_deleted_photos_is_exported_compact(tmp_path: Path) -> None:
    """secure_delete zeroes freed pages: left in, they would look like a zip bomb."""
    paths = AppPaths(tmp_path / "data")
    workspace = open_workspace(paths)
    try:
        service = PostService(workspace.db)
        ids = add_posts(workspace, 20, "Hapus")
        for post_id in ids:
            service.delete(post_id)  # to the trash
            service.delete_for_good(post_id)
        service.prune_blobs()
    finally:
        workspace.close()
    with sqlite3.connect(paths.database) as conn:
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert free * 4 > pages
    summary = export_all(paths, tmp_path / "a.medsos-backup")
    assert summary.members[DATABASE] < paths.database.stat().st_size / 2
    assert inspect_backup(summary.path).counts == summary.counts


def _state(paths: AppPaths) -> tuple[object, ...]:
    files = tuple(
        (paths.data_dir / n).read_bytes() if (paths.data_dir / n).exists() else None
        for n in (SETTINGS, IDENTITY, KEY_FILE)
    )
    return db_rows(paths.database), files


@pytest.mark.parametrize("failing_move", [2, 5, 7])
def test_a_rename_refused_midway_puts_everything_back(
    populate: Callable[..., None],
    tmp_path: Path,
    good_backup: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing_move: int,
) -> None:
    """Windows: an antivirus holding a file past every retry. Phase 1 is moves 1-4, 2 is 5-8."""
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=2, prefix="Sendiri")
    before = _state(paths)
    real_move = backup_restore.swap_rename
    calls = {"n": 0}

    def move(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if calls["n"] == failing_move:
            raise PermissionError(13, "The process cannot access the file", str(src))
        real_move(src, dst)

    monkeypatch.setattr(backup_restore, "swap_rename", move)
    with pytest.raises(backup_module.RestoreFailedError) as info:
        restore(paths, good_backup, consent=KNOWINGLY)
    assert "previous data is in place, unchanged" in info.value.render()
    assert _state(paths) == before
    assert not (paths.data_dir / "restore-journal.json").exists()
    assert not list(paths.backups_dir.glob("before-restore-*"))
    assert not [p for p in paths.data_dir.iterdir() if p.name.startswith(".restore-")]


def test_an_undo_that_fails_is_finished_at_the_next_open(
    populate: Callable[..., None],
    tmp_path: Path,
    good_backup: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=2, prefix="Sendiri")
    before = _state(paths)
    real_move = backup_restore.swap_rename
    calls = {"n": 0}

    def move(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if calls["n"] >= 6:  # the restore fails in phase 2, and so does every undo now
            raise PermissionError(13, "The process cannot access the file", str(src))
        real_move(src, dst)

    monkeypatch.setattr(backup_restore, "swap_rename", move)
    with pytest.raises(backup_module.RestoreFailedError) as info:
        restore(paths, good_backup, consent=KNOWINGLY)
    assert "Nothing is lost" in info.value.render()
    assert (paths.data_dir / "restore-journal.json").exists()
    with pytest.raises(BackupError):
        open_workspace(paths)  # still held: says so instead of opening a mixed folder
    monkeypatch.setattr(backup_restore, "swap_rename", real_move)
    open_workspace(paths, seed_demo=False).close()
    assert _state(paths) == before
    assert not (paths.data_dir / "restore-journal.json").exists()


def test_a_read_only_command_finishes_an_interrupted_restore_too(
    populate: Callable[..., None],
    tmp_path: Path,
    good_backup: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = AppPaths(tmp_path / "data")
    populate(paths, extra_posts=2, prefix="Sendiri")
    before = _state(paths)
    real_move = backup_restore.swap_rename
    calls = {"n": 0}

    def move(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if calls["n"] >= 6:
            raise PermissionError(13, "held", str(src))
        real_move(src, dst)

    monkeypatch.setattr(backup_restore, "swap_rename", move)
    with pytest.raises(backup_module.RestoreFailedError):
        restore(paths, good_backup, consent=KNOWINGLY)
    monkeypatch.setattr(backup_restore, "swap_rename", real_move)
    assert (paths.data_dir / "restore-journal.json").exists()
    reader = open_workspace(paths, exclusive=False, seed_demo=False)  # takes the lock briefly
    try:
        assert not (paths.data_dir / "restore-journal.json").exists()
        assert _state(paths) == before
        open_workspace(paths, seed_demo=False).close()  # and gave it back
    finally:
        reader.close()


def test_not_enough_space_is_said_before_anything_is_unpacked(
    victim: AppPaths, good_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 10**6))
    before = folder_bytes(victim.data_dir)
    with pytest.raises(backup_module.BackupSpaceError) as info:
        restore(victim, good_backup)
    assert "not enough free space" in info.value.render()
    assert folder_bytes(victim.data_dir) == before
    with pytest.raises(backup_module.BackupSpaceError):
        inspect_backup(good_backup)
