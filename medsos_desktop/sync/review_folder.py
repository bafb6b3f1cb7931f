"""Writing and reading review folders (protocol 1.1, `review_records.py`) under an
agency's area of a shared folder, with the rules of version 1: each signed folder is
built in `.staging/`, synced and renamed into place without replacing anything, its
manifest written last; a reader trusts a folder only when every listed file is there
with its size and hash and the manifest's signature holds, treats a folder still
arriving as pending (never broken), reads nothing it does not list (conflict copies,
junk), follows no link and reads nothing before checking its size.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from medsos_desktop.fileio import FileTooLarge, NotRegularFile, read_limited
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    AGENCIES_DIR,
    MANIFEST_FILE,
    MAX_SMALL_JSON_BYTES,
    REVIEWERS_DIR,
    REVIEWS_DIR,
    SIGNATURE_BYTES,
    SIGNATURE_FILE,
    STAGING_DIR,
    STALE_STAGING_SECONDS,
    ProtocolViolation,
    is_conflict_copy,
    is_conflict_marked,
    is_device_id,
    is_ignored,
    signature_ok,
    unavailable,
    utc_timestamp,
)
from medsos_desktop.sync.review_records import (
    DECISION_DIR_PREFIX,
    MAX_PAYLOAD_BYTES,
    OFFERS_DIR,
    REQUEST_DIR,
    WITHDRAWN_DIR,
    ReviewerOffer,
    ReviewManifest,
    is_request_id,
    parse_offer,
    parse_review_manifest,
)
from medsos_desktop.sync.writer import Signer, real_dir

FolderStatus = Literal["valid", "pending", "invalid", "unsafe"]
MAX_MANIFEST_BYTES = 64 * 1024


@dataclass(frozen=True)
class FolderRead:
    """A signed review folder as a reader found it. `files` holds the listed files' bytes
    only when the folder is valid."""

    status: FolderStatus
    folder: str
    reason: str = ""
    manifest: ReviewManifest | None = None
    files: Mapping[str, bytes] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class PlacedFolder:
    """A signed folder as placed: its manifest's exact bytes and their signature, which a
    registration's holder keeps to carry it as proof (approval_proof)."""

    manifest: ReviewManifest
    manifest_bytes: bytes = field(repr=False)
    signature: bytes = field(repr=False)


def agency_dir(central: Path, agency: str) -> Path:
    return central / AGENCIES_DIR / agency


def request_folder(request_id: str) -> str:
    return f"{REVIEWS_DIR}/{request_id}/{REQUEST_DIR}"


def decision_folder(request_id: str, reviewer_id: str) -> str:
    return f"{REVIEWS_DIR}/{request_id}/{DECISION_DIR_PREFIX}{reviewer_id}"


def withdrawal_folder(request_id: str) -> str:
    return f"{REVIEWS_DIR}/{request_id}/{WITHDRAWN_DIR}"


def reviewer_folder(reviewer_id: str, revision: int) -> str:
    return f"{REVIEWERS_DIR}/{reviewer_id}/r{revision}"


# --- writing -----------------------------------------------------------------------------


def write_offer(central: Path, offer: ReviewerOffer) -> Path:
    """Put a reviewer's offer to pair in the agency's area; an offer already there from
    the same installation is left as it is (FileExistsError means another with its id)."""
    offers = real_dir(central, f"{AGENCIES_DIR}/{offer.agency}/{REVIEWERS_DIR}/{OFFERS_DIR}")
    target = offers / f"{offer.reviewer_id}.json"
    data = offer.to_json()
    staging = real_dir(central, f"{AGENCIES_DIR}/{offer.agency}/{STAGING_DIR}")
    try:
        fsutil.create_no_replace(target, data, staging, secrets.token_hex(8))
    except FileExistsError:
        # Sent again from the same installation (the same keys): it is there already. An
        # offer is never replaced, so a changed name shows as first sent.
        try:
            existing = parse_offer(read_limited(target, MAX_SMALL_JSON_BYTES))
        except (OSError, FileTooLarge, ProtocolViolation):
            raise FileExistsError(str(target)) from None
        if (existing.sign_key, existing.box_key) == (offer.sign_key, offer.box_key):
            return target
        raise
    except OSError as exc:
        raise unavailable(exc, central) from exc
    return target


