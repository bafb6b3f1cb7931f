"""Content that only named people can read, on a share everyone can read (issue 16).

A review request holds a draft, and drafts may hold personal data: on the agency's share
it must be readable by the reviewers of its step and by nobody else. The payload is
encrypted once with a fresh random key (libsodium's secretbox: XSalsa20-Poly1305), and
that key is sealed to each recipient's X25519 public key (libsodium's sealed box:
an ephemeral key pair per seal, so the sender cannot read it back and recipients learn
nothing of each other). Authenticity is not this module's business: the folder's
manifest, signed with Ed25519, covers the sealed bytes.

Everything is PyNaCl (libsodium, audited and kept); nothing here is hand-made crypto.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass

from nacl.bindings import crypto_box_SEALBYTES
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox
from nacl.signing import SigningKey, VerifyKey
from nacl.utils import random

BOX_KEY_BYTES = 32  # X25519 public and private keys
# A sealed payload key: the key, plus the ephemeral public key and the MAC of the seal.
SEALED_KEY_BYTES = SecretBox.KEY_SIZE + crypto_box_SEALBYTES


class SealError(Exception):
    """The content cannot be opened with this key: not meant for it, or changed."""


@dataclass(frozen=True)
class BoxKeyPair:
    """A person's encryption key pair; the private half lives in their keyring only."""

    private: bytes
    public: bytes

    @classmethod
    def generate(cls) -> BoxKeyPair:
        key = PrivateKey.generate()
        return cls(bytes(key), bytes(key.public_key))

    @classmethod
    def from_private(cls, private: bytes) -> BoxKeyPair:
        key = PrivateKey(private)
        return cls(bytes(key), bytes(key.public_key))


def box_keys_from_signing_seed(seed: bytes) -> BoxKeyPair:
    """The X25519 key pair that belongs to an Ed25519 signing key (libsodium's
    crypto_sign_ed25519_sk_to_curve25519): one secret in the keyring serves both."""
    return BoxKeyPair.from_private(bytes(SigningKey(seed).to_curve25519_private_key()))


def box_public_from_signing_public(public_key: bytes) -> bytes:
    """The X25519 public key that belongs to an Ed25519 public key."""
    return bytes(VerifyKey(public_key).to_curve25519_public_key())


@dataclass(frozen=True)
class Sealed:
    """The encrypted payload and, per recipient id, the payload key sealed to them."""

    ciphertext: bytes
    keys: Mapping[str, bytes]


def seal(payload: bytes, recipients: Mapping[str, bytes]) -> Sealed:
    """Encrypt `payload` for every (recipient id → X25519 public key)."""
    if not recipients:
        raise ValueError("a sealed payload needs at least one recipient")
    content_key = random(SecretBox.KEY_SIZE)
    ciphertext = bytes(SecretBox(content_key).encrypt(payload))
    keys = {
        rid: bytes(SealedBox(PublicKey(public)).encrypt(content_key))
        for rid, public in recipients.items()
    }
    return Sealed(ciphertext, keys)


def open_sealed(sealed_key: bytes, ciphertext: bytes, own: BoxKeyPair) -> bytes:
    """The payload, opened with the recipient's own key pair; SealError when the key was
    not sealed to it or either part was changed."""
    try:
        content_key = SealedBox(PrivateKey(own.private)).decrypt(sealed_key)
        return bytes(SecretBox(content_key).decrypt(ciphertext))
    except (CryptoError, ValueError, TypeError) as exc:
        raise SealError(str(exc)) from exc


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int | None = None) -> bytes:
    """Standard base64 with padding, strictly; `size` checks the decoded length."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc
    if size is not None and len(raw) != size:
        raise ValueError(f"expected {size} bytes")
    if b64(raw) != text:
        raise ValueError("not in canonical base64")
    return raw
