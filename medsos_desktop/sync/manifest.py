"""Manifests: the one place where the bytes that are signed are built, signed and parsed.

A revision of a post (by an agency's device) and a revision of a shared item (by the
coordinator) are both a folder of files listed, with sizes and sha256, in a manifest
signed with Ed25519. `manifest_json` is the only code that lays out those bytes, for
both kinds; `sign_manifest` signs them and checks the signature against the key the
folder registers before anything is written; `parse_manifest` and
`parse_shared_manifest` read them back strictly; `manifest_signature_ok` is the check
a reader applies to the exact bytes it found. The folder checks around a signature
(which key, which place, which files) are `reader.py`'s.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.sync.format import (
    DEFAULT_MAX_JSON_BYTES,
    FORMAT_VERSION,
    ITEM_FILE,
    MANIFEST_FORMAT,
    MAX_MEDIA_BYTES,
    MAX_MEDIA_FILES,
    MAX_REVISION,
    MAX_SEQUENCE,
    MEDIA_DIR,
    POST_FILE,
    SHARED_MANIFEST_FORMAT,
    SIGNATURE_BYTES,
    FileEntry,
    SigningFailed,
    canonical_json,
    check_format,
    created_ok,
    is_device_id,
    is_key_id,
    is_kind,
    is_media_ext,
    is_post_uuid,
    is_sha256,
    is_slug,
    json_int,
    json_object,
    json_str,
    key_id_for,
    parse_file_list,
    signature_ok,
)

MSG_NO_POST_LISTED = QT_TRANSLATE_NOOP("Sync", "The manifest of {path} does not list post.json.")
MSG_NO_ITEM_LISTED = QT_TRANSLATE_NOOP("Sync", "The manifest of {path} does not list item.json.")
MSG_SIGNING_FAILED = QT_TRANSLATE_NOOP(
    "Sync",
    "The signing key of this PC did not produce a valid signature; nothing was published.",
)


@dataclass(frozen=True)
class Manifest:
    """The signed manifest of an agency's revision of a post."""

    FORMAT: ClassVar[str] = MANIFEST_FORMAT

    agency: str
    post_uuid: str
    revision: int
    device_id: str
    key_id: str
    sequence: int
    created: str
    files: tuple[FileEntry, ...]
    version: int = FORMAT_VERSION

    def entry(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)

    @property
    def signer_id(self) -> str:
        return self.device_id

    @property
    def group(self) -> tuple[str, str]:
        """What the folder is a revision of, for the sequence-number rules."""
        return (self.agency, self.post_uuid)

    def identity(self) -> dict[str, object]:
        """The fields that name the signer and the folder, as written in the manifest."""
        return {"agency": self.agency, "device_id": self.device_id, "post_uuid": self.post_uuid}


@dataclass(frozen=True)
class SharedManifest:
    """The signed manifest of a revision of one of the coordinator's shared items."""

    FORMAT: ClassVar[str] = SHARED_MANIFEST_FORMAT

    kind: str
    item_id: str
    revision: int
    coordinator_id: str
    key_id: str
    sequence: int
    created: str
    files: tuple[FileEntry, ...]
    version: int = FORMAT_VERSION

    def entry(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)

    @property
    def signer_id(self) -> str:
        return self.coordinator_id

    @property
    def group(self) -> tuple[str, str]:
        return (self.kind, self.item_id)

    def identity(self) -> dict[str, object]:
        return {"coordinator_id": self.coordinator_id, "item_id": self.item_id, "kind": self.kind}


AnyManifest = Manifest | SharedManifest


