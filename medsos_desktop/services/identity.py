"""This computer's device identity: the Ed25519 key pair that signs what it sends centrally.

The public half (device id, name, public key) is kept in `device.json` in the data folder,
because the central folder and the settings screen need it without any secret. The private
half goes into the operating system's password store through `keyring`. When the computer
has no safe password store, `create()` refuses and explains; keeping the key in a
passphrase-protected file instead is a separate call the user must choose
(`create_with_passphrase`). A key is never written in plain text.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import re
import secrets
import socket
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import keyring
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, UserFacingError, render_message
from medsos_desktop.fileio import fsync_dir, write_new
from medsos_desktop.sync.format import key_id_for
from medsos_desktop.sync.sealed import BoxKeyPair, box_keys_from_signing_seed

log = logging.getLogger(__name__)

SERVICE_NAME = "Medsos Desktop"
IDENTITY_FILE = "device.json"
KEY_FILE = "device-key.pem"
FORMAT_VERSION = 1
MIN_PASSPHRASE = 10
MAX_PASSPHRASE = 256  # characters; bounds the work of a pasted novel
MAX_DEVICE_NAME = 100
MAX_IDENTITY_FILE = 64 * 1024

Storage = Literal["keyring", "passphrase-file"]
_STORAGES: tuple[Storage, ...] = ("keyring", "passphrase-file")
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")

# PKCS#8 encryption in `cryptography` stretches the passphrase with only 2,048 rounds of
# PBKDF2, cheap to guess offline; scrypt in front makes each guess cost ~32 MiB and tens of ms.
# SCRYPT_N is the cost given to new key files (each file records its own, so a file made
# under another cost still opens); public so tests that make many keys can lower it.
SCRYPT_N = 2**15
_SCRYPT_R = 8
_SCRYPT_P = 1

_CTX = "Identity"

# --- what the settings screen says about the password store -------------------------------
MSG_STORE_OK = QT_TRANSLATE_NOOP(
    "Identity", "Secret keys are kept in this computer's password store."
)
MSG_STORE_MISSING = QT_TRANSLATE_NOOP(
    "Identity",
    "This computer has no password store, so secret keys cannot be kept safely in it.",
)
MSG_STORE_DISABLED = QT_TRANSLATE_NOOP(
    "Identity",
    "The password store has been turned off for Medsos Desktop on this computer, so "
    "secret keys cannot be kept in it.",
)
MSG_STORE_PLAIN_FILE = QT_TRANSLATE_NOOP(
    "Identity",
    "The password store in use keeps secrets in an ordinary file rather than in the "
    "operating system's protected store, so secret keys are not kept in it.",
)
MSG_STORE_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Identity",
    "This computer's password store cannot be reached right now. It may be locked or not "
    "running; logging out and in again usually helps.",
)

# --- errors ----------------------------------------------------------------------------------
MSG_NOT_READ_BACK = QT_TRANSLATE_NOOP("Identity", "the key could not be read back after saving")
MSG_NO_SECURE_KEYRING = QT_TRANSLATE_NOOP(
    "Identity",
    "Medsos Desktop needs a safe place on this computer for its secret signing key, which "
    "proves that the posts sent to the central folder come from this computer. This computer "
    "has no password store to keep it in (found: {backend}), so the key has not been created. "
    "You can choose to keep the key in a file protected by a passphrase instead; you will then "
    "type that passphrase each time you send posts.",
)
MSG_KEYRING_FAILED = QT_TRANSLATE_NOOP(
    "Identity",
    "The password store of this computer ({backend}) could not be used: {reason}. Make sure "
    "you are logged in and the password store is unlocked, then try again.",
)
MSG_KEY_NOT_IN_KEYRING = QT_TRANSLATE_NOOP(
    "Identity",
    "The signing key of this computer is not in its password store ({backend}). This happens "
    "when the data folder was copied or restored onto another computer, or when the password "
    "store was reset. Set up a new device identity on this computer; posts already sent stay "
    "valid.",
)
MSG_KEY_FILE_MISSING = QT_TRANSLATE_NOOP(
    "Identity",
    "The key file {path} is missing. Restore it from a backup, or set up a new device "
    "identity on this computer; posts already sent stay valid.",
)
MSG_KEY_DAMAGED = QT_TRANSLATE_NOOP(
    "Identity",
    "The signing key of this computer is damaged and cannot be used. Restore the data folder "
    "from a backup, or set up a new device identity on this computer; posts already sent stay "
    "valid.",
)
MSG_KEY_FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "Identity",
    "The key file {path} is damaged and cannot be used. Restore it from a backup, or set up a "
    "new device identity on this computer; posts already sent stay valid.",
)
MSG_KEY_MISMATCH = QT_TRANSLATE_NOOP(
    "Identity",
    "The signing key found on this computer does not belong to its device identity (key "
    "{key_id}); it may come from another installation. Set up a new device identity on this "
    "computer; posts already sent stay valid.",
)
MSG_PASSPHRASE_REQUIRED = QT_TRANSLATE_NOOP(
    "Identity",
    "The signing key of this computer is protected by a passphrase. Type the passphrase to "
    "continue.",
)
MSG_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Identity",
    "The passphrase is not correct. Type it again, paying attention to capital letters.",
)
MSG_PASSPHRASE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Identity",
    "The passphrase must be at least {minimum} characters long. A short sentence you can "
    "remember works well.",
)
MSG_PASSPHRASE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Identity", "The passphrase is too long: use at most {maximum} characters."
)
MSG_IDENTITY_DAMAGED = QT_TRANSLATE_NOOP(
    "Identity",
    "The device identity file {path} is damaged ({reason}) and has been left as it is. "
    "Restore it from a backup, or set up a new device identity on this computer (the damaged "
    "file is kept aside).",
)
MSG_IDENTITY_NEWER = QT_TRANSLATE_NOOP(
    "Identity",
    "The device identity file {path} was written by a newer version of Medsos Desktop. "
    "Update Medsos Desktop on this computer; this version will not change the file.",
)
MSG_IDENTITY_EXISTS = QT_TRANSLATE_NOOP(
    "Identity",
    "This computer already has a device identity (device {device_id}). It has not been replaced.",
)
MSG_NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Identity", "This computer has no device identity yet. Set one up in the settings first."
)
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Identity", "The device identity could not be saved in {path}: {reason}."
)


class IdentityError(UserFacingError):
    """Anything about the device identity the user can act on."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)

    def render(self, translate: Translate | None = None) -> str:
        # The password store's name and our own reasons are words too ("none found").
        params = dict(self.params)
        if translate is not None:
            for key in ("backend", "reason"):
                if isinstance(params.get(key), str):
                    params[key] = translate(_CTX, params[key])
        return render_message(self.message, params, self.context, translate)


