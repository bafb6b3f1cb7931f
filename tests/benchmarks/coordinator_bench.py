"""The coordinator's scan of a big central folder: 500 agencies, 100,000 signed revisions.

    .venv/bin/python tests/benchmarks/coordinator_bench.py [--agencies N] [--revisions N]
        [--media-bytes N] [--keep DIR] [--json]

`generate_folder` writes a realistic central folder quickly: one device (and key) per
agency, posts with one or two revisions, each revision a small post.json shaped like the
app's export (``services/sync.py``) and one media file, laid out, hashed and signed
exactly as ``sync/central.py`` would publish them, but written directly (no staging,
no fsync) and spread over child processes, so 100,000 revisions take well under two
minutes.

`measure` returns the figures in the shape of ``run.py``'s ``--json`` output:

- ``coordinator_first_scan_100k``: the first scan of the folder by
  ``CoordinatorService`` (listing, signatures, hashes, post summaries and the index
  written to a new local database) against the fair baseline of issue 14: hashing every
  file of the folder once and verifying one Ed25519 signature per revision with the
  same `cryptography` library (a plain walk, one thread: `hash_and_verify`). Budget 1.3x.
- ``coordinator_incremental_scan_100k``: a second scan with nothing new, in seconds,
  against a budget of 1.0 s (the baseline is that second; the ratio must stay <= 1).
- with ``--chains`` (issue 16), ``coordinator_first_scan_3_step_chains``: every
  revision's approval is a three-step chain signed on the reviewers' own PCs (three
  reviewers per agency, registered once; three decisions signed per revision), and the
  scan checks each proof; the fair baseline also verifies every distinct signature the
  folder holds (the manifest's and the three decisions' of each revision, each
  registration's once). Budget 1.3x, as for the first scan.

Both are measured with the folder in the OS file cache (it was just written, and the
baseline runs first), so they compare CPU work, not the disk. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: E402

from medsos_desktop.sync.format import canonical_json, key_id_for, revision_relpath  # noqa: E402
from medsos_desktop.sync.writer import Ed25519Signer  # noqa: E402

FIRST_SCAN = "coordinator_first_scan_100k"
INCREMENTAL_SCAN = "coordinator_incremental_scan_100k"
FIRST_SCAN_CHAINS = "coordinator_first_scan_3_step_chains"
FIRST_SCAN_BUDGET = 1.3
INCREMENTAL_BUDGET_S = 1.0
DEFAULT_AGENCIES = 500
DEFAULT_REVISIONS = 100_000
DEFAULT_MEDIA_BYTES = 16 * 1024
REGION = "Kota Sukamaju"
CREATED = "2026-01-05T01:00:00Z"
SECOND_REVISION_SHARE = 0.25  # posts corrected once after approval

_KINDS = (
    "dinas-kesehatan",
    "dinas-pendidikan",
    "dinas-perhubungan",
    "dinas-sosial",
    "dinas-pupr",
    "bapenda",
    "disdukcapil",
    "bpbd",
    "kecamatan",
    "kelurahan",
    "puskesmas",
    "rsud",
)
_TITLES = (
    "Vaksinasi {thing} gratis di {place}",
    "Posyandu {place} gelar penimbangan balita",
    "Perbaikan jalan rusak di {place}",
    "Siaga banjir di {place}",
    "Pelayanan KTP keliling di {place}",
    "Klarifikasi hoaks tentang {thing}",
    "Selamat Hari {thing}",
    "Kerja bakti bersama warga {place}",
    "Capaian pajak daerah {place} triwulan ini",
)
_THINGS = ("campak rubela", "polio", "HPV", "Pahlawan", "Kemerdekaan", "bansos", "BPJS")
_PLACES = ("Sukamaju", "Cihapit", "Dago", "Braga", "Melati RW 05", "Kecamatan Coblong", "Pasteur")
_CATEGORIES = ("kegiatan", "pengumuman", "layanan_publik", "klarifikasi_hoaks", "kolaborasi")
_PLATFORM_SETS = (("instagram", "facebook"), ("instagram",), ("facebook", "x"), ("tiktok",))


def agency_slug(index: int) -> str:
    return f"{_KINDS[index % len(_KINDS)]}-{index:03d}-kota-sukamaju"


def device_id_for(index: int) -> str:
    return hashlib.sha256(f"bench-device:{index}".encode()).hexdigest()[:32]


def signer_for(index: int) -> Ed25519Signer:
    seed = hashlib.sha256(f"medsos-bench-key:{index}".encode()).digest()
    return Ed25519Signer.from_private_bytes(device_id_for(index), seed)


# Files keep the time they were written at on the agency's PC, as sync programs do, long
# before the coordinator scans them (a file written within the scan's racy window is
# checked once more by the next scan, which a benchmark of "nothing new" must not see).
_WRITTEN_NS = 1_767_574_800 * 10**9  # CREATED


def _write(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)
    os.utime(path, ns=(_WRITTEN_NS, _WRITTEN_NS))


def _device_file(slug: str, signer: Ed25519Signer) -> bytes:
    return canonical_json(
        {
            "agency": slug,
            "algorithm": "ed25519",
            "created": CREATED,
            "device_id": signer.device_id,
            "device_name": f"PC Humas {slug}",
            "format": "medsos-device",
            "key_id": key_id_for(signer.public_key_bytes),
            "public_key": base64.b64encode(signer.public_key_bytes).decode("ascii"),
            "version": 1,
        }
    )


def _reviewers_of(index: int) -> list[Ed25519Signer]:
    """Three heads of office of one agency (Kepala Seksi, Kepala Bidang, Kepala Dinas)."""
    return [
        Ed25519Signer.from_private_bytes(
            hashlib.sha256(f"bench-reviewer:{index}:{step}".encode()).hexdigest()[:32],
            hashlib.sha256(f"medsos-bench-reviewer-key:{index}:{step}".encode()).digest(),
        )
        for step in range(3)
    ]


def _registrations(slug: str, device: Ed25519Signer, reviewers: list[Ed25519Signer]) -> list:
    """Each reviewer's registration folder as the agency's device signed it, as an approval
    carries it (sync/approval_proof.registration_entry)."""
    from medsos_desktop.sync.approval_proof import registration_entry
    from medsos_desktop.sync.review_records import (
        REVIEWER_FILE,
        ReviewerRecord,
        ReviewerState,
        ReviewManifest,
    )

    entries = []
    for step, reviewer in enumerate(reviewers):
        record = ReviewerRecord(
            agency=slug,
            reviewer_id=reviewer.device_id,
            name=f"Pejabat {step + 1}",
            jabatan=("Kepala Seksi", "Kepala Bidang", "Kepala Dinas")[step],
            role="reviewer",
            sign_key=reviewer.public_key_bytes,
            box_key=bytes(32),
            state=ReviewerState.ACTIVE,
            effective="2025-06-01T00:00:00Z",
            paired_by=device.device_id,
        ).to_json()
        folder = f"reviewers/{reviewer.device_id}/r1"
        manifest = ReviewManifest(
            agency=slug,
            folder=folder,
            signer=device.device_id,
            key_id=device.key_id,
            created="2025-06-01T00:00:00Z",
            files=((REVIEWER_FILE, len(record), hashlib.sha256(record).hexdigest()),),
        ).to_json()
        entries.append(registration_entry(folder, manifest, device.sign(manifest), record))
    return entries


def _signed_approval(
    slug: str,
    post_uuid: str,
    revision: int,
    content: dict[str, object],
    reviewers: list[Ed25519Signer],
    registrations: list,
) -> dict[str, object]:
    """A three-step chain approved, one decision per step, as `SyncService` sends it."""
    from medsos_desktop.domain.audit import content_hash
    from medsos_desktop.sync.approval_proof import decision_entry, signed_approval
    from medsos_desktop.sync.review_records import DecisionRecord, VerdictValue

    chash = content_hash(content)
    decisions = []
    for step, reviewer in enumerate(reviewers):
        data = DecisionRecord(
            agency=slug,
            request_id=str(
                uuid.UUID(
                    bytes=hashlib.sha256(f"{post_uuid}:{revision}:{step}".encode()).digest()[:16],
                    version=4,
                )
            ),
            post_uuid=post_uuid,
            revision=revision,
            content_hash=chash,
            step=step,
            reviewer_id=reviewer.device_id,
            key_id=reviewer.key_id,
            verdict=VerdictValue.APPROVE,
            signed=f"2026-01-0{step + 1}T08:00:00Z",
            has_comments=False,
        ).to_json()
        decisions.append(decision_entry(data, reviewer.sign(data)))
    chain = {
        "fast_track": False,
        "steps": [
            {"reviewers": [r.device_id], "rule": "any", "title": f"Tahap {n + 1}"}
            for n, r in enumerate(reviewers)
        ],
    }
    names = [f"Pejabat {n + 1}" for n in range(len(reviewers))]
    return signed_approval(chain, registrations, decisions, names, CREATED)


def _post_json(
    rng: random.Random, slug: str, post_uuid: str, revision: int, media: tuple[str, str]
) -> dict[str, object]:
    """Shaped like `SyncService._package`: the agency's name, the approval, the content."""
    title = rng.choice(_TITLES).format(thing=rng.choice(_THINGS), place=rng.choice(_PLACES))
    platforms = list(rng.choice(_PLATFORM_SETS))
    caption = (
        f"{title}. Kegiatan berlangsung pukul {rng.randint(7, 15):02d}.00 WIB. "
        "Informasi lebih lanjut hubungi call center 112. #SukamajuJuara #PemkotSukamaju"
    )
    planned = datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(hours=rng.randrange(0, 24 * 365))
    approved = planned - timedelta(days=2)
    return {
        "format": "medsos-post",
        "version": 1,
        "agency": slug.replace("-", " ").title(),
        "post_uuid": post_uuid,
        "revision": revision,
        "approved_at": approved.isoformat(),
        "approval": {
            "reviewer": "Kepala Bidang Humas",
            "role": "reviewer",
            "at": approved.isoformat(),
            "checklist": {"facts_verified": True, "no_personal_data": True},
            "overrides": {},
            "comment": "",
        },
        "content": {
            "title": title,
            "category": rng.choice(_CATEGORIES),
            "platforms": platforms,
            "base_caption": caption,
            "variants": {},
            "hashtags": ["#SukamajuJuara"],
            "mentions": [],
            "collaborators": [],
            "planned_at": planned.isoformat(),
            "media": [
                {
                    "sha256": media[0],
                    "filename": f"foto.{media[1]}",
                    "alt_text": "Foto kegiatan",
                    "width": 1080,
                    "height": 1350,
                }
            ],
            "captions": {platform: caption for platform in platforms},
        },
    }


