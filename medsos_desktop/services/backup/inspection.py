"""Reading a backup from outside without side effects: every member checked (names, links,
sizes, ratio, checksums, the database's integrity and schema) before anything changes."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from medsos_desktop.fileio import (
    NotRegularFile,
    open_regular,
)
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.backup.model import (
    _SHA256,
    _T,
    CHUNK,
    DATABASE,
    ENCRYPTED_KEY_HEADER,
    FORMAT,
    FORMAT_VERSION,
    FREE_SPACE_MARGIN,
    IDENTITY,
    KEY_FILE,
    MANIFEST,
    MAX_MEMBER,
    MAX_RATIO,
    MAX_TOTAL,
    MEMBERS,
    MSG_BAD_DATABASE,
    MSG_CHECK_FAILED,
    MSG_CHECKSUM,
    MSG_DAMAGED,
    MSG_NEWER_FORMAT,
    MSG_NEWER_SCHEMA,
    MSG_NO_SPACE,
    MSG_NOT_A_BACKUP,
    MSG_TOO_LARGE,
    MSG_UNEXPECTED,
    MSG_UNREADABLE,
    MSG_UNSAFE,
    RATIO_FROM,
    SETTINGS,
    BackupError,
    BackupInfo,
    BackupSpaceError,
    CurrentData,
    DamagedBackupError,
    NewerBackupError,
    NotABackupError,
    Progress,
    RestorePreview,
    UnsafeBackupError,
    _revision_of,
    _ro_uri,
    _table_counts,
    _why,
)
from medsos_desktop.services.restore_check import (
    compare,
)
from medsos_desktop.store.backup import (
    integrity_summary,
)

# --- inspection -------------------------------------------------------------------------------


@dataclass
class _Opened:
    path: Path
    file_size: int
    zf: zipfile.ZipFile
    handle: IO[bytes]
    infos: dict[str, zipfile.ZipInfo]
    manifest: dict[str, Any]
    expected: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> size, sha256

    def close(self) -> None:
        self.zf.close()
        self.handle.close()


_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    OverflowError,
)


def _unsafe_reason(name: str) -> str | None:
    if not name:
        return "empty name"
    if "\\" in name or "\x00" in name:
        return "backslash or NUL in the name"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "absolute path"
    if any(part in ("..", ".", "") for part in name.rstrip("/").split("/")):
        return "path leaving the backup"
    return None


def _open_backup(file: Path) -> _Opened:
    """Open the zip and check its structure and manifest; no member is unpacked yet."""
    try:
        # The file checked is the file read: a pipe or device is refused without blocking.
        fd, st = open_regular(file, follow_links=True)
    except NotRegularFile as exc:
        raise BackupError(MSG_UNREADABLE, file=str(file), reason="not a file") from exc
    except OSError as exc:
        raise BackupError(MSG_UNREADABLE, file=str(file), reason=_why(exc)) from exc
    handle = os.fdopen(fd, "rb")  # kept open with the zip; closed by _Opened
    try:
        magic = handle.read(4)
        handle.seek(0)
        try:
            zf = zipfile.ZipFile(handle)
        except _ZIP_ERRORS as exc:
            if magic.startswith(b"PK"):
                raise DamagedBackupError(
                    MSG_DAMAGED, file=str(file), reason=f"incomplete or broken zip: {exc}"
                ) from exc
            raise NotABackupError(MSG_NOT_A_BACKUP, file=str(file)) from exc
        try:
            opened = _check_structure(file, st.st_size, zf, handle)
        except BaseException:
            zf.close()
            raise
    except BaseException:
        handle.close()
        raise
    return opened


def _check_structure(file: Path, file_size: int, zf: zipfile.ZipFile, handle: IO[bytes]) -> _Opened:
    where = str(file)
    infos: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        reason = _unsafe_reason(info.orig_filename) or _unsafe_reason(name)
        mode = info.external_attr >> 16
        if reason is None and stat.S_ISLNK(mode):
            reason = "symbolic link"
        if reason is not None:
            raise UnsafeBackupError(MSG_UNSAFE, file=where, member=name[:200], reason=reason)
        if info.is_dir() or name not in (MANIFEST, *MEMBERS):
            raise DamagedBackupError(MSG_UNEXPECTED, file=where, member=name[:200])
        if name in infos:
            raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"{name} appears twice")
        if info.flag_bits & 0x1:
            raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"{name} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DamagedBackupError(
                MSG_DAMAGED, file=where, reason=f"{name}: unsupported compression"
            )
        limit = MAX_MEMBER.get(name, MAX_TOTAL)
        if info.file_size > limit:
            raise DamagedBackupError(
                MSG_TOO_LARGE, file=where, member=name, reason=f"{info.file_size} bytes"
            )
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DamagedBackupError(
                MSG_TOO_LARGE,
                file=where,
                member=name,
                reason=f"{info.file_size} bytes from {info.compress_size}",
            )
        infos[name] = info
    total = sum(i.file_size for i in infos.values())
    if total > MAX_TOTAL:
        raise DamagedBackupError(MSG_TOO_LARGE, file=where, member="*", reason=f"{total} bytes")
    if MANIFEST not in infos:
        raise NotABackupError(MSG_NOT_A_BACKUP, file=where)
    raw = _read_member(zf, infos[MANIFEST], where, MAX_MEMBER[MANIFEST])
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotABackupError(MSG_NOT_A_BACKUP, file=where) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotABackupError(MSG_NOT_A_BACKUP, file=where)
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="no format version")
    if version > FORMAT_VERSION:
        app_version = str(manifest.get("app_version") or f"format {version}")[:40]
        raise NewerBackupError(MSG_NEWER_FORMAT, version=app_version)
    opened = _Opened(file, file_size, zf, handle, infos, manifest)
    members = manifest.get("members")
    if not isinstance(members, dict) or set(members) != set(infos) - {MANIFEST}:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="the list of files is wrong")
    for name, entry in members.items():
        size = entry.get("size") if isinstance(entry, dict) else None
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or size != infos[name].file_size
            or not isinstance(digest, str)
            or not _SHA256.fullmatch(digest)
        ):
            raise DamagedBackupError(MSG_CHECKSUM, member=name)
        opened.expected[name] = (size, digest)
    if DATABASE not in members:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="no database")
    if KEY_FILE in members and IDENTITY not in members:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="a key file without identity")
    for key in ("schema_revision", "app_version", "created_utc"):
        if not isinstance(manifest.get(key), str):
            raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"manifest: {key}")
    return opened


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> Iterator[bytes]:
    """The member's bytes, never more than its declared size (a lying header is refused)."""
    declared = info.file_size
    seen = 0
    try:
        with zf.open(info) as member:
            while chunk := member.read(CHUNK):
                seen += len(chunk)
                if seen > declared:
                    raise DamagedBackupError(
                        MSG_TOO_LARGE,
                        file=where,
                        member=info.filename,
                        reason=f"more than the {declared} bytes declared",
                    )
                yield chunk
    except _ZIP_ERRORS as exc:
        if isinstance(exc, zipfile.BadZipFile) and "CRC" in str(exc):
            raise DamagedBackupError(MSG_CHECKSUM, member=info.filename) from exc
        raise DamagedBackupError(
            MSG_DAMAGED, file=where, reason=f"{info.filename}: {exc or type(exc).__name__}"
        ) from exc
    except OSError as exc:
        raise BackupError(MSG_UNREADABLE, file=where, reason=_why(exc)) from exc
    if seen != declared:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"{info.filename} is truncated")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, limit: int) -> bytes:
    if info.file_size > limit:
        raise DamagedBackupError(MSG_TOO_LARGE, file=where, member=info.filename, reason="size")
    return b"".join(_stream_member(zf, info, where))


