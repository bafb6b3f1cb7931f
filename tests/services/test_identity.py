"""Device identity: the private key lives in the password store, or in a passphrase file the
user chose; never in plain text, never replaced silently."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
from pathlib import Path

import keyring
import keyring.core
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.services import identity as identity_module
from medsos_desktop.services.identity import (
    SERVICE_NAME,
    DamagedIdentity,
    DamagedKey,
    IdentityExists,
    IdentityService,
    KeyMismatch,
    KeyMissing,
    KeyringUnavailable,
    NoIdentity,
    NoSecureKeyring,
    PassphraseRequired,
    WeakPassphrase,
    WrongPassphrase,
    key_id_for,
    keyring_status,
)

PASSPHRASE = "kopi tubruk pagi hari"


class MemoryKeyring(KeyringBackend):
    """A password store that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's file backend, which keyring finds at a low priority."""

    priority = 0.5  # type: ignore[assignment]


class RefusingKeyring(MemoryKeyring):
    """A real store that says no, as a locked Secret Service collection does."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("collection is locked")


# keyring registers every backend class it sees; keep ours out of its automatic choice so
# no other test can end up with it by accident.
for _cls in (MemoryKeyring, PlaintextKeyring, RefusingKeyring):
    getattr(KeyringBackend, "_classes", set()).discard(_cls)


@pytest.fixture
def store() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def service(data_dir: Path, store: MemoryKeyring) -> IdentityService:
    return IdentityService(data_dir, keyring_backend=store)


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real cost is tens of milliseconds per call; these tests make many calls."""
    monkeypatch.setattr(identity_module, "SCRYPT_N", 2**10)


