"""Which key a revision is checked against: the device files found in the central
folder and, for the coordinator, its pins (`DeviceKeys`).

`verify.check_revision` asks a `verify.KeyResolver` for the key; `DeviceKeys.resolve` is
that resolver for `verify_central` and the coordinator's scan. The rules: a device is
registered for one agency only (an id or a key found in several agencies' device files is
"unsafe" everywhere), a revision of another agency than its device's is "unsafe", and with
pins a device or key the coordinator has not trusted is "untrusted", a refused one
"rejected". docs/central-folder.md, "Devices and keys", states them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from medsos_desktop.sync.format import ProtocolViolation, Status
from medsos_desktop.sync.messages import (
    MSG_DEVICE_AWAITING_TRUST,
    MSG_DEVICE_FILE_NAME,
    MSG_DEVICE_FILE_OTHER_AGENCY,
    MSG_DEVICE_KEY_CHANGED,
    MSG_DEVICE_NOT_TRUSTED,
    MSG_DEVICE_OTHER_AGENCY,
    MSG_DEVICE_PINNED_ELSEWHERE,
    MSG_DEVICE_REJECTED,
    MSG_DEVICE_SEVERAL,
    MSG_KEY_NOT_PINNED,
    MSG_KEY_UNKNOWN,
    MSG_REVISION_AWAITING_TRUST,
)
from medsos_desktop.sync.records import DeviceRecord
from medsos_desktop.sync.trust import TrustList
from medsos_desktop.sync.verify import DeviceFileMissing


@dataclass
class DeviceKeys:
    """Device files found in the folder, where each id and key is registered, and the
    coordinator's pins (`trusted`): the key each revision is checked against.

    With pins, a device or key the coordinator has not trusted is "untrusted", a rejected
    or revoked one "rejected"; without them the device files are taken at their word.
    """

    trusted: TrustList | None = None
    records: dict[str, dict[str, DeviceRecord]] = field(default_factory=dict)
    id_agencies: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    key_agencies: dict[bytes, set[str]] = field(default_factory=lambda: defaultdict(set))
    # With pinning: device files showing another key than the pinned one, by device id.
    changed_keys: dict[str, DeviceRecord] = field(default_factory=dict)

    def add(self, record: DeviceRecord) -> None:
        self.records.setdefault(record.agency, {})[record.device_id] = record
        self.id_agencies[record.device_id].add(record.agency)
        self.key_agencies[record.public_key].add(record.agency)

    def several(self, device_id: str, key: bytes | None) -> set[str]:
        """Agencies sharing the id or the key, when there is more than one; else empty."""
        agencies = set(self.id_agencies.get(device_id, set()))
        if key is not None:
            agencies |= self.key_agencies.get(key, set())
        return agencies if len(agencies) > 1 else set()

    def admit(
        self, record: DeviceRecord, slug: str, device_id: str
    ) -> tuple[Status, str, dict[str, object]] | None:
        """Judge the device file `agencies/<slug>/devices/<device_id>.json` (parsed): the
        problem to report, or None. It is registered unless refused (a device awaiting
        trust is registered and reported)."""
        if record.device_id != device_id:
            return "invalid", MSG_DEVICE_FILE_NAME, {"device_id": record.device_id}
        if record.agency != slug:
            return (
                "unsafe",
                MSG_DEVICE_FILE_OTHER_AGENCY,
                {"agency": record.agency, "folder_agency": slug},
            )
        problem: tuple[Status, str, dict[str, object]] | None = None
        if self.trusted is not None:
            pin = self.trusted.get(device_id)
            if pin is not None and pin.agency is not None and pin.agency != slug:
                return (
                    "unsafe",
                    MSG_DEVICE_PINNED_ELSEWHERE,
                    {"device_id": device_id, "agency": slug, "pinned_agency": pin.agency},
                )
            if pin is not None and pin.public_key != record.public_key:
                self.changed_keys[device_id] = record
                return "tampered", MSG_DEVICE_KEY_CHANGED, {"device_id": device_id}
            if pin is None or pin.decision == "pending":
                # Registered, but awaiting trust: never valid by itself.
                problem = (
                    "untrusted",
                    MSG_DEVICE_AWAITING_TRUST,
                    {
                        "device_id": device_id,
                        "device_name": record.device_name,
                        "key_id": record.key_id,
                        "agency": slug,
                    },
                )
        self.add(record)
        return problem

    def shared_devices(self) -> list[tuple[DeviceRecord, set[str]]]:
        """Each device file whose id or key is registered for several agencies, with them."""
        found = []
        for records in self.records.values():
            for device_id, record in records.items():
                several = self.several(device_id, record.public_key)
                if several:
                    found.append((record, several))
        return found

    def resolve(self, device_id: str, key_id: str, agency: str) -> bytes:
        """The public key a revision of `agency` signed by `device_id` is checked against."""
        registered = self.id_agencies.get(device_id, set())
        key: bytes | None
        if self.trusted is not None:
            key = self.pinned_key(device_id, key_id, agency)
        else:
            record = self.records.get(agency, {}).get(device_id)
            if record is None and not registered:
                raise DeviceFileMissing(device_id, agency)
            key = record.public_key if record is not None else None
        if registered and agency not in registered:
            raise ProtocolViolation(
                "unsafe",
                MSG_DEVICE_OTHER_AGENCY,
                device_id=device_id,
                other=", ".join(sorted(registered)),
                agency=agency,
            )
        several = self.several(device_id, key)
        if several:
            raise ProtocolViolation(
                "unsafe",
                MSG_DEVICE_SEVERAL,
                device_id=device_id,
                agencies=", ".join(sorted(several)),
            )
        assert key is not None
        return key

    def pinned_key(self, device_id: str, key_id: str, agency: str) -> bytes:
        """The pinned key a revision is checked against; "untrusted" for a device or a
        changed key the coordinator has not trusted, "rejected" for one it refused."""
        assert self.trusted is not None
        pin = self.trusted.get(device_id)
        if pin is None:
            if device_id in self.records.get(agency, {}):
                raise ProtocolViolation(
                    "untrusted", MSG_REVISION_AWAITING_TRUST, device_id=device_id
                )
            raise ProtocolViolation("unknown_device", MSG_DEVICE_NOT_TRUSTED, device_id=device_id)
        if pin.agency is not None and pin.agency != agency:
            raise ProtocolViolation(
                "unsafe",
                MSG_DEVICE_OTHER_AGENCY,
                device_id=device_id,
                other=pin.agency,
                agency=agency,
            )
        if pin.decision in ("rejected", "revoked"):
            raise ProtocolViolation("rejected", MSG_DEVICE_REJECTED, device_id=device_id)
        if key_id != pin.key_id:
            changed = self.changed_keys.get(device_id)
            if changed is not None and (changed.agency, changed.key_id) == (agency, key_id):
                raise ProtocolViolation(
                    "untrusted",
                    MSG_KEY_NOT_PINNED,
                    key_id=key_id,
                    device_id=device_id,
                    pinned_key_id=pin.key_id,
                )
            raise ProtocolViolation(
                "unknown_device",
                MSG_KEY_UNKNOWN,
                key_id=key_id,
                device_id=device_id,
                known_key_id=pin.key_id,
            )
        if not pin.trusted:
            raise ProtocolViolation("untrusted", MSG_REVISION_AWAITING_TRUST, device_id=device_id)
        return pin.public_key
