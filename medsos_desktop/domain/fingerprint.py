"""How a public key is shown to people, to compare it by phone or on paper."""

from __future__ import annotations

import hashlib


def format_fingerprint(public_key: bytes, groups: int | None = None) -> str:
    """sha256 of the raw public key in groups of four hex digits, as read out over the phone:
    "8396 855f 9267 e824 …" (with `groups`, only that many, then an ellipsis)."""
    digest = hashlib.sha256(public_key).hexdigest()
    parts = [digest[i : i + 4] for i in range(0, len(digest), 4)]
    if groups is not None and groups < len(parts):
        return " ".join(parts[:groups]) + " …"
    return " ".join(parts)


PAIRING_DIGITS = 24


def pairing_code(device_key: bytes, reviewer_sign_key: bytes, reviewer_box_key: bytes) -> str:
    """The number an admin and a reviewer compare, on their two screens or by phone, to pair
    the reviewer's PC with the admin's: it depends on the admin device's key and both of the
    reviewer's keys, so it matches only when each side holds the other's true keys.
    Digits in groups of four (easy to read out in Indonesian), 80 bits."""
    digest = hashlib.sha256(
        b"medsos-pairing-v1\0" + device_key + reviewer_sign_key + reviewer_box_key
    ).digest()
    number = int.from_bytes(digest[:10], "big") % 10**PAIRING_DIGITS
    digits = f"{number:0{PAIRING_DIGITS}d}"
    return " ".join(digits[i : i + 4] for i in range(0, PAIRING_DIGITS, 4))
