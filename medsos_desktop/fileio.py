"""Files in and out: bounded reads of files from outside the app, and the one atomic
writer and folder fsync every layer uses.

Writing (`atomic_write`, `atomic_output`, `write_new`, `fsync_dir`): the bytes go to a
temporary file in the target's folder, are flushed and fsynced, and only then take the
target's name (a rename), after which the folder itself is fsynced so the new name
survives a power cut too (POSIX; Windows has no folder handle to flush and NTFS journals
the rename). A kill, a crash or a full disk at any moment leaves the old file or the new
one, never half of one, and no temporary file behind it unless the process died.

Reading files that come from outside the app: bounded, plain files only, never blocking.

A photo, a logo, a font, a metrics CSV, a template package, a backup, the site
configuration and every file of the central folder are opened here. Whatever the
path names, the reader learns it at once and reads no more than it can afford:

* a FIFO is opened without blocking and refused (it would wait for a writer forever);
  a device (`/dev/zero`, `/dev/urandom`) or a folder is refused before a byte is read;
* the size is taken with fstat on the open descriptor, so what is checked is what is
  read, and a file over the limit is refused unread; a file that grows meanwhile is
  refused after at most the limit and one byte;
* links: the central folder's files are opened with O_NOFOLLOW (a link there is an
  attack); a file the user picked may be a link to a photo, and is followed, since the
  user chose it, but what it leads to must still be a plain file.

`sync/fsutil.py` keeps its own names for these (the central-folder code uses them).
The user-facing helpers raise `InputFileError`, a message in the user's language.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError

READ_CHUNK = 1024 * 1024
# Windows marks symbolic links and junctions as reparse points.
_REPARSE_POINT = 0x400
_O_BINARY = getattr(os, "O_BINARY", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)
# What open() with O_NOFOLLOW says of a link: ELOOP (Linux, macOS), EMLINK (FreeBSD).
_LINK_ERRNOS = frozenset({errno.ELOOP, errno.EMLINK})
_FOLLOW_FLAGS = os.O_RDONLY | _O_BINARY | _O_NONBLOCK | _O_NOCTTY
_READ_FLAGS = _FOLLOW_FLAGS | _O_NOFOLLOW

_CTX = "InputFile"
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "InputFile",
    "{name} is {size}, more than the {limit} that can be opened here. Choose a smaller file.",
)
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "InputFile",
    "{name} is not an ordinary file (it is a folder, a device or a pipe). Choose a file "
    "saved on a disk.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("InputFile", "{name} cannot be read: {reason}.")


class NotRegularFile(OSError):
    """A path that had to be a plain file is a link, a folder, a FIFO or a device."""


class FileTooLarge(OSError):
    """A file is larger than the caller is willing to read; it was not read."""

    def __init__(self, path: Path | str, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"{size} bytes, limit {limit}", str(path))
        self.size = size
        self.limit = limit


class InputFileError(UserFacingError):
    """A file the user chose cannot be used; the message says why and what to do."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


def is_link_or_special(st: os.stat_result) -> bool:
    """True for anything but a plain file or folder: links, junctions, FIFOs, devices."""
    if stat.S_ISLNK(st.st_mode):
        return True
    if getattr(st, "st_file_attributes", 0) & _REPARSE_POINT:
        return True
    return not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode))


def open_regular(
    path: Path | str, *, listed: bool = False, follow_links: bool = False
) -> tuple[int, os.stat_result]:
    """Open a plain file for reading without blocking on a FIFO; by default without
    following a link either.

    Returns the descriptor and its fstat; the caller closes it. Raises NotRegularFile
    for anything else, so a hostile path cannot make a reader hang or wander off.

    `listed`: the caller's own listing (an lstat) found a plain file here a moment ago.
    Where O_NOFOLLOW exists the lstat is then not repeated: the open itself refuses a
    link (NotRegularFile, as the lstat would have), O_NONBLOCK keeps a FIFO from
    blocking, and the fstat refuses anything but a plain file, as it always does.
    `follow_links`: a file the user chose; a link is followed, what it names is checked.
    """
    if follow_links:
        fd = os.open(path, _FOLLOW_FLAGS)
    elif not (listed and _O_NOFOLLOW):
        before = os.lstat(path)
        if not stat.S_ISREG(before.st_mode) or is_link_or_special(before):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        fd = os.open(path, _READ_FLAGS)
    else:
        try:
            fd = os.open(path, _READ_FLAGS)
        except OSError as exc:
            if exc.errno in _LINK_ERRNOS:  # a link, put where the listing saw a file
                raise NotRegularFile(errno.EINVAL, "not a regular file", str(path)) from exc
            raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        if _O_NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def read_limited(
    path: Path | str, limit: int, *, listed: bool = False, follow_links: bool = False
) -> bytes:
    """The whole of a plain file of at most `limit` bytes; larger ones are refused unread.

    `listed` and `follow_links` as for `open_regular`."""
    fd, st = open_regular(path, listed=listed, follow_links=follow_links)
    try:
        if st.st_size > limit:
            raise FileTooLarge(path, st.st_size, limit)
        chunks: list[bytes] = []
        remaining = limit + 1  # one byte more reveals a file that grew after fstat
        # The first read asks for the size fstat gave (and one byte more), not a whole
        # chunk: a small file is read without a buffer of READ_CHUNK bytes.
        first = st.st_size + 1
        while remaining > 0:
            chunk = os.read(fd, min(READ_CHUNK, remaining, first))
            first = READ_CHUNK
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise FileTooLarge(path, len(data), limit)
        return data
    finally:
        os.close(fd)