def place_review_folder(
    central: Path,
    agency: str,
    folder: str,
    files: Mapping[str, bytes],
    signer: Signer,
    public_key: bytes,
    *,
    created: str | None = None,
) -> PlacedFolder:
    """Sign and place one review folder at `agencies/<agency>/<folder>`, all or nothing;
    FileExistsError when a folder is already there (a decision is never replaced)."""
    manifest = ReviewManifest(
        agency=agency,
        folder=folder,
        signer=signer.device_id,
        key_id=signer.key_id,
        created=created or utc_timestamp(),
        files=tuple(
            sorted(
                (name, len(data), hashlib.sha256(data).hexdigest()) for name, data in files.items()
            )
        ),
    )
    manifest_bytes = manifest.to_json()
    signature = signer.sign(manifest_bytes)
    if not signature_ok(public_key, signature, manifest_bytes):
        raise ValueError("the signing key does not match the public key given")
    base = f"{AGENCIES_DIR}/{agency}"
    parent_rel, name = f"{base}/{folder}".rsplit("/", 1)
    try:
        staging_root = real_dir(central, f"{base}/{STAGING_DIR}")
        parent = real_dir(central, parent_rel)
        fsutil.remove_stale(staging_root, STALE_STAGING_SECONDS)
        if os.path.lexists(parent / name):
            raise FileExistsError(str(parent / name))
        staging = staging_root / secrets.token_hex(8)
        staging.mkdir()
        try:
            written = [(staging / n, data) for n, data in sorted(files.items())]
            written += [(staging / SIGNATURE_FILE, signature)]
            fsutil.write_all_durable(written)
            # The manifest last: a reader that sees it sees a finished folder's promise.
            fsutil.write_durable(staging / MANIFEST_FILE, manifest_bytes)
            fsutil.fsync_dir(staging)
            fsutil.rename_with_backoff(staging, parent / name, retries=5, backoff=0.2)
        except BaseException:
            fsutil.remove_tree(staging)
            raise
        fsutil.fsync_dir(parent)
    except FileExistsError:
        raise
    except OSError as exc:
        raise unavailable(exc, central) from exc
    return PlacedFolder(manifest, manifest_bytes, signature)


# --- reading -----------------------------------------------------------------------------


def read_review_folder(
    central: Path,
    agency: str,
    folder: str,
    key_for: Callable[[str, str], bytes | None],
) -> FolderRead:
    """Check one signed review folder. `key_for(signer, key_id)` gives the public key the
    reader trusts for that signer (an agency device, a registered reviewer), or None."""
    path = agency_dir(central, agency) / folder
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return FolderRead("pending", folder, "absent")
    except OSError as exc:
        return FolderRead("pending", folder, f"unreadable: {exc.strerror}")
    if fsutil.is_link_or_special(st) or not os.path.isdir(path):
        return FolderRead("unsafe", folder, "not a plain folder")
    try:
        manifest_bytes = read_limited(path / MANIFEST_FILE, MAX_MANIFEST_BYTES)
    except FileNotFoundError:
        return FolderRead("pending", folder, "no manifest yet")
    except FileTooLarge:
        return FolderRead("invalid", folder, "manifest too large")
    except OSError as exc:
        return _os_status(folder, exc)
    if _cut_short(manifest_bytes):
        return FolderRead("pending", folder, "manifest still arriving")
    try:
        manifest = parse_review_manifest(manifest_bytes)
    except ProtocolViolation as exc:
        return FolderRead("unsafe" if exc.status == "unsafe" else "invalid", folder, exc.message)
    if manifest.agency != agency or manifest.folder != folder:
        return FolderRead("invalid", folder, "manifest names another place", manifest)
    try:
        signature = read_limited(path / SIGNATURE_FILE, SIGNATURE_BYTES)
    except FileNotFoundError:
        return FolderRead("pending", folder, "no signature yet", manifest)
    except (OSError, FileTooLarge) as exc:
        return _os_status(folder, exc, manifest)
    if len(signature) < SIGNATURE_BYTES:
        return FolderRead("pending", folder, "signature still arriving", manifest)
    contents: dict[str, bytes] = {}
    for name, size, digest in manifest.files:
        try:
            data = read_limited(path / name, min(size, MAX_PAYLOAD_BYTES))
        except FileNotFoundError:
            return FolderRead("pending", folder, f"{name} not here yet", manifest)
        except FileTooLarge:
            return FolderRead("invalid", folder, f"{name} larger than listed", manifest)
        except OSError as exc:
            return _os_status(folder, exc, manifest)
        if len(data) < size:
            return FolderRead("pending", folder, f"{name} still arriving", manifest)
        if hashlib.sha256(data).hexdigest() != digest:
            return FolderRead("invalid", folder, f"{name} changed", manifest)
        contents[name] = data
    public_key = key_for(manifest.signer, manifest.key_id)
    if public_key is None:
        return FolderRead("invalid", folder, "signer not known", manifest)
    if not signature_ok(public_key, signature, manifest_bytes):
        return FolderRead("invalid", folder, "signature does not hold", manifest)
    return FolderRead("valid", folder, "", manifest, contents)


