"""Pinned device keys: the coordinator's trust decisions as a file any verifier can use.

Device files in the central folder are not signed, so anyone who can write to the share
can add a device or replace a device's key. The coordinator pins every key it sees and
decides about it (trusted, rejected, revoked, or still pending); `medsos devices export`
writes those decisions to a trust file, and `medsos verify --trust FILE` checks a folder
against it instead of against the folder's own word. The format is in
docs/central-folder.md, "Pinned keys: the trust file".
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.strict_json import load_strict_json
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    CREATED_RE,
    KEY_ID_RE,
    PUBLIC_KEY_BYTES,
    canonical_json,
    is_device_id,
    is_slug,
    key_id_for,
    load_public_key,
    utc_timestamp,
)

TRUST_FORMAT = "medsos-trust"
TRUST_VERSION = 1
# 500 agencies with a few PCs each is well under 1 MB; a larger file is not a trust file.
MAX_TRUST_FILE_BYTES = 8 * 1024 * 1024
MAX_TRUST_DEVICES = 20_000
DECISIONS = ("trusted", "pending", "rejected", "revoked")

MSG_TRUST_FILE_INVALID = QT_TRANSLATE_NOOP(
    "Sync",
    "The trust file {path} cannot be used: {reason}. Export it again with 'medsos devices export'.",
)
MSG_TRUST_FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Sync", "The trust file {path} cannot be read ({reason})."
)
MSG_TRUST_FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Sync", "The trust file {path} is {size} bytes; at most {limit} bytes are read."
)


class TrustFileInvalid(UserFacingError):
    """A trust file that cannot be read or is not one: nothing is verified against it."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__("Sync", message, **params)


@dataclass(frozen=True)
class PinnedKey:
    """One device's pinned key and the coordinator's decision about it.

    `agency` is None only for pins given as a bare {device id: key} mapping (the
    reader's older interface): such a pin holds for the agency the folder names.
    """

    agency: str | None
    device_id: str
    public_key: bytes
    decision: str = "trusted"
    device_name: str = ""

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_key)

    @property
    def trusted(self) -> bool:
        return self.decision == "trusted"


@dataclass(frozen=True)
class TrustList:
    """Pinned keys by device id, with where they came from."""

    pins: Mapping[str, PinnedKey] = field(default_factory=dict)
    region_name: str = ""
    exported: str = ""
    source: str = ""  # the file or coordinator data folder, for messages

    @classmethod
    def from_keys(cls, keys: Mapping[str, bytes]) -> TrustList:
        """{device id: raw public key}, all trusted, for whichever agency registers them."""
        return cls({d: PinnedKey(None, d, k) for d, k in keys.items()})

    @classmethod
    def of(cls, pins: Iterable[PinnedKey], **kw: str) -> TrustList:
        return cls({pin.device_id: pin for pin in pins}, **kw)

    def get(self, device_id: str) -> PinnedKey | None:
        return self.pins.get(device_id)

    def __len__(self) -> int:
        return len(self.pins)


def check_pins(trust: TrustList) -> None:
    """ValueError when a pin could not have come from a trust file (a programming error)."""
    for device_id, pin in trust.pins.items():
        if not (is_device_id(device_id) and pin.device_id == device_id):
            raise ValueError(f"pin for {device_id!r} names device {pin.device_id!r}")
        if not (isinstance(pin.public_key, bytes) and len(pin.public_key) == PUBLIC_KEY_BYTES):
            raise ValueError(f"trusted key for {device_id!r} is not a 32-byte Ed25519 key")
        if pin.agency is not None and not is_slug(pin.agency):
            raise ValueError(f"pin for {device_id!r} names agency {pin.agency!r}")
        if pin.decision not in DECISIONS:
            raise ValueError(f"pin for {device_id!r} has decision {pin.decision!r}")


def trust_file_bytes(trust: TrustList, exported: str | None = None) -> bytes:
    """The trust file (canonical JSON), devices sorted by agency and device id."""
    devices = []
    for pin in sorted(trust.pins.values(), key=lambda p: (p.agency or "", p.device_id)):
        if pin.agency is None:
            raise ValueError(f"pin for {pin.device_id!r} has no agency")
        item: dict[str, object] = {
            "agency": pin.agency,
            "decision": pin.decision,
            "device_id": pin.device_id,
            "key_id": pin.key_id,
            "public_key": base64.b64encode(pin.public_key).decode("ascii"),
        }
        if pin.device_name:
            item["device_name"] = pin.device_name
        devices.append(item)
    document: dict[str, object] = {
        "devices": devices,
        "exported": exported or trust.exported or utc_timestamp(),
        "format": TRUST_FORMAT,
        "version": TRUST_VERSION,
    }
    if trust.region_name:
        document["region_name"] = trust.region_name
    return canonical_json(document)