def _files_bytes(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _assert_secret_in_no_file(folder: Path, raw: bytes) -> None:
    b64 = base64.b64encode(raw)
    urlsafe = base64.urlsafe_b64encode(raw)
    unencrypted_der = Ed25519PrivateKey.from_private_bytes(raw).private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    files = _files_bytes(folder)
    assert files, "expected at least device.json"
    for path, content in files.items():
        for needle in (raw, b64, urlsafe, raw.hex().encode(), unencrypted_der):
            assert needle not in content, f"private key found in {path}"


def _raw_from_store(store: MemoryKeyring, device_id: str) -> bytes:
    return base64.b64decode(store.secrets[(SERVICE_NAME, f"device-key:{device_id}")])


# --- the password store -------------------------------------------------------------------


def test_create_keeps_the_key_in_the_keyring_only(
    service: IdentityService, store: MemoryKeyring, data_dir: Path
) -> None:
    identity = service.create("PC Humas 1")

    assert len(identity.device_id) == 32 and int(identity.device_id, 16) >= 0
    assert identity.device_name == "PC Humas 1"
    assert len(identity.public_key) == 32
    assert identity.key_id == key_id_for(identity.public_key) and len(identity.key_id) == 16
    assert identity.storage == "keyring"
    assert list(store.secrets) == [(SERVICE_NAME, f"device-key:{identity.device_id}")]
    raw = _raw_from_store(store, identity.device_id)
    assert len(raw) == 32
    public = Ed25519PrivateKey.from_private_bytes(raw).public_key()
    assert public.public_bytes_raw() == identity.public_key
    assert not (data_dir / "device-key.pem").exists()
    _assert_secret_in_no_file(data_dir, raw)


def test_reload_in_a_new_instance_signs_and_verifies(
    service: IdentityService, store: MemoryKeyring, data_dir: Path
) -> None:
    created = service.create()
    again = IdentityService(data_dir, keyring_backend=store)

    assert again.load() == created
    signer = again.signer()
    assert (signer.device_id, signer.key_id) == (created.device_id, created.key_id)
    signature = signer.sign(b"manifest bytes")
    assert len(signature) == 64
    assert again.verify(b"manifest bytes", signature)
    assert not again.verify(b"manifest bytes!", signature)
    assert not again.verify(b"manifest bytes", bytes(64))
    Ed25519PublicKey.from_public_bytes(created.public_key).verify(signature, b"manifest bytes")
    assert base64.b64encode(_raw_from_store(store, created.device_id)).decode() not in repr(signer)


def test_device_name_defaults_to_the_host_name_and_is_one_clean_line(
    service: IdentityService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(identity_module.socket, "gethostname", lambda: "DISKOMINFO-PC07")
    assert service.create().device_name == "DISKOMINFO-PC07"

    other = IdentityService(tmp_path / "other", keyring_backend=MemoryKeyring())
    assert other.create("  Laptop\n lapangan\t ").device_name == "Laptop lapangan"


def test_default_backend_is_the_one_keyring_was_set_to(data_dir: Path) -> None:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        identity = IdentityService(data_dir).create()
        assert keyring_status().backend_class.endswith("MemoryKeyring")
    finally:
        keyring.set_keyring(previous)

    assert (SERVICE_NAME, f"device-key:{identity.device_id}") in memory.secrets


@pytest.mark.parametrize("backend_cls", [fail.Keyring, null.Keyring, PlaintextKeyring])
def test_no_safe_keyring_refuses_and_writes_nothing(
    data_dir: Path, backend_cls: type[KeyringBackend]
) -> None:
    backend = backend_cls()
    service = IdentityService(data_dir, keyring_backend=backend)

    with pytest.raises(NoSecureKeyring) as caught:
        service.create()

    assert isinstance(caught.value, UserFacingError)
    text = caught.value.render()
    assert "password store" in text and "passphrase" in text
    assert caught.value.status.secure is False
    assert not data_dir.exists() or _files_bytes(data_dir) == {}
    assert service.load() is None
    if isinstance(backend, MemoryKeyring):  # the one of the three that could store
        assert backend.secrets == {}


def test_a_refusing_keyring_is_reported_and_leaves_nothing(data_dir: Path) -> None:
    service = IdentityService(data_dir, keyring_backend=RefusingKeyring())
    with pytest.raises(KeyringUnavailable, match="collection is locked"):
        service.create()
    assert service.load() is None


def test_key_missing_from_the_keyring_of_another_pc(
    service: IdentityService, data_dir: Path
) -> None:
    """The data folder restored from a backup onto a new computer: its keyring is empty."""
    service.create()
    new_pc = IdentityService(data_dir, keyring_backend=MemoryKeyring())

    with pytest.raises(KeyMissing) as caught:
        new_pc.signer()

    assert "another computer" in caught.value.render()
    assert new_pc.load() is not None  # the public record is still there, untouched


def test_keyring_gone_when_signing_is_reported(service: IdentityService, data_dir: Path) -> None:
    service.create()
    with pytest.raises(KeyringUnavailable):
        IdentityService(data_dir, keyring_backend=fail.Keyring()).signer()


def test_damaged_key_in_the_keyring(service: IdentityService, store: MemoryKeyring) -> None:
    identity = service.create()
    store.secrets[(SERVICE_NAME, f"device-key:{identity.device_id}")] = "not base64 at all!"
    with pytest.raises(DamagedKey):
        service.signer()
    store.secrets[(SERVICE_NAME, f"device-key:{identity.device_id}")] = "AAAA"  # 3 bytes
    with pytest.raises(DamagedKey):
        service.signer()


def test_a_key_that_belongs_to_another_identity(
    service: IdentityService, store: MemoryKeyring
) -> None:
    identity = service.create()
    stranger = Ed25519PrivateKey.generate().private_bytes_raw()
    store.secrets[(SERVICE_NAME, f"device-key:{identity.device_id}")] = base64.b64encode(
        stranger
    ).decode()
    with pytest.raises(KeyMismatch):
        service.signer()


def test_create_never_replaces_an_identity(service: IdentityService, data_dir: Path) -> None:
    first = service.create()
    before = _files_bytes(data_dir)
    with pytest.raises(IdentityExists, match=first.device_id):
        service.create()
    with pytest.raises(IdentityExists):
        service.create_with_passphrase(PASSPHRASE)
    assert _files_bytes(data_dir) == before


def test_retire_moves_aside_so_a_new_identity_can_be_made(
    service: IdentityService, data_dir: Path
) -> None:
    first = service.create()
    moved = service.retire()

    assert [p.name.split(".retired-")[0] for p in moved] == ["device.json"]
    assert json.loads(moved[0].read_text())["device_id"] == first.device_id
    second = service.create()
    assert second.device_id != first.device_id
    assert service.signer().device_id == second.device_id


def test_no_identity_yet(service: IdentityService) -> None:
    assert service.load() is None
    with pytest.raises(NoIdentity):
        service.signer()
    with pytest.raises(NoIdentity):
        service.verify(b"x", bytes(64))


# --- the passphrase file --------------------------------------------------------------------


def test_passphrase_file_is_encrypted_and_owner_only(
    service: IdentityService, store: MemoryKeyring, data_dir: Path
) -> None:
    identity = service.create_with_passphrase(PASSPHRASE, "Laptop lapangan")

    assert identity.storage == "passphrase-file"
    assert store.secrets == {}
    pem_path = data_dir / "device-key.pem"
    pem = pem_path.read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    if os.name == "posix":
        assert stat.S_IMODE(pem_path.stat().st_mode) == 0o600
    # The file opens as documented in device.json, as `openssl pkey` would open it: with
    # the base64 of scrypt(passphrase, salt, n, r, p) as its password.
    kdf = json.loads((data_dir / "device.json").read_text())["key_file"]["kdf"]
    stretched = Scrypt(
        salt=base64.b64decode(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]
    ).derive(PASSPHRASE.encode())
    key = serialization.load_pem_private_key(pem, base64.b64encode(stretched))
    assert isinstance(key, Ed25519PrivateKey)
    assert key.public_key().public_bytes_raw() == identity.public_key
    assert service.signer(PASSPHRASE).sign(b"x") == key.sign(b"x")  # Ed25519 is deterministic
    _assert_secret_in_no_file(data_dir, key.private_bytes_raw())
    with pytest.raises(TypeError):  # no password, no key
        serialization.load_pem_private_key(pem, None)


def test_passphrase_file_reloads_signs_and_verifies(
    service: IdentityService, data_dir: Path
) -> None:
    created = service.create_with_passphrase(PASSPHRASE)
    again = IdentityService(data_dir, keyring_backend=fail.Keyring())  # no keyring needed

    assert again.load() == created
    signature = again.signer(PASSPHRASE).sign(b"post.json")
    assert again.verify(b"post.json", signature)


def test_wrong_or_absent_passphrase(service: IdentityService) -> None:
    service.create_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphrase) as caught:
        service.signer("kopi tubruk sore hari")
    assert "not correct" in caught.value.render()
    with pytest.raises(PassphraseRequired):
        service.signer()
    with pytest.raises(PassphraseRequired):
        service.signer("")


@pytest.mark.parametrize("short", ["", "123456789", "rahasia"])
def test_short_passphrase_refused(service: IdentityService, data_dir: Path, short: str) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        service.create_with_passphrase(short)
    assert "at least 10 characters" in caught.value.render()
    assert not data_dir.exists() or _files_bytes(data_dir) == {}


def test_ten_characters_are_enough(service: IdentityService) -> None:
    identity = service.create_with_passphrase("0123456789")
    assert service.signer("0123456789").key_id == identity.key_id


def test_passphrase_typed_in_another_unicode_form_still_works(service: IdentityService) -> None:
    service.create_with_passphrase("kafe\u0301 di pojok jalan")  # e + combining accent
    assert service.signer("kaf\u00e9 di pojok jalan").sign(b"x")


def test_damaged_key_file_is_not_mistaken_for_a_wrong_passphrase(
    service: IdentityService, data_dir: Path
) -> None:
    service.create_with_passphrase(PASSPHRASE)
    pem_path = data_dir / "device-key.pem"
    pem = bytearray(pem_path.read_bytes())
    pem[80] = ord("A") if pem[80] != ord("A") else ord("B")
    pem_path.write_bytes(bytes(pem))

    with pytest.raises(DamagedKey) as caught:
        service.signer(PASSPHRASE)
    assert str(pem_path) in caught.value.render()


def test_missing_key_file(service: IdentityService, data_dir: Path) -> None:
    service.create_with_passphrase(PASSPHRASE)
    (data_dir / "device-key.pem").unlink()
    with pytest.raises(KeyMissing):
        service.signer(PASSPHRASE)


def test_key_file_from_an_unfinished_setup_is_kept_aside(
    service: IdentityService, data_dir: Path
) -> None:
    data_dir.mkdir()
    (data_dir / "device-key.pem").write_bytes(b"left by a setup killed halfway")

    service.create_with_passphrase(PASSPHRASE)

    orphans = list(data_dir.glob("device-key.pem.orphan-*"))
    assert [p.read_bytes() for p in orphans] == [b"left by a setup killed halfway"]
    assert service.signer(PASSPHRASE)


# --- device.json ----------------------------------------------------------------------------


def _damage(path: Path, change: object) -> None:
    record = json.loads(path.read_text())
    if callable(change):
        change(record)
        path.write_text(json.dumps(record))
    else:
        path.write_bytes(change)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        b'{"format": 1}',
        lambda r: r.update(public_key="!!!"),
        lambda r: r.update(public_key=base64.b64encode(b"short").decode()),
        lambda r: r.update(key_id="0" * 16),
        lambda r: r.update(device_id="../../etc"),
        lambda r: r.update(storage="plaintext"),
        lambda r: r.pop("device_name"),
        lambda r: r.update(format="1"),
        b"{" + b" " * 70_000 + b"}",
    ],
    ids=[
        "empty",
        "truncated",
        "not-utf8",
        "list",
        "fields-missing",
        "public-key-not-base64",
        "public-key-short",
        "key-id-wrong",
        "device-id-escapes",
        "unknown-storage",
        "no-name",
        "format-string",
        "huge",
    ],
)
def test_damaged_device_json_is_reported_and_left_alone(
    service: IdentityService, data_dir: Path, change: object
) -> None:
    service.create()
    path = data_dir / "device.json"
    _damage(path, change)
    damaged = path.read_bytes()

    with pytest.raises(DamagedIdentity) as caught:
        service.load()
    assert str(path) in caught.value.render()
    with pytest.raises(DamagedIdentity):
        service.signer()
    with pytest.raises(DamagedIdentity):
        service.create()
    with pytest.raises(DamagedIdentity):
        service.create_with_passphrase(PASSPHRASE)
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in data_dir.iterdir()) == ["device.json"]