def _cut_short(data: bytes) -> bool:
    """Whether a JSON file reads as the start of one whose end has not arrived: a sync
    program that writes in place (a plain share, some clients) shows a manifest half
    copied, which must read as still arriving, never as broken."""
    try:
        json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return exc.end >= len(data)  # cut inside a character
    except json.JSONDecodeError as exc:
        return exc.pos >= len(exc.doc.rstrip())
    return False


def _os_status(
    folder: str, exc: OSError | FileTooLarge, manifest: ReviewManifest | None = None
) -> FolderRead:
    if isinstance(exc, FileTooLarge):
        return FolderRead("invalid", folder, "file too large", manifest)
    if isinstance(exc, NotRegularFile):
        return FolderRead("unsafe", folder, "a link or special file", manifest)
    return FolderRead("pending", folder, f"unreadable: {exc.strerror}", manifest)


def _plain_names(folder: Path) -> Iterator[str]:
    """Names of plain sub-folders, without hidden names, junk and conflict copies."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in sorted(entries, key=lambda e: e.name):
        name = entry.name
        if is_ignored(name) or is_conflict_marked(name):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield name
        except OSError:
            continue


def list_request_ids(central: Path, agency: str) -> list[str]:
    root = agency_dir(central, agency) / REVIEWS_DIR
    return [name for name in _plain_names(root) if is_request_id(name)]


def list_decision_reviewers(central: Path, agency: str, request_id: str) -> list[str]:
    root = agency_dir(central, agency) / REVIEWS_DIR / request_id
    found = []
    for name in _plain_names(root):
        if name.startswith(DECISION_DIR_PREFIX) and is_device_id(name[len(DECISION_DIR_PREFIX) :]):
            found.append(name[len(DECISION_DIR_PREFIX) :])
    return found


def list_reviewer_revisions(central: Path, agency: str) -> dict[str, list[int]]:
    """reviewer id → the revision numbers of their registration folders, ascending."""
    root = agency_dir(central, agency) / REVIEWERS_DIR
    result: dict[str, list[int]] = {}
    for reviewer_id in _plain_names(root):
        if reviewer_id == OFFERS_DIR or not is_device_id(reviewer_id):
            continue
        numbers = []
        for name in _plain_names(root / reviewer_id):
            if name.startswith("r") and name[1:].isdigit() and not name[1:].startswith("0"):
                numbers.append(int(name[1:]))
        if numbers:
            result[reviewer_id] = sorted(numbers)
    return result


def read_offers(central: Path, agency: str) -> tuple[list[ReviewerOffer], list[str]]:
    """The offers to pair that parse, and the names of those that do not."""
    root = agency_dir(central, agency) / REVIEWERS_DIR / OFFERS_DIR
    offers: list[ReviewerOffer] = []
    bad: list[str] = []
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return offers, bad
    names = [entry.name for entry in entries]
    for entry in entries:
        name = entry.name
        if is_ignored(name) or is_conflict_copy(name, names) or not name.endswith(".json"):
            continue
        try:
            offer = parse_offer(read_limited(entry.path, MAX_SMALL_JSON_BYTES))
        except (OSError, FileTooLarge, ProtocolViolation):
            bad.append(name)
            continue
        if offer.agency != agency or f"{offer.reviewer_id}.json" != name:
            bad.append(name)
            continue
        offers.append(offer)
    return offers, bad