def _write_agency(
    central: str, index: int, count: int, media_bytes: int, chains: bool = False
) -> int:
    """Every file of one agency: its device file and `count` revisions. Returns `count`."""
    root = Path(central)
    slug = agency_slug(index)
    signer = signer_for(index)
    reviewers = _reviewers_of(index) if chains else []
    registrations = _registrations(slug, signer, reviewers) if chains else []
    rng = random.Random(f"bench:{index}")
    agency_dir = root / "agencies" / slug
    (agency_dir / "devices").mkdir(parents=True)
    (agency_dir / "posts").mkdir()
    _write(agency_dir / "devices" / f"{signer.device_id}.json", _device_file(slug, signer))
    sequence = 0
    written = 0
    post_number = 0
    while written < count:
        post_number += 1
        post_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        (agency_dir / "posts" / post_uuid).mkdir()
        revisions = 2 if rng.random() < SECOND_REVISION_SHARE and written + 2 <= count else 1
        for revision in range(1, revisions + 1):
            sequence += 1
            written += 1
            folder = root / revision_relpath(slug, post_uuid, revision)
            folder.mkdir()
            (folder / "media").mkdir()
            data = rng.randbytes(media_bytes)
            digest = hashlib.sha256(data).hexdigest()
            media_path = f"media/{digest}.jpg"
            _write(folder / media_path, data)
            shaped = _post_json(rng, slug, post_uuid, revision, (digest, "jpg"))
            if chains:
                content = shaped["content"]
                assert isinstance(content, dict)
                shaped["approval"] = _signed_approval(
                    slug, post_uuid, revision, content, reviewers, registrations
                )
            post = canonical_json(shaped)
            _write(folder / "post.json", post)
            manifest = canonical_json(
                {
                    "agency": slug,
                    "created": CREATED,
                    "device_id": signer.device_id,
                    "files": [
                        {"path": media_path, "sha256": digest, "size": len(data)},
                        {
                            "path": "post.json",
                            "sha256": hashlib.sha256(post).hexdigest(),
                            "size": len(post),
                        },
                    ],
                    "format": "medsos-revision",
                    "key_id": signer.key_id,
                    "post_uuid": post_uuid,
                    "revision": revision,
                    "sequence": sequence,
                    "version": 1,
                }
            )
            _write(folder / "manifest.sig", signer.sign(manifest))
            _write(folder / "manifest.json", manifest)
    return written


