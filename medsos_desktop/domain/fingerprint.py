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