class NoSecureKeyring(IdentityError):
    """No safe password store: the UI offers the passphrase-file choice."""

    def __init__(self, status: KeyringStatus) -> None:
        super().__init__(MSG_NO_SECURE_KEYRING, backend=status.backend)
        self.status = status


class KeyringUnavailable(IdentityError):
    """The password store exists but refused or failed: try again later."""


class KeyMissing(IdentityError):
    """The private key is not where device.json says (restored data folder on a new PC)."""


class DamagedKey(IdentityError):
    """The stored private key cannot be read."""


class KeyMismatch(DamagedKey):
    """The stored private key is valid but belongs to another public key."""


class PassphraseRequired(IdentityError):
    """The key is in a passphrase file and no passphrase was given."""


class WrongPassphrase(IdentityError):
    pass


class WeakPassphrase(IdentityError):
    pass


class DamagedIdentity(IdentityError):
    """device.json cannot be trusted; it is never rewritten on our own."""


class IdentityExists(IdentityError):
    """create() never replaces an identity; retire() the old one first."""


class NoIdentity(IdentityError):
    pass


# --- the password store ------------------------------------------------------------------------

_FRIENDLY_NAMES = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring)",
    "keyring.backends.libsecret.Keyring": "libsecret (GNOME Keyring)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
    # No product to name: said in words, translated where shown (`backend_label`).
    "keyring.backends.fail.Keyring": QT_TRANSLATE_NOOP("Identity", "none found"),
    "keyring.backends.null.Keyring": QT_TRANSLATE_NOOP("Identity", "turned off"),
}