class _Bad(Exception):
    pass


def _text(obj: Mapping[str, object], name: str, required: bool = True) -> str:
    value = obj.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > 200 or any(ord(c) < 32 for c in value):
        raise _Bad(f"'{name}' is missing or not text")
    return value


def _pin(item: object, index: int) -> PinnedKey:
    if not isinstance(item, dict):
        raise _Bad(f"device {index + 1} is not an object")
    agency = _text(item, "agency")
    device_id = _text(item, "device_id")
    if not is_slug(agency):
        raise _Bad(f"device {index + 1}: 'agency' is not an agency slug")
    if not is_device_id(device_id):
        raise _Bad(f"device {index + 1}: 'device_id' is not a device id")
    encoded = _text(item, "public_key")
    try:
        key = base64.b64decode(encoded, validate=True)
        load_public_key(key)
    except (ValueError, binascii.Error):
        raise _Bad(f"device {device_id}: 'public_key' is not a base64 Ed25519 key") from None
    key_id = _text(item, "key_id")
    if KEY_ID_RE.fullmatch(key_id) is None or key_id_for(key) != key_id:
        raise _Bad(f"device {device_id}: 'key_id' is not the id of its public key")
    decision = item.get("decision", "trusted")
    if decision not in DECISIONS:
        raise _Bad(f"device {device_id}: 'decision' is not one of {', '.join(DECISIONS)}")
    name = _text(item, "device_name", required=False)
    return PinnedKey(agency, device_id, key, str(decision), name)


def parse_trust_file(data: bytes, path: str = "") -> TrustList:
    """A trust file's pins, checked strictly; TrustFileInvalid otherwise."""
    try:
        try:
            document = load_strict_json(data)
        except ValueError as exc:
            raise _Bad(f"not valid JSON ({str(exc)[:120]})") from None
        if not isinstance(document, dict) or document.get("format") != TRUST_FORMAT:
            raise _Bad(f"not a {TRUST_FORMAT} file")
        version = document.get("version")
        if type(version) is not int or version < 1:
            raise _Bad("'version' is missing")
        if version > TRUST_VERSION:
            raise _Bad(f"version {version} is newer than this program ({TRUST_VERSION})")
        devices = document.get("devices")
        if not isinstance(devices, list) or len(devices) > MAX_TRUST_DEVICES:
            raise _Bad("'devices' is not a list")
        pins: dict[str, PinnedKey] = {}
        for index, item in enumerate(devices):
            pin = _pin(item, index)
            if pin.device_id in pins:
                raise _Bad(f"device {pin.device_id} is listed twice")
            pins[pin.device_id] = pin
        region = _text(document, "region_name", required=False)
        exported = _text(document, "exported", required=False)
        if exported and CREATED_RE.fullmatch(exported) is None:
            raise _Bad("'exported' is not a UTC timestamp")
    except _Bad as exc:
        raise TrustFileInvalid(MSG_TRUST_FILE_INVALID, path=path or "-", reason=str(exc)) from None
    return TrustList(pins, region_name=region, exported=exported, source=path)


def read_trust_file(path: Path) -> TrustList:
    """Read and parse a trust file: a plain file of at most MAX_TRUST_FILE_BYTES."""
    try:
        data = fsutil.read_limited(path, MAX_TRUST_FILE_BYTES)
    except fsutil.FileTooLarge as exc:
        raise TrustFileInvalid(
            MSG_TRUST_FILE_TOO_BIG, path=str(path), size=exc.size, limit=MAX_TRUST_FILE_BYTES
        ) from None
    except fsutil.NotRegularFile:
        raise TrustFileInvalid(
            MSG_TRUST_FILE_UNREADABLE, path=str(path), reason="not a plain file"
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise TrustFileInvalid(MSG_TRUST_FILE_UNREADABLE, path=str(path), reason=reason) from None
    return parse_trust_file(data, str(path))