def generate_folder(
    root: Path,
    agencies: int = DEFAULT_AGENCIES,
    revisions: int = DEFAULT_REVISIONS,
    media_bytes: int = DEFAULT_MEDIA_BYTES,
    *,
    workers: int | None = None,
    chains: bool = False,
) -> Path:
    """Write a signed central folder at `root`/central; returns its path.

    `revisions` are spread evenly over `agencies` (one device each); every revision is
    valid. Deterministic: the same arguments give the same bytes.
    """
    if agencies < 1 or revisions < agencies:
        raise ValueError("need at least one agency and one revision per agency")
    central = root / "central"
    (central / "agencies").mkdir(parents=True)
    _write(
        central / "medsos-central.json",
        canonical_json(
            {"created": CREATED, "format": "medsos-central", "region_name": REGION, "version": 1}
        ),
    )
    counts = [
        revisions // agencies + (1 if i < revisions % agencies else 0) for i in range(agencies)
    ]
    workers = workers or min(4, os.cpu_count() or 1)
    if workers == 1 or agencies < 8:
        total = sum(
            _write_agency(str(central), i, n, media_bytes, chains) for i, n in enumerate(counts)
        )
    else:
        with ProcessPoolExecutor(workers) as pool:
            total = sum(
                pool.map(
                    _write_agency,
                    [str(central)] * agencies,
                    range(agencies),
                    counts,
                    [media_bytes] * agencies,
                    [chains] * agencies,
                    chunksize=8,
                )
            )
    assert total == revisions
    return central