@dataclass(frozen=True)
class KeyringStatus:
    """What the settings screen shows about where secret keys are kept.

    `detail` is an English source text marked for translation in the "Identity" context;
    `render()` shows it in the user's language.
    """

    backend: str  # a name for people, e.g. "Windows Credential Manager"
    usable: bool  # can store and read secrets now
    secure: bool  # False for the fail, null and plain-file backends
    detail: str
    backend_class: str = ""  # module.Class, for IT staff and logs

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.detail, {}, _CTX, translate)

    def backend_label(self, translate: Translate | None = None) -> str:
        """The store's name for people: a product name, or "none found" translated."""
        return translate(_CTX, self.backend) if translate else self.backend


def _qualified(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _display_name(backend: KeyringBackend) -> str:
    qualified = _qualified(backend)
    if qualified in _FRIENDLY_NAMES:
        return _FRIENDLY_NAMES[qualified]
    try:
        return str(backend.name)
    except Exception:  # a third-party backend's name property; only a label
        return type(backend).__name__


def keyring_status(backend: KeyringBackend | None = None) -> KeyringStatus:
    """Judge the password store in use (or `backend`) without touching any secret."""
    if backend is None:
        backend = keyring.get_keyring()
    name, qualified = _display_name(backend), _qualified(backend)

    def status(usable: bool, secure: bool, detail: str) -> KeyringStatus:
        return KeyringStatus(name, usable, secure, detail, qualified)

    if isinstance(backend, chainer.ChainerBackend):
        # The chainer writes to the first backend that accepts: all of them must be safe.
        parts = [keyring_status(b) for b in backend.backends]
        if not parts:
            return status(False, False, MSG_STORE_MISSING)
        worst = next((p for p in parts if not (p.secure and p.usable)), None)
        if worst is not None:
            return status(worst.usable, worst.secure, worst.detail)
        return status(True, True, MSG_STORE_OK)
    if isinstance(backend, fail.Keyring):
        return status(False, False, MSG_STORE_MISSING)
    if isinstance(backend, null.Keyring):
        return status(False, False, MSG_STORE_DISABLED)
    if qualified.startswith("keyrings.alt.") or "plaintext" in qualified.lower():
        # keyrings.alt keeps secrets in files: in plain text, or encrypted with a
        # password asked for on a terminal the desktop app does not have.
        return status(True, False, MSG_STORE_PLAIN_FILE)
    try:
        priority = type(backend).priority
    except Exception as exc:  # keyring's contract: priority raises when not usable here
        log.warning("password store %s not usable: %s", qualified, exc)
        return status(False, True, MSG_STORE_UNREACHABLE)
    if priority <= 0:
        return status(False, False, MSG_STORE_MISSING)
    return status(True, True, MSG_STORE_OK)


# --- the identity ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceIdentity:
    """The public facts about this computer's key; safe to show and to publish."""

    device_id: str  # uuid4 hex
    device_name: str
    public_key: bytes  # raw 32-byte Ed25519
    key_id: str  # first 16 hex digits of sha256(public_key)
    storage: Storage

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")


class DeviceSigner:
    """Signs with this computer's private key; holds the key only in memory."""

    __slots__ = ("_key", "device_id", "key_id", "public_key")

    def __init__(self, identity: DeviceIdentity, key: Ed25519PrivateKey) -> None:
        self.device_id = identity.device_id
        self.key_id = identity.key_id
        self.public_key = identity.public_key
        self._key = key

    def sign(self, data: bytes) -> bytes:
        """A detached 64-byte Ed25519 signature of exactly `data`."""
        return self._key.sign(data)

    def box_keys(self) -> BoxKeyPair:
        """This computer's encryption key pair, derived from its signing key: review
        requests and reviewers' comments are sealed to it (sync/sealed.py)."""
        seed = self._key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return box_keys_from_signing_seed(seed)

    def __repr__(self) -> str:
        return f"DeviceSigner(device_id={self.device_id!r}, key_id={self.key_id!r})"


def _keyring_username(device_id: str) -> str:
    return f"device-key:{device_id}"


def _default_device_name(device_id: str) -> str:
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return host.strip() or f"PC {device_id[:8]}"


def _clean_device_name(name: str) -> str:
    """One line of printable text: the name is shown in the coordinator's lists."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in name)
    return " ".join(cleaned.split())[:MAX_DEVICE_NAME]


def _normalise_passphrase(passphrase: str) -> bytes:
    """Same bytes whichever way the characters were typed (composed or not)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    derived = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_normalise_passphrase(passphrase))
    # The PEM's own password: printable, so `openssl pkey` can open it given this value.
    return base64.b64encode(derived)