class _BoundedRaw(io.RawIOBase):
    """A descriptor read as a stream that refuses to go past `limit` bytes."""

    def __init__(self, fd: int, path: Path | str, limit: int) -> None:
        super().__init__()
        self._fd, self._path, self._limit = fd, path, limit
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        # One byte past the limit may be read: it reveals a file that grew.
        wanted = min(len(view), self._limit + 1 - self._position)
        if wanted <= 0:
            raise FileTooLarge(self._path, self._position, self._limit)
        data = os.read(self._fd, wanted)
        view[: len(data)] = data
        self._position += len(data)
        if self._position > self._limit:
            raise FileTooLarge(self._path, self._position, self._limit)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._position = os.lseek(self._fd, offset, whence)
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


def open_limited(path: Path | str, limit: int, *, follow_links: bool = False) -> io.BufferedReader:
    """A plain file of at most `limit` bytes, opened as a binary stream for reading it
    piece by piece (a CSV export of any size is read without holding it in memory).

    Refused unread (FileTooLarge, NotRegularFile) like `read_limited`; reading past
    `limit` bytes, should the file grow, raises FileTooLarge."""
    fd, st = open_regular(path, follow_links=follow_links)
    if st.st_size > limit:
        os.close(fd)
        raise FileTooLarge(path, st.st_size, limit)
    return io.BufferedReader(_BoundedRaw(fd, path, limit), buffer_size=64 * 1024)


def size_text(size: int) -> str:
    """A byte count for a message: "2048 MB", "80 MB", "300 KB"."""
    if size >= 2**20:
        return f"{size // 2**20} MB"
    return f"{max(1, size // 1024)} KB"


def input_file_error(path: Path | str, exc: OSError) -> InputFileError:
    """The user-facing message for a failed open or read of a file the user chose."""
    name = Path(path).name or str(path)
    if isinstance(exc, FileTooLarge):
        return InputFileError(
            MSG_TOO_LARGE, name=name, size=size_text(exc.size), limit=size_text(exc.limit)
        )
    if isinstance(exc, NotRegularFile) or exc.errno == errno.EISDIR:
        return InputFileError(MSG_NOT_A_FILE, name=name)
    return InputFileError(MSG_UNREADABLE, name=name, reason=exc.strerror or str(exc))


def read_input_file(path: Path | str, limit: int) -> bytes:
    """A file the user chose, read whole if it is a plain file of at most `limit` bytes;
    else InputFileError saying why (too large, not a file, unreadable)."""
    try:
        return read_limited(path, limit, follow_links=True)
    except OSError as exc:
        raise input_file_error(path, exc) from exc


def open_input_file(path: Path | str, limit: int) -> io.BufferedReader:
    """`open_limited` for a file the user chose; InputFileError as `read_input_file`."""
    try:
        return open_limited(path, limit, follow_links=True)
    except OSError as exc:
        raise input_file_error(path, exc) from exc


# --- writing ------------------------------------------------------------------------------

_WRITE_CHUNK = 1 << 20


def fsync_file(path: Path | str) -> None:
    """Flush a file already written and closed (by another library) to the disk."""
    fd = os.open(path, os.O_RDONLY | _O_BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path | str) -> None:
    """Make the names in a folder (a rename, a new file) durable where the platform allows.

    A no-op on Windows, which has no folder handles to flush. Best effort elsewhere: a
    folder that cannot be opened, or a network file system refusing fsync on folders, is
    left as it is (the files themselves were synced before their rename).
    """
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temporary_beside(path: Path) -> tuple[int, Path]:
    """A new owner-only temporary file in `path`'s folder (the same file system, so the
    rename is atomic), named after it so a leftover says what it was for."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return fd, Path(name)


@contextlib.contextmanager
def atomic_output(path: Path | str, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A binary file (readable and seekable too) that replaces `path` only when the block
    ends without an exception: flushed, fsynced, renamed over `path`, the folder fsynced.

    For writers that stream (a zip of a backup); `atomic_write` for bytes in memory. On an
    exception the temporary file is removed and `path` is left as it was. The new file is
    owner-only unless `mode` says otherwise.
    """
    target = Path(path)
    fd, tmp = _temporary_beside(target)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def _write_chunks(handle: BinaryIO, data: bytes) -> None:
    """In pieces, so that a full disk shows up as an error and not as a short file."""
    view = memoryview(data)
    for start in range(0, len(view), _WRITE_CHUNK):
        handle.write(view[start : start + _WRITE_CHUNK])


def atomic_write(path: Path | str, data: bytes, *, mode: int | None = None) -> None:
    """Replace (or create) `path` with `data` atomically and durably: a kill, a crash or a
    full disk leaves the old content or the new, never a mix. See `atomic_output`."""
    with atomic_output(path, mode=mode) as handle:
        _write_chunks(handle, data)


def write_new(path: Path | str, data: bytes, *, mode: int = 0o600) -> None:
    """Create `path` with `data`, complete on disk before it appears; never replaces.

    Raises FileExistsError if `path` exists (also when it appears meanwhile, where hard
    links exist). On file systems without hard links (FAT on a USB stick, some shares)
    the check and the rename are two steps. Owner-only unless `mode` says otherwise.
    """
    target = Path(path)
    fd, tmp = _temporary_beside(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_chunks(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        try:
            os.link(tmp, target)  # fails if `target` exists: never a replacement
        except FileExistsError:
            raise
        except OSError:  # no hard links here
            if target.exists():
                raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
            os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(target.parent)
