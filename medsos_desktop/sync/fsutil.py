"""File-system primitives for the central folder: durable writes, no-replace renames, safe reads.

The central folder is a Windows share, a network mount or a folder kept in sync by
another program, so every primitive here assumes the worst: the process can be
killed between any two calls, a rename can be refused for a while because an
antivirus holds a file, and anything read may be hostile (links, FIFOs, huge files).
Nothing here knows the protocol; `writer.py` and `verify.py` give the meaning.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import operator
import os
import shutil
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The bounded, non-blocking readers and the folder fsync live in fileio (every layer
# uses them); the central-folder code keeps using them by these names.
from medsos_desktop.fileio import (
    READ_CHUNK,
    FileTooLarge,
    NotRegularFile,
    fsync_dir,
    is_link_or_special,
    open_regular,
    read_limited,
)

__all__ = [
    "READ_CHUNK",
    "FileTooLarge",
    "NotRegularFile",
    "create_no_replace",
    "fsync_dir",
    "hash_file",
    "is_disk_full",
    "is_held",
    "is_link_or_special",
    "open_regular",
    "read_limited",
    "remove_stale",
    "remove_tree",
    "rename_no_replace",
    "rename_with_backoff",
    "write_all_durable",
    "write_durable",
]

_O_BINARY = getattr(os, "O_BINARY", 0)

# Errors that mean "the disk is full": the outbox waits for space instead of retrying at once.
_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)


def is_disk_full(exc: OSError) -> bool:
    """Whether an OSError means no space (or quota) is left where it was written."""
    return exc.errno in _FULL_ERRNOS or getattr(exc, "winerror", None) in (39, 112)


def is_held(exc: OSError) -> bool:
    """Whether an error means another program holds a file for now (worth waiting for).

    Windows refuses with "access denied" or "sharing violation" (both PermissionError
    in Python); a Linux CIFS mount of a Windows share reports the latter as EBUSY.
    """
    return isinstance(exc, PermissionError) or exc.errno == errno.EBUSY


def write_durable(path: Path, data: bytes) -> None:
    """Create `path` (it must not exist), write `data`, flush and fsync before returning.

    Exclusive creation means a bug or a race can never silently replace a file.
    """
    write_all_durable([(path, data)])


def write_all_durable(files: list[tuple[Path, bytes]]) -> None:
    """Create and write every file, then fsync them all, in the order given.

    Writing everything before the first fsync lets the file system flush the files
    together (one journal commit instead of one per file); the caller makes them
    visible only afterwards (a rename), so the order of flushing does not matter.
    """
    opened: list[int] = []
    try:
        for path, data in files:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o644)
            opened.append(fd)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        for fd in opened:
            os.fsync(fd)
    finally:
        for fd in opened:
            os.close(fd)


def _renameat2_function() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


_RENAMEAT2 = _renameat2_function()
_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
# The file system does not support RENAME_NOREPLACE (or the kernel lacks renameat2).
_NOREPLACE_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP})


def rename_no_replace(src: Path, dst: Path) -> None:
    """Rename `src` to `dst`, failing with FileExistsError if `dst` exists (file or folder).

    Linux: renameat2(RENAME_NOREPLACE), atomic on local file systems. Windows: os.rename
    never replaces. Elsewhere, or where the file system refuses the flag, the target is
    checked first and POSIX rename() still refuses a non-empty target folder, so only
    an empty folder created in the instant between check and rename could be replaced.
    """
    if _RENAMEAT2 is not None:
        source, target = os.fsencode(src), os.fsencode(dst)
        result = _RENAMEAT2(_AT_FDCWD, source, _AT_FDCWD, target, _RENAME_NOREPLACE)
        if result == 0:
            return
        code = ctypes.get_errno()
        if code not in _NOREPLACE_UNSUPPORTED:
            raise OSError(code, os.strerror(code), str(src), None, str(dst))
    if sys.platform != "win32" and os.path.lexists(dst):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(dst))
    try:
        os.rename(src, dst)
    except OSError as exc:
        if exc.errno == errno.ENOTEMPTY:
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(dst)) from exc
        raise


def rename_with_backoff(
    src: Path,
    dst: Path,
    *,
    retries: int,
    backoff: float,
    max_delay: float = 5.0,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """`rename_no_replace`, retrying while a file is held (`is_held`); returns the attempts.

    Windows refuses a rename while another program (antivirus, indexer, a sync
    client) holds a file in the folder; it usually lets go within seconds. After the
    first attempt come up to `retries` more, the delay doubling from `backoff`, each
    capped at `max_delay`. The last error is raised when every attempt is refused;
    other errors are raised at once.
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            # Looked up through the module so tests can stand in for the platform.
            sys.modules[__name__].rename_no_replace(src, dst)
            return attempt
        except OSError as exc:
            if not is_held(exc) or attempt > retries:
                raise
            sleep(min(max_delay, backoff * (2 ** (attempt - 1))))


def create_no_replace(path: Path, data: bytes, work_dir: Path, token: str) -> None:
    """Create the single file `path` atomically and durably; FileExistsError if it exists.

    The bytes go to `work_dir` first (same file system), are synced, then renamed in
    without replacing, so a reader never sees half a file and two writers never
    overwrite each other.
    """
    work_dir.mkdir(parents=True, exist_ok=True)
    temporary = work_dir / f"{token}.tmp"
    write_durable(temporary, data)
    try:
        rename_no_replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_dir(path.parent)


def remove_tree(path: Path) -> bool:
    """Delete a folder we created (or a link in its place) without following links; best effort."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if stat.S_ISDIR(st.st_mode) and not is_link_or_special(st):
            shutil.rmtree(path)
        else:
            os.unlink(path)
    except OSError:
        return False
    return True


def remove_stale(folder: Path, older_than: float, now: float | None = None) -> int:
    """Remove entries of `folder` last modified more than `older_than` seconds ago.

    Used on `.staging/`: a build interrupted by a kill or a power cut leaves its work
    folder behind; a later publish clears it. Returns how many entries went.
    """
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        try:
            modified = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if now - modified > older_than and remove_tree(Path(entry.path)):
            removed += 1
    return removed


def hash_file(path: Path | str, max_bytes: int, *, listed: bool = False) -> tuple[int, str]:
    """(size, sha256 hex) of a plain file, reading at most `max_bytes` + 1 bytes in chunks.

    `listed` as for `open_regular`."""
    fd, _ = open_regular(path, listed=listed)
    digest = hashlib.sha256()
    size = 0
    try:
        while size <= max_bytes:
            chunk = os.read(fd, min(READ_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            digest.update(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    return size, digest.hexdigest()


_BY_NAME = operator.itemgetter(0)


def list_sorted(folder: Path | str) -> list[tuple[str, os.stat_result]]:
    """Sorted (name, lstat) of a folder's entries; raises OSError if it cannot be listed."""
    result = []
    with os.scandir(folder) as entries:
        for entry in entries:
            try:
                st = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue  # removed while listing
            result.append((entry.name, st))
    result.sort(key=_BY_NAME)
    return result