def test_device_json_from_a_newer_version_is_refused(
    service: IdentityService, data_dir: Path
) -> None:
    service.create()
    path = data_dir / "device.json"
    _damage(path, lambda r: r.update(format=99))
    with pytest.raises(DamagedIdentity) as caught:
        service.load()
    assert "newer version" in caught.value.render()


def test_hostile_scrypt_costs_are_refused_before_any_work(
    service: IdentityService, data_dir: Path
) -> None:
    service.create_with_passphrase(PASSPHRASE)
    _damage(data_dir / "device.json", lambda r: r["key_file"]["kdf"].update(n=2**40))
    with pytest.raises(DamagedIdentity):
        service.signer(PASSPHRASE)


def test_device_json_holds_public_facts_only(service: IdentityService, data_dir: Path) -> None:
    identity = service.create("PC Humas")
    record = json.loads((data_dir / "device.json").read_text())
    assert set(record) == {
        "format",
        "device_id",
        "device_name",
        "public_key",
        "key_id",
        "storage",
        "created_at",
    }
    assert base64.b64decode(record["public_key"]) == identity.public_key
    assert not list(data_dir.glob(".*.tmp"))  # no temporary file left behind


# --- what the settings screen shows ---------------------------------------------------------


def test_keyring_status_for_each_backend() -> None:
    memory = keyring_status(MemoryKeyring())
    assert (memory.usable, memory.secure) == (True, True)
    assert memory.backend_class.endswith("MemoryKeyring")
    assert "password store" in memory.render()

    missing = keyring_status(fail.Keyring())
    assert (missing.usable, missing.secure, missing.backend) == (False, False, "none found")
    assert "no password store" in missing.render()

    disabled = keyring_status(null.Keyring())
    assert (disabled.usable, disabled.secure) == (False, False)
    assert "turned off" in disabled.render()

    plain = keyring_status(PlaintextKeyring())
    assert (plain.usable, plain.secure) == (True, False)
    assert "ordinary file" in plain.render()


