"""docs/central-folder.md's test vector for version 1.1 decisions is what the code writes
and verifies, byte for byte."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from medsos_desktop.sync.format import signature_ok
from medsos_desktop.sync.review_records import parse_decision
from medsos_desktop.sync.writer import Ed25519Signer

DOC = Path(__file__).resolve().parents[2] / "docs" / "central-folder.md"


def _block(name: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"<!-- review-vector: {name} -->\n```[a-z]*\n(.*?)```", text, re.S)
    assert match is not None, name
    return match.group(1)


def test_the_decision_vector_is_written_and_verified_byte_for_byte() -> None:
    data = _block("decision").encode("utf-8")
    signature = bytes.fromhex(_block("signature").strip())
    seed = hashlib.sha256(b"medsos-desktop docs reviewer key").digest()
    reviewer = Ed25519Signer.from_private_bytes("8c1e5a3f0d2b4c6e9a7f1b3d5e0c2a4f", seed)
    decision = parse_decision(data)
    assert decision.to_json() == data  # the canonical form, as the reference writes it
    assert decision.key_id == reviewer.key_id
    assert decision.content_hash == hashlib.sha256(b"example content").hexdigest()
    assert reviewer.sign(data) == signature  # Ed25519 is deterministic
    assert signature_ok(reviewer.public_key_bytes, signature, data)
    assert not signature_ok(
        reviewer.public_key_bytes, signature, data.replace(b"approve", b"return ")
    )