class Signer(Protocol):
    """Signs manifests for one device; the private key may live in the OS keyring."""

    @property
    def device_id(self) -> str: ...

    @property
    def key_id(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


class Ed25519Signer:
    """A signer holding its private key in memory (tests, and keys loaded from a keyring)."""

    def __init__(self, device_id: str, private_key: Ed25519PrivateKey) -> None:
        self.device_id = device_id
        self._private_key = private_key
        self.public_key_bytes = private_key.public_key().public_bytes(
            Encoding.Raw, PublicFormat.Raw
        )
        self.key_id = key_id_for(self.public_key_bytes)

    @classmethod
    def generate(cls, device_id: str) -> Ed25519Signer:
        return cls(device_id, Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, device_id: str, raw: bytes) -> Ed25519Signer:
        return cls(device_id, Ed25519PrivateKey.from_private_bytes(raw))

    def sign(self, data: bytes) -> bytes:
        return self._private_key.sign(data)


@dataclass(frozen=True)
class MediaFile:
    sha256: str
    ext: str
    data: bytes = field(repr=False)


# --- building and signing ------------------------------------------------------------


def media_files(items: Sequence[MediaFile]) -> list[tuple[str, bytes]]:
    """(relative path, bytes) of each media file, sorted, checked against its name; once each."""
    media: dict[str, bytes] = {}
    for item in items:
        if not is_sha256(item.sha256) or not is_media_ext(item.ext):
            raise ValueError(f"invalid media name {item.sha256!r}.{item.ext!r}")
        if len(item.data) > MAX_MEDIA_BYTES:
            raise ValueError(f"media {item.sha256} is over {MAX_MEDIA_BYTES} bytes")
        if hashlib.sha256(item.data).hexdigest() != item.sha256:
            raise ValueError(f"media {item.sha256} does not match its data")
        prefix = f"{MEDIA_DIR}/{item.sha256}."
        for other in media:
            if other.startswith(prefix) and other != f"{prefix}{item.ext}":
                raise ValueError(f"media {item.sha256} is given two extensions")
        media[f"{MEDIA_DIR}/{item.sha256}.{item.ext}"] = item.data
    if len(media) > MAX_MEDIA_FILES:
        raise ValueError(f"at most {MAX_MEDIA_FILES} media files per revision")
    return sorted(media.items())


def file_entries(
    payload: bytes, media: list[tuple[str, bytes]], payload_file: str = POST_FILE
) -> tuple[FileEntry, ...]:
    """The manifest's "files": the payload file and every media file, sorted by path."""
    files = [*media, (payload_file, payload)]
    return tuple(
        sorted(
            (FileEntry(path, len(data), hashlib.sha256(data).hexdigest()) for path, data in files),
            key=lambda entry: entry.path,
        )
    )


def manifest_json(manifest: AnyManifest) -> bytes:
    """The exact bytes that are signed: the manifest in canonical JSON.

    Both kinds share every field but the three that name the signer and the folder
    (`identity`); readers never re-serialise, they verify the bytes as found.
    """
    return canonical_json(
        {
            **manifest.identity(),
            "created": manifest.created,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in manifest.files],
            "format": manifest.FORMAT,
            "key_id": manifest.key_id,
            "revision": manifest.revision,
            "sequence": manifest.sequence,
            "version": FORMAT_VERSION,
        }
    )


def manifest_signature_ok(public_key: bytes, signature: bytes, manifest_bytes: bytes) -> bool:
    """Whether `signature` is a 64-byte Ed25519 signature of exactly `manifest_bytes`."""
    return len(signature) == SIGNATURE_BYTES and signature_ok(public_key, signature, manifest_bytes)


def sign_manifest(signer: Signer, public_key: bytes, manifest: AnyManifest) -> tuple[bytes, bytes]:
    """(manifest bytes, signature), the signature checked against `public_key`, the key the
    folder registers for the signer: a keyring handing back the wrong key fails here
    (SigningFailed), before anything is written."""
    manifest_bytes = manifest_json(manifest)
    signature = signer.sign(manifest_bytes)
    if not manifest_signature_ok(public_key, signature, manifest_bytes):
        raise SigningFailed(MSG_SIGNING_FAILED)
    return manifest_bytes, signature


# --- parsing ---------------------------------------------------------------------------------


def parse_manifest(data: bytes, max_json_bytes: int = DEFAULT_MAX_JSON_BYTES) -> Manifest:
    """Check a manifest's form. Escaping paths are "unsafe"; every other fault is "invalid"."""
    obj = json_object(data, MANIFEST_FORMAT)
    version = check_format(obj, MANIFEST_FORMAT)
    agency = json_str(obj, "agency", is_slug)
    post_uuid = json_str(obj, "post_uuid", is_post_uuid)
    revision = json_int(obj, "revision", 1, MAX_REVISION)
    device_id = json_str(obj, "device_id", is_device_id)
    key_id = json_str(obj, "key_id", is_key_id)
    sequence = json_int(obj, "sequence", 1, MAX_SEQUENCE)
    created = json_str(obj, "created", created_ok)
    files = parse_file_list(obj, POST_FILE, max_json_bytes, MSG_NO_POST_LISTED)
    return Manifest(
        agency=agency,
        post_uuid=post_uuid,
        revision=revision,
        device_id=device_id,
        key_id=key_id,
        sequence=sequence,
        created=created,
        files=files,
        version=version,
    )


def parse_shared_manifest(
    data: bytes, max_json_bytes: int = DEFAULT_MAX_JSON_BYTES
) -> SharedManifest:
    """An item's manifest.json. Escaping paths are "unsafe"; every other fault is "invalid"."""
    obj = json_object(data, SHARED_MANIFEST_FORMAT)
    version = check_format(obj, SHARED_MANIFEST_FORMAT)
    kind = json_str(obj, "kind", is_kind)
    item_id = json_str(obj, "item_id", is_slug)
    revision = json_int(obj, "revision", 1, MAX_REVISION)
    coordinator_id = json_str(obj, "coordinator_id", is_device_id)
    key_id = json_str(obj, "key_id", is_key_id)
    sequence = json_int(obj, "sequence", 1, MAX_SEQUENCE)
    created = json_str(obj, "created", created_ok)
    files = parse_file_list(obj, ITEM_FILE, max_json_bytes, MSG_NO_ITEM_LISTED)
    return SharedManifest(
        kind=kind,
        item_id=item_id,
        revision=revision,
        coordinator_id=coordinator_id,
        key_id=key_id,
        sequence=sequence,
        created=created,
        files=files,
        version=version,
    )
