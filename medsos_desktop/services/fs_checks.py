"""Is a folder usable for the database: writable, local, with room?"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

# File systems on which SQLite's locking and WAL cannot be trusted.
NETWORK_FS_TYPES = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "ncpfs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "glusterfs",
        "ceph",
        "fuse.s3fs",
    }
)


def _linux_mounts(mounts_text: str) -> list[tuple[str, str]]:
    out = []
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            out.append((mount_point, parts[2]))
    return out


def filesystem_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The type of the mount that holds `path` (Linux), from /proc/mounts."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return None
    best, best_type = "", None
    resolved = str(path)
    for mount_point, fs_type in _linux_mounts(mounts_text):
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def is_network_path(
    path: Path, *, mounts_text: str | None = None, platform: str = sys.platform
) -> bool:
    raw = str(path)
    if raw.startswith(("\\\\", "//")):
        return True  # UNC path: \\server\share
    if platform == "win32":
        return _windows_drive_is_remote(raw)
    try:
        # Non-strict: follows links in the part that exists, keeps the rest as typed.
        resolved = path.resolve()
    except OSError:
        resolved = path.absolute()
    fs_type = filesystem_type(resolved, mounts_text)
    return fs_type in NETWORK_FS_TYPES


def _windows_drive_is_remote(raw: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(raw)[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def probe_writable(folder: Path) -> OSError | None:
    """Try to create and remove a small file; return the error if that fails."""
    probe = folder / f".write-test-{os.getpid()}"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
        return exc
    return None
