"""What the coordinator database reads and writes, as plain rows, and the filters of its views."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from medsos_desktop.store.coordinator.schema import (
    _COUNTED,
    EFFECTIVE_STATUS,
)
from medsos_desktop.store.posts import fts_query


@dataclass(frozen=True, slots=True)
class RevisionWrite:
    """One checked revision to store (the service builds it from the scanner's result)."""

    path: str
    agency: str
    post_uuid: str
    revision: int
    status: str
    message: str
    params: Mapping[str, object]
    signed: bool
    device_id: str | None
    key_id: str | None
    sequence: int | None
    manifest_sha256: str | None
    dir_mtime_ns: int
    agency_name: str = ""
    title: str = ""
    category: str = ""
    platforms: tuple[str, ...] = ()
    planned_at: str = ""
    approved_at: str = ""
    reviewer: str = ""
    captions: str = ""
    media_count: int = 0
    first_media: str = ""
    source_pack: str = ""
    assurance: str = ""
    files: str = ""
    fingerprint: int | None = None


@dataclass(frozen=True, slots=True)
class EntryWrite:
    path: str
    kind: str
    agency: str
    post_uuid: str
    status: str
    message: str
    params: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    """A revision as the index holds it, with its effective status."""

    path: str
    agency: str
    agency_name: str
    post_uuid: str
    revision: int
    status: str  # effective
    folder_status: str
    message: str
    params: Mapping[str, object]
    device_id: str | None
    key_id: str | None
    sequence: int | None
    manifest_sha256: str | None
    title: str
    category: str
    platforms: tuple[str, ...]
    planned_at: str
    approved_at: str
    reviewer: str
    media_count: int
    first_media: str
    checked_at: str
    trusted_key_id: str | None
    highest: int | None
    source_pack: str
    assurance: str = ""


@dataclass(frozen=True, slots=True)
class DeviceTrust:
    device_id: str
    agency: str
    device_name: str
    key_id: str
    public_key: bytes
    decision: str
    first_seen: str
    decided_at: str | None
    decided_note: str
    changed_key_id: str | None
    changed_public_key: bytes | None
    changed_agency: str | None
    changed_device_name: str | None
    changed_seen_at: str | None
    changed_dismissed: bool
    revisions: int


@dataclass(frozen=True, slots=True)
class EntryRecord:
    path: str
    kind: str
    agency: str
    post_uuid: str
    status: str
    message: str
    params: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class StoredState:
    post_dirs: dict[str, int]
    # path -> (mtime, settled, device, listed files, fingerprint): scan.KnownRevision
    revisions: dict[str, tuple[int, bool, str | None, str, int | None]]
    device_sigs: dict[str, str]
    clock_ns: int | None
    central_path: str | None
    needs_full: bool
    scan_round: int = 0  # incremental scans so far: whose turn the in-place checks are


@dataclass(frozen=True)
class Filters:
    """What `revisions`, `count` and `counts` select; None means any."""

    agency: str | Sequence[str] | None = None
    status: str | Sequence[str] | None = None
    category: str | None = None
    platform: str | None = None
    planned_from: str | None = None  # YYYY-MM-DD, inclusive
    planned_to: str | None = None  # YYYY-MM-DD, inclusive
    text: str | None = None
    latest_only: bool = False  # only the highest revision number of each post
    counted_only: bool = False  # only the newest valid revision of each post: what counts
    path: str | None = None


def _many(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def _where(filters: Filters) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    agencies = _many(filters.agency)
    if agencies is not None:
        clauses.append(f"r.agency IN ({', '.join('?' * len(agencies)) or 'NULL'})")
        params += agencies
    statuses = _many(filters.status)
    if statuses is not None:
        clauses.append(f"({EFFECTIVE_STATUS}) IN ({', '.join('?' * len(statuses)) or 'NULL'})")
        params += statuses
    if filters.category:
        clauses.append("r.category = ?")
        params.append(filters.category)
    if filters.platform:
        clauses.append("instr(r.platforms, ?) > 0")
        params.append(f"|{filters.platform}|")
    if filters.planned_from:
        clauses.append("r.planned_day >= ?")
        params.append(filters.planned_from)
    if filters.planned_to:
        clauses.append("r.planned_day != '' AND r.planned_day <= ?")
        params.append(filters.planned_to)
    if filters.text is not None:
        query = fts_query(filters.text)
        if query is not None:
            clauses.append("r.rid IN (SELECT rowid FROM revision_fts WHERE revision_fts MATCH ?)")
            params.append(query)
    if filters.path is not None:
        clauses.append("r.path = ?")
        params.append(filters.path)
    if filters.counted_only:
        clauses.append(f"(r.agency, r.post_uuid, r.revision) IN ({_COUNTED})")
    if filters.latest_only:
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM revision n WHERE n.agency = r.agency "
            "AND n.post_uuid = r.post_uuid AND n.revision > r.revision)"
        )
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_DAY_RE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")


def _planned_day(value: str) -> str:
    """The date part of an ISO timestamp as the agency wrote it (its local day), or ""."""
    day = value[:10]
    return day if _DAY_RE.fullmatch(day) else ""