def _unpack_verified(opened: _Opened, folder: Path, progress: Progress | None) -> BackupInfo:
    """Unpack every member into `folder`, checking sizes and hashes, then check their content."""
    from medsos_desktop.store.db import SCHEMA_HEAD  # SQLAlchemy: not when a folder opens

    where = str(opened.path)
    total = sum(size for size, _ in opened.expected.values())
    done = 0
    if progress:
        progress(0, total)
    for name, (_size, expected) in opened.expected.items():
        digest = hashlib.sha256()
        target = folder / name
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(target, flags, 0o600)
        with os.fdopen(fd, "wb") as out:
            for chunk in _stream_member(opened.zf, opened.infos[name], where):
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected:
            raise DamagedBackupError(MSG_CHECKSUM, member=name)
    revision, counts = _check_database(folder / DATABASE, where)
    if revision != opened.manifest["schema_revision"]:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="the schema does not match")
    _check_small_members(folder, opened.expected, where)
    manifest = opened.manifest
    return BackupInfo(
        path=opened.path,
        file_size=opened.file_size,
        format_version=int(manifest["version"]),
        app_version=str(manifest["app_version"]),
        created_utc=str(manifest["created_utc"]),
        schema_revision=revision,
        needs_upgrade=revision != SCHEMA_HEAD,
        counts=counts,
        members={name: size for name, (size, _) in opened.expected.items()},
        has_identity=IDENTITY in opened.expected,
        has_key_file=KEY_FILE in opened.expected,
    )


_reference_cache: dict[str, dict[str, set[str]]] = {}


def _reference_schema(revision: str) -> dict[str, set[str]]:
    """Names of the tables, triggers and views the migrations create up to `revision`."""
    if revision not in _reference_cache:
        from medsos_desktop.store.db import schema_objects

        _reference_cache[revision] = schema_objects(revision)
    return _reference_cache[revision]


def _check_database(db: Path, where: str) -> tuple[str, dict[str, int]]:
    from medsos_desktop.store.db import known_revisions

    def bad(reason: str) -> DamagedBackupError:
        return DamagedBackupError(MSG_BAD_DATABASE, file=where, reason=reason)

    try:
        conn = sqlite3.connect(_ro_uri(db), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA cell_size_check=ON")
            problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
            if problems != ["ok"]:
                raise bad(integrity_summary(problems))
            rows = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
        finally:
            conn.close()
        revision = _revision_of(db)
    except sqlite3.DatabaseError as exc:
        raise bad(integrity_summary([str(exc)])) from exc
    if revision is None:
        raise bad("no schema version")
    if revision not in known_revisions():
        raise NewerBackupError(MSG_NEWER_SCHEMA, revision=revision[:80])
    reference = _reference_schema(revision)
    found: dict[str, set[str]] = {"table": set(), "trigger": set(), "view": set()}
    for kind, name in rows:
        if kind in found:
            found[kind].add(name)
    if not reference["table"] <= found["table"]:
        raise bad("tables are missing")
    extra = (found["trigger"] - reference["trigger"]) | (found["view"] - reference["view"])
    if extra:
        raise bad(f"unknown triggers or views: {', '.join(sorted(extra))[:200]}")
    try:
        counts = _table_counts(db)
    except sqlite3.DatabaseError as exc:
        raise bad(str(exc)) from exc
    return revision, counts


def _check_small_members(folder: Path, expected: dict[str, Any], where: str) -> None:
    problem = _small_member_problem(folder, set(expected))
    if problem is not None:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason=problem)


def _small_member_problem(folder: Path, names: set[str]) -> str | None:
    """The name of the first of settings.json, device.json, device-key.pem in `folder` that
    the app could not use as it is, or None."""
    if SETTINGS in names:
        try:
            settings = json.loads((folder / SETTINGS).read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return SETTINGS
        if not isinstance(settings, dict):
            return SETTINGS
    if IDENTITY not in names:
        return KEY_FILE if KEY_FILE in names else None
    from keyring.backends import null

    from medsos_desktop.services.identity import IdentityError, IdentityService

    try:
        identity = IdentityService(folder, keyring_backend=null.Keyring()).load()
    except IdentityError:
        return IDENTITY
    if KEY_FILE in names:
        key = (folder / KEY_FILE).read_bytes()
        record = json.loads((folder / IDENTITY).read_bytes().decode("utf-8"))
        key_file = record.get("key_file") if isinstance(record, dict) else None
        wanted = key_file.get("sha256") if isinstance(key_file, dict) else None
        if (
            identity is None
            or identity.storage != "passphrase-file"
            or not key.lstrip().startswith(ENCRYPTED_KEY_HEADER)
            or hashlib.sha256(key).hexdigest() != wanted
        ):
            return KEY_FILE
    return None


def inspect_backup(
    file: str | os.PathLike[str],
    progress: Progress | None = None,
    workdir: str | os.PathLike[str] | None = None,
) -> BackupInfo:
    """Check a backup file completely without touching any data folder.

    Members are unpacked into a temporary folder (in `workdir`, else the system's)
    that is removed afterwards. Raises a BackupError subclass saying what is wrong.
    """
    return _inspected(file, progress, workdir, lambda info, _folder: info)


def preview_restore(
    paths: AppPaths,
    file: str | os.PathLike[str],
    progress: Progress | None = None,
    workdir: str | os.PathLike[str] | None = None,
) -> RestorePreview:
    """Check a backup completely and say what restoring it into `paths` would do: the work
    that would leave the workflow, and whether it is another agency's or device's backup.

    Changes nothing (the data folder's database is read read-only, so the app may have it
    open). `restore` checks the same again under the lock before it changes anything.
    """

    def compared(info: BackupInfo, folder: Path) -> RestorePreview:
        return _preview(paths, info, folder)

    return _inspected(file, progress, workdir, compared)


def _inspected(
    file: str | os.PathLike[str],
    progress: Progress | None,
    workdir: str | os.PathLike[str] | None,
    then: Callable[[BackupInfo, Path], _T],
) -> _T:
    path = Path(file).absolute()
    opened = _open_backup(path)
    try:
        with tempfile.TemporaryDirectory(prefix="medsos-inspect-", dir=workdir) as tmp:
            _check_free_space(Path(tmp), opened)
            info = _unpack_verified(opened, Path(tmp), progress)
            return then(info, Path(tmp))
    except OSError as exc:
        raise BackupError(MSG_CHECK_FAILED, file=str(path), reason=_why(exc)) from exc
    finally:
        opened.close()


def _preview(paths: AppPaths, info: BackupInfo, unpacked: Path) -> RestorePreview:
    """Compare the data folder with a backup unpacked (and checked) into `unpacked`."""
    try:
        check = compare(
            paths.database, paths.data_dir / IDENTITY, unpacked / DATABASE, unpacked / IDENTITY
        )
    except sqlite3.DatabaseError as exc:  # the backup's database was checked: unexpected
        raise DamagedBackupError(MSG_BAD_DATABASE, file=str(info.path), reason=str(exc)) from exc
    return RestorePreview(info, current_data(paths), check)


# --- what a restore would replace ---------------------------------------------------------------


def current_data(paths: AppPaths) -> CurrentData:
    """Count the posts in the data folder without opening it for work (read-only)."""
    db = paths.database
    if not db.is_file() or db.stat().st_size == 0:
        return CurrentData(database=False, readable=True, posts=0, demo_posts=0)
    try:
        conn = sqlite3.connect(db.absolute().as_uri() + "?mode=ro", uri=True, timeout=5)
        try:
            try:
                own, demo = conn.execute(
                    "SELECT count(*) - coalesce(sum(is_demo), 0), coalesce(sum(is_demo), 0) "
                    "FROM post"
                ).fetchone()
            except sqlite3.OperationalError:
                own, demo = conn.execute("SELECT count(*), 0 FROM post").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return CurrentData(database=True, readable=False, posts=0, demo_posts=0)
    return CurrentData(database=True, readable=True, posts=int(own), demo_posts=int(demo))


def _check_free_space(folder: Path, opened: _Opened) -> None:
    needed = sum(size for size, _ in opened.expected.values()) + FREE_SPACE_MARGIN
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed:
        raise BackupSpaceError(
            MSG_NO_SPACE,
            path=str(folder),
            needed=needed // 1024**2 + 1,
            free=free // 1024**2,
        )