def _write_new_file(path: Path, data: bytes) -> None:
    """A file that must not exist yet (the key, the identity): complete on disk before it
    appears, owner-only, in a folder made first if missing (`fileio.write_new`).

    Raises FileExistsError rather than replacing anything.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    write_new(path, data, mode=0o600)


def _utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


# Key files unlocked with their passphrase in this process, by file and public key.
_UNLOCKED: dict[tuple[str, bytes], Ed25519PrivateKey] = {}


class IdentityService:
    """Create, load and use this computer's device identity in `data_dir`."""

    def __init__(self, data_dir: Path, *, keyring_backend: KeyringBackend | None = None) -> None:
        self.data_dir = Path(data_dir)
        self._backend = keyring_backend if keyring_backend is not None else keyring.get_keyring()

    @property
    def identity_path(self) -> Path:
        return self.data_dir / IDENTITY_FILE

    @property
    def key_path(self) -> Path:
        return self.data_dir / KEY_FILE

    def keyring_status(self) -> KeyringStatus:
        return keyring_status(self._backend)

    # -- reading --------------------------------------------------------------------------

    def load(self) -> DeviceIdentity | None:
        """The identity in device.json, or None when none was set up yet."""
        record = self._read_record()
        return None if record is None else record[0]

    def _read_record(self) -> tuple[DeviceIdentity, dict[str, Any]] | None:
        path = self.identity_path
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_IDENTITY_FILE + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DamagedIdentity(MSG_IDENTITY_DAMAGED, path=path, reason=exc.strerror) from exc
        if len(raw) > MAX_IDENTITY_FILE:
            raise self._damaged("the file is far too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise self._damaged("not readable JSON") from exc
        if not isinstance(data, dict):
            raise self._damaged("not a JSON object")
        version = data.get("format")
        if not isinstance(version, int) or isinstance(version, bool):
            raise self._damaged("no format version")
        if version > FORMAT_VERSION:
            raise DamagedIdentity(MSG_IDENTITY_NEWER, path=path)
        device_id, name, storage = (
            data.get("device_id"),
            data.get("device_name"),
            data.get("storage"),
        )
        key_id, public_b64 = data.get("key_id"), data.get("public_key")
        if not isinstance(device_id, str) or not _DEVICE_ID.fullmatch(device_id):
            raise self._damaged("device id")
        if not isinstance(name, str):
            raise self._damaged("device name")
        if storage not in _STORAGES:
            raise self._damaged("key storage")
        try:
            public_key = base64.b64decode(str(public_b64), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise self._damaged("public key") from exc
        if len(public_key) != 32 or key_id != key_id_for(public_key):
            raise self._damaged("public key")
        try:
            Ed25519PublicKey.from_public_bytes(public_key)
        except ValueError as exc:
            raise self._damaged("public key") from exc
        if storage == "passphrase-file" and not isinstance(data.get("key_file"), dict):
            raise self._damaged("key file details")
        identity = DeviceIdentity(device_id, name, public_key, key_id, storage)
        return identity, data

    def _damaged(self, reason: str) -> DamagedIdentity:
        return DamagedIdentity(MSG_IDENTITY_DAMAGED, path=self.identity_path, reason=reason)

    def _require_record(self) -> tuple[DeviceIdentity, dict[str, Any]]:
        record = self._read_record()
        if record is None:
            raise NoIdentity(MSG_NO_IDENTITY)
        return record

    # -- creating -------------------------------------------------------------------------

    def _ensure_no_identity(self) -> None:
        """Refuse to create over anything already there, damaged or not."""
        if self.identity_path.exists():
            existing = self.load()  # a damaged file raises DamagedIdentity: it stays as it is
            device_id = existing.device_id if existing else "?"
            raise IdentityExists(MSG_IDENTITY_EXISTS, device_id=device_id)

    def create(self, device_name: str | None = None) -> DeviceIdentity:
        """Make a key pair and keep the private key in the password store.

        Raises NoSecureKeyring, without writing anything, when there is no safe store: the
        key is never put in a file unless the user chose create_with_passphrase().
        """
        self._ensure_no_identity()
        status = self.keyring_status()
        if not (status.secure and status.usable):
            raise NoSecureKeyring(status)
        key = Ed25519PrivateKey.generate()
        device_id = uuid.uuid4().hex
        username = _keyring_username(device_id)
        secret = base64.b64encode(
            key.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
        ).decode("ascii")
        try:
            self._backend.set_password(SERVICE_NAME, username, secret)
            stored = self._backend.get_password(SERVICE_NAME, username)
        except Exception as exc:  # third-party backends raise their own errors
            log.warning("password store %s refused the key: %r", status.backend_class, exc)
            raise KeyringUnavailable(
                MSG_KEYRING_FAILED, backend=status.backend, reason=str(exc) or type(exc).__name__
            ) from exc
        if stored != secret:
            self._forget_keyring_entry(username)
            raise KeyringUnavailable(
                MSG_KEYRING_FAILED, backend=status.backend, reason=MSG_NOT_READ_BACK
            )
        identity = self._identity(device_id, device_name, key, "keyring")
        try:
            self._write_identity(identity, {})
        except BaseException:
            self._forget_keyring_entry(username)
            raise
        log.info("device identity %s created; key in %s", device_id, status.backend_class)
        return identity

    def create_with_passphrase(
        self, passphrase: str, device_name: str | None = None
    ) -> DeviceIdentity:
        """The user's explicit choice: keep the key in a passphrase-encrypted file.

        The file is PKCS#8 PEM encrypted with BestAvailableEncryption, under a password
        stretched from the passphrase with scrypt (salt and costs in device.json).
        """
        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase(MSG_PASSPHRASE_TOO_SHORT, minimum=MIN_PASSPHRASE)
        if len(passphrase) > MAX_PASSPHRASE:
            raise WeakPassphrase(MSG_PASSPHRASE_TOO_LONG, maximum=MAX_PASSPHRASE)
        self._ensure_no_identity()
        if self.key_path.exists():
            # Left by a setup that stopped before device.json was written: keep it, aside.
            aside = self.key_path.with_name(f"{KEY_FILE}.orphan-{_utc_stamp()}")
            log.warning("moving an unused key file aside to %s", aside)
            self._rename(self.key_path, aside)
        key = Ed25519PrivateKey.generate()
        device_id = uuid.uuid4().hex
        salt = secrets.token_bytes(16)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(
                _stretch(passphrase, salt, SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
            ),
        )
        key_file = {
            "name": KEY_FILE,
            "sha256": hashlib.sha256(pem).hexdigest(),
            "kdf": {
                "name": "scrypt",
                "salt": base64.b64encode(salt).decode("ascii"),
                "n": SCRYPT_N,
                "r": _SCRYPT_R,
                "p": _SCRYPT_P,
            },
        }
        try:
            _write_new_file(self.key_path, pem)
        except OSError as exc:
            raise IdentityError(
                MSG_WRITE_FAILED, path=self.key_path, reason=exc.strerror or str(exc)
            ) from exc
        identity = self._identity(device_id, device_name, key, "passphrase-file")
        try:
            self._write_identity(identity, {"key_file": key_file})
        except BaseException:
            self.key_path.unlink(missing_ok=True)  # ours, written just above, unused
            raise
        log.info("device identity %s created; key in a passphrase file", device_id)
        return identity

    def _identity(
        self, device_id: str, device_name: str | None, key: Ed25519PrivateKey, storage: Storage
    ) -> DeviceIdentity:
        public_key = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        name = _clean_device_name(device_name or "") or _default_device_name(device_id)
        return DeviceIdentity(device_id, name, public_key, key_id_for(public_key), storage)

    def _write_identity(self, identity: DeviceIdentity, extra: dict[str, Any]) -> None:
        record = {
            "format": FORMAT_VERSION,
            "device_id": identity.device_id,
            "device_name": identity.device_name,
            "public_key": identity.public_key_b64,
            "key_id": identity.key_id,
            "storage": identity.storage,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            **extra,
        }
        data = json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            _write_new_file(self.identity_path, data)
        except FileExistsError as exc:  # another process got there first
            raise IdentityExists(MSG_IDENTITY_EXISTS, device_id="?") from exc
        except OSError as exc:
            raise IdentityError(
                MSG_WRITE_FAILED, path=self.identity_path, reason=exc.strerror or str(exc)
            ) from exc

    def _forget_keyring_entry(self, username: str) -> None:
        """Best effort: remove a key that no device.json will ever point at."""
        try:
            self._backend.delete_password(SERVICE_NAME, username)
        except Exception as exc:  # already gone, or the store is failing: nothing to lose
            log.info("could not remove unused keyring entry %s: %r", username, exc)

    def retire(self) -> list[Path]:
        """Move the current identity files aside (never deleting) so a new one can be made.

        For a lost or damaged key; the keyring entry is left, so restoring the files brings
        the old identity back.
        """
        stamp = _utc_stamp()
        moved = []
        for path in (self.identity_path, self.key_path):
            if path.exists():
                target = path.with_name(f"{path.name}.retired-{stamp}")
                self._rename(path, target)
                moved.append(target)
        return moved

    def _rename(self, source: Path, target: Path) -> None:
        try:
            if target.exists():
                raise FileExistsError(str(target))
            os.rename(source, target)
        except OSError as exc:
            raise IdentityError(
                MSG_WRITE_FAILED, path=source, reason=exc.strerror or str(exc)
            ) from exc
        fsync_dir(source.parent)

    # -- using ------------------------------------------------------------------------------

    def obtain_signer(
        self, passphrase: str | None = None, create_file: bool = False
    ) -> tuple[DeviceIdentity, DeviceSigner]:
        """This computer's identity and signer, the identity made the first time it is needed:
        in the password store, or in a key file protected by `passphrase` when the user chose
        that (`create_file`). Raises NoSecureKeyring (no password store: ask whether to make
        a key file), PassphraseRequired or WrongPassphrase (ask for the passphrase)."""
        identity = self.load()
        if identity is None:
            if create_file and passphrase:
                identity = self.create_with_passphrase(passphrase)
            else:
                identity = self.create()
        return identity, self.signer(passphrase)

    def signer(self, passphrase: str | None = None) -> DeviceSigner:
        """Load the private key from wherever device.json says it is, checked against it.

        A key file unlocked once with its passphrase stays unlocked for this process: sync,
        the settings and the review collection then need no passphrase of their own (the
        user types it once a session, as with a password store). A passphrase given is
        always checked."""
        identity, record = self._require_record()
        unlocked = (str(self.key_path.resolve()), identity.public_key)
        if identity.storage == "keyring":
            key = self._key_from_keyring(identity)
        elif not passphrase and unlocked in _UNLOCKED:
            key = _UNLOCKED[unlocked]
        else:
            key = self._key_from_file(record, passphrase)
        public_key = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        if public_key != identity.public_key:
            raise KeyMismatch(MSG_KEY_MISMATCH, key_id=key_id_for(public_key))
        if identity.storage != "keyring":
            _UNLOCKED[unlocked] = key
        return DeviceSigner(identity, key)

    @staticmethod
    def forget_unlocked() -> None:
        """Lock every key file again (what ending the app does): the passphrase is asked
        at the next use."""
        _UNLOCKED.clear()

    def _key_from_keyring(self, identity: DeviceIdentity) -> Ed25519PrivateKey:
        status = self.keyring_status()
        if not status.usable:
            raise KeyringUnavailable(
                MSG_KEYRING_FAILED, backend=status.backend, reason=status.render()
            )
        try:
            secret = self._backend.get_password(SERVICE_NAME, _keyring_username(identity.device_id))
        except Exception as exc:  # third-party backends raise their own errors
            log.warning("password store %s failed: %r", status.backend_class, exc)
            raise KeyringUnavailable(
                MSG_KEYRING_FAILED, backend=status.backend, reason=str(exc) or type(exc).__name__
            ) from exc
        if secret is None:
            raise KeyMissing(MSG_KEY_NOT_IN_KEYRING, backend=status.backend)
        try:
            raw = base64.b64decode(secret, validate=True)
            return Ed25519PrivateKey.from_private_bytes(raw)
        except (binascii.Error, ValueError) as exc:
            raise DamagedKey(MSG_KEY_DAMAGED) from exc

    def _key_from_file(self, record: dict[str, Any], passphrase: str | None) -> Ed25519PrivateKey:
        path = self.key_path
        damaged = DamagedKey(MSG_KEY_FILE_DAMAGED, path=path)
        key_file = record["key_file"]
        kdf = key_file.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise self._damaged("key file details")
        try:
            expected_sha = str(key_file["sha256"])
            salt = base64.b64decode(str(kdf["salt"]), validate=True)
            n, r, p = (int(kdf[k]) for k in ("n", "r", "p"))
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise self._damaged("key file details") from exc
        if not (2 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16 and len(salt) >= 8):
            raise self._damaged("key file details")  # hostile costs would hang the app
        if not passphrase:
            raise PassphraseRequired(MSG_PASSPHRASE_REQUIRED)
        try:
            pem = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyMissing(MSG_KEY_FILE_MISSING, path=path) from exc
        except OSError as exc:
            raise damaged from exc
        # A changed file and a wrong passphrase both fail decryption the same way; the
        # checksum tells them apart, so the user is not asked again for a good passphrase.
        if hashlib.sha256(pem).hexdigest() != expected_sha:
            raise damaged
        try:
            key = serialization.load_pem_private_key(pem, _stretch(passphrase, salt, n, r, p))
        except ValueError as exc:
            raise WrongPassphrase(MSG_WRONG_PASSPHRASE) from exc
        except (TypeError, UnicodeError) as exc:
            raise damaged from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise damaged
        return key

    def verify(self, data: bytes, signature: bytes) -> bool:
        """Whether `signature` over `data` was made by this computer's key."""
        identity, _ = self._require_record()
        try:
            Ed25519PublicKey.from_public_bytes(identity.public_key).verify(signature, data)
        except InvalidSignature:
            return False
        return True
