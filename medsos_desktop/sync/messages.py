"""The words of every verdict the verifier gives and every line of a reader's report.

Kept apart from `verify.py`, which decides; each message is translatable
(QT_TRANSLATE_NOOP, context "Sync") and names its parameters in braces.
"""

from __future__ import annotations

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP

MSG_VALID = QT_TRANSLATE_NOOP("Sync", "{path} is valid (device {device_id}, sequence {sequence}).")
MSG_NO_MANIFEST = QT_TRANSLATE_NOOP(
    "Sync", "{path} has no manifest.json yet; its files may still be arriving."
)
MSG_NO_SIGNATURE = QT_TRANSLATE_NOOP(
    "Sync", "{path} has no manifest.sig yet; its files may still be arriving."
)
MSG_FILE_MISSING = QT_TRANSLATE_NOOP("Sync", "{path} is not complete yet: {file} has not arrived.")
MSG_FILE_SHORT = QT_TRANSLATE_NOOP(
    "Sync", "{path} is not complete yet: {file} has {found} of {expected} bytes."
)
MSG_UNREADABLE_NOW = QT_TRANSLATE_NOOP(
    "Sync", "{path} cannot be read right now ({reason}); it will be checked again."
)
MSG_JSON_TOO_BIG = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path} is {size} bytes; at most {limit} bytes are read. It was not read."
)
MSG_OTHER_AGENCY_MANIFEST = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is in the folder of {folder_agency}, but its manifest says it belongs to {agency}.",
)
MSG_WRONG_PLACE = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} holds the manifest of {claimed}: a signed revision was copied or moved here.",
)
MSG_DEVICE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, which is not registered for {agency}.",
)
MSG_DEVICE_NOT_ARRIVED = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, whose device file has not arrived in the folder "
    "of {agency} yet; it stays pending until the device file arrives, at most {days} days "
    "after the revision was signed.",
)
MSG_DEVICE_NOT_TRUSTED = QT_TRANSLATE_NOOP(
    "Sync", "{path} is signed by device {device_id}, which is not among the trusted devices."
)
MSG_KEY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Sync", "{path} names key {key_id}, but the known key of device {device_id} is {known_key_id}."
)
MSG_DEVICE_OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id} of {other}, which may not publish for {agency}.",
)
MSG_DEVICE_SEVERAL = QT_TRANSLATE_NOOP(
    "Sync",
    "Device {device_id} or its key is registered for more than one agency ({agencies}); "
    "nothing it signs is trusted.",
)
MSG_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Sync",
    "The signature of {path} does not match its manifest: the manifest was changed, or "
    "signed with another key.",
)
MSG_SIGNATURE_SIZE = QT_TRANSLATE_NOOP(
    "Sync", "manifest.sig in {path} is {size} bytes; an Ed25519 signature is 64."
)
MSG_SIZE_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path} is {found} bytes, but the signed manifest says {expected}."
)
MSG_HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path} does not match the sha256 in the signed manifest."
)
MSG_UNLISTED = QT_TRANSLATE_NOOP(
    "Sync", "{path} holds {file}, which its signed manifest does not list."
)
MSG_TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP("Sync", "{path} holds more than {limit} entries.")
MSG_POST_NOT_OBJECT = QT_TRANSLATE_NOOP("Sync", "post.json in {path} is not a JSON object.")
MSG_REPLAY_DUPLICATE = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} reuses sequence number {sequence} of device {device_id}, also used by {other}: "
    "one of them is replayed, or two PCs share a device identity.",
)
MSG_REPLAY_OLDER = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} has sequence number {sequence}, not greater than {earlier_sequence} of the "
    "earlier revision {earlier} from the same device: it is replayed.",
)
MSG_CONFLICT_COPY = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is a conflict copy made by a sync program; it is ignored and never trusted. "
    "Delete it once the original is valid.",
)
MSG_LINK = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is a link or a special file; links are never followed in the central folder.",
)
MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Sync", "{path} is not part of the central folder layout; it is ignored."
)
MSG_DEVICE_FILE_OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "Sync",
    "The device file {path} says it belongs to {agency}, but it is in the folder of "
    "{folder_agency}.",
)
MSG_DEVICE_FILE_NAME = QT_TRANSLATE_NOOP(
    "Sync", "The device file {path} describes device {device_id}, not the one its name says."
)
MSG_DEVICE_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "Sync",
    "The key of device {device_id} in {path} is not its pinned key: the device file was "
    "replaced. Its revisions are still checked against the pinned key.",
)

# With pinned keys (a trust file): what is not, or not yet, trusted by the coordinator.
MSG_DEVICE_AWAITING_TRUST = QT_TRANSLATE_NOOP(
    "Sync",
    "The device file {path} registers device {device_id} ({device_name}, key {key_id}) for "
    "{agency}, but the coordinator has not trusted it: nothing it signs is valid until the "
    "coordinator compares its fingerprint with the agency and trusts it.",
)


MSG_REVISION_AWAITING_TRUST = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, which the coordinator has not trusted yet; it "
    "is not valid until the device is trusted.",
)
MSG_KEY_NOT_PINNED = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed with key {key_id}, which the replaced device file of {device_id} "
    "shows instead of its pinned key {pinned_key_id}; it is not valid unless the "
    "coordinator trusts the new key.",
)
MSG_DEVICE_REJECTED = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, which the coordinator rejected or revoked; it "
    "is not valid.",
)
MSG_DEVICE_PINNED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Sync",
    "The device file {path} registers device {device_id} for {agency}, but the coordinator "
    "pinned it for {pinned_agency}.",
)

# Shared items.
MSG_SHARED_VALID = QT_TRANSLATE_NOOP(
    "Sync", "{path} is valid (coordinator {coordinator_id}, sequence {sequence})."
)


MSG_ITEM_NOT_OBJECT = QT_TRANSLATE_NOOP("Sync", "item.json in {path} is not a JSON object.")
MSG_SHARED_OTHER_SIGNER = QT_TRANSLATE_NOOP(
    "Sync", "{path} is signed by {coordinator_id}, which is not the coordinator ({expected})."
)
MSG_SHARED_KEY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Sync", "{path} names key {key_id}, but the coordinator's key is {known_key_id}."
)