# --- measuring ----------------------------------------------------------------------------


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def hash_every_file(central: Path) -> int:
    """Walk the folder (no links followed) and sha256 every file once; the file count."""
    count = 0
    stack = [str(central)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for item in entries:
                if item.is_dir(follow_symlinks=False):
                    stack.append(item.path)
                elif item.is_file(follow_symlinks=False):
                    with open(item.path, "rb") as handle:
                        hashlib.file_digest(handle, "sha256").hexdigest()
                    count += 1
    return count


def _verify_proof(post_json: bytes, device_key: Ed25519PublicKey, seen: set[bytes]) -> int:
    """The signatures a signed approval holds, each distinct one verified once (the
    registrations repeat in every revision of an agency); how many were verified."""
    approval = json.loads(post_json).get("approval") or {}
    count = 0
    keys = {}
    for entry in approval.get("registrations", ()):
        manifest, signature = (
            base64.b64decode(entry["manifest"]),
            base64.b64decode(entry["signature"]),
        )
        record = json.loads(base64.b64decode(entry["reviewer"]))
        keys[record["key_id"]] = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(record["sign_key"])
        )
        if signature not in seen:
            seen.add(signature)
            device_key.verify(signature, manifest)
            count += 1
    for entry in approval.get("decisions", ()):
        data, signature = base64.b64decode(entry["decision"]), base64.b64decode(entry["signature"])
        keys[json.loads(data)["key_id"]].verify(signature, data)
        count += 1
    return count


def hash_and_verify(central: Path, with_proofs: bool = False) -> tuple[int, int]:
    """The baseline: sha256 of every file once, and one Ed25519 signature verified per
    revision (its manifest.sig over its manifest.json, with the key of its agency's device
    file, through the same `cryptography` library the app uses); one thread, no checks
    beyond that. Returns (files hashed, signatures verified)."""
    files = signatures = 0
    agencies = central / "agencies"
    seen: set[bytes] = set()
    with os.scandir(central) as top:  # medsos-central.json
        for item in top:
            if item.is_file(follow_symlinks=False):
                with open(item.path, "rb") as handle:
                    hashlib.file_digest(handle, "sha256").hexdigest()
                files += 1
    for agency in sorted(os.scandir(agencies), key=lambda e: e.name):
        keys: list[Ed25519PublicKey] = []
        with os.scandir(os.path.join(agency.path, "devices")) as devices:
            for device in devices:
                with open(device.path, "rb") as handle:
                    data = handle.read()
                hashlib.sha256(data).hexdigest()
                files += 1
                raw = base64.b64decode(json.loads(data)["public_key"])
                keys.append(Ed25519PublicKey.from_public_bytes(raw))
        (key,) = keys  # one device per agency (generate_folder)
        with os.scandir(os.path.join(agency.path, "posts")) as posts:
            for post in posts:
                with os.scandir(post.path) as revisions:
                    for revision in revisions:
                        signed: dict[str, bytes] = {}
                        stack = [revision.path]
                        while stack:
                            with os.scandir(stack.pop()) as entries:
                                for item in entries:
                                    if item.is_dir(follow_symlinks=False):
                                        stack.append(item.path)
                                        continue
                                    with open(item.path, "rb") as handle:
                                        if item.name in ("manifest.json", "manifest.sig"):
                                            data = handle.read()
                                            hashlib.sha256(data).hexdigest()
                                            signed[item.name] = data
                                        else:
                                            hashlib.file_digest(handle, "sha256").hexdigest()
                                    files += 1
                        key.verify(signed["manifest.sig"], signed["manifest.json"])
                        signatures += 1
                        if with_proofs:
                            with open(os.path.join(revision.path, "post.json"), "rb") as handle:
                                signatures += _verify_proof(handle.read(), key, seen)
    return files, signatures