def test_keyring_status_of_an_unreachable_store() -> None:
    class Unreachable(MemoryKeyring):
        @properties.classproperty
        def priority(cls) -> float:
            raise RuntimeError("no D-Bus session")

    getattr(KeyringBackend, "_classes", set()).discard(Unreachable)
    status = keyring_status(Unreachable())
    assert (status.usable, status.secure) == (False, True)
    assert "cannot be reached" in status.render()
    with pytest.raises(NoSecureKeyring):
        IdentityService(Path("unused"), keyring_backend=Unreachable()).create()


def test_keyring_status_of_a_chain_takes_its_weakest_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert keyring_status(chain).secure is True
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), PlaintextKeyring()])
    assert keyring_status(chain).secure is False
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert keyring_status(chain).usable is False


def test_friendly_names_for_the_real_stores() -> None:
    if sys.platform.startswith("linux"):
        from keyring.backends import SecretService

        assert keyring_status(SecretService.Keyring()).backend == "Secret Service (GNOME Keyring)"


def test_real_passphrase_stretching_round_trip(
    service: IdentityService, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """The other tests cheapen scrypt; this one keeps the shipped cost."""
    monkeypatch.undo()
    identity = service.create_with_passphrase(PASSPHRASE)
    kdf = json.loads((data_dir / "device.json").read_text())["key_file"]["kdf"]
    assert (kdf["name"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", 2**15, 8, 1)
    assert service.signer(PASSPHRASE).key_id == identity.key_id


def test_a_key_file_unlocked_once_stays_unlocked_for_the_session(
    service: IdentityService, data_dir: Path
) -> None:
    """Typed once (for sync, say), the passphrase is not asked again by the settings or the
    review collection in the same run; a passphrase typed is still checked."""
    service.create_with_passphrase(PASSPHRASE)
    with pytest.raises(PassphraseRequired):
        service.signer()
    service.signer(PASSPHRASE)
    other = IdentityService(data_dir, keyring_backend=fail.Keyring())
    signature = other.signer().sign(b"post.json")
    assert other.verify(b"post.json", signature)
    with pytest.raises(WrongPassphrase):
        other.signer("kopi tubruk sore hari")
