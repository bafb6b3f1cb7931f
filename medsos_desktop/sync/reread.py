"""Re-reading a folder the verifier found valid, as it is now: the manifest and payload of a
revision or shared item when it is opened, and one media file when it is shown.

Nothing found valid is taken on trust when it is read again: the manifest must still be
the one verified and every byte must match its signed entry, else RevisionUnreadable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from medsos_desktop.strict_json import load_strict_json
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    DEFAULT_MAX_JSON_BYTES,
    MANIFEST_FILE,
    MEDIA_PATH_RE,
    MSG_REVISION_UNREADABLE,
    ProtocolViolation,
    RevisionUnreadable,
)
from medsos_desktop.sync.records import FileEntry, SignedManifest

_M = TypeVar("_M", bound=SignedManifest)


def _unreadable(path: Path, reason: str) -> RevisionUnreadable:
    return RevisionUnreadable(MSG_REVISION_UNREADABLE, path=str(path), reason=reason)


def read_signed_folder(
    path: Path,
    manifest_sha256: str | None,
    payload_file: str,
    parse: Callable[[bytes], _M],
    belongs: Callable[[_M], bool],
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
) -> tuple[_M, dict[str, object]]:
    """The manifest and JSON payload of a folder reported valid, re-checked as it is now.

    The manifest must still be the one verified (`manifest_sha256`) and name this
    folder (`belongs`), and the payload must match its entry; RevisionUnreadable if not.
    """
    try:
        manifest_bytes = fsutil.read_limited(path / MANIFEST_FILE, max_json_bytes)
        if manifest_sha256 is not None and (
            hashlib.sha256(manifest_bytes).hexdigest() != manifest_sha256
        ):
            raise _unreadable(path, "the manifest changed since it was verified")
        manifest = parse(manifest_bytes)
        if not belongs(manifest):
            raise _unreadable(path, "the manifest belongs to another revision")
        entry = next((f for f in manifest.files if f.path == payload_file), None)
        assert entry is not None  # the parsers require it
        data = fsutil.read_limited(path / payload_file, min(entry.size, max_json_bytes))
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise _unreadable(path, f"{payload_file} does not match the manifest")
        payload = load_strict_json(data)
    except ProtocolViolation as exc:
        raise _unreadable(path, "the manifest is not valid") from exc
    except (OSError, ValueError) as exc:
        raise _unreadable(path, getattr(exc, "strerror", None) or str(exc)[:200]) from exc
    if not isinstance(payload, dict):
        raise _unreadable(path, f"{payload_file} is not a JSON object")
    return manifest, payload


def read_media(path: Path, entry: FileEntry) -> bytes:
    """The bytes of one listed media file of a verified revision, checked against its entry."""
    if MEDIA_PATH_RE.fullmatch(entry.path) is None:
        raise _unreadable(path, "not a media file of the manifest")
    try:
        data = fsutil.read_limited(path / entry.path, entry.size)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from exc
    if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
        raise _unreadable(path, f"{entry.path} does not match the manifest")
    return data
