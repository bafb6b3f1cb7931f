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


def test_the_proof_vector_is_built_and_checked_byte_for_byte() -> None:
    """The documented approval is what the writer builds from the documented keys, and a
    reader finds it signed; one changed byte of the content makes it unproven."""
    import json

    from medsos_desktop.domain.approval_chain import Assurance
    from medsos_desktop.domain.audit import content_hash
    from medsos_desktop.sync.approval_proof import (
        REASON_CONTENT,
        check_approval,
        decision_entry,
        registration_entry,
        signed_approval,
    )
    from medsos_desktop.sync.format import canonical_json
    from medsos_desktop.sync.review_records import (
        REVIEWER_FILE,
        DecisionRecord,
        ReviewerRecord,
        ReviewerState,
        ReviewManifest,
        VerdictValue,
    )
    from medsos_desktop.sync.sealed import box_keys_from_signing_seed

    agency, post_uuid = "dinkes-kota-sukamaju", "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
    device = Ed25519Signer.from_private_bytes(
        "3f2a9c0e5b7d4e18a6c1f0b2d9e47a53",
        hashlib.sha256(b"medsos-desktop docs example key").digest(),
    )
    seed = hashlib.sha256(b"medsos-desktop docs reviewer key").digest()
    reviewer = Ed25519Signer.from_private_bytes("8c1e5a3f0d2b4c6e9a7f1b3d5e0c2a4f", seed)
    content = json.loads(_block("proof-content"))
    record = ReviewerRecord(
        agency=agency,
        reviewer_id=reviewer.device_id,
        name="dr. Hendra",
        jabatan="Kepala Dinas Kesehatan",
        role="kepala_dinas",
        sign_key=reviewer.public_key_bytes,
        box_key=box_keys_from_signing_seed(seed).public,
        state=ReviewerState.ACTIVE,
        effective="2026-12-01T02:00:00Z",
        paired_by=device.device_id,
    ).to_json()
    folder = f"reviewers/{reviewer.device_id}/r1"
    manifest = ReviewManifest(
        agency=agency,
        folder=folder,
        signer=device.device_id,
        key_id=device.key_id,
        created="2026-12-01T02:00:00Z",
        files=((REVIEWER_FILE, len(record), hashlib.sha256(record).hexdigest()),),
    ).to_json()
    decision = DecisionRecord(
        agency=agency,
        request_id="0b6f3c2a-1d4e-4f5a-9b8c-7d6e5f4a3b2c",
        post_uuid=post_uuid,
        revision=1,
        content_hash=content_hash(content),
        step=0,
        reviewer_id=reviewer.device_id,
        key_id=reviewer.key_id,
        verdict=VerdictValue.APPROVE,
        signed="2026-12-03T07:15:00Z",
        has_comments=False,
    ).to_json()
    built = signed_approval(
        {
            "fast_track": False,
            "steps": [{"reviewers": [reviewer.device_id], "rule": "any", "title": "Kepala Dinas"}],
        },
        [registration_entry(folder, manifest, device.sign(manifest), record)],
        [decision_entry(decision, reviewer.sign(decision))],
        ["dr. Hendra (Kepala Dinas Kesehatan)"],
        "2026-12-03T07:20:00",
    )
    documented = _block("proof").encode("utf-8")
    assert canonical_json(built) == documented

    def resolve(device_id: str, key_id: str, folder_agency: str) -> bytes:
        assert (device_id, key_id, folder_agency) == (device.device_id, device.key_id, agency)
        return device.public_key_bytes

    post = {"approval": json.loads(documented), "content": content}
    judged = check_approval(post, agency, post_uuid, 1, resolve)
    assert judged.assurance is Assurance.SIGNED
    assert judged.approvers == ("dr. Hendra (Kepala Dinas Kesehatan)",)
    changed = {**post, "content": {**content, "title": content["title"] + "!"}}
    assert check_approval(changed, agency, post_uuid, 1, resolve).reason == REASON_CONTENT