def _figure(name: str, ours: float, baseline: float, budget: float) -> dict[str, object]:
    ratio = ours / baseline
    return {
        "name": name,
        "ours": round(ours, 4),
        "baseline": round(baseline, 4),
        "ratio": round(ratio, 3),
        "budget": budget,
        "unit": "s",
        "within_budget": ratio <= budget,
    }


def measure(
    root: Path, *, runs: int = 3, workers: int | None = None, chains: bool = False
) -> list[dict[str, object]]:
    """First and incremental scan of the folder `generate_folder(root)` wrote.

    The baseline runs first (one warm-up, then the median of `runs`), so both it and the
    scans find the files in the OS cache. Each scan uses a new data folder in `root`.
    """
    from medsos_desktop.services.coordinator import CoordinatorService

    central = root / "central"
    hash_and_verify(central, chains)  # warm-up: the OS file cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        files, signatures = hash_and_verify(central, chains)
        samples.append(time.perf_counter() - started)
    baseline = statistics.median(samples)
    note(
        f"  baseline: {files:,} files hashed and {signatures:,} signatures verified in "
        f"{baseline:.2f} s (median of {runs})"
    )
    data_dir = Path(tempfile.mkdtemp(prefix="coordinator-data-", dir=root))
    try:
        service = CoordinatorService(central, data_dir, workers=workers)
        try:
            started = time.perf_counter()
            first = service.scan()
            first_s = time.perf_counter() - started
            note(
                f"  first scan: {first.checked:,} revisions checked in {first_s:.2f} s "
                f"({first.counts})"
            )
            incremental = []
            for _ in range(runs):
                started = time.perf_counter()
                again = service.scan()
                incremental.append(time.perf_counter() - started)
                if again.checked:
                    raise RuntimeError(f"incremental scan re-checked {again.checked} revisions")
            incremental_s = statistics.median(incremental)
            note(
                f"  incremental scan: {again.listed_post_dirs:,} post folders listed, "
                f"{incremental_s:.2f} s (median of {runs})"
            )
        finally:
            service.close()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    if chains:
        return [_figure(FIRST_SCAN_CHAINS, first_s, baseline, FIRST_SCAN_BUDGET)]
    return [
        _figure(FIRST_SCAN, first_s, baseline, FIRST_SCAN_BUDGET),
        _figure(INCREMENTAL_SCAN, incremental_s, INCREMENTAL_BUDGET_S, 1.0),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--agencies", type=int, default=DEFAULT_AGENCIES)
    parser.add_argument("--revisions", type=int, default=DEFAULT_REVISIONS)
    parser.add_argument("--media-bytes", type=int, default=DEFAULT_MEDIA_BYTES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None, help="scan worker processes")
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--chains", action="store_true", help="every approval a signed three-step chain"
    )
    args = parser.parse_args(argv)
    root = args.keep or Path(tempfile.mkdtemp(prefix="medsos-coordinator-bench-"))
    try:
        if not (root / "central").exists():
            note(f"generating {args.agencies} agencies, {args.revisions:,} revisions in {root}")
            started = time.perf_counter()
            generate_folder(
                root, args.agencies, args.revisions, args.media_bytes, chains=args.chains
            )
            note(f"  generated in {time.perf_counter() - started:.1f} s")
        figures = measure(root, runs=args.runs, workers=args.workers, chains=args.chains)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for f in figures:
            print(
                f"{f['name']:<34} ours {f['ours']:8.3f} s  baseline {f['baseline']:8.3f} s  "
                f"ratio {f['ratio']:5.2f}  budget <= {f['budget']:.1f}  "
                f"{'within budget' if f['within_budget'] else 'OVER BUDGET'}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
