"""The coordinator database's schema: versions, tables, SQL fragments, engine, migrations.

Two kinds of tables: the index (`revision`, `revision_fts`, `entry`, `post_dir`, `agency`,
`scan_device`, `dirty_device`), a cache of what the folder held at the last scan, dropped
and rebuilt on a CACHE_VERSION change; and decisions (`device_trust`,
`device_high_sequence`, `revision_memory`, `trust_log`), kept forever and changed only by
a step of DECISIONS_MIGRATIONS. The package's docstring says more.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from medsos_desktop.store.db import sqlite_engine

# Bump CACHE_VERSION whenever an index table changes: the index is rebuilt. Bump
# DECISIONS_VERSION only with a migration: decisions are never thrown away.
CACHE_VERSION = 4
DECISIONS_VERSION = 1
DECISIONS = ("pending", "trusted", "rejected", "revoked")

decisions_metadata = MetaData()
index_metadata = MetaData()

meta = Table(
    "meta",
    decisions_metadata,
    Column("key", String, primary_key=True),
    Column("value", String, nullable=False),
)
device_trust = Table(
    "device_trust",
    decisions_metadata,
    Column("device_id", String, primary_key=True),
    Column("agency", String, nullable=False),
    Column("device_name", String, nullable=False),
    Column("key_id", String, nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("decision", String, nullable=False),  # one of DECISIONS
    Column("first_seen", String, nullable=False),
    Column("decided_at", String),
    Column("decided_note", Text, nullable=False, default=""),
    # Set while the folder shows another key (or agency) for this device.
    Column("changed_key_id", String),
    Column("changed_public_key", LargeBinary),
    Column("changed_agency", String),
    Column("changed_device_name", String),
    Column("changed_seen_at", String),
    Column("changed_dismissed", Integer, nullable=False, default=0),
)
device_high_sequence = Table(
    "device_high_sequence",
    decisions_metadata,
    Column("device_id", String, primary_key=True),
    Column("highest", Integer, nullable=False),
)
revision_memory = Table(
    "revision_memory",
    decisions_metadata,
    Column("path", String, primary_key=True),
    Column("manifest_sha256", String, nullable=False),
    Column("device_id", String, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("replay", Integer, nullable=False),  # new when seen, at or below the highest
)
trust_log = Table(
    "trust_log",
    decisions_metadata,
    Column("id", Integer, primary_key=True),
    Column("device_id", String, nullable=False),
    Column("at", String, nullable=False),
    Column("decision", String, nullable=False),
    Column("key_id", String, nullable=False),
    Column("note", Text, nullable=False),
)

revision = Table(
    "revision",
    index_metadata,
    Column("rid", Integer, primary_key=True),
    Column("path", String, nullable=False, unique=True),
    Column("agency", String, nullable=False),
    Column("post_uuid", String, nullable=False),
    Column("revision", Integer, nullable=False),
    # check_*: check_revision's verdict; folder_*: after the sequence-number rules.
    Column("check_status", String, nullable=False),
    Column("check_message", Text, nullable=False),
    Column("check_params", Text, nullable=False),
    Column("folder_status", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("params_json", Text, nullable=False),
    Column("signed", Integer, nullable=False),
    Column("device_id", String),
    Column("key_id", String),
    Column("sequence", Integer),
    Column("manifest_sha256", String),
    Column("dir_mtime_ns", Integer, nullable=False),
    Column("checked_at", String, nullable=False),
    Column("remembered_replay", Integer, nullable=False, default=0),
    Column("agency_name", String, nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("category", String, nullable=False, default=""),
    Column("platforms", String, nullable=False, default=""),  # "|instagram|facebook|"
    Column("planned_at", String, nullable=False, default=""),
    Column("planned_day", String, nullable=False, default=""),
    Column("approved_at", String, nullable=False, default=""),
    Column("reviewer", String, nullable=False, default=""),
    Column("captions", Text, nullable=False, default=""),
    Column("media_count", Integer, nullable=False, default=0),
    Column("first_media", String, nullable=False, default=""),
    Column("source_pack", String, nullable=False, default=""),
    Column("assurance", String, nullable=False, default=""),  # approval_chain.Assurance
    # A valid revision's listed files ("|"-separated) and the fingerprint of their sizes and
    # times just before its check (NULL: check it again at the next scan).
    Column("files", Text, nullable=False, default=""),
    Column("fingerprint", Integer),
    Index("ix_revision_post", "agency", "post_uuid", "revision"),
    Index("ix_revision_device", "device_id", "sequence"),
    Index("ix_revision_planned", "planned_day"),
)
agency = Table(
    "agency",
    index_metadata,
    Column("slug", String, primary_key=True),
    Column("name", String, nullable=False, default=""),
    Column("last_seen", String, nullable=False),
)
post_dir = Table(
    "post_dir",
    index_metadata,
    Column("path", String, primary_key=True),
    Column("agency", String, nullable=False),
    Column("mtime_ns", Integer, nullable=False),
)
entry = Table(
    "entry",
    index_metadata,
    Column("id", Integer, primary_key=True),
    # "" for the folder level, a post folder or a revision path: what is replaced together.
    Column("scope", String, nullable=False),
    Column("path", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("agency", String, nullable=False),
    Column("post_uuid", String, nullable=False),
    Column("status", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("params_json", Text, nullable=False),
    Index("ix_entry_scope", "scope"),
)
scan_device = Table(
    "scan_device",
    index_metadata,
    Column("device_id", String, primary_key=True),
    Column("sig", String, nullable=False),
)
dirty_device = Table(
    "dirty_device",
    index_metadata,
    Column("device_id", String, primary_key=True),
)

_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS revision_fts USING fts5("
    "title, captions, agency, tokenize = 'unicode61 remove_diacritics 2')"
)
_FTS_COLUMNS = "rid, title, captions, agency || ' ' || agency_name"

# The folder's verdict combined with the coordinator's trust: "valid" only for a valid
# revision of a trusted device, signed with its trusted key, in its agency, not replayed,
# and not waiting for the sequence-number rules (a dirty device). A device not decided
# yet, or signing with the changed key its device file now shows (a replaced device
# file) while nobody has decided about that key, is "untrusted": awaiting trust.
EFFECTIVE_STATUS = """CASE
  WHEN r.folder_status != 'valid' THEN r.folder_status
  WHEN r.device_id IN (SELECT device_id FROM dirty_device) THEN 'pending'
  WHEN t.device_id IS NULL THEN 'unknown_device'
  WHEN t.decision = 'pending' THEN 'untrusted'
  WHEN t.decision != 'trusted' THEN 'rejected'
  WHEN (r.key_id IS NOT t.key_id OR r.agency != t.agency) AND r.key_id = t.changed_key_id
    AND r.agency = COALESCE(t.changed_agency, t.agency) AND NOT t.changed_dismissed
    THEN 'untrusted'
  WHEN r.key_id IS NOT t.key_id OR r.agency != t.agency THEN 'unknown_device'
  WHEN r.remembered_replay THEN 'replayed'
  ELSE 'valid' END"""
_FROM = "FROM revision r LEFT JOIN device_trust t ON t.device_id = r.device_id"
_VALID_SQL = (
    "r.folder_status = 'valid' AND t.decision = 'trusted' AND r.key_id = t.key_id "
    "AND r.agency = t.agency AND r.remembered_replay = 0 "
    "AND r.device_id NOT IN (SELECT device_id FROM dirty_device)"
)
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
# The newest valid revision of each post: the one a report counts (a newer one still
# arriving, tampered or not trusted holds nothing back).
_COUNTED = (
    f"SELECT r.agency, r.post_uuid, MAX(r.revision) {_FROM} "
    f"WHERE ({EFFECTIVE_STATUS}) = 'valid' GROUP BY r.agency, r.post_uuid"
)
# Every revision with its effective status, then per post its newest revision and its
# newest valid one ("counted", NULL when none is valid).
_POSTS_CTE = (
    "WITH e AS (SELECT r.rid, r.path, r.agency, r.agency_name, r.post_uuid, r.revision, "
    f"r.title, r.planned_at, r.planned_day, {EFFECTIVE_STATUS} AS status {_FROM}{{where}}), "
    "p AS (SELECT agency, post_uuid, MAX(revision) AS newest, "
    "MAX(CASE WHEN status = 'valid' THEN revision END) AS counted "
    "FROM e GROUP BY agency, post_uuid) "
)


def _dumps(value: object) -> str:
    return _ENCODER.encode(value)


def _platforms(platforms: Iterable[str]) -> str:
    """ "|instagram|facebook|": a platform filter is one instr(); no JSON to parse."""
    names = [p.replace("|", "") for p in platforms]
    return "|" + "|".join(names) + "|" if names else ""


SORTS = {
    "planned": "r.planned_at",
    "approved": "r.approved_at",
    "agency": "r.agency",
    "title": "r.title",
    "status": "status",
    "path": "r.path",
    "checked": "r.checked_at",
}


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _executemany(conn: Connection, sql: str, rows: Sequence[tuple[object, ...]]) -> None:
    """executemany, skipping an empty list (which SQLAlchemy would run once, unbound)."""
    if rows:
        conn.exec_driver_sql(sql, list(rows))


# --- the database ------------------------------------------------------------------------------


def _engine(path: Path) -> Engine:
    return sqlite_engine(
        path,
        [
            "PRAGMA journal_mode=WAL",
            # The index is a cache; decisions switch to FULL for their own commits.
            "PRAGMA synchronous=NORMAL",
            "PRAGMA busy_timeout=10000",
            "PRAGMA temp_store=MEMORY",
            "PRAGMA cache_size=-32000",
        ],
    )


# The coordinator's own decisions (trust, revocations, what a revision was) are kept
# forever: a change of their tables is a step here, from the version before it, run once
# in the same transaction that records the new version. Version 1 is the first schema.
DECISIONS_MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


def migrate_decisions(conn: Connection, found: int, path: Path) -> None:
    """Bring decisions tables written by an older app up to DECISIONS_VERSION."""
    for version in range(found + 1, DECISIONS_VERSION + 1):
        step = DECISIONS_MIGRATIONS.get(version)
        if step is None:
            raise RuntimeError(f"{path}: no migration of decisions to version {version}")
        step(conn)
