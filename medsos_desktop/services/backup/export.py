"""Making a backup: a snapshot of the database and the small files, zipped atomically."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from medsos_desktop import __version__
from medsos_desktop.fileio import (
    atomic_output,
)
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.backup.inspection import _small_member_problem
from medsos_desktop.services.backup.model import (
    CHUNK,
    DATABASE,
    ENCRYPTED_KEY_HEADER,
    EXPORT_WORK_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    IDENTITY,
    KEY_FILE,
    MANIFEST,
    MAX_MEMBER,
    MAX_TOTAL,
    MSG_NOTHING_TO_BACK_UP,
    MSG_TOO_BIG_TO_BACK_UP,
    MSG_WRITE_FAILED,
    SETTINGS,
    BackupError,
    ExportSummary,
    Progress,
    _read_small,
    _revision_of,
    _table_counts,
    _utc_now,
    _why,
)
from medsos_desktop.store.backup import (
    daily_dir,
    snapshot_database,
)
from medsos_desktop.sync.fsutil import is_disk_full

log = logging.getLogger(__name__)


def daily_backups(paths: AppPaths) -> list[str]:
    """The automatic daily backups kept, newest first (for the settings screen)."""
    return sorted((p.name for p in daily_dir(paths).glob("*.sqlite3")), reverse=True)


# --- export -----------------------------------------------------------------------------------


def export_all(
    paths: AppPaths, out_file: str | os.PathLike[str], progress: Progress | None = None
) -> ExportSummary:
    """Write the whole data folder's content into one backup file, atomically.

    Safe while the app has the folder open (the database is copied with SQLite's
    backup API). `out_file` appears complete or not at all.
    """
    # Here, not at the top: opening a data folder checks for an interrupted restore, and
    # store.db loads SQLAlchemy, which the first screen's list must not wait for.
    from medsos_desktop.store.db import SCHEMA_HEAD

    started = time.monotonic()
    out = Path(out_file).absolute()
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        raise BackupError(MSG_NOTHING_TO_BACK_UP, path=str(paths.data_dir))
    if out.is_dir():
        raise BackupError(MSG_WRITE_FAILED, file=str(out), reason="it is a folder")
    if paths.database.stat().st_size > MAX_TOTAL - 4 * 1024**2:
        # A file every restore would refuse is not a backup.
        raise BackupError(
            MSG_TOO_BIG_TO_BACK_UP, path=str(paths.data_dir), limit=MAX_TOTAL // 1024**3
        )
    try:
        # The snapshot is made on the data folder's own (local) disk if it can be.
        work = Path(tempfile.mkdtemp(prefix=EXPORT_WORK_PREFIX, dir=paths.data_dir))
    except OSError:
        try:
            work = Path(tempfile.mkdtemp(prefix=EXPORT_WORK_PREFIX, dir=out.parent))
        except OSError as exc:
            raise BackupError(MSG_WRITE_FAILED, file=str(out), reason=_why(exc)) from exc
    try:
        snapshot = snapshot_database(paths.database, work / DATABASE)
        snapshot = _compact_if_sparse(snapshot)
        revision = _revision_of(snapshot) or ""
        counts = _table_counts(snapshot)
        sources: list[tuple[str, Path | bytes]] = [(DATABASE, snapshot)]
        sources += _small_members(paths, work)
        identity_included = any(name == IDENTITY for name, _ in sources)
        key_included = any(name == KEY_FILE for name, _ in sources)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "app_version": __version__,
            "created_utc": _utc_now(),
            "schema_revision": revision,
            "schema_head": SCHEMA_HEAD,
            "counts": counts,
            "identity": {
                "device_identity": identity_included,
                "key_file": "passphrase-protected" if key_included else None,
                "private_key": "not included: it stays in this computer's password store"
                if not key_included
                else "only inside the passphrase-protected key file",
            },
            "members": {},
        }
        size = _write_zip(out, sources, manifest, progress)
    except OSError as exc:
        reason = "the disk is full" if is_disk_full(exc) else _why(exc)
        raise BackupError(MSG_WRITE_FAILED, file=str(out), reason=reason) from exc
    except sqlite3.Error as exc:  # compacting or counting the private copy
        raise BackupError(MSG_WRITE_FAILED, file=str(out), reason=str(exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    members = {name: entry["size"] for name, entry in manifest["members"].items()}
    summary = ExportSummary(out, size, revision, counts, members, time.monotonic() - started)
    log.info("backup written to %s (%d bytes)", out, size)
    return summary


def _compact_if_sparse(snapshot: Path) -> Path:
    """Leave out free pages: zeroed by secure_delete, they would look like a zip bomb."""
    conn = sqlite3.connect(snapshot)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        if free < 256 or free * 4 < pages:
            return snapshot
        compact = snapshot.with_name("compact.sqlite3")
        conn.execute("VACUUM INTO ?", (str(compact),))
    finally:
        conn.close()
    compact.replace(snapshot)
    return snapshot


def _small_members(paths: AppPaths, work: Path) -> list[tuple[str, bytes]]:
    """settings.json and the public identity; the key file only if it is encrypted.

    Each is checked as a restore will check it (in `work`): a file the app could not use
    is left out with a warning, rather than making the whole backup unrestorable.
    """
    found: dict[str, bytes] = {}
    for name in (SETTINGS, IDENTITY, KEY_FILE):
        data = _read_small(paths.data_dir / name, MAX_MEMBER[name])
        if data is not None:
            found[name] = data
    key = found.get(KEY_FILE)
    if key is not None and not key.lstrip().startswith(ENCRYPTED_KEY_HEADER):
        # Never put a key that is not encrypted into a file that travels.
        log.warning("%s is not an encrypted key file; left out of the backup", KEY_FILE)
        del found[KEY_FILE]
    check = work / "check"
    check.mkdir()
    for name, data in found.items():
        (check / name).write_bytes(data)
    while (problem := _small_member_problem(check, set(found))) is not None:
        dropped = (IDENTITY, KEY_FILE) if problem == IDENTITY else (problem,)
        for name in dropped:
            if found.pop(name, None) is not None:
                log.warning("%s cannot be used as it is; left out of the backup", name)
    return list(found.items())


def _write_zip(
    out: Path,
    sources: list[tuple[str, Path | bytes]],
    manifest: dict[str, Any],
    progress: Progress | None,
) -> int:
    total = sum(s.stat().st_size if isinstance(s, Path) else len(s) for _, s in sources)
    done = 0
    if progress:
        progress(0, total)
    with atomic_output(out) as handle:
        with zipfile.ZipFile(
            handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True
        ) as zf:
            for name, source in sources:
                digest = hashlib.sha256()
                size = 0
                big = isinstance(source, Path) and source.stat().st_size >= 1024**3
                info = _member_info(name, _worth_compressing(source))
                with zf.open(info, "w", force_zip64=big) as member:
                    for chunk in _chunks(source):
                        member.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                manifest["members"][name] = {"size": size, "sha256": digest.hexdigest()}
            text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
            zf.writestr(_member_info(MANIFEST), text.encode("utf-8"))
        size = handle.seek(0, os.SEEK_END)
    return size


def _worth_compressing(source: Path | bytes, samples: int = 16, size: int = 64 * 1024) -> bool:
    """Whether deflate gains anything: a database of photos barely shrinks, and deflating
    it would double the time of a backup."""
    if isinstance(source, bytes):
        return True
    total = source.stat().st_size
    raw = packed = 0
    with open(source, "rb") as handle:
        for n in range(samples):
            handle.seek(max(0, total - size) * n // max(1, samples - 1))
            chunk = handle.read(size)
            raw += len(chunk)
            packed += len(zlib.compress(chunk, 1))
    return packed < raw * 0.9


def _member_info(name: str, compress: bool = True) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    # Level 1: the images inside the database do not compress; the text still halves.
    level_slot = "compress_level" if hasattr(info, "compress_level") else "_compresslevel"
    setattr(info, level_slot, 1)  # renamed in Python 3.13
    return info


def _chunks(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        yield source
        return
    with open(source, "rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk
