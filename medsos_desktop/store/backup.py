"""Consistent copies of the live database: snapshots and the automatic daily backup.

A copy of a WAL database made with a plain file copy can miss committed pages still
in the -wal file, or catch a page half-written; SQLite's online backup API copies a
consistent snapshot while the app keeps working. The copy is written under a temporary
name, checked, flushed and only then renamed into place, so a file with the final name
is always a complete, checked database.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from medsos_desktop.fileio import fsync_dir, fsync_file
from medsos_desktop.paths import AppPaths
from medsos_desktop.store.errors import MSG_CORRUPT, CorruptDatabaseError

log = logging.getLogger(__name__)

DAILY_DIR = "daily"
DAILY_KEEP = 7
_DAILY_NAME = re.compile(r"medsos-(\d{4}-\d{2}-\d{2})\.sqlite3")
_PART_SUFFIX = ".part"


def _connect_source(path: Path) -> sqlite3.Connection:
    """Read-write if allowed (it can recover a WAL left by a crash), else read-only."""
    uri = path.absolute().as_uri()
    try:
        conn = sqlite3.connect(uri + "?mode=rw", uri=True, timeout=10)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return conn
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "readonly" not in text and "read-only" not in text and "unable to open" not in text:
            raise
    return sqlite3.connect(uri + "?mode=ro", uri=True, timeout=10)


def integrity_summary(problems: list[str], limit: int = 200) -> str:
    """SQLite's integrity report on one short line: messages are shown on one line."""
    lines = [
        " ".join(line.split())
        for text in problems
        for line in str(text).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    summary = "; ".join(lines[:3]) or "integrity check failed"
    return summary if len(summary) <= limit else summary[: limit - 1] + "…"


def snapshot_database(db_path: Path, target: Path) -> Path:
    """Copy the live database at `db_path` to `target` with SQLite's backup API.

    The copy is a self-contained rollback-journal file (no -wal to carry along) that
    passed `PRAGMA integrity_check`; it is fsynced before it gets its final name.
    Raises CorruptDatabaseError when the copy fails the check (the live file is damaged)
    and the store's errors for a full or read-only disk.
    """
    if not db_path.is_file():
        raise FileNotFoundError(str(db_path))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=_PART_SUFFIX, dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            src = _connect_source(db_path)
            try:
                dst = sqlite3.connect(tmp)
                try:
                    # pages=-1: one step under one read transaction, a consistent snapshot
                    # even while the app commits (WAL readers do not block writers).
                    src.backup(dst, pages=-1)
                    dst.execute("PRAGMA journal_mode=DELETE").fetchall()
                    problems = [str(row[0]) for row in dst.execute("PRAGMA integrity_check(20)")]
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.DatabaseError as exc:
            # store.db loads SQLAlchemy: imported here, not when a data folder is opened.
            from medsos_desktop.store.db import storage_error

            text = str(exc).lower()
            damaged = "not a database" in text or "malformed" in text  # the source, not the copy
            mapped = storage_error(exc, db_path if damaged else target)
            if mapped is not None:
                raise mapped from exc
            raise
        if problems != ["ok"]:
            raise CorruptDatabaseError(
                MSG_CORRUPT, path=str(db_path), reason=integrity_summary(problems)
            )
        fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target


def daily_dir(paths: AppPaths) -> Path:
    return paths.backups_dir / DAILY_DIR


def daily_backup(paths: AppPaths, keep: int = DAILY_KEEP, today: date | None = None) -> Path | None:
    """At most one automatic backup per calendar day; the newest `keep` are kept.

    Returns the new file, or None when today's already exists or there is nothing to
    back up (a stat, no database access). Only `backups/daily/medsos-YYYY-MM-DD.sqlite3`
    files are rotated: the migration backups (`backups/before-migration-*`) and the
    folders kept by a restore (`backups/before-restore-*`) are never touched.
    Call it with the data folder's lock held, off the UI thread.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    day = today or date.today()
    folder = daily_dir(paths)
    target = folder / f"medsos-{day.isoformat()}.sqlite3"
    if target.exists():
        return None
    database = paths.database
    if not database.is_file() or database.stat().st_size == 0:
        return None
    snapshot_database(database, target)
    log.info("daily backup written to %s", target)
    rotate_daily(folder, keep)
    return target


def rotate_daily(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` daily backups, and copies left by a killed run."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return removed
    dated = sorted(
        (p for p in entries if _DAILY_NAME.fullmatch(p.name) and p.is_file()),
        key=lambda p: p.name,
        reverse=True,
    )
    stale = [p for p in entries if p.name.startswith(".medsos-") and p.name.endswith(_PART_SUFFIX)]
    for path in dated[keep:] + stale:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", path, exc)
    return removed
